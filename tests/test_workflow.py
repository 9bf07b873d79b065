"""The whole workflow, run with Snakemake and the local profile on the example inputs.

The suite's one full run (`full_run`, workflow_runs.py) is read here: its outputs, a rerun
that does nothing, a study renamed. A copy of it then has an output deleted and rebuilt
alone, then a run killed mid-stage and resumed, in that order.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml

from llm_pragmatics.analysis.plan import EXAMPLE_LABEL, analysis_plan
from llm_pragmatics.analysis.run import analysis_schema
from llm_pragmatics.config import load_yaml
from llm_pragmatics.extraction import ExtractionSpec, read_raw_table
from llm_pragmatics.inputs import number_columns, read_validated_input
from llm_pragmatics.merged import read_stage_output
from llm_pragmatics.questions import ProbabilityDesign
from llm_pragmatics.schemas import structured_schema, validate
from llm_pragmatics.studies import load_studies
from llm_pragmatics.tables import read_table

from .conftest import MODEL_KEY
from .workflow_runs import (
    RUN_ARGS,
    SNAKEMAKE,
    TEST_CONFIG,
    check_probabilities_output,
    check_raw_output,
    copy_of_run,
    copy_workflow,
    full_run_config,
    planned_jobs,
    run_config,
    snakemake,
)

pytestmark = pytest.mark.workflow


def server_starts(workdir: Path) -> int:
    log = workdir / "logs" / MODEL_KEY / "serve.log"
    return log.read_text().count("model server ready") if log.exists() else 0


def server_pids(workdir: Path) -> list[int]:
    """The vLLM processes the workflow's launcher started, from its log."""
    log = (workdir / "logs" / MODEL_KEY / "serve.log").read_text()
    return [
        int(pid) for pid in re.findall(r"model server ready at \S+ after \d+ s \(pid (\d+)\)", log)
    ]


