# Lookups and input functions shared by the rules. Studies and models are data: the rules
# read the study folders (config["studies"]) and the model catalog through these helpers;
# what they mean is decided in llm_pragmatics (studies, config, figures).

import os
import re
import shlex
import sys

from snakemake.settings.types import DeploymentMethod
from snakemake.utils import validate

from llm_pragmatics.analysis.measures import EXPERIMENTS
from llm_pragmatics.analysis.plan import analysis_plan, reference_file
from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.figures import figure_specs
from llm_pragmatics.server import installed_vllm
from llm_pragmatics.studies import input_file, load_studies

CATALOG = load_yaml(config["catalog"])
validate(CATALOG, "../config/schema/models.schema.yaml")
# Each study folder, its study.yaml checked against config/schema/study.schema.yaml.
STUDIES = load_studies(config)
# The analyses this config runs (their stages are planned, their human reference found).
ANALYSES = analysis_plan(STUDIES, config)
FIGURES = figure_specs(
    STUDIES,
    config["stages"],
    {name: [a.name for a in ANALYSES if a.study == name] for name in STUDIES},
)


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


# --- Studies ---------------------------------------------------------------------------


def planned(stage):
    """The studies that run `stage`: it is configured and they define it (the others skip
    it; the Snakefile says so)."""
    return [
        name
        for name, study in STUDIES.items()
        if stage in study.planned_stages(config["stages"])
    ]


def stage_outputs(stage):
    return expand(
        "results/{model}/{study}_{stage}.csv",
        model=config["models"],
        study=planned(stage),
        stage=stage,
    )


def all_outputs():
    return [path for stage in config["stages"] for path in stage_outputs(stage)]


def workflow_file(path):
    """A file of the workflow's own (the catalog, a study's definition or code) as a rule
    input.

    Without a shared file system (on the cluster, with a default storage) it travels with
    the workflow's sources, which every pod unpacks, instead of being looked for in the
    default storage. On one machine it is the path as configured: relative, it stays the
    same input when the checkout is moved, and nothing reruns for that.
    """
    if workflow.storage_settings.default_storage_provider is None:
        return path
    rules_dir = os.path.join(workflow.basedir, "rules")
    return workflow.source_path(os.path.relpath(os.path.abspath(path), rules_dir))


# Snakemake copies a source file into its runtime cache when it is first asked for, and
# lists a folder once to learn which files exist there: a copy made after its folder was
# listed counts as missing. Every workflow file is therefore copied here, before the DAG.
CATALOG_FILE = workflow_file(config["catalog"])
DEFINITIONS = {
    name: workflow_file(study.definition_file) for name, study in STUDIES.items()
}
CODE = {
    name: [workflow_file(path) for path in study.code_files]
    for name, study in STUDIES.items()
}


def study_definition(wildcards):
    """The study's study.yaml; the job loads the study from the folder that holds it."""
    return DEFINITIONS[wildcards.study]


def study_code(wildcards):
    """The study folder's Python modules, so that editing them reruns what reads the study."""
    return CODE[wildcards.study]


def study_input(wildcards):
    """The input CSV, read where it is: with a default storage (on the cluster), the gate
    runs on the submitting machine and its output goes to the storage."""
    return local(input_file(config, wildcards.study))


# --- Models ----------------------------------------------------------------------------


def model_entry(key):
    return Model.from_catalog(CATALOG, key)


def answering(wildcards):
    """What of the model's catalog entry changes its answers (Model.answering): a change
    reruns the model's stages; other models' entries and the server's sizing do not."""
    return model_entry(wildcards.model).answering


def server_resource(name):
    """A resource of the model's server, sized by the catalog (Model.server_resources)."""
    return lambda wildcards: model_entry(wildcards.model).server_resources[name]


def weights_folder(wildcards):
    """Where the model's prepared weights live: its folder in the model cache."""
    return f"{config['model_cache']}/{wildcards.model}"


def manifest_of(key):
    """What prepare_model fetched for the model (resources/models/<key>.json): its
    revision is part of the model's identity. None for external APIs."""
    return f"resources/models/{key}.json" if model_entry(key).self_hosted else []


def weights_manifest(wildcards):
    return manifest_of(wildcards.model)


def model_group(wildcards):
    """One job group per model: its server and every job that queries it (one pod)."""
    return f"model_{wildcards.model}"


def server_endpoint(wildcards):
    """The endpoint file of the model's own server; none for external APIs."""
    if model_entry(wildcards.model).self_hosted:
        return f"results/{wildcards.model}/server.json"
    return []


def extraction_model():
    """The catalog key of the structured stage's extraction model."""
    return config["extraction"]["model"]


def extraction_answering(wildcards):
    return model_entry(extraction_model()).answering


def extraction_manifest(wildcards):
    return manifest_of(extraction_model())


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


