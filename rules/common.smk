# Lookups and input functions shared by the rules. Studies and models are data: the rules
# read them from config/studies/*.yaml and the model catalog through these helpers.

import os
import re
import shlex
import sys

from snakemake.logging import logger
from snakemake.settings.types import DeploymentMethod
from snakemake.utils import validate

from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.environment import require_environment
from llm_pragmatics.plan import build_plan, format_plan
from llm_pragmatics.server import installed_vllm

CATALOG = load_yaml(config["catalog"])
validate(CATALOG, "../config/schema/models.schema.yaml")

STUDY_DEFINITIONS = {}
for _study, _path in config["studies"].items():
    STUDY_DEFINITIONS[_study] = load_yaml(_path)
    validate(STUDY_DEFINITIONS[_study], "../config/schema/study.schema.yaml")

MODELS = {key: Model.from_catalog(CATALOG, key) for key in config["models"]}

# A dry run says what the configured work costs: pods, requests and GPU hours per model.
if workflow.output_settings is not None and workflow.output_settings.dryrun:
    logger.info(format_plan(build_plan(config, CATALOG, STUDY_DEFINITIONS)))

# Settings the profile reads from the environment (the NRP profile's): on the submitting
# machine, an unset one stops the run here, named. Pods get theirs from the run's Secret.
if workflow.is_main_process:
    require_environment(config.get("required_environment"))


wildcard_constraints:
    model="|".join(re.escape(key) for key in CATALOG),
    study="|".join(re.escape(name) for name in config["studies"]),


def python_for_jobs():
    """The interpreter shell commands run: the rule's conda environment's, where conda is
    used, else the one running Snakemake (the project's environment, even when it is not
    activated)."""
    if DeploymentMethod.CONDA in workflow.deployment_settings.deployment_method:
        return "python"
    return sys.executable


def stage_outputs(stage):
    return expand(
        "results/{model}/{study}_{stage}.csv",
        model=config["models"],
        study=config["studies"],
        stage=stage,
    )


def all_outputs():
    return [path for stage in config["stages"] for path in stage_outputs(stage)]


def workflow_file(path):
    """A file of the workflow's own (the catalog, a study definition) as a rule input.

    Without a shared file system (on the cluster) it travels with the workflow's sources,
    which every pod unpacks, instead of being looked for in the default storage.
    """
    rules_dir = os.path.join(workflow.basedir, "rules")
    return workflow.source_path(os.path.relpath(os.path.abspath(path), rules_dir))


def study_definition(wildcards):
    return workflow_file(config["studies"][wildcards.study])


def catalog_file():
    return workflow_file(config["catalog"])


def study_input(wildcards):
    """The user's input CSV, read where it is: with a default storage (on the cluster),
    the gate runs on the submitting machine and its output goes to the storage."""
    return local(config["inputs"][wildcards.study])


def model_entry(key):
    return Model.from_catalog(CATALOG, key)


# Catalog settings that size the model's server, not what it answers.
SERVER_SIZING = ("gpus", "cpus", "memory_gb", "shm_gb", "gpu_products", "throughput")


def model_params(wildcards):
    """What of the model's catalog entry its outputs depend on: not other models' entries,
    and not how its server is sized."""
    entry = {
        key: value for key, value in CATALOG[wildcards.model].items() if key != "title"
    }
    if "serve" in entry:
        entry["serve"] = {
            key: value
            for key, value in entry["serve"].items()
            if key not in SERVER_SIZING
        }
    return entry


def weights_folder(wildcards):
    """Where the model's prepared weights live: its folder in the model cache."""
    return f"{config['model_cache']}/{wildcards.model}"


def model_group(wildcards):
    """One job group per model: its server and every job that queries it (one pod)."""
    return f"model_{wildcards.model}"


def server_cpus(wildcards):
    """The cores the model's server computes on (Snakemake caps this at --cores)."""
    return model_entry(wildcards.model).serve.get("cpus", 1)


def server_gpus(wildcards):
    return model_entry(wildcards.model).serve["gpus"]


def server_gpu_products(wildcards):
    """The GPU models the server may run on, "A|B" ("" for any)."""
    return "|".join(model_entry(wildcards.model).serve.get("gpu_products", []))


def server_shm_mb(wildcards):
    return int(1024 * model_entry(wildcards.model).serve.get("shm_gb", 0))