def running(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "zombie" not in status.read_text()


def journal_records(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT key, completed_at FROM completed"))


def read_text_columns(path: Path, text: list[str]) -> pd.DataFrame:
    """An analysis table: the `text` columns as written, the others numbers."""
    header = pd.read_csv(path, nrows=0, encoding="utf-8").columns
    return read_table(path, [name for name in header if name not in text])


@pytest.fixture(scope="module")
def workflow(full_run) -> Path:
    return full_run


@pytest.fixture(scope="module")
def changed(full_run, tmp_path_factory) -> Path:
    """A copy of the full run for the tests that delete and rebuild its outputs."""
    return copy_of_run(full_run, tmp_path_factory.mktemp("changed") / "clone")


def test_a_full_run_writes_every_output_from_one_server(workflow):
    studies = load_studies(full_run_config(workflow), workflow)
    assert list(studies) == ["study1", "study2", "scalar"]
    for name in studies:
        table = check_raw_output(workflow, studies, name)
        assert (table["model_name"] == MODEL_KEY).all()
        assert (table["completion_tokens"] > 0).all()
        assert table["model_response"].str.strip().str.len().gt(0).mean() > 0.9
        check_probabilities_output(workflow, studies, name)
    assert server_starts(workflow) == 1
    assert not any(running(pid) for pid in server_pids(workflow))  # stopped with its group


def test_the_tests_own_study_ran_through_every_stage(workflow):
    """The "some / all" study exists only in tests/data/studies/scalar and the tests'
    config: nothing of the workflow was written for it."""
    study = load_studies(run_config(workflow), workflow)["scalar"]
    results = workflow / "results"
    gated = read_validated_input(study, results / "inputs" / "scalar.csv")
    assert len(gated) == 5
    # The derived column its own code (scalar.py) computes, in every output.
    assert gated["alternative"].str.match(r"^(All|Some) of the ").all()
    raw = read_raw_table(study, results / MODEL_KEY / "scalar_raw.csv")
    assert raw["alternative"].tolist() == gated["alternative"].tolist()
    design = ProbabilityDesign.of(study)
    probabilities = read_table(
        results / MODEL_KEY / "scalar_probabilities.csv",
        number_columns(study) + design.output_columns,
    )
    counts = probabilities[[f"count_prob_{n}" for n in range(5)]].sum(axis=1)
    assert ((counts - 1).abs() < 1e-6).all() and (probabilities["count_mean"].between(0, 4)).all()
    schema = structured_schema(study, raw, ExtractionSpec.from_study(study))
    structured = read_stage_output(results / MODEL_KEY / "scalar_structured.csv", study, schema)
    validate(schema, structured, "scalar_structured")
    assert {"Count_A", "Alternative_A", "extraction_method"} <= set(structured.columns)
    for stage in ("raw", "probabilities", "structured"):
        assert (results / "all" / f"scalar_{stage}.csv").is_file()
    for figure in ("counts", "throughput", "extraction"):
        assert (
            (results / "all" / "figures" / f"scalar_{figure}.svg").read_bytes().startswith(b"<?xml")
        )
    provenance = json.loads((results / MODEL_KEY / "provenance.json").read_text())
    assert provenance["studies"]["scalar"]["id"] == "scalar"
    files = {entry["path"] for entry in provenance["files"]}
    assert {"tests/data/studies/scalar/study.yaml", "tests/data/studies/scalar/scalar.py"} <= files


def test_every_study_ends_with_its_analyses(workflow):
    """Each study's analyses ran on this run's tables and pass their schemas; those built
    from the default human reference (the project's example) say so in every row."""
    config = run_config(workflow)
    studies = load_studies(config, workflow)
    specs = analysis_plan(studies, config)
    assert {spec.study for spec in specs} == set(studies)
    folder = workflow / "results" / "all" / "analysis"
    for spec in specs:
        path = folder / f"{spec.study}_{spec.name}.csv"
        schema = analysis_schema(spec, studies[spec.study].definition, config["models"])
        text = [name for name, column in schema.columns.items() if "str" in str(column.dtype)]
        table = read_text_columns(path, text)
        validate(schema, table, str(path))
        assert len(table) and set(table["model"]) <= {MODEL_KEY, "people", "all models"}
        assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    people = read_text_columns(folder / "study2_against_people.csv", ["reference"])
    assert (people["reference"] == EXAMPLE_LABEL).all()
    assert set(people["experiment"]) == {1, 2} and people["floor"].notna().all()
    shares = read_text_columns(folder / "study2_utterances.csv", ["model", "reference"])
    assert (shares.loc[shares["model"] == "people", "reference"] == EXAMPLE_LABEL).all()
    # The model is asked nothing the analyses need twice: Experiment 2 always has values.
    bets = read_text_columns(folder / "study1_bets.csv", ["model", "note"])
    assert bets.loc[bets["experiment"] == 2, "mean"].notna().all()
    for figure in ("study1_bets_by_state", "study2_utterance_shares", "scalar_count_means"):
        assert (folder / "figures" / f"{figure}.svg").read_bytes().startswith(b"<?xml")


def test_renaming_a_study_key_changes_the_file_names_only(
    workflow, tmp_path_factory, model_weights
):
    """study1 under another key, in a copy of the workflow that shares the first one's
    journal: the same bytes come out under the new names, and no model is asked."""
    renamed = copy_workflow(tmp_path_factory.mktemp("renamed") / "clone", model_weights)
    config = load_yaml(renamed / "config" / "config.yaml")
    config["studies"] = {"knowledge": config["studies"]["study1"]}
    config["journal_dir"] = str(workflow / "journal")
    (renamed / "config" / "config.yaml").write_text(yaml.safe_dump(config))
    journals = sorted((workflow / "journal" / MODEL_KEY).glob("study1_*.sqlite"))
    before = {path: journal_records(path) for path in journals}
    stages = ["raw", "probabilities", "structured"]
    snakemake(renamed, targets=tuple(f"results/{MODEL_KEY}/knowledge_{s}.csv" for s in stages))
    for stage in stages:
        new = renamed / "results" / MODEL_KEY / f"knowledge_{stage}.csv"
        assert (
            new.read_bytes()
            == (workflow / "results" / MODEL_KEY / f"study1_{stage}.csv").read_bytes()
        )
    assert len(journals) == 3
    assert {path: journal_records(path) for path in journals} == before
    assert not (renamed / "journal").exists()


def test_a_second_run_has_nothing_to_do(workflow):
    dry = snakemake(workflow, "-n", *RUN_ARGS)
    assert "Nothing to be done" in dry.stdout + dry.stderr
    snakemake(workflow, *RUN_ARGS)
    assert server_starts(workflow) == 1  # no server was started for nothing


def test_a_moved_checkout_has_nothing_to_do(changed):
    """The copy is the run in another folder: its outputs stand (the workflow's own files
    are inputs by their configured, relative paths)."""
    dry = snakemake(changed, "-n", *RUN_ARGS)
    assert "Nothing to be done" in dry.stdout + dry.stderr


def test_a_deleted_output_is_rebuilt_from_the_journal_alone(changed, studies):
    results = changed / "results" / MODEL_KEY
    deleted = results / "study1_raw.csv"
    others = sorted(p for p in results.glob("study*.csv") if p != deleted)
    original = deleted.read_bytes()
    before = {path: path.read_bytes() for path in others}
    journals = sorted((changed / "journal" / MODEL_KEY).glob("*.sqlite"))
    journals_before = {path: journal_records(path) for path in journals}
    deleted.unlink()
    dry = snakemake(changed, "-n", *RUN_ARGS)
    jobs = planned_jobs(dry.stdout)
    # Nothing upstream runs, and one server starts. (Snakemake reruns every job that
    # consumes a service once the service must run: the model's other stage jobs run
    # again too, answered from the journal.)
    assert jobs["serve_model"] == 1 and jobs["raw_answers"] >= 1
    assert not {"check_input", "prepare_model"} & set(jobs)
    snakemake(changed, *RUN_ARGS)
    # No request reached the model: every journal is as it was.
    assert {path: journal_records(path) for path in journals} == journals_before
    # The same bytes as before, the rebuilt output and the others alike.
    assert deleted.read_bytes() == original
    assert {path: path.read_bytes() for path in others} == before
    check_raw_output(changed, studies, "study1")


def test_a_killed_run_resumes_without_repeating_completed_requests(changed, studies):
    output = changed / "results" / MODEL_KEY / "study2_raw.csv"
    journal = changed / "journal" / MODEL_KEY / "study2_raw.sqlite"
    output.unlink()
    journal.unlink()
    for leftover in journal.parent.glob("study2_raw.sqlite-*"):
        leftover.unlink()
    # Two requests at a time, so that the run can be caught with some but not all done.
    slow = changed / "slow.yaml"
    settings = load_yaml(TEST_CONFIG)
    settings["requests"].update(concurrency=2)
    slow.write_text(yaml.safe_dump(settings))
    # The raw table alone: rebuilding what depends on it would add minutes and check
    # nothing this test is about.
    target = str(output.relative_to(changed))
    command = [*SNAKEMAKE, target, "--profile", "profiles/local", "--configfile", str(slow)]
    command += RUN_ARGS
    run = subprocess.Popen(
        command,
        cwd=changed,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if journal.exists() and len(journal_records(journal)) >= 3:
            break
        assert run.poll() is None, "the run ended before it could be interrupted"
        time.sleep(0.5)
    else:
        pytest.fail("no request completed within 10 minutes")
    os.killpg(run.pid, signal.SIGTERM)  # as the cluster or a user's Ctrl-C would
    run.wait(timeout=120)

    first = journal_records(journal)
    gated = changed / "results" / "inputs" / "study2.csv"
    total = len(read_validated_input(studies["study2"], gated))
    assert 3 <= len(first) < total
    assert not output.exists()  # nothing half-written
    assert not list(output.parent.glob(".*.tmp"))

    snakemake(changed, *RUN_ARGS, configfile=slow, targets=(target,))
    log = (changed / "logs" / MODEL_KEY / "study2_raw.log").read_text()
    resumed = re.findall(r"(\d+) requests, (\d+) already in the journal, (\d+) to send", log)[-1]
    assert tuple(map(int, resumed)) == (total, len(first), total - len(first))
    after = journal_records(journal)
    assert len(after) == total
    # The requests completed before the kill were not asked again.
    assert {key: after[key] for key in first} == first
    check_raw_output(changed, studies, "study2")


def test_after_a_killed_run_unlock_then_the_same_command_proceeds(tmp_path, model_weights):
    """README, "After an interrupted run": a run killed hard (kill -9, a lost node) leaves
    Snakemake's lock; `--unlock` with the same profile clears it, and the same command runs.
    A gate output is the target: it needs no model."""
    workflow = copy_workflow(tmp_path / "clone", model_weights)
    profile = ["--profile", "profiles/local", "--configfile", str(TEST_CONFIG)]
    targets = ["results/inputs/study2.csv"]
    locks = workflow / ".snakemake" / "locks"

    def held() -> list[Path]:
        return list(locks.iterdir()) if locks.is_dir() else []

    run = subprocess.Popen(
        [*SNAKEMAKE, *targets, *profile],
        cwd=workflow,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while not held():
        assert run.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, "the run never took its lock"
        time.sleep(0.02)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=60)
    assert held()  # left behind

    def same_command(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*SNAKEMAKE, *targets, *profile, *extra],
            cwd=workflow,
            capture_output=True,
            text=True,
            timeout=600,
        )

    refused = same_command()
    assert refused.returncode != 0
    assert "--unlock" in refused.stdout + refused.stderr
    unlocked = subprocess.run(
        [*SNAKEMAKE, "--unlock", *profile], cwd=workflow, capture_output=True, text=True
    )
    assert unlocked.returncode == 0, unlocked.stderr[-3000:]
    assert not held()
    done = same_command()
    assert done.returncode == 0, done.stderr[-3000:]
    for target in targets:
        assert (workflow / target).is_file()


def test_bad_input_stops_the_run_before_any_model_is_asked(tmp_path, model_weights):
    workflow = copy_workflow(tmp_path / "clone", model_weights)
    bad = workflow / "config" / "studies" / "study1" / "example.csv"
    lines = bad.read_text().splitlines()
    lines[3] = lines[3].rsplit(",", 2)[0] + ",1,3"  # observe 3 > access 1 on row 3
    bad.write_text("\n".join(lines) + "\n")
    done = snakemake(workflow, check=False)
    assert done.returncode != 0
    message = done.stdout + done.stderr
    assert "study1.csv" in message and "row 3" in message and "observe" in message
    assert not (workflow / "results" / "inputs" / "study1.csv").exists()
    assert not (workflow / "logs" / MODEL_KEY / "serve.log").exists()
    assert not list((workflow / "results").glob(f"{MODEL_KEY}/*_raw.csv"))


def test_the_dry_run_on_the_real_inputs_plans_a_job_per_study_and_one_server_per_model(
    shared_data, tmp_path, model_weights
):
    workflow = copy_workflow(tmp_path / "clone", model_weights)
    models = ["gemma-2-2b-it", "gemma-2-9b-it", "llama-3.1-8b-instruct", "llama-3.1-70b-instruct"]
    done = snakemake(
        workflow,
        "-n",
        "--config",
        f"inputs={{study1: {shared_data / 'study1.csv'}, study2: {shared_data / 'study2.csv'}}}",
        f"models={models}",
        "stages=[raw]",
    )
    jobs = planned_jobs(done.stdout)
    studies = run_config(workflow)["studies"]  # the real two, and the tests' own
    assert jobs["raw_answers"] == len(studies) * len(models)
    assert jobs["serve_model"] == len(models)
    assert jobs["check_input"] == len(studies)


def test_a_dry_run_forcing_both_gates_finds_every_study_definition(tmp_path, model_weights):
    """Two targets whose jobs read two of the workflow's own files: each file exists, and
    the dry run must find both (it once reported the second one missing)."""
    workflow = copy_workflow(tmp_path / "clone", model_weights)
    gates = ("results/inputs/study1.csv", "results/inputs/study2.csv")
    done = snakemake(workflow, "-n", "-f", targets=gates, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert planned_jobs(done.stdout)["check_input"] == 2


def test_a_study_that_does_not_define_a_stage_skips_it_and_says_why(tmp_path, model_weights):
    """A study without `probabilities:` or `structured:` is not planned for those stages;
    the dry run says so, and its plan counts only what runs (it once raised)."""
    workflow = copy_workflow(tmp_path / "clone", model_weights)
    talk = workflow / "config" / "studies" / "talk"
    shutil.copytree(workflow / "config" / "studies" / "study2", talk)
    definition = load_yaml(talk / "study.yaml")
    for block in ("probabilities", "structured", "figures"):
        del definition[block]
    (talk / "study.yaml").write_text(yaml.safe_dump(definition, sort_keys=False))
    settings = load_yaml(TEST_CONFIG)
    settings["studies"]["talk"] = "config/studies/talk"
    configfile = tmp_path / "talk.yaml"
    configfile.write_text(yaml.safe_dump(settings))
    done = snakemake(workflow, "-n", configfile=configfile)
    output = done.stdout + done.stderr
    for stage in ("probabilities", "structured"):
        assert f"talk skips the {stage} stage: config/studies/talk/study.yaml defines no" in output
    jobs = planned_jobs(done.stdout)
    assert (jobs["check_input"], jobs["raw_answers"]) == (4, 4)
    assert (jobs["probabilities"], jobs["structured"]) == (3, 3)
    raw = re.search(r"model_smollm2\s+0 raw\s+(\d+)", output)
    assert raw and int(raw.group(1)) == 12 + 12 + 5 + 12
    only_raw = snakemake(workflow, "-n", "--config", "stages=[raw]", configfile=configfile)
    assert planned_jobs(only_raw.stdout)["raw_answers"] == 4
    assert "talk skips" not in only_raw.stdout + only_raw.stderr
