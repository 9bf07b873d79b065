# Experiment 2: each model's distribution over the response options, read from the same
# model server as the raw stage (same job group, so one server per model).
rule probabilities:
    input:
        table="results/inputs/{study}.csv",
        definition=study_definition,
        code=study_code,
        weights=weights_manifest,
        endpoint=server_endpoint,
    output:
        table="results/{model}/{study}_probabilities.csv",
        # The token ids and raw logprobs behind every number of the table.
        provenance="results/{model}/{study}_probabilities.provenance.jsonl.gz",
    log:
        "logs/{model}/{study}_probabilities.log",
    group:
        model_group
    conda:
        "../envs/workflow.yaml"
    # The job only waits on HTTP; the model server does the computing.
    threads: 0
    # Only what changes the numbers: request settings come from the config.
    params:
        model=answering,
    script:
        "../scripts/probabilities.py"
