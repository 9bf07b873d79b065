"""The analyses' tables: one tidy CSV per analysis, ready for R, checked by pandera.

Every table starts with `model` (a model's key; `people` for rows of the human reference;
`all models` for a statistic computed over every model at once) and `experiment` (1: the
free-text answers, 2: the probabilities; empty where a row is about people, or compares
the two experiments), then the analysis's condition columns, then the kind's own columns
(its statistics), and ends with `note`: why a statistic is empty, or what else a reader must
know about the row (empty when nothing). A statistic that is not defined is an empty cell,
never a number that looks like one.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from ..schemas import MODEL_COLUMN, validate
from ..tables import write_csv_atomically
from .kinds.base import ALL_MODELS, EXPERIMENT, NOTE, PEOPLE

# A rounding margin for statistics bounded by construction (a p value, a divergence).
SLACK = 1e-9


def _column(kind: str) -> pa.Column:
    if kind == "text":
        return pa.Column(str, coerce=True)
    if kind == "count":
        return pa.Column("Int64", pa.Check.ge(0), nullable=True, coerce=True)
    checks = {
        "number": [],
        "nonnegative": [pa.Check.ge(0)],
        "probability": [pa.Check.in_range(-SLACK, 1 + SLACK)],
    }[kind]
    return pa.Column(float, checks, nullable=True, coerce=True)


def output_schema(
    name: str, columns: dict[str, str], conditions: list[str], models: list[str]
) -> pa.DataFrameSchema:
    """The schema of one analysis's table: the head, the conditions, the kind's columns
    (name -> text, count, number, nonnegative or probability) and the note."""
    schema = {
        MODEL_COLUMN: pa.Column(str, pa.Check.isin([*models, PEOPLE, ALL_MODELS])),
        EXPERIMENT: pa.Column("Int64", pa.Check.isin([1, 2]), nullable=True, coerce=True),
    }
    schema.update({condition: pa.Column(nullable=True) for condition in conditions})
    schema.update({column: _column(kind) for column, kind in columns.items()})
    schema[NOTE] = pa.Column(str, coerce=True)
    return pa.DataFrameSchema(schema, strict=True, ordered=True, name=name)


def tidy(rows: list[dict], schema: pa.DataFrameSchema, columns: dict[str, str]) -> pd.DataFrame:
    """The rows as a table in the schema's column order; absent cells empty (text "")."""
    frame = pd.DataFrame.from_records(rows, columns=list(schema.columns))
    for name in [NOTE, *(column for column, kind in columns.items() if kind == "text")]:
        frame[name] = frame[name].astype(object).fillna("").astype(str)
    return frame


def write_output(frame: pd.DataFrame, schema: pa.DataFrameSchema, path) -> pd.DataFrame:
    """Validate the table and write it, with the schema's types, whole (or not at all)."""
    table = validate(schema, frame, str(path))
    write_csv_atomically(table, path)
    return table
