"""What one model's results rest on: weights, engine, prompts, settings, files, requests.

Built only from the provenance rule's inputs (and the journal of the outputs it reads), so
that Snakemake rebuilds it whenever one of them changes. Written as JSON (for machines) and
as a page for the report (for people).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import jinja2
import pandas as pd

from .client import journal_path
from .config import Model, load_yaml, messages_for
from .errors import WorkflowError
from .inputs import read_validated_input
from .prompts import render
from .redaction import redact_secrets
from .studies import Study
from .tables import sha256
from .weights import with_prepared_revision


@dataclass(frozen=True)
class StudyFiles:
    name: str  # the config's key
    definition: str  # <study folder>/study.yaml (the study is loaded from its folder)
    source: str  # results/inputs/<name>.source.json: the user's input CSV, as checked
    gated: str  # results/inputs/<name>.csv
    outputs: dict[str, str]  # planned stage -> results/<model>/<name>_<stage>.csv


def checksums(paths: list[str], names: dict[str, str] | None = None) -> list[dict]:
    """Size and SHA-256 of each file, under its name in `names` (else its path)."""
    names = names or {}
    return [
        {
            "path": names.get(str(path), str(path)),
            "bytes": Path(path).stat().st_size,
            "sha256": sha256(path),
        }
        for path in dict.fromkeys(paths)
    ]


def weights_record(model: Model, manifest: str | None) -> dict:
    """The catalog's weights and what prepare_model recorded in the model's manifest."""
    if not model.self_hosted:
        # The key's variable name only: its value never leaves the environment.
        return {"source": "external OpenAI-compatible API", **model.endpoint}
    record = {"catalog": model.weights}
    if manifest:
        record.update(json.loads(Path(manifest).read_text(encoding="utf-8")))
    return record


def engine_record(model: Model, vllm: dict) -> dict:
    if not model.self_hosted:
        return {"server": "external API (not run by this workflow)"}
    return {
        "vllm": vllm,
        "engine_args": model.serve.get("engine_args") or {},
        "server_flags": " ".join(model.engine_flags()),
        "gpus": model.serve.get("gpus", 0),
        "cpus": model.serve.get("cpus", 1),
        # Only the names: a value could be a credential.
        "server_environment": sorted(model.serve.get("env") or {}),
    }


def prompt_examples(
    study: Study,
    model: Model,
    first_row: dict,
    stages: list[str],
    sampling: dict,
    extraction: dict | None = None,
) -> dict:
    """Each stage's templates, and the request the model got for the study's first row."""
    examples = {}
    for stage in stages:
        templates = study.prompts.get(stage)
        if stage == "structured":
            templates = study.structured.get("prompt")
        if templates is None:
            continue
        entry = {"templates": dict(templates), "example_trial": _trial(study, first_row)}
        try:
            if stage == "structured":
                entry["example"] = _extraction_example(study, first_row, extraction or {})
            else:
                entry["example"] = _stage_example(study, model, first_row, stage, sampling)
        except (WorkflowError, KeyError, ValueError) as error:
            entry["example_error"] = f"no example: {error}"
        examples[stage] = entry
    return examples


def _trial(study: Study, row: dict) -> dict:
    return {column: _plain(row[column]) for column in study.trial_id}


def _plain(value):
    return value.item() if hasattr(value, "item") else value


def _stage_example(study: Study, model: Model, row: dict, stage: str, sampling: dict) -> dict:
    # The stages' own request builders, so the example is exactly what was sent.
    if stage == "raw":
        from .raw import raw_request, row_seed

        request = raw_request(
            study, model, row, sampling, row_seed(sampling["seed"], study, row, 1)
        )
        return {"path": request.path, "body": request.body}
    if stage == "probabilities":
        from .probabilities import scoring_tasks
        from .questions import ProbabilityDesign

        design = ProbabilityDesign.of(study)
        _, question, task = scoring_tasks(study, design, pd.DataFrame([row]))[0]
        return {
            "question": question.name,
            "messages": messages_for(model, task.system, task.user),
            "options": list(task.options),
            "scored": "each option as the start of the model's answer, all its tokens",
        }
    system = render(study, stage, "system", row)
    user = render(study, stage, "user", row)
    return {"messages": messages_for(model, system, user)}


def _extraction_example(study: Study, row: dict, extraction: dict) -> dict:
    """The extraction model's request for the first trial's raw answer (every field)."""
    from .extraction import ExtractionSpec, extraction_request

    spec = ExtractionSpec.from_study(study)
    extractor = Model.from_entry(extraction["model"], extraction["entry"])  # its template
    request = extraction_request(
        spec, extractor, str(row["model_response"]), list(spec.fields), extraction["settings"]
    )
    return {"path": request.path, "body": request.body}


def request_summary(config: dict, model: str, study: Study, stage: str, table: str) -> dict:
    """Requests and their timing for one output: from the table where it records them (the
    raw stage), and from the output's journal of completed requests."""
    summary: dict = {"output": table}
    frame = pd.read_csv(table, keep_default_na=False, na_values={})
    summary["rows"] = len(frame)
    if {"response_timestamp", "processing_time_ms"} <= set(frame.columns) and len(frame):
        done = pd.to_datetime(frame["response_timestamp"], utc=True, format="ISO8601")
        started = done - pd.to_timedelta(frame["processing_time_ms"].astype(float), unit="ms")
        wall = (done.max() - started.min()).total_seconds()
        summary.update(
            {
                "requests": len(frame),
                "first_request_started": started.min().isoformat(),
                "last_reply": done.max().isoformat(),
                "wall_seconds": round(wall, 3),
                "request_seconds_total": round(frame["processing_time_ms"].sum() / 1000, 3),
                "prompt_tokens": int(frame["prompt_tokens"].sum()),
                "completion_tokens": int(frame["completion_tokens"].sum()),
                "requests_per_second": round(len(frame) / wall, 3) if wall > 0 else None,
            }
        )
    journal = journal_path(config, model, study.id, stage)
    if journal.exists():
        with sqlite3.connect(f"file:{journal}?mode=ro", uri=True) as db:
            count, elapsed, first, last = db.execute(
                "SELECT COUNT(*), SUM(elapsed_ms), MIN(completed_at), MAX(completed_at)"
                " FROM completed"
            ).fetchone()
        summary["journal"] = {
            "path": str(journal),
            "note": "every request journalled for this output, in any configuration",
            "requests": count,
            "request_seconds_total": round((elapsed or 0) / 1000, 3),
            "first_completed": first,
            "last_completed": last,
        }
    return summary