def server_mem_mb(wildcards):
    """The server's memory, its memory-backed /dev/shm included (the pod's limit counts it)."""
    serve = model_entry(wildcards.model).serve
    return int(1024 * serve.get("memory_gb", 8)) + server_shm_mb(wildcards)


def server_endpoint(wildcards):
    """The endpoint file of the model's own server; none for external APIs."""
    if model_entry(wildcards.model).self_hosted:
        return f"results/{wildcards.model}/server.json"
    return []


def extraction_model():
    """The catalog key of the structured stage's extraction model."""
    return config["extraction"]["model"]


def extraction_group(wildcards):
    """The extraction server's job group: one server for every structured job."""
    return f"extraction_{extraction_model()}"


def extraction_endpoint(wildcards):
    """The endpoint file of the extraction model's server; none for external APIs."""
    if model_entry(extraction_model()).self_hosted:
        return f"results/{extraction_model()}/extraction_server.json"
    return []


# Shell commands that run Python use this interpreter, written into the command (not a
# param: it does not change results, and its spelling depends on how Snakemake started).
PYTHON = shlex.quote(python_for_jobs())


# --- The report: all-models tables, figures, provenance (rules/report.smk) ---------------

# Figures drawn from each all-models table: (study, stage) -> figure names of
# llm_pragmatics.figures. Study 1 and 2 figures read columns only those studies have.
STUDY_FIGURES = {
    ("study1", "probabilities"): ["probability_heatmaps", "expected_state"],
    ("study2", "probabilities"): ["utterances"],
}
# Figures any study gets from a stage's all-models table.
STAGE_FIGURES = {"raw": ["throughput"], "structured": ["extraction"]}


def figure_specs():
    """(study, stage, figure) for every figure whose table the config builds."""
    specs = []
    for study in config["studies"]:
        for stage in config["stages"]:
            names = STUDY_FIGURES.get((study, stage), []) + STAGE_FIGURES.get(stage, [])
            specs += [(study, stage, name) for name in names]
    return specs


def figure_stage(wildcards):
    for study, stage, name in figure_specs():
        if (study, name) == (wildcards.study, wildcards.figure):
            return stage
    raise ValueError(
        f"no figure {wildcards.figure!r} for {wildcards.study} in this config"
    )


def figure_table(wildcards):
    """The all-models table a figure is drawn from (its stage is in config["stages"])."""
    return f"results/all/{wildcards.study}_{figure_stage(wildcards)}.csv"


def merged_tables(wildcards):
    return expand(
        "results/{model}/{study}_{stage}.csv",
        model=config["models"],
        study=wildcards.study,
        stage=wildcards.stage,
    )


# Stages whose output schema is checked against each model's raw answers.
STAGES_FROM_RAW = ["structured"]


def merged_raw_tables(wildcards):
    if wildcards.stage not in STAGES_FROM_RAW:
        return []
    return expand(
        "results/{model}/{study}_raw.csv", model=config["models"], study=wildcards.study
    )


def provenance_inputs(wildcards):
    """Every file a model's results rest on; the lists follow config["studies"] and, within
    a study, config["stages"] (scripts/provenance.py relies on that order)."""
    studies = list(config["studies"])
    inputs = {
        "catalog": catalog_file(),
        "definitions": [workflow_file(config["studies"][study]) for study in studies],
        "sources": [f"results/inputs/{study}.source.json" for study in studies],
        "gated": [f"results/inputs/{study}.csv" for study in studies],
        "tables": [
            f"results/{wildcards.model}/{study}_{stage}.csv"
            for study in studies
            for stage in config["stages"]
        ],
    }
    if model_entry(wildcards.model).self_hosted:
        inputs["weights"] = f"resources/models/{wildcards.model}.json"
    return inputs


def extraction_provenance(wildcards):
    """The structured stage's model and settings, when the stage runs ({} otherwise)."""
    if "structured" not in config["stages"]:
        return {}
    settings = config["extraction"]
    return {
        "model": settings["model"],
        "entry": CATALOG[settings["model"]],
        "settings": settings,
    }


def report_outputs():
    """What the report shows beyond the stage outputs: the all-models tables, the figures
    whose stages are configured, and each model's provenance."""
    tables = expand(
        "results/all/{study}_{stage}.csv",
        study=config["studies"],
        stage=config["stages"],
    )
    figures = [
        f"results/all/figures/{study}_{name}.svg" for study, _, name in figure_specs()
    ]
    provenance = expand("results/{model}/provenance.html", model=config["models"])
    return tables + figures + provenance
