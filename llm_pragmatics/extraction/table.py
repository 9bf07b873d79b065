"""The structured stage's tables: every answer of a raw table extracted, and the summary."""

from __future__ import annotations

import logging

import pandas as pd

from ..client import RequestRunner
from ..config import Model
from ..inputs import number_columns
from ..schemas import RAW_NUMBER_COLUMNS
from ..studies import Study
from ..tables import read_table
from .combine import Extraction, combine
from .fields import NUMBER, WHOLE
from .model import extraction_request
from .parser import parse
from .spec import ExtractionSpec

log = logging.getLogger(__name__)


def extract_all(
    spec: ExtractionSpec,
    answers: list[str],
    runner: RequestRunner | None,
    extractor: Model | None,
    settings: dict,
    finish_reasons: list[str] | None = None,
) -> list[Extraction]:
    """Extract every answer: the parser first, then one model request per answer with
    fields left to find (none if `runner` is None)."""
    reasons = finish_reasons or [""] * len(answers)
    readings = [parse(spec, a, r) for a, r in zip(answers, reasons, strict=True)]
    asked = [
        [f for f in spec.fields if f.name in r.missing] if runner is not None else []
        for r in readings
    ]
    todo = [i for i, fields in enumerate(asked) if fields]
    replies: dict[int, dict] = {}
    if todo:
        requests = [
            extraction_request(spec, extractor, answers[i], asked[i], settings) for i in todo
        ]
        for index, done in zip(todo, runner.run(requests), strict=True):
            replies[index] = done.response
    log.info(
        "%s: the parser read %d of %d answers completely; %d went to the extraction model",
        spec.study,
        sum(1 for r in readings if not r.missing and not r.problems),
        len(answers),
        len(todo),
    )
    return [combine(spec, reading, replies.get(i), asked[i]) for i, reading in enumerate(readings)]


def build_structured_table(
    spec: ExtractionSpec,
    raw: pd.DataFrame,
    runner: RequestRunner | None,
    extractor: Model | None,
    settings: dict,
) -> tuple[pd.DataFrame, list[Extraction]]:
    """The raw table, then each field, the option text column if any, and the extraction
    columns. Every value was checked against its field, so the columns' types hold."""
    extractions = extract_all(
        spec,
        raw["model_response"].tolist(),
        runner,
        extractor,
        settings,
        raw["finish_reason"].tolist(),
    )
    table = raw.copy()
    for f in spec.fields:
        column = [e.values.get(f.name) for e in extractions]
        if f.type == WHOLE:
            table[f.name] = pd.array(column, dtype="Int64")
        elif f.type == NUMBER:
            table[f.name] = pd.array(
                [None if v is None else float(v) for v in column], dtype="Float64"
            )
        else:
            table[f.name] = [value or "" for value in column]
    if spec.option_text:
        table[spec.option_text.column] = [spec.option_text.text(e.values) for e in extractions]
    table["extraction_method"] = [e.method for e in extractions]
    table["extraction_confidence"] = [e.confidence for e in extractions]
    table["extraction_errors"] = ["; ".join(e.errors) for e in extractions]
    table["format_followed"] = [e.format_followed for e in extractions]
    return table, extractions


def read_raw_table(study: Study, path) -> pd.DataFrame:
    """A raw-stage output, its text columns kept as text (an empty answer is "")."""
    return read_table(path, number_columns(study) + RAW_NUMBER_COLUMNS)