def build_provenance(
    model_key: str,
    catalog: str,
    weights_manifest: str | None,
    studies: list[StudyFiles],
    sampling: dict,
    journal_dir: str,
    vllm: dict,
    extraction: dict | None = None,
    names: dict[str, str] | None = None,
    extraction_manifest: str | None = None,
) -> dict:
    """`extraction`: the structured stage's model key, catalog entry and settings, and
    `extraction_manifest` its weights manifest; `names`: how to name the workflow's own
    files (Snakemake hands them over as cached copies). Identities are the ones the stages
    journalled under: the catalog entry and the revision its manifest records."""
    model = Model.from_catalog(load_yaml(catalog), model_key)
    model = with_prepared_revision(model, weights_manifest)
    config = {"journal_dir": journal_dir}
    record: dict = {
        "model": {
            "key": model.key,
            "title": model.title,
            "identity": model.identity,
            "chat_template": model.chat,
            "system_role": model.system_role,
        },
        "weights": weights_record(model, weights_manifest),
        "engine": engine_record(model, vllm),
        "sampling": {
            **sampling,
            "seed_per_request": "derived from sampling.seed, the study's id, the trial id and "
            "the replicate (the raw tables' `seed` column)",
            "probabilities": "read from the model's logprobs; no sampling",
        },
        "studies": {},
    }
    if extraction:
        extractor = Model.from_entry(extraction["model"], extraction["entry"])
        extractor = with_prepared_revision(extractor, extraction_manifest)
        record["extraction"] = {
            "model": extractor.key,
            "title": extractor.title,
            "identity": extractor.identity,
            "settings": extraction["settings"],
        }
    files = [catalog]
    sources = []
    for files_of in studies:
        study = Study.load(files_of.name, Path(files_of.definition).parent)
        inputs = read_validated_input(study, files_of.gated)
        first_row = inputs.iloc[0].to_dict() if len(inputs) else {}
        stages = list(files_of.outputs)
        if "raw" in files_of.outputs and first_row:
            # The first trial's own answer, for the extraction example.
            answers = pd.read_csv(files_of.outputs["raw"], keep_default_na=False, nrows=1)
            first_row["model_response"] = answers["model_response"].astype(str).iloc[0]
        record["studies"][study.name] = {
            "id": study.id,
            "title": study.title,
            "trials": len(inputs),
            "prompts": prompt_examples(study, model, first_row, stages, sampling, extraction)
            if first_row
            else {},
            "requests": {
                stage: request_summary(config, model.key, study, stage, table)
                for stage, table in files_of.outputs.items()
            },
        }
        files += [files_of.definition, *map(str, study.code_files), files_of.gated]
        files += list(files_of.outputs.values())
        sources.append(json.loads(Path(files_of.source).read_text(encoding="utf-8")))
    record["files"] = sources + checksums(files, names)
    return record