def figure_spec(wildcards):
    for spec in FIGURES:
        if (spec.study, spec.name) == (wildcards.study, wildcards.figure):
            return spec
    raise ValueError(
        f"no figure {wildcards.figure!r} for {wildcards.study} in this config"
    )


def figure_table(wildcards):
    """The all-models table a figure is drawn from (its stage is planned for the study)."""
    spec = figure_spec(wildcards)
    if spec.analysis:
        raise ValueError(
            f"{spec.name} is drawn from an analysis (rule analysis_figure)"
        )
    return f"results/all/{wildcards.study}_{spec.stage}.csv"


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


def provenance_stages():
    """Each study's planned stages, in config order: the order of the provenance rule's
    `tables` (scripts/provenance.py relies on it)."""
    return {
        name: study.planned_stages(config["stages"]) for name, study in STUDIES.items()
    }


def provenance_inputs(wildcards):
    """Every file a model's results rest on; the lists follow config["studies"]."""
    inputs = {
        "catalog": CATALOG_FILE,
        "definitions": list(DEFINITIONS.values()),
        "code": [path for paths in CODE.values() for path in paths],
        "sources": [f"results/inputs/{study}.source.json" for study in STUDIES],
        "gated": [f"results/inputs/{study}.csv" for study in STUDIES],
        "tables": [
            f"results/{wildcards.model}/{study}_{stage}.csv"
            for study, stages in provenance_stages().items()
            for stage in stages
        ],
        "weights": manifest_of(wildcards.model),
    }
    if planned("structured"):
        inputs["extraction_weights"] = manifest_of(extraction_model())
    return inputs


def extraction_provenance(wildcards):
    """The structured stage's model and settings, when the stage runs ({} otherwise)."""
    if not planned("structured"):
        return {}
    settings = config["extraction"]
    return {
        "model": settings["model"],
        "entry": CATALOG[settings["model"]],
        "settings": settings,
    }


def report_outputs():
    """What the report shows beyond the stage outputs: the all-models tables, the figures
    whose stages or analyses are planned, each model's provenance, and the analyses."""
    tables = [
        f"results/all/{study}_{stage}.csv"
        for stage in config["stages"]
        for study in planned(stage)
    ]
    figures = [
        f"results/all/{'analysis/' if spec.analysis else ''}figures/{spec.study}_{spec.name}.svg"
        for spec in FIGURES
    ]
    provenance = expand("results/{model}/provenance.html", model=config["models"])
    analyses = [
        f"results/all/analysis/{spec.study}_{spec.name}.csv" for spec in ANALYSES
    ]
    return tables + figures + provenance + analyses


# --- The analyses (rules/analysis.smk) ---------------------------------------------------


def planned_analysis(study, name):
    for spec in ANALYSES:
        if (spec.study, spec.name) == (study, name):
            return spec
    raise ValueError(f"no analysis {name!r} of {study} in this config")


def analysis_spec(wildcards):
    return planned_analysis(wildcards.study, wildcards.analysis)


def analysis_inputs(wildcards):
    """What an analysis reads: the all-models table of each experiment the study runs, the
    human reference file where it reads it (where it is, like an input), the analyses it
    reads, and for the model comparison each model's structured summary and provenance.
    """
    spec = analysis_spec(wildcards)
    stages = STUDIES[wildcards.study].planned_stages(config["stages"])
    inputs = {
        f"experiment{experiment}": f"results/all/{wildcards.study}_{stage}.csv"
        for experiment, stage in EXPERIMENTS.items()
        if stage in stages
    }
    if spec.reads_reference:
        reference = reference_file(config, wildcards.study, STUDIES[wildcards.study])
        inputs["reference"] = local(reference.path)
    inputs["analyses"] = [
        f"results/all/analysis/{wildcards.study}_{name}.csv" for name in spec.reads
    ]
    if spec.definition.reads_records:
        inputs["provenance"] = expand(
            "results/{model}/provenance.json", model=config["models"]
        )
        if "structured" in stages:
            inputs["summaries"] = expand(
                "results/{model}/{study}_structured_summary.csv",
                model=config["models"],
                study=wildcards.study,
            )
    return inputs


def reference_label_of(study, analysis):
    """What the human reference an analysis is built from is ("" if none)."""
    if not planned_analysis(study, analysis).uses_reference:
        return ""
    return reference_file(config, study, STUDIES[study]).label


def reference_label(wildcards):
    return reference_label_of(wildcards.study, wildcards.analysis)


def analysis_figure_table(wildcards):
    spec = figure_spec(wildcards)
    return f"results/all/analysis/{wildcards.study}_{spec.analysis}.csv"


def figure_reference_label(wildcards):
    return reference_label_of(wildcards.study, figure_spec(wildcards).analysis)
