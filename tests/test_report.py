"""The report: all-models tables, figures, provenance, no secrets, and the page in a browser.

The suite's one full run (`full_run`, workflow_runs.py: short answers, credentials planted
in its environment, then `--report` as HTML and as ZIP); the tests below read what it left.
"""

from __future__ import annotations

import base64
import csv
import gzip
import html
import io
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from llm_pragmatics.analysis.plan import EXAMPLE_LABEL, analysis_plan
from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.errors import OutputError
from llm_pragmatics.figures import draw, figure_specs, read_figure_table
from llm_pragmatics.figures.distributions import expected_values
from llm_pragmatics.figures.stages import throughput_summary
from llm_pragmatics.inputs import read_validated_input
from llm_pragmatics.merged import read_stage_output, stage_text_columns, with_model_column
from llm_pragmatics.provenance import sha256
from llm_pragmatics.questions import ProbabilityDesign
from llm_pragmatics.redaction import redact_secrets
from llm_pragmatics.schemas import MODEL_COLUMN, raw_schema, stage_schema, validate_merged
from llm_pragmatics.studies import load_studies
from llm_pragmatics.tables import write_csv_parts_atomically
from llm_pragmatics.weights import with_prepared_revision

from .conftest import MODEL_KEY, REPO
from .workflow_runs import NOTES_INPUT, PLANTED, STAGES, planned_jobs, snakemake
from .workflow_runs import full_run_config as run_config

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def reported(full_run) -> Path:
    return full_run


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
def test_the_report_holds_every_figure_summary_table_page_and_provenance(reported):
    config = run_config(reported)
    results = embedded_results(reported / "report.html")
    studies, stages, models = config["studies"], config["stages"], config["models"]
    expected = [f"results/all/{study}_{stage}.html" for study in studies for stage in stages]
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
    drawn = [name for stage in stages for name in figures_of[stage]]
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
    expected += [
        f"results/{model}/{study}_structured_summary.csv" for model in models for study in studies
    ]
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
def test_the_report_embeds_no_stage_table(reported):
    """The stage tables grow with rows and models: the report holds a page of each (whose
    size depends on its columns), never the table."""
    config = run_config(reported)
    results = embedded_results(reported / "report.html")
    tables = [
        f"results/{model}/{study}_{stage}.csv"
        for model in [*config["models"], "all"]
        for study in config["studies"]
        for stage in config["stages"]
    ]
    assert all((reported / table).is_file() for table in tables)
    assert not set(tables) & set(results)
    for path, entry in results.items():
        if entry["mime_type"] == "text/csv":
            size = len(decoded(entry["data_uri"]))
            if path.startswith("results/all/analysis/"):
                # An analysis has a row per condition and model, not per trial.
                assert size < 50_000, path
            else:
                assert path.endswith("_summary.csv") and size < 4000, path
    for study in config["studies"]:
        for stage in config["stages"]:
            table = reported / "results" / "all" / f"{study}_{stage}.csv"
            page = decoded(results[f"results/all/{study}_{stage}.html"]["data_uri"]).decode()
            assert len(page) < 60_000
            frame = pd.read_csv(table, dtype=str, keep_default_na=False)
            assert f"results/all/{study}_{stage}.csv" in page and sha256(table) in page
            assert f"({len(frame)} rows, {len(frame.columns)} columns," in page
            for column in frame.columns:
                assert f"<code>{html.escape(column)}</code>" in page, (study, stage, column)
            # Rows per model, from the table itself.
            for model, count in frame[MODEL_COLUMN].value_counts().items():
                assert f"<tr><td>{model}</td><td>{count}</td>" in page


@workflow
def test_the_full_size_projection_of_the_report_runs_on_the_runs_tables(reported):
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "report_size.py"), "--results", "results"]
        + ["--models", "3", "--report", "report.html"],
        cwd=reported,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rows = re.findall(
        r"^(study\d \w+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", done.stdout, re.M
    )
    assert len(rows) == 6
    assert {int(count) for _, count, *_ in rows} == {3 * 300, 3 * 2424}
    embedded, pages = (
        float(x) for x in re.search(r"^all\s+([\d.]+)\s+([\d.]+)", done.stdout, re.M).groups()
    )
    assert pages < embedded / 50
    assert "for 3 models at full size" in done.stdout


