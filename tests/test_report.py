"""The report: all-models tables, figures, provenance, no secrets, and the page in a browser.

One workflow run on a copy (short answers), with credentials planted in its environment,
then `--report` as HTML and as ZIP; the tests below read what that left behind.
"""

from __future__ import annotations

import base64
import csv
import gzip
import html
import io
import json
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from llm_pragmatics.analysis.plan import EXAMPLE_LABEL, analysis_plan
from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.figures import draw, figure_specs
from llm_pragmatics.figures.distributions import expected_values
from llm_pragmatics.figures.stages import throughput_summary
from llm_pragmatics.inputs import read_validated_input
from llm_pragmatics.merged import merge_tables, read_stage_output, stage_text_columns
from llm_pragmatics.provenance import sha256
from llm_pragmatics.questions import ProbabilityDesign
from llm_pragmatics.redaction import redact_secrets
from llm_pragmatics.schemas import MODEL_COLUMN, raw_schema, stage_schema, validate_merged
from llm_pragmatics.studies import load_studies
from llm_pragmatics.tables import write_csv_atomically
from llm_pragmatics.weights import with_prepared_revision

from .conftest import MODEL_KEY, REPO
from .test_workflow import copy_workflow, planned_jobs, snakemake
from .test_workflow import run_config as workflow_config

PLANTED = {
    "HF_TOKEN": "hf_plantedReportLeakCheck7Qx2",
    "DEEPSEEK_API_KEY": "sk-plantedReportLeakCheck9Zr4",
}
CHROMIUM = Path("/usr/bin/chromium")
# The report is tested on every stage of the default configuration.
STAGES = ["raw", "probabilities", "structured"]
WITH_STAGES = ["--config", f"stages=[{', '.join(STAGES)}]"]


def run_config(workdir: Path) -> dict:
    config = workflow_config(workdir)
    config["stages"] = STAGES
    return config


@pytest.fixture(scope="module")
def reported(tmp_path_factory, model_weights) -> Path:
    workdir = copy_workflow(tmp_path_factory.mktemp("report") / "clone", model_weights)
    # Rules name envs/workflow.yaml; Snakemake records it with each job's metadata.
    if not (workdir / "envs").exists():
        shutil.copytree(REPO / "envs", workdir / "envs")
    with pytest.MonkeyPatch.context() as patch:
        for name, value in PLANTED.items():
            patch.setenv(name, value)
        snakemake(workdir, *WITH_STAGES)
        snakemake(workdir, "--report", "report.html", *WITH_STAGES)
        snakemake(workdir, "--report", "report.zip", *WITH_STAGES)
    return workdir


def embedded(report: Path, variable: str) -> dict:
    """An object of the report's own script: `results` (every result file, with its content
    as a data URI) or `categories` (category -> subcategory -> result files)."""
    text = report.read_text(encoding="utf-8")
    # The report's own script element: the bundled libraries have a `var results` too.
    marker = f"var {variable} = "
    start = text.index(marker, text.index('<script id="results">')) + len(marker)
    return json.JSONDecoder().raw_decode(text, start)[0]


def embedded_results(report: Path) -> dict[str, dict]:
    return embedded(report, "results")


def decoded(data_uri: str) -> bytes:
    return base64.b64decode(data_uri.split("base64,", 1)[1])


def study_stage_tables(workdir: Path):
    config = run_config(workdir)
    for name, study in load_studies(config, workdir).items():
        inputs = read_validated_input(study, workdir / "results" / "inputs" / f"{name}.csv")
        replicates = config["sampling"]["replicates"]
        raw_path = workdir / "results" / MODEL_KEY / f"{name}_raw.csv"
        raw = read_stage_output(raw_path, study, raw_schema(study, inputs, replicates))
        for stage in config["stages"]:
            schema = stage_schema(stage, study, inputs, replicates, raw)
            yield config, study, stage, schema


workflow = pytest.mark.workflow


@workflow
def test_the_merged_tables_pass_the_per_stage_schemas(reported):
    checked = 0
    for _, study, stage, schema in study_stage_tables(reported):
        path = reported / "results" / "all" / f"{study.name}_{stage}.csv"
        merged = read_stage_output(path, study, schema)
        validate_merged({MODEL_KEY: schema}, merged, str(path))
        own = read_stage_output(
            reported / "results" / MODEL_KEY / f"{study.name}_{stage}.csv", study, schema
        )
        assert list(merged.columns) == [MODEL_COLUMN, *own.columns]
        pd.testing.assert_frame_equal(merged.drop(columns=MODEL_COLUMN), own)
        checked += 1
    config = run_config(reported)
    assert checked == len(config["studies"]) * len(config["stages"]) >= 9


