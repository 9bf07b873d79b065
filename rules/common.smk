# Lookups and input functions shared by the rules. Studies and models are data: the rules
# read them from config/studies/*.yaml and the model catalog through these helpers.

import re
import sys

from snakemake.settings.types import DeploymentMethod
from snakemake.utils import validate

from llm_pragmatics.config import Model, load_yaml

CATALOG = load_yaml(config["catalog"])
validate(CATALOG, "../config/schema/models.schema.yaml")

STUDY_DEFINITIONS = {}
for _study, _path in config["studies"].items():
    STUDY_DEFINITIONS[_study] = load_yaml(_path)
    validate(STUDY_DEFINITIONS[_study], "../config/schema/study.schema.yaml")

MODELS = {key: Model.from_catalog(CATALOG, key) for key in config["models"]}


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


def study_definition(wildcards):
    return config["studies"][wildcards.study]


def study_input(wildcards):
    return config["inputs"][wildcards.study]


def model_entry(key):
    return Model.from_catalog(CATALOG, key)


def model_group(wildcards):
    """One job group per model: its server and every job that queries it (one pod)."""
    return f"model_{wildcards.model}"


def server_endpoint(wildcards):
    """The endpoint file of the model's own server; none for external APIs."""
    if model_entry(wildcards.model).self_hosted:
        return f"results/{wildcards.model}/server.json"
    return []


def journal_path(wildcards, stage):
    return f"{config['journal_dir']}/{wildcards.model}/{wildcards.study}_{stage}.sqlite"
