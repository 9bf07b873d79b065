"""Every model's output of one stage in one table (results/all/<study>_<stage>.csv), for R.

The table is the per-model tables stacked, with a `model` column first, written one model at
a time: a job holds one model's rows, however many models there are. Text stays text (an
answer "NA" or "None" is an answer, not a missing value); a number the stage left empty is
missing, and is written as an empty cell like every other missing value, so that
`read.csv` reads it as NA in a numeric column.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .inputs import text_columns
from .schemas import MODEL_COLUMN
from .studies import Study

# The raw stage's text columns: later stages carry them without a type in their schemas.
RAW_TEXT_COLUMNS = ["model_name", "model_response", "finish_reason", "response_timestamp"]


def stage_text_columns(study: Study, schema: pa.DataFrameSchema) -> list[str]:
    """The columns of a stage's output that hold text: the input's, the raw stage's, and
    the stage's own."""
    own = [
        name
        for name, column in schema.columns.items()
        if column.dtype is not None and "str" in str(column.dtype)
    ]
    raw = [name for name in RAW_TEXT_COLUMNS if name in schema.columns]
    return list(dict.fromkeys(text_columns(study) + raw + own))


def read_stage_output(path: str | Path, study: Study, schema: pa.DataFrameSchema) -> pd.DataFrame:
    """One model's stage output: text columns as text ("" when empty), other empty cells NA."""
    text = stage_text_columns(study, schema)
    header = pd.read_csv(path, nrows=0).columns
    return pd.read_csv(
        path,
        dtype={name: str for name in text if name in header},
        keep_default_na=False,
        na_values={name: [""] for name in header if name not in text},
        encoding="utf-8",
    )


def with_model_column(model: str, table: pd.DataFrame) -> pd.DataFrame:
    """One model's rows of the all-models table: its stage table, the model's key first."""
    return table.assign(**{MODEL_COLUMN: model})[[MODEL_COLUMN, *table.columns]]
