rule check_input:
    input:
        table=study_input,
        definition=study_definition,
    output:
        table="results/inputs/{study}.csv",
    log:
        "logs/inputs/{study}.log",
    conda:
        "../envs/workflow.yaml"
    script:
        "../scripts/check_input.py"
