# The structured stage: fields read from each raw answer. Answers the parser cannot read
# completely go to the extraction model, whose server is shared by every extraction job.
#
# Snakemake starts a service together with all of its consumers, and structured jobs read
# the raw answers, so they cannot share the raw stage's server (they would start before the
# answers exist). The extraction model gets its own service and group, which start once
# every raw answer they read exists; when it is also a model under study, its two servers
# run one after the other, never at once (each takes the server's cores).
use rule serve_model as serve_extraction_model with:
    output:
        endpoint=service("results/{model}/extraction_server.json"),
    log:
        "logs/{model}/serve_extraction.log",
    group:
        extraction_group


rule structured:
    input:
        table="results/{model}/{study}_raw.csv",
        definition=study_definition,
        code=study_code,
        weights=extraction_manifest,
        endpoint=extraction_endpoint,
    output:
        table="results/{model}/{study}_structured.csv",
        # Small: the report shows it inline.
        summary=report(
            "results/{model}/{study}_structured_summary.csv",
            caption="../report/structured_summary.rst",
            category="{study}",
            subcategory="extraction summary",
            labels={"model": "{model}", "stage": "structured"},
        ),
    log:
        "logs/{model}/{study}_structured.log",
    group:
        extraction_group
    conda:
        "../envs/workflow.yaml"
    # The job only waits on HTTP; the model server does the computing.
    threads: 0
    # Only what changes the fields: what of the extraction model's entry changes its
    # answers, and its sampling.
    params:
        extraction=config["extraction"],
        extraction_model=extraction_answering,
    script:
        "../scripts/structured.py"
