# Weights are prepared into the model cache by a CPU-only job, before the model's group
# (on the cluster: its GPU pod) starts; the manifest records what was prepared and where.
rule prepare_model:
    output:
        manifest="resources/models/{model}.json",
    log:
        "logs/{model}/prepare.log",
    conda:
        "../envs/workflow.yaml"
    # The weights alone decide what is prepared; the folder says where.
    params:
        weights=lambda w: CATALOG[w.model]["weights"],
        folder=weights_folder,
    script:
        "../scripts/prepare_model.py"


# The model's vLLM server, run beside the jobs that query it (same group) and terminated
# by Snakemake when they are done. `exec` makes the launcher the process Snakemake
# signals (a script: job would not be terminated).
rule serve_model:
    input:
        manifest="resources/models/{model}.json",
        catalog=CATALOG_FILE,
    output:
        endpoint=service("results/{model}/server.json"),
    log:
        "logs/{model}/serve.log",
    group:
        model_group
    conda:
        "../envs/workflow.yaml"
    threads: server_resource("cpus")
    # What the model's pod needs on the cluster (profiles/nrp); the local executor only
    # counts the threads.
    resources:
        gpu=server_resource("gpus"),
        gpu_manufacturer="nvidia",
        gpu_product=server_resource("gpu_products"),
        mem_mb=server_resource("mem_mb"),
        shm_mb=server_resource("shm_mb"),
    params:
        folder=weights_folder,
        startup_timeout_seconds=config["server"]["startup_timeout_seconds"],
    shell:
        f"exec {PYTHON}"
        " -m llm_pragmatics.server --catalog {input.catalog:q}"
        " --model {wildcards.model:q} --weights {params.folder:q}"
        " --endpoint-file {output.endpoint:q} --log {log:q}"
        " --startup-timeout {params.startup_timeout_seconds}"