@workflow
def test_the_merged_tables_read_in_r_without_surprises(reported):
    for _, study, stage, schema in study_stage_tables(reported):
        raw = (reported / "results" / "all" / f"{study.name}_{stage}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM: R would name the first column oddly
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
        header = rows[0]
        assert header[0] == MODEL_COLUMN and all(header) and len(set(header)) == len(header)
        assert all(len(row) == len(header) for row in rows[1:])
        text = set(stage_text_columns(study, schema))
        for position, name in enumerate(header):
            if name not in text:  # a missing number is an empty cell, never a word
                cells = {row[position] for row in rows[1:]}
                assert not cells & {"nan", "NaN", "None", "NA", "<NA>", "null"}, name


@workflow
def test_the_report_holds_every_table_figure_and_provenance(reported):
    config = run_config(reported)
    results = embedded_results(reported / "report.html")
    expected = [
        f"results/{model}/{study}_{stage}.csv"
        for model in [*config["models"], "all"]
        for study in config["studies"]
        for stage in config["stages"]
    ]
    figures_of = {
        "raw": ["study1_throughput", "study2_throughput", "scalar_throughput"],
        "probabilities": [
            "study1_probability_heatmaps",
            "study1_expected_state",
            "study2_utterances",
            "scalar_counts",
        ],
        "structured": ["study1_extraction", "study2_extraction", "scalar_extraction"],
    }
    drawn = [name for stage in config["stages"] for name in figures_of[stage]]
    expected += [f"results/all/figures/{name}.svg" for name in drawn]
    expected += [f"results/{model}/provenance.html" for model in config["models"]]
    analyses = analysis_plan(load_studies(config, reported), config)
    expected += [f"results/all/analysis/{spec.study}_{spec.name}.csv" for spec in analyses]
    analysis_figures = [
        "study1_bets_by_state",
        "study1_model_comparison",
        "study2_utterance_shares",
        "study2_divergence_from_people",
        "study2_model_comparison",
        "scalar_count_means",
    ]
    expected += [f"results/all/analysis/figures/{name}.svg" for name in analysis_figures]
    # Stages may mark further results of their own (per model); ours must all be there.
    assert set(expected) <= set(results)
    assert not {path for path in results if path.startswith("results/all/")} - set(expected)
    for path, entry in results.items():
        assert entry["caption"].strip(), path
        assert {"model"} <= set(entry["labels"]), path
        if path.endswith(".svg"):
            assert decoded(entry["data_uri"]).lstrip().startswith(b"<?xml"), path
    with zipfile.ZipFile(reported / "report.zip") as archive:
        names = archive.namelist()
    assert any(name.endswith("report.html") for name in names)
    assert any(name.endswith("study1_probability_heatmaps.svg") for name in names)
    # The analyses' category; what is built from the example human reference says so.
    analysis = {path: entry for path, entry in results.items() if "/analysis/" in path}
    categories = embedded(reported / "report.html", "categories")
    filed = {path for paths in categories["Analysis"].values() for path in paths}
    assert filed == set(analysis) and set(categories["Analysis"]) == set(config["studies"])
    for name in ("study2_against_people.csv", "figures/study2_utterance_shares.svg"):
        assert EXAMPLE_LABEL in analysis[f"results/all/analysis/{name}"]["caption"]
    assert EXAMPLE_LABEL not in analysis["results/all/analysis/study1_bets.csv"]["caption"]


@workflow
def test_the_provenance_comes_from_the_runs_files(reported):
    config = run_config(reported)
    record = json.loads((reported / "results" / MODEL_KEY / "provenance.json").read_text())
    manifest = reported / "resources" / "models" / f"{MODEL_KEY}.json"
    weights = json.loads(manifest.read_text())
    catalog = load_yaml(reported / "config" / "models.yaml")[MODEL_KEY]
    assert record["weights"]["file_sha256"] == weights["file_sha256"]
    # The identity the stages journalled under: the entry and the prepared file's hash.
    model = Model.from_entry(MODEL_KEY, catalog)
    assert record["model"]["identity"] == with_prepared_revision(model, manifest).identity
    assert record["model"]["identity"] != model.identity
    distributions = gzip.decompress(
        (reported / "results" / MODEL_KEY / "study2_probabilities.provenance.jsonl.gz").read_bytes()
    )
    assert {json.loads(line)["model_identity"] for line in distributions.splitlines()} == {
        record["model"]["identity"]
    }
    assert record["engine"]["engine_args"] == catalog["serve"]["engine_args"]
    assert record["engine"]["vllm"]["version"]
    assert record["sampling"]["seed"] == config["sampling"]["seed"]
    assert record["sampling"]["max_tokens"] == config["sampling"]["max_tokens"]
    for study in config["studies"]:
        entry = record["studies"][study]
        assert set(entry["prompts"]) == set(config["stages"])
        assert "messages" in json.dumps(entry["prompts"]["raw"]["example"])
        assert entry["prompts"]["probabilities"]["example"]["options"]
        raw = entry["requests"]["raw"]
        assert raw["requests"] == raw["rows"] == entry["trials"] > 0
        assert raw["wall_seconds"] > 0 and raw["journal"]["requests"] >= raw["requests"]
    for file in record["files"]:
        assert file["sha256"] == sha256(reported / file["path"]), file["path"]
    page = (reported / "results" / MODEL_KEY / "provenance.html").read_text()
    assert weights["file_sha256"] in page and "engine_args" not in page.split("<h2>Files")[1]


@workflow
def test_no_planted_secret_reaches_any_output_log_or_the_report(reported):
    secrets = [value.encode() for value in PLANTED.values()]
    places = [reported / "results", reported / "logs", reported / "journal"]
    files = [path for place in places for path in place.rglob("*") if path.is_file()]
    files += [reported / "report.html", reported / "report.zip"]
    blobs = {str(path): path.read_bytes() for path in files}
    blobs.update(
        {
            f"{path}:unzipped": gzip.decompress(path.read_bytes())
            for path in files
            if path.suffix == ".gz"
        }
    )
    with zipfile.ZipFile(reported / "report.zip") as archive:
        for name in archive.namelist():
            blobs[f"report.zip:{name}"] = archive.read(name)
    # Reports embed files base64-encoded (data URIs), which a plain search would miss.
    for where, blob in list(blobs.items()):
        for number, data in enumerate(re.findall(rb"base64,([A-Za-z0-9+/=]+)", blob)):
            blobs[f"{where}:embedded {number}"] = base64.b64decode(data)
    assert len(blobs) > 20
    leaks = [where for where, blob in blobs.items() if any(s in blob for s in secrets)]
    assert not leaks, f"a planted secret was written to {leaks}"


@workflow
def test_figures_follow_the_configured_stages(reported):
    dry = snakemake(reported, "-n", "--forceall", "--config", "stages=[raw]")
    jobs = planned_jobs(dry.stdout)
    studies = len(run_config(reported)["studies"])
    assert jobs["figure"] == studies  # the raw stage's throughput, one per study
    assert jobs["merge_models"] == studies and "probabilities" not in jobs


# The probe runs in the report's own page: it loads every embedded figure as an image,
# then asks the report's app to show the first one, and writes what it saw into the page.
PROBE = """<script>
window.addEventListener("load", () => {
  const shown = Object.entries(results).filter(([, r]) => r.data_uri.startsWith("data:image/"));
  const sizes = shown.map(([path, r]) => new Promise((done) => {
    const image = new Image();
    image.onload = () => done([path, image.naturalWidth, image.naturalHeight]);
    image.onerror = () => done([path, 0, 0]);
    image.src = r.data_uri;
  }));
  Promise.all(sizes).then((figures) => {
    if (shown.length) {
      app.setView({content: "img", contentPath: shown[0][1].data_uri, resultPath: shown[0][0]});
    }
    setTimeout(() => {
      const probe = document.createElement("pre");
      probe.id = "report-probe";
      probe.textContent = JSON.stringify({
        menu: [...document.querySelectorAll("nav span")].map((s) => s.textContent),
        figures: figures,
        displayed: [...document.querySelectorAll("#app img")]
          .filter((i) => i.src.startsWith("data:image/svg+xml") && i.naturalWidth > 100).length,
      });
      document.body.appendChild(probe);
    }, 500);
  });
});
</script>
"""


@workflow
def test_the_report_renders_with_its_figures_in_a_browser(reported, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip(f"skipped: no Chromium at {CHROMIUM} (Debian's `chromium` package)")
    page = (reported / "report.html").read_text(encoding="utf-8")
    end = page.rfind("</body>")  # the last one: embedded files contain the string too
    probe_page = tmp_path / "report.html"
    probe_page.write_text(page[:end] + PROBE + page[end:], encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                f"--user-data-dir={profile}",
                "--virtual-time-budget=30000",
                "--dump-dom",
                probe_page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=180,
        )
    found = re.search(r'<pre id="report-probe">(.*?)</pre>', done.stdout, re.S)
    assert found, f"the report did not render:\n{done.stderr[-3000:]}"
    seen = json.loads(html.unescape(found.group(1)))
    assert {"Workflow", "study1", "study2", "scalar", "provenance", "Analysis"} <= set(seen["menu"])
    assert len(seen["figures"]) >= 5
    assert all(width > 100 and height > 100 for _, width, height in seen["figures"]), seen
    assert seen["displayed"] == 1


# --- Without a workflow run -----------------------------------------------------------------


def test_missing_numbers_are_empty_cells_and_text_stays_text(tmp_path, studies):
    study = studies["study2"]
    rows = read_validated_input(study, study.example_input).head(2)
    frame = rows.assign(model_response=["NA", "None"], prompt_tokens=[3.0, np.nan])
    merged = merge_tables({"a": frame, "b": frame})
    path = tmp_path / "merged.csv"
    write_csv_atomically(merged, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("model,") and lines[2].endswith(",None,")
    back = read_stage_output(path, study, raw_schema(study, rows, 1))
    assert list(back["model_response"]) == ["NA", "None", "NA", "None"]
    assert back["prompt_tokens"].isna().tolist() == [False, True, False, True]


def test_every_figure_draws_from_a_two_model_table(tmp_path, studies):
    specs = {(spec.study, spec.name): spec for spec in figure_specs(studies, STAGES)}

    def draw_figure(study: str, name: str, table: pd.DataFrame, path: Path) -> None:
        spec = specs[(study, name)]
        draw(spec.kind, table, path, studies[study], spec.parameters)

    rng = np.random.default_rng(1)
    conditions = [(1, 1), (2, 1), (2, 2), (3, 1), (3, 2), (3, 3)]
    rows = []
    for model in ("m1", "m2"):
        for access, observe in conditions:
            row = {"model": model, "access": access, "observe": observe}
            for state in range(4):
                p = rng.dirichlet(np.ones(11))
                row.update({f"state{state}_prob_{10 * k}": p[k] for k in range(11)})
                row[f"state{state}_mean"] = float(p @ np.arange(0, 101, 10))
            rows.append(row)
    study1 = pd.DataFrame(rows)
    draw_figure("study1", "probability_heatmaps", study1, tmp_path / "heat.svg")
    draw_figure("study1", "expected_state", study1, tmp_path / "expected.png")
    # The expected state, computed here from the columns' names alone.
    means = study1[[f"state{s}_mean" for s in range(4)]].to_numpy()
    by_hand = (means * np.arange(4)).sum(axis=1) / means.sum(axis=1)
    computed = expected_values(study1, studies["study1"], "percentage", "state")
    np.testing.assert_allclose(computed.to_numpy(), by_hand)
    utterance = ProbabilityDesign.of(studies["study2"]).questions[0]
    utterances = [
        {
            "model": model,
            "Goal_simplified": goal,
            "State_number": state,
            **dict(zip(utterance.probability_columns, rng.dirichlet(np.ones(8)), strict=True)),
        }
        for model in ("m1", "m2")
        for goal in ("informative", "social", "both")
        for state in range(4)
    ]
    draw_figure("study2", "utterances", pd.DataFrame(utterances), tmp_path / "utt.svg")
    raw = pd.DataFrame(
        {
            "model": ["m1", "m1", "m2", "m2"],
            "response_timestamp": [f"2026-01-01T00:00:0{s}Z" for s in (1, 2, 1, 5)],
            "processing_time_ms": [1000.0, 1500.0, 1000.0, 1000.0],
            "completion_tokens": [10, 20, 30, 40],
        }
    )
    speed = throughput_summary(raw).set_index("model")
    assert speed.loc["m1", "wall_seconds"] == 2.0 and speed.loc["m1", "tokens_per_second"] == 15
    draw_figure("study1", "throughput", raw, tmp_path / "speed.svg")
    extraction = raw.assign(
        extraction_method=["regex", "llm", "regex", ""],
        extraction_confidence=[1.0, 0.5, 0.9, np.nan],
        extraction_errors=["", "Prior_A", "", ""],
    )
    draw_figure("study1", "extraction", extraction, tmp_path / "extraction.svg")
    drawn = sorted(path.name for path in tmp_path.iterdir())
    assert drawn == ["expected.png", "extraction.svg", "heat.svg", "speed.svg", "utt.svg"]
    # Same data, same bytes: no date or random ids in the SVG.
    draw_figure("study2", "utterances", pd.DataFrame(utterances), tmp_path / "again.svg")
    assert (tmp_path / "again.svg").read_bytes() == (tmp_path / "utt.svg").read_bytes()


def test_secrets_in_the_environment_are_redacted():
    environ = {"HF_TOKEN": "hf_abcdefgh123", "MY_API_KEY": "k" * 12, "HOME": "/root/x/y/z"}
    text = redact_secrets("a hf_abcdefgh123 b kkkkkkkkkkkk c /root/x/y/z", environ)
    assert text == "a [redacted] b [redacted] c /root/x/y/z"
