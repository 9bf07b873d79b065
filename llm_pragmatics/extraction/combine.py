"""Putting the parser and the model together: values, errors, confidence, compliance.

`extraction_confidence` says how sure the row's values are: the confidence of its weakest
value, times the share of the fields that have a value, halved when the row is flagged
(bets that do not sum to their total). A value's confidence is set by how it was read:

    1.0   the form the prompt asks for, under the field's own label
    0.95  another unambiguous form: another label, a numbered answer, "$25 on option 1"
    0.8   prose without a label ("I'd say two"), or one paragraph per question by position
    0.75  the extraction model's value, with its quote as evidence

So a row reaches 0.9 only when every field has a value read from a labelled or asked-for
form, and the answer is not flagged.

`format_followed` is true when every field was read in the form the prompt asks for, under
its own label (for a study without sections: the answer is one of the asked phrases).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from .fields import Rejected
from .model import NOT_STATED, evidence_problem, model_values
from .parser import Reading
from .readers import DIRECT, GRADE_CONFIDENCE
from .spec import ExtractionSpec

MODEL = "model"
CONFIDENCE = {**GRADE_CONFIDENCE, MODEL: 0.75}
FLAG_FACTOR = 0.5
# Bets are percentages; a stated total off by rounding ("33.3%" x 3) is not worth a flag.
SUM_TOLERANCE = 0.5
METHODS = ("parser", "parser+model")


@dataclass
class Extraction:
    values: dict[str, object]
    method: str
    confidence: float
    errors: list[str]
    flagged: bool
    format_followed: bool
    truncated: bool = False
    by_model: list[str] = field(default_factory=list)


def combine(spec: ExtractionSpec, reading: Reading, reply: dict | None, asked: list) -> Extraction:
    """The row's values: the parser's, then the model's that its evidence supports."""
    values, grades = dict(reading.values), dict(reading.grades)
    errors = dict(reading.problems)
    truncated = " (the answer was truncated)" if reading.truncated else ""
    by_model = []
    found = model_values(reply, asked) if asked else {}
    for f in asked:
        if found is None:
            errors[f.name] = f"{f.name}: not stated{truncated} (extraction model reply unreadable)"
            continue
        value, quote = found[f.name]
        if value == NOT_STATED:
            errors[f.name] = f"{f.name}: not stated{truncated}"
            continue
        try:
            checked = f.check(value)
        except Rejected as reason:
            errors[f.name] = f"{f.name}: not stated (model value rejected: {reason})"
            continue
        problem = evidence_problem(spec, reading, f, checked, quote)
        if problem:
            errors[f.name] = (
                f"{f.name}: not stated{truncated} (model value {value!r} rejected: {problem})"
            )
            continue
        values[f.name], grades[f.name] = checked, MODEL
        by_model.append(f.name)
    for name in reading.missing:
        if name not in values and name not in errors:
            errors[name] = f"{name}: not stated{truncated}"

    flags = []
    bets = [f.name for f in spec.fields if f.reader == "bet"]
    if spec.bets_total is not None and bets and all(name in values for name in bets):
        total = sum(float(values[name]) for name in bets)
        if abs(total - spec.bets_total) > SUM_TOLERANCE:
            flags.append(f"bets sum to {_plain(total)}, not {_plain(spec.bets_total)}")

    confidence = 0.0
    if values:
        weakest = min(CONFIDENCE[grades[name]] for name in values)
        confidence = weakest * len(values) / len(spec.fields)
        confidence *= FLAG_FACTOR if flags else 1.0
    return Extraction(
        values=values,
        method=METHODS[1] if asked else METHODS[0],
        confidence=round(confidence, 4),
        errors=[errors[f.name] for f in spec.fields if f.name in errors] + flags,
        flagged=bool(flags),
        format_followed=all(grades.get(f.name) == DIRECT for f in spec.fields),
        truncated=reading.truncated,
        by_model=by_model,
    )


def _plain(number: float) -> int | float:
    return int(number) if float(number).is_integer() else round(float(number), 4)


def summarise(spec: ExtractionSpec, extractions: list[Extraction]) -> pd.DataFrame:
    """One row for all answers and one per extraction method: rows, complete rows, rows
    with an error or flag, fields extracted (in all, by the model, per field), and format
    compliance: answers that followed the requested format, that needed the model, that
    are incomplete (a field empty), and that were truncated, as counts and shares."""
    groups = {"all": extractions}
    for method in METHODS:
        groups[method] = [e for e in extractions if e.method == method]
    records = []
    for method, group in groups.items():
        rows = len(group)
        counts = {
            "rows_following_format": sum(e.format_followed for e in group),
            "rows_needing_model": sum(e.method == METHODS[1] for e in group),
            "rows_incomplete": sum(len(e.values) < len(spec.fields) for e in group),
            "rows_truncated": sum(e.truncated for e in group),
        }
        record = {
            "extraction_method": method,
            "rows": rows,
            "rows_complete": sum(len(e.values) == len(spec.fields) for e in group),
            "rows_flagged_for_review": sum(bool(e.errors) for e in group),
            "fields_extracted": sum(len(e.values) for e in group),
            "fields_from_model": sum(len(e.by_model) for e in group),
            **counts,
        }
        for name, count in counts.items():
            share = name.replace("rows_", "share_")
            record[share] = round(count / rows, 6) if rows else float("nan")
        for f in spec.fields:
            record[f"{f.name}_extracted"] = sum(f.name in e.values for e in group)
        records.append(record)
    return pd.DataFrame.from_records(records)
