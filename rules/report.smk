# The report's own results: every model's rows of a stage in one table (for R), figures
# drawn from those tables, and each model's provenance. None of them asks a model.


rule merge_models:
    input:
        tables=merged_tables,
        raw=merged_raw_tables,
        inputs="results/inputs/{study}.csv",
        definition=study_definition,
        code=study_code,
    output:
        table="results/all/{study}_{stage}.csv",
        # The report shows this page of the table, not the table: embedded whole, the
        # tables would make the report grow with the rows and the models.
        overview=report(
            "results/all/{study}_{stage}.html",
            caption="../report/tables.rst",
            category="{study}",
            subcategory="tables",
            labels={"model": "all models", "stage": "{stage}"},
        ),
    log:
        "logs/all/{study}_{stage}.log",
    wildcard_constraints:
        stage="|".join(re.escape(stage) for stage in config["stages"]),
    conda:
        "../envs/workflow.yaml"
    params:
        models=config["models"],
        replicates=config["sampling"].get("replicates", 1),
        # For the caption only.
        title=lambda w: STUDIES[w.study].title,
    script:
        "../scripts/merge_models.py"


rule figure:
    input:
        table=figure_table,
        definition=study_definition,
        code=study_code,
    output:
        figure=report(
            "results/all/figures/{study}_{figure}.svg",
            caption="../report/figure.rst",
            category="{study}",
            subcategory="figures",
            labels={"model": "all models", "figure": "{figure}"},
        ),
    log:
        "logs/all/figure_{study}_{figure}.log",
    wildcard_constraints:
        figure="[a-z0-9_]+",
    conda:
        "../envs/workflow.yaml"
    # The figure's kind and parameters (llm_pragmatics.figures.FigureSpec); the caption
    # goes to the report.
    params:
        kind=lambda w: figure_spec(w).kind,
        parameters=lambda w: figure_spec(w).parameters,
        caption=lambda w: figure_spec(w).caption,
    script:
        "../scripts/figure.py"


# The vLLM version is the installed distribution's (params: a new version reruns this).
rule provenance:
    input:
        unpack(provenance_inputs),
    output:
        record="results/{model}/provenance.json",
        page=report(
            "results/{model}/provenance.html",
            caption="../report/provenance.rst",
            category="provenance",
            labels={"model": "{model}", "stage": "all stages"},
        ),
    log:
        "logs/{model}/provenance.log",
    conda:
        "../envs/workflow.yaml"
    params:
        # Each study's planned stages, in the order of the `tables` input.
        stages=provenance_stages(),
        # The names of the workflow's own files as configured (the inputs are copies).
        catalog=config["catalog"],
        definitions=[str(study.definition_file) for study in STUDIES.values()],
        code=[str(path) for study in STUDIES.values() for path in study.code_files],
        sampling=config["sampling"],
        journal_dir=config["journal_dir"],
        vllm=installed_vllm(),
        extraction=extraction_provenance,
    script:
        "../scripts/provenance.py"
