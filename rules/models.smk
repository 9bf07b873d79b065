rule prepare_model:
    output:
        folder=directory("resources/models/{model}"),
    log:
        "logs/{model}/prepare.log",
    conda:
        "../envs/workflow.yaml"
    # The weights alone decide what is prepared.
    params:
        weights=lambda w: CATALOG[w.model]["weights"],
    script:
        "../scripts/prepare_model.py"


# The model's vLLM server, run beside the jobs that query it (same group) and terminated
# by Snakemake when they are done. `exec` makes the launcher the process Snakemake
# signals (a script: job would not be terminated).
rule serve_model:
    input:
        weights="resources/models/{model}",
        catalog=config["catalog"],
    output:
        endpoint=service("results/{model}/server.json"),
    log:
        "logs/{model}/serve.log",
    group:
        model_group
    conda:
        "../envs/workflow.yaml"
    threads: server_cpus
    params:
        startup_timeout_seconds=config["server"]["startup_timeout_seconds"],
    shell:
        f"exec {PYTHON}"
        " -m llm_pragmatics.server --catalog {input.catalog:q}"
        " --model {wildcards.model:q} --weights {input.weights:q}"
        " --endpoint-file {output.endpoint:q} --log {log:q}"
        " --startup-timeout {params.startup_timeout_seconds}"
