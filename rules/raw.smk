rule raw_answers:
    input:
        table="results/inputs/{study}.csv",
        definition=study_definition,
        code=study_code,
        weights=weights_manifest,
        endpoint=server_endpoint,
    output:
        table="results/{model}/{study}_raw.csv",
    log:
        "logs/{model}/{study}_raw.log",
    group:
        model_group
    conda:
        "../envs/workflow.yaml"
    # The job only waits on HTTP; the model server does the computing.
    threads: 0
    # Only what changes the answers: request settings come from the config, so that
    # changing them reruns nothing.
    params:
        model=answering,
        sampling=config["sampling"],
    script:
        "../scripts/raw_answers.py"
