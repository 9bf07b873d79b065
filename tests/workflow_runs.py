"""Running the workflow from the tests: a copy as a user's clone, Snakemake on the local
profile, and the one full run that the workflow and report tests share.

A full run on the small model takes minutes on two cores, so the suite makes one
(`full_run`, a session fixture in conftest.py) and the tests read it; those that change
outputs work on a copy of it.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from llm_pragmatics.config import load_yaml
from llm_pragmatics.inputs import number_columns, read_validated_input
from llm_pragmatics.probabilities import read_provenance
from llm_pragmatics.questions import ProbabilityDesign
from llm_pragmatics.raw import raw_output_schema
from llm_pragmatics.schemas import RAW_COLUMNS, RAW_NUMBER_COLUMNS, probabilities_schema, validate
from llm_pragmatics.tables import read_table

from .conftest import MODEL_KEY, REPO

# The workflow as a user's clone has it, and the tests' own study (tests/config/workflow.yaml).
WORKFLOW_FILES = [
    "Snakefile",
    "rules",
    "scripts",
    "config",
    "envs",
    "profiles",
    "report",
    "tests/data/studies",
]
TEST_CONFIG = REPO / "tests" / "config" / "workflow.yaml"
SNAKEMAKE = [sys.executable, "-m", "snakemake"]
# A full run takes minutes on two idle cores; a machine shared with others' runs can take
# it past half an hour.
RUN_TIMEOUT_SECONDS = 3600


def copy_workflow(target: Path, model_weights: Path) -> Path:
    """A fresh copy of the workflow, as a user's clone; the prepared model is shared."""
    target.mkdir(parents=True, exist_ok=True)
    for name in WORKFLOW_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    (target / "resources" / "models").mkdir(parents=True)
    (target / "resources" / "models" / MODEL_KEY).symlink_to(model_weights)
    return target


def snakemake(
    workdir: Path,
    *args: str,
    check: bool = True,
    configfile: Path = TEST_CONFIG,
    targets: tuple[str, ...] = ("all",),
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    # The targets first: --configfile and --config take every word after them.
    command = [*SNAKEMAKE, *targets, "--profile", "profiles/local", "--configfile", str(configfile)]
    command += args
    # Its own process group: a run that overstays is stopped with its model servers.
    run = subprocess.Popen(
        command,
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env=env,
    )
    try:
        stdout, stderr = run.communicate(timeout=RUN_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGTERM)
        stdout, stderr = run.communicate(timeout=120)
        pytest.fail(
            f"snakemake {' '.join(args)} ran over {RUN_TIMEOUT_SECONDS} s:\n{stderr[-3000:]}"
        )
    done = subprocess.CompletedProcess(command, run.returncode, stdout, stderr)
    if check and done.returncode != 0:
        pytest.fail(
            f"snakemake {' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
        )
    return done


def planned_jobs(output: str) -> dict[str, int]:
    """The job counts of a (dry) run's 'Job stats' table."""
    table = output.split("Job stats:")[-1]
    return {rule: int(count) for rule, count in re.findall(r"^(\w+)\s+(\d+)$", table, re.M)}


def run_config(workdir: Path, configfile: Path = TEST_CONFIG) -> dict:
    """The config a run with `configfile` has: the workflow's, updated as Snakemake does."""
    config = load_yaml(workdir / "config" / "config.yaml")
    for key, value in load_yaml(configfile).items():
        if isinstance(value, dict) and isinstance(config.get(key), dict):
            config[key] = {**config[key], **value}
        else:
            config[key] = value
    return config


def check_raw_output(workdir: Path, studies, study_name: str):
    study = studies[study_name]
    config = run_config(workdir)
    inputs = read_validated_input(study, workdir / "results" / "inputs" / f"{study_name}.csv")
    table = read_table(
        workdir / "results" / MODEL_KEY / f"{study_name}_raw.csv",
        number_columns(study) + RAW_NUMBER_COLUMNS,
    )
    validate(raw_output_schema(study, inputs, config["sampling"]), table, study_name)
    assert list(table.columns) == list(inputs.columns) + RAW_COLUMNS
    return table


def check_probabilities_output(workdir: Path, studies, study_name: str):
    study = studies[study_name]
    inputs = read_validated_input(study, workdir / "results" / "inputs" / f"{study_name}.csv")
    design = ProbabilityDesign.of(study)
    table = read_table(
        workdir / "results" / MODEL_KEY / f"{study_name}_probabilities.csv",
        number_columns(study) + design.output_columns,
    )
    validate(probabilities_schema(study, inputs, design), table, study_name)
    provenance = workdir / "results" / MODEL_KEY / f"{study_name}_probabilities.provenance.jsonl.gz"
    assert len(read_provenance(provenance)) >= len(table)  # at least one distribution per row
    return table


# The shared run: every stage of the default configuration, Study 2's input with a column
# the study does not define (it is carried into every output), and credentials planted in
# the environment (none may reach an output, a log or the report).
STAGES = ["raw", "probabilities", "structured"]
NOTES_INPUT = "data/study2_with_notes.csv"
RUN_ARGS = ("--config", f"stages=[{', '.join(STAGES)}]", f"inputs={{study2: {NOTES_INPUT}}}")
NOTES = ["007", "NA", "", "a, b", 'said "fine"', "None", "1.0"]
PLANTED = {
    "HF_TOKEN": "hf_plantedReportLeakCheck7Qx2",
    "DEEPSEEK_API_KEY": "sk-plantedReportLeakCheck9Zr4",
}


def write_input_with_notes(workdir: Path) -> list[str]:
    """Study 2's example input with a `notes` column in the middle; the notes, by row."""
    example = workdir / "config" / "studies" / "study2" / "example.csv"
    with open(example, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    (workdir / NOTES_INPUT).parent.mkdir(parents=True, exist_ok=True)
    notes = [NOTES[number % len(NOTES)] for number in range(len(rows) - 1)]
    with open(workdir / NOTES_INPUT, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(rows[0][:3] + ["notes"] + rows[0][3:])
        for row, note in zip(rows[1:], notes, strict=True):
            writer.writerow(row[:3] + [note] + row[3:])
    return notes


def full_run_config(workdir: Path) -> dict:
    """The config the shared run has."""
    config = run_config(workdir)
    config["stages"] = STAGES
    config["inputs"]["study2"] = NOTES_INPUT
    return config


def make_full_run(target: Path, model_weights: Path) -> Path:
    """A copy of the workflow run through every stage, then `--report` as HTML and as ZIP."""
    workdir = copy_workflow(target, model_weights)
    write_input_with_notes(workdir)
    env = {**os.environ, **PLANTED}
    snakemake(workdir, *RUN_ARGS, env=env)
    snakemake(workdir, "--report", "report.html", *RUN_ARGS, env=env)
    snakemake(workdir, "--report", "report.zip", *RUN_ARGS, env=env)
    return workdir


def copy_of_run(run: Path, target: Path) -> Path:
    """A copy of a finished run that Snakemake sees as finished: times kept, the model's
    folder still a link."""
    shutil.copytree(run, target, symlinks=True)
    return target
