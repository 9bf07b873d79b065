rule raw_answers:
    input:
        table="results/inputs/{study}.csv",
        definition=study_definition,
        endpoint=server_endpoint,
    output:
        table=report(
            "results/{model}/{study}_raw.csv",
            caption="../report/raw.rst",
            category="{study}",
            subcategory="raw answers",
            labels={"model": "{model}", "stage": "raw"},
        ),
    log:
        "logs/{model}/{study}_raw.log",
    group:
        model_group
    conda:
        "../envs/workflow.yaml"
    # The job only waits on HTTP; the model server does the computing.
    threads: 0
    params:
        catalog=CATALOG,
        sampling=config["sampling"],
        requests=config["requests"],
        startup_timeout_seconds=config["server"]["startup_timeout_seconds"],
        journal=lambda w: journal_path(w, "raw"),
    script:
        "../scripts/raw_answers.py"
