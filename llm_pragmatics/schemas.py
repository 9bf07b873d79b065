"""The pandera schemas of every stage's output, in one place.

The stage gate, the tests and the report use these same definitions. Input schemas are
built from each study's definition (see inputs.input_schema); output schemas extend them
with the stage's columns and tie the output to its input: same trials, same order.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from .config import Study
from .errors import OutputError

RAW_COLUMNS = [
    "replicate",
    "model_name",
    "model_response",
    "finish_reason",
    "prompt_tokens",
    "completion_tokens",
    "response_timestamp",
    "processing_time_ms",
    "seed",
]


def _matches_input(study: Study, inputs: pd.DataFrame, replicates: int) -> pa.Check:
    """The output has one row per input row and replicate, with the input's trial ids in order."""
    expected = inputs[study.trial_id].loc[inputs.index.repeat(replicates)].reset_index(drop=True)

    def check(frame: pd.DataFrame) -> bool:
        if len(frame) != len(expected):
            return False
        got = frame[study.trial_id].reset_index(drop=True)
        return bool((got.astype(str).values == expected.astype(str).values).all())

    return pa.Check(
        check,
        name="rows_match_input",
        error=f"expected {len(expected)} rows ({len(inputs)} trials x {replicates} "
        "replicates) with the input's trial ids in input order",
    )


def raw_schema(study: Study, inputs: pd.DataFrame, replicates: int) -> pa.DataFrameSchema:
    text = pa.Column(str)
    count = pa.Column("int64", pa.Check.ge(0))
    columns = {name: pa.Column(required=True) for name in study.output_input_columns}
    columns.update(
        {
            "replicate": pa.Column("int64", pa.Check.in_range(1, replicates)),
            "model_name": pa.Column(str, pa.Check.str_length(min_value=1)),
            "model_response": text,
            "finish_reason": text,
            "prompt_tokens": pa.Column("int64", pa.Check.gt(0)),
            "completion_tokens": count,
            "response_timestamp": pa.Column(
                str,
                pa.Check(
                    lambda s: pd.to_datetime(s, errors="coerce", utc=True).notna(),
                    error="not an ISO 8601 timestamp",
                ),
            ),
            "processing_time_ms": pa.Column(float, pa.Check.ge(0), coerce=True),
            "seed": pa.Column("int64"),
        }
    )
    no_silent_empty = pa.Check(
        lambda df: (df["model_response"].str.len() > 0) | (df["finish_reason"].str.len() > 0),
        name="empty_response_has_finish_reason",
        error="an empty response without a finish reason",
    )
    return pa.DataFrameSchema(
        columns,
        checks=[_matches_input(study, inputs, replicates), no_silent_empty],
        strict=True,
        ordered=True,
        name=f"{study.name}_raw",
    )


def validate(schema: pa.DataFrameSchema, frame: pd.DataFrame, what: str) -> pd.DataFrame:
    """Validate lazily; raise OutputError listing the failures (nothing gets written)."""
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases.head(20).to_string(index=False)
        raise OutputError(f"{what} fails its schema {schema.name}:\n{cases}") from None