PAGE = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Provenance of {{ r.model.key }}</title>
<style>
body { font-family: sans-serif; margin: 1.5em; max-width: 70em; }
pre { background: #f4f4f4; padding: .6em; white-space: pre-wrap; font-size: 85%; }
table { border-collapse: collapse; font-size: 85%; }
td, th { border: 1px solid #ccc; padding: .2em .5em; text-align: left; }
</style></head><body>
<h1>Provenance: {{ r.model.title }} (<code>{{ r.model.key }}</code>)</h1>
<p>Model identity (part of every journalled request's key): <code>{{ r.model.identity }}</code></p>
<h2>Weights</h2><pre>{{ js(r.weights) }}</pre>
<h2>Engine</h2><pre>{{ js(r.engine) }}</pre>
<h2>Sampling</h2><pre>{{ js(r.sampling) }}</pre>
{% if r.extraction is defined %}
<h2>Extraction model (structured stage)</h2><pre>{{ js(r.extraction) }}</pre>
{% endif %}
{% for name, study in r.studies.items() %}
<h2>{{ name }}: {{ study.title }} ({{ study.trials }} trials)</h2>
{% for stage, prompt in study.prompts.items() %}
<h3>{{ stage }} prompt</h3>
{% for part, text in prompt.templates.items() %}
<p>Template <code>{{ part }}</code>:</p><pre>{{ text }}</pre>
{% endfor %}
<p>Example: what the model got for trial <code>{{ js(prompt.example_trial) }}</code>:</p>
<pre>{{ js(prompt.get("example", prompt.get("example_error"))) }}</pre>
{% endfor %}
<h3>Requests</h3>
<pre>{{ js(study.requests) }}</pre>
{% endfor %}
<h2>Files (SHA-256)</h2>
<table><tr><th>file</th><th>bytes</th><th>SHA-256</th></tr>
{% for f in r.files %}<tr><td>{{ f.path }}</td><td>{{ f.bytes }}</td>
<td><code>{{ f.sha256 }}</code></td></tr>
{% endfor %}</table>
</body></html>
"""
)


def provenance_json(record: dict) -> str:
    return redact_secrets(json.dumps(record, indent=2, ensure_ascii=False, default=str) + "\n")


def provenance_page(record: dict) -> str:
    def js(value) -> str:
        return json.dumps(value, indent=2, ensure_ascii=False, default=str)

    return redact_secrets(PAGE.render(r=record, js=js))
