rule check_input:
    input:
        table=study_input,
        definition=study_definition,
        code=study_code,
    output:
        table="results/inputs/{study}.csv",
        # The source's path and checksum, for the provenance (which may run elsewhere).
        source="results/inputs/{study}.source.json",
    log:
        "logs/inputs/{study}.log",
    conda:
        "../envs/workflow.yaml"
    script:
        "../scripts/check_input.py"