@workflow
def test_an_extra_input_column_reaches_every_stages_output_as_written(reported, studies):
    """`notes` is in study 2's input only: after the study's columns in every output, per
    model and all models, with each row's value exactly as the input file had it."""
    config = run_config(reported)
    with open(reported / NOTES_INPUT, newline="", encoding="utf-8") as handle:
        source = list(csv.DictReader(handle))
    written = [row["notes"] for row in source]
    assert set(written) >= {"007", "NA", "", "1.0"}
    study = studies["study2"]
    outputs = ["results/inputs/study2.csv"]
    outputs += [f"results/{m}/study2_{stage}.csv" for m in config["models"] for stage in STAGES]
    outputs += [f"results/all/study2_{stage}.csv" for stage in STAGES]
    for output in outputs:
        with open(reported / output, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        header = rows[0]
        start = 1 if header[0] == MODEL_COLUMN else 0
        assert header[start : start + len(study.columns) + 1] == [*study.columns, "notes"], output
        position = header.index("notes")
        per_model = len(config["models"]) if start else 1
        assert [row[position] for row in rows[1:]] == written * per_model, output


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
    path = tmp_path / "merged.csv"
    parts = [with_model_column(model, frame) for model in ("a", "b")]
    assert write_csv_parts_atomically(iter(parts), path) == 4
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("model,") and lines[2].endswith(",None,")
    back = read_stage_output(path, study, raw_schema(study, rows, 1))
    assert list(back["model_response"]) == ["NA", "None", "NA", "None"]
    assert back["prompt_tokens"].isna().tolist() == [False, True, False, True]


def test_a_tables_page_does_not_grow_with_the_rows(tmp_path, studies):
    """The report shows a page per all-models table; its size depends on the columns, not
    on the rows: a hundred times the rows, about the same page."""
    from llm_pragmatics.overview import TableOverview

    study = studies["study2"]
    rows = read_validated_input(study, study.example_input)
    pages = {}
    for copies in (1, 100):
        frame = pd.concat([rows] * copies, ignore_index=True).assign(
            model_response=lambda f: [f"answer {i} " * 40 for i in range(len(f))],
            prompt_tokens=lambda f: range(len(f)),
        )
        overview = TableOverview("study2, raw stage")
        parts = []
        for model in ("m1", "m2"):
            part = with_model_column(model, frame)
            overview.add(model, f"results/{model}/study2_raw.csv", part)
            parts.append(part)
        path = tmp_path / f"table-{copies}.csv"
        write_csv_parts_atomically(iter(parts), path)
        pages[copies] = overview.page(path)
        assert f"<tr><td>m2</td><td>{len(frame)}</td>" in pages[copies]
        assert f"({2 * len(frame)} rows, {len(frame.columns) + 1} columns," in pages[copies]
        assert sha256(path) in pages[copies]
        big = path.stat().st_size
    assert big > 100 * len(pages[100])  # the table, not the page, holds the rows
    assert len(pages[100]) < 1.1 * len(pages[1])
    page = pages[100]
    assert "<code>prompt_tokens</code></td>\n<td>number</td><td>2400</td>" in page
    assert "min 0, mean 599.5, max 1199" in page
    assert "values: '0 hearts', '1 heart', '2 hearts', '3 hearts'" in html.unescape(page)
    assert "text of up to" in page and "over 12 distinct" in page


def test_a_table_written_in_parts_is_whole_or_absent(tmp_path):
    path = tmp_path / "merged.csv"
    frame = pd.DataFrame({"a": [1, 2]})

    def parts():
        yield with_model_column("m1", frame)
        raise OutputError("the second model's rows fail their schema")

    with pytest.raises(OutputError):
        write_csv_parts_atomically(parts(), path)
    assert not path.exists() and not list(tmp_path.iterdir())
    shuffled = [with_model_column("m1", frame), with_model_column("m2", frame)[["a", "model"]]]
    with pytest.raises(OutputError, match="columns differ"):
        write_csv_parts_atomically(iter(shuffled), path)
    assert not list(tmp_path.iterdir())


def test_every_figure_draws_from_a_two_model_table(tmp_path, studies):
    specs = {(spec.study, spec.name): spec for spec in figure_specs(studies, STAGES)}

    def draw_figure(study: str, name: str, table: pd.DataFrame, path: Path) -> None:
        # As the figure job: from the table's file, reading only the columns the kind draws.
        spec = specs[(study, name)]
        written = path.parent / "tables" / f"{path.stem}.csv"
        written.parent.mkdir(exist_ok=True)
        table.assign(story="a long story " * 50).to_csv(written, index=False)
        read = read_figure_table(spec.kind, spec.parameters, studies[study], written)
        assert "story" not in read.columns and "model" in read.columns
        draw(spec.kind, read, path, studies[study], spec.parameters)

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
        format_followed=[True, False, True, False],
        finish_reason=["stop", "length", "stop", "stop"],
    )
    draw_figure("study1", "extraction", extraction, tmp_path / "extraction.svg")
    drawn = sorted(path.name for path in tmp_path.iterdir() if path.is_file())
    assert drawn == ["expected.png", "extraction.svg", "heat.svg", "speed.svg", "utt.svg"]
    # Same data, same bytes: no date or random ids in the SVG.
    draw_figure("study2", "utterances", pd.DataFrame(utterances), tmp_path / "again.svg")
    assert (tmp_path / "again.svg").read_bytes() == (tmp_path / "utt.svg").read_bytes()


def test_secrets_in_the_environment_are_redacted():
    environ = {"HF_TOKEN": "hf_abcdefgh123", "MY_API_KEY": "k" * 12, "HOME": "/root/x/y/z"}
    text = redact_secrets("a hf_abcdefgh123 b kkkkkkkkkkkk c /root/x/y/z", environ)
    assert text == "a [redacted] b [redacted] c /root/x/y/z"
