"""The model comparison table: one row per model, experiment and quantity.

Quantities, each where the run has what it is computed from (else the row says why):
- format_compliance (Experiment 1): the share of answers that followed the requested format
  (the structured summary's `share_following_format`);
- extraction_completeness (Experiment 1): the share of answers with every field extracted
  (the structured summary's `rows_complete` / `rows`);
- divergence_from_people (per experiment): the mean over condition cells of the analysis
  named by `divergence` (a human_divergence analysis); `people` rows give the mean
  split-half floor;
- experiment_agreement: the mean divergence between the experiments over cells (a
  distribution_agreement analysis) or the correlation over all cells (a measure_correlation
  analysis), named by `agreement`;
- mean_entropy_<measure> (Experiment 2): the mean over trials of each measure named by
  `entropy`, in bits;
- mean_option_mass (Experiment 2): the mean over trials and questions of the probability
  the options held before renormalising (every `*_option_mass` column of the study);
- requests_<stage>, request_seconds_<stage> and wall_seconds_raw: from the model's
  provenance record (the raw stage's requests, their summed durations and its wall time
  from its first request to its last reply, as its table records them; for the other
  stages the requests journalled for the output, earlier configurations included).
"""

from __future__ import annotations

import numpy as np

from ...questions import ProbabilityDesign
from ...schemas import MODEL_COLUMN
from ..measures import VALUE
from .agreement import HUMAN_DIVERGENCE_COLUMNS, MEASURE_CORRELATION_COLUMNS
from .base import EXPERIMENT, NOTE, PEOPLE, AnalysisInputs, number

COMPARISON_COLUMNS = {"quantity": "text", "estimate": "number", "n": "count", "reference": "text"}
SUMMARY_ROW = "all"  # the structured summary's row over every answer
RAW = "raw"  # the stage whose table records each request's timing


def comparison(
    inputs: AnalysisInputs,
    name: str,
    divergence: str | None = None,
    agreement: str | None = None,
    entropy: list | None = None,
):
    rows = []
    for model in inputs.models:
        rows += _extraction(inputs, model)
        rows += _from_people(inputs, model, divergence)
        rows += _agreement(inputs, model, agreement)
        rows += _probabilities(inputs, model, entropy or [])
        rows += _requests(inputs, model)
    if divergence and divergence in inputs.analyses:
        table = inputs.analyses[divergence]
        floors = table.drop_duplicates(subset=_conditions(table, HUMAN_DIVERGENCE_COLUMNS))
        note = "people's split-half divergence (mean over cells), the noise floor"
        floor = _row(PEOPLE, None, QUANTITY_PEOPLE, floors["floor"].mean(), None, note)
        floor.update(n=int(floors["floor"].notna().sum()), reference=_label(table))
        rows.append(floor)
    return rows


QUANTITY_PEOPLE = "divergence_from_people"


def _label(table) -> str:
    """What the human reference of a human_divergence table is."""
    labels = table["reference"].dropna()
    return str(labels.iloc[0]) if len(labels) else ""


def _conditions(table, columns: dict) -> list[str]:
    """The condition columns of another analysis's table: neither head, note nor its own."""
    return [c for c in table.columns if c not in {MODEL_COLUMN, EXPERIMENT, NOTE, *columns}]


def _row(model, experiment, quantity, estimate, n=None, note="") -> dict:
    return {
        MODEL_COLUMN: model,
        EXPERIMENT: experiment,
        "quantity": quantity,
        "estimate": number(estimate),
        "n": n,
        NOTE: note,
    }


def _extraction(inputs: AnalysisInputs, model: str) -> list[dict]:
    if 1 not in inputs.tables:
        return []
    summary = inputs.summaries.get(model)
    if summary is None:
        note = "no structured summary for this model"
        quantities = ("format_compliance", "extraction_completeness")
        return [_row(model, 1, quantity, None, note=note) for quantity in quantities]
    overall = summary[summary["extraction_method"] == SUMMARY_ROW].iloc[0]
    rows = []
    if "share_following_format" in summary.columns:
        rows.append(
            _row(model, 1, "format_compliance", overall["share_following_format"], overall["rows"])
        )
    else:
        note = "the structured summary has no share_following_format column"
        rows.append(_row(model, 1, "format_compliance", None, overall["rows"], note))
    complete = overall["rows_complete"] / overall["rows"] if overall["rows"] else None
    rows.append(_row(model, 1, "extraction_completeness", complete, overall["rows"]))
    return rows


