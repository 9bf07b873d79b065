"""The full-size benchmark (bench/scale.py): its generated inputs, its growth flags, and a
run on tiny fractions against the session's server (the full run is the lead's, later)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

import pandas as pd
import pytest
import yaml

from llm_pragmatics.config import load_yaml
from llm_pragmatics.inputs import read_study_input
from llm_pragmatics.prompts import render

from .conftest import REPO
from .workflow_runs import TEST_CONFIG

spec = importlib.util.spec_from_file_location("scale", REPO / "bench" / "scale.py")
scale = importlib.util.module_from_spec(spec)
sys.modules["scale"] = scale  # its dataclasses look their module up
spec.loader.exec_module(scale)


@pytest.mark.parametrize(("name", "rows"), [("study1", 50), ("study2", 31)])
def test_generated_inputs_pass_the_gate_with_distinct_trials_and_prompts(
    studies, tmp_path, name, rows
):
    study = studies[name]
    examples = scale.read_csv_text(REPO / "config" / "studies" / name / "example.csv")
    generated = scale.generate_rows(study, examples, rows)
    path = scale.write_csv_text(generated, tmp_path / f"{name}.csv")
    gated = read_study_input(study, path)  # trial ids are unique, or the gate says so
    assert len(gated) == rows
    assert list(gated.columns)[: len(study.columns)] == list(study.columns)
    prompts = {render(study, "raw", "user", row) for row in gated.to_dict("records")}
    assert len(prompts) == rows
    # The first copy is the examples themselves.
    pd.testing.assert_frame_equal(generated.head(len(examples)), examples)


def test_a_fraction_is_a_sample_in_input_order():
    frame = pd.DataFrame({"n": range(200)})
    part = scale.sample_rows(frame, 0.25)
    assert len(part) == 50 and part["n"].is_monotonic_increasing
    assert not part["n"].equals(pd.Series(range(50)))  # a sample, not the first rows
    assert len(scale.sample_rows(frame, 0.001)) == 1


def result(fraction: float, rows: int, requests: int, journal_mb: float, report_mb: float):
    stage = scale.StageFigures(requests=requests, unique_prompts=requests, journal_mb=journal_mb)
    return scale.FractionResult(
        fraction=fraction,
        rows=rows,
        stages={"raw": stage},
        server_mb=900.0,
        server_starts=[40.0],
        report_jobs_mb=200.0,
        snakemake_mb=150.0,
        run_seconds=100.0 * fraction,
        others_cores=0.0,
        report_seconds=10.0,
        report_mb=report_mb,
    )


def test_only_what_grows_faster_than_the_rows_is_flagged():
    results = [
        result(0.1, 100, 100, journal_mb=1.0, report_mb=4.0),
        result(0.5, 500, 500, journal_mb=25.0, report_mb=4.1),  # journal: rows^2
        result(1.0, 1000, 1000, journal_mb=100.0, report_mb=4.1),
    ]
    lines, flags = scale.growth_table(results)
    assert lines[1].split() == ["figure", "x1.00", "x5.00", "x10.00"]
    requests = next(line for line in lines if line.startswith("raw requests"))
    assert requests.split()[-3:] == ["1.00", "5.00", "10.00"]
    assert flags == [
        "FASTER THAN LINEAR: raw journal mb x25.00 for rows x5.00 at 0.5 (rows^2.00)",
        "FASTER THAN LINEAR: raw journal mb x100.00 for rows x10.00 at 1 (rows^2.00)",
    ]
    # Too few rows more to tell: no flag.
    assert scale.growth_exponent(1.2, 4.0) is None


@pytest.mark.workflow
def test_the_benchmark_runs_on_tiny_fractions_and_prints_how_each_figure_grows(
    vllm_server, tmp_path
):
    # The structured stage's code path is the same; its extraction requests are slow on
    # the small model, so the test leaves it out.
    # The tests' short answers, on the shipped studies only (not the tests' own study).
    settings = {k: v for k, v in load_yaml(TEST_CONFIG).items() if k != "studies"}
    settings["stages"] = ["raw", "probabilities"]
    bench_config = tmp_path / "bench-config.yaml"
    bench_config.write_text(yaml.safe_dump(settings), encoding="utf-8")
    command = [sys.executable, str(REPO / "bench" / "scale.py")]
    command += ["--rows", "study1=20", "study2=20", "--fractions", "0.1,0.2"]
    command += ["--configfile", str(bench_config)]
    command += ["--base-url", vllm_server.base_url, "--workdir", str(tmp_path / "runs")]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    output = done.stdout
    print(output)  # shown with pytest -s, and when the test fails
    assert "generated from the example inputs (study1 20 rows, study2 20 rows)" in output
    assert (tmp_path / "runs" / "scale.txt").read_text() in output
    rows = {
        (float(fraction), stage): (int(total), int(requests), int(prompts))
        for fraction, total, stage, requests, prompts in re.findall(
            r"^\s+([\d.]+)\s+(\d+) (raw|probabilities|structured)\s+(\d+)\s+(\d+)\s", output, re.M
        )
    }
    assert set(rows) == {(f, s) for f in (0.1, 0.2) for s in ("raw", "probabilities")}
    for fraction, trials in ((0.1, 4), (0.2, 8)):
        total, requests, prompts = rows[(fraction, "raw")]
        # One answer per trial, each its own prompt (the generator keeps prompts distinct).
        assert total == requests == prompts == trials
        assert rows[(fraction, "probabilities")][1] > trials
    memory = re.search(r"^\s+0\.2\s+8\s+(\d+)\s+", output, re.M)
    assert memory and int(memory.group(1)) > 100  # the server's RSS, in MB
    assert "ratio to the 0.1 run (rows: 4)" in output
    assert re.search(r"^raw requests\s+1\.00\s+2\.00$", output, re.M)
    assert re.search(r"^report mb\s+1\.00\s+[\d.]+$", output, re.M)
    assert "FASTER THAN LINEAR" in output or "nothing grows faster than linearly" in output
    report = tmp_path / "runs" / "run-0.2" / "report.html"
    assert report.is_file() and report.stat().st_size < 20e6