def _from_people(inputs, model, analysis) -> list[dict]:
    """The mean divergence from people over the model's cells of a human_divergence
    analysis, per experiment."""
    if not analysis:
        return []
    if analysis not in inputs.analyses:
        return [_row(model, None, QUANTITY_PEOPLE, None, note=f"{analysis} was not run")]
    table = inputs.analyses[analysis]
    rows = []
    for experiment in inputs.experiments():
        part = table[(table[MODEL_COLUMN] == model) & (table[EXPERIMENT] == experiment)]
        values = part["divergence"].dropna()
        if len(values):
            note = f"mean over {len(values)} cells of {analysis}"
            row = _row(model, experiment, QUANTITY_PEOPLE, values.mean(), len(values), note)
        else:
            note = f"{analysis} has no value for this model and experiment"
            row = _row(model, experiment, QUANTITY_PEOPLE, None, 0, note)
        rows.append({**row, "reference": _label(table)})
    return rows


def _agreement(inputs, model, analysis) -> list[dict]:
    if not analysis:
        return []
    if analysis not in inputs.analyses:
        return [_row(model, None, "experiment_agreement", None, note=f"{analysis} was not run")]
    table = inputs.analyses[analysis]
    part = table[table[MODEL_COLUMN] == model]
    if "correlation" in table.columns:
        # The row over all cells is the one whose condition columns are empty.
        overall = part[part[_conditions(table, MEASURE_CORRELATION_COLUMNS)].isna().all(axis=1)]
        value = overall["correlation"].iloc[0] if len(overall) else None
        n = overall["n_trials"].iloc[0] if len(overall) else None
        note = f"correlation over all cells ({analysis})"
        return [_row(model, None, "experiment_agreement", value, n, note)]
    values = part["divergence"].dropna()
    note = f"mean divergence over {len(values)} cells ({analysis})"
    estimate = values.mean() if len(values) else None
    return [_row(model, None, "experiment_agreement", estimate, len(values), note)]


def _probabilities(inputs: AnalysisInputs, model: str, entropy: list) -> list[dict]:
    if 2 not in inputs.tables:
        return []
    table = inputs.tables[2]
    part = table[table[MODEL_COLUMN] == model]
    rows = []
    for measure in entropy:
        values = inputs.measure(measure).long(part, 2, [MODEL_COLUMN])[VALUE].dropna()
        rows.append(_row(model, 2, f"mean_entropy_{measure}", values.mean(), len(part)))
    design = ProbabilityDesign.from_definition(inputs.definition, "the study definition")
    mass = [question.summary_columns["option_mass"] for question in design.questions]
    rows.append(
        _row(model, 2, "mean_option_mass", np.nanmean(part[mass].to_numpy(float)), len(part))
    )
    return rows


def _requests(inputs: AnalysisInputs, model: str) -> list[dict]:
    """Per stage, the requests and their summed time; the raw stage's wall time. The raw
    stage's table records each of its requests; for the others, the output's journal
    counts them (requests of earlier configurations of the output included)."""
    record = inputs.provenance.get(model)
    if not record:
        return []
    rows = []
    for stage, summary in record.items():
        journal = summary.get("journal") or {}
        seconds = journal.get("request_seconds_total")
        if stage == RAW and "requests" in summary:
            rows.append(_row(model, None, f"requests_{stage}", summary["requests"]))
            rows.append(
                _row(model, None, f"request_seconds_{stage}", summary.get("request_seconds_total"))
            )
            continue
        note = "journalled for this output, earlier configurations included"
        rows.append(_row(model, None, f"requests_{stage}", journal.get("requests"), note=note))
        rows.append(_row(model, None, f"request_seconds_{stage}", seconds, note=note))
    if "wall_seconds" in record.get(RAW, {}):
        rows.append(_row(model, None, f"wall_seconds_{RAW}", record[RAW]["wall_seconds"]))
    return rows
