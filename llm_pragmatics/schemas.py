"""The pandera schemas of every stage's output, in one place.

The stage gate, the tests and the report use these same definitions. Input schemas are
built from each study's definition (see inputs.input_schema); output schemas extend them
with the stage's columns and tie the output to its input: same trials, same order.
"""

from __future__ import annotations

import math

import pandas as pd
import pandera.pandas as pa

from .errors import OutputError
from .questions import ProbabilityDesign
from .studies import Study

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


# The raw stage's columns that hold numbers (the others hold text).
RAW_NUMBER_COLUMNS = [
    "replicate",
    "prompt_tokens",
    "completion_tokens",
    "processing_time_ms",
    "seed",
]


def input_columns(study: Study, inputs: pd.DataFrame) -> dict[str, pa.Column]:
    """The columns every output starts with: the gated input's, in its order (the study's,
    the extra ones the gate carried along, the derived). The study's own were checked at
    the gate; an extra column is text."""
    known = set(study.output_input_columns)
    return {
        name: pa.Column(required=True) if name in known else pa.Column(str)
        for name in inputs.columns
    }


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
    columns = input_columns(study, inputs)
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


# A distribution renormalised in float64 sums to 1 far closer than this; the CSV keeps full
# precision. Summary statistics get the same slack against rounding at their bounds.
SUM_TOLERANCE = 1e-6
# The options' mass is a sum of exp(logprob) of float32 log-softmax values, so it can exceed 1
# by float32 rounding when the options hold nearly all the mass.
MASS_ROUNDING = 1e-5


def probabilities_schema(
    study: Study, inputs: pd.DataFrame, design: ProbabilityDesign
) -> pa.DataFrameSchema:
    """The probability stage's output: every distribution a proper one, every statistic
    within its bounds, one row per input row in input order."""
    columns = input_columns(study, inputs)
    checks = [_matches_input(study, inputs, 1)]

    def unit_interval() -> pa.Column:
        return pa.Column(float, pa.Check.in_range(0.0, 1.0), coerce=True)

    def bounded(low: float, high: float) -> pa.Column:
        return pa.Column(
            float,
            pa.Check.in_range(low - SUM_TOLERANCE, high + SUM_TOLERANCE),
            coerce=True,
        )

    for question in design.questions:
        checks.append(_sums_to_one(list(question.probability_columns), question.name))
        question_columns = {name: unit_interval() for name in question.probability_columns}
        for factor, levels in question.marginal_columns.items():
            question_columns.update({name: unit_interval() for name in levels.values()})
            checks.append(_sums_to_one(list(levels.values()), f"{question.name}_{factor}"))
            entropy = question.marginal_entropy_columns[factor]
            question_columns[entropy] = bounded(0.0, math.log2(len(levels)))
        named = question.summary_columns
        if "mean" in named or "std" in named:
            values = [float(option.value) for option in question.options]
            low, high = min(values), max(values)
            if "mean" in named:
                question_columns[named["mean"]] = bounded(low, high)
            if "std" in named:
                question_columns[named["std"]] = bounded(0.0, (high - low) / 2)
        if "entropy" in named:
            question_columns[named["entropy"]] = bounded(0.0, question.max_entropy)
        question_columns[named["option_mass"]] = pa.Column(
            float,
            [pa.Check.gt(0.0), pa.Check.le(1.0 + MASS_ROUNDING)],
            coerce=True,
        )
        # In the stage's column order (the schema is `ordered`).
        columns.update({name: question_columns[name] for name in question.output_columns})
    return pa.DataFrameSchema(
        columns,
        checks=checks,
        strict=True,
        ordered=True,
        name=f"{study.name}_probabilities",
    )


def _sums_to_one(columns: list[str], what: str) -> pa.Check:
    return pa.Check(
        lambda frame: (frame[columns].sum(axis=1) - 1.0).abs() <= SUM_TOLERANCE,
        name=f"{what}_sums_to_one",
        error=f"the {what} distribution does not sum to 1 within {SUM_TOLERANCE}",
    )


# --- Every model's rows of one stage in one table (results/all/<study>_<stage>.csv) -------

MODEL_COLUMN = "model"


def stage_schema(
    stage: str,
    study: Study,
    inputs: pd.DataFrame,
    replicates: int = 1,
    raw: pd.DataFrame | None = None,
) -> pa.DataFrameSchema:
    """The schema one model's output of `stage` passed when the stage wrote it. The
    structured stage's schema ties the output to that model's raw table (`raw`)."""
    if stage == "raw":
        return raw_schema(study, inputs, replicates)
    if stage == "probabilities":
        return probabilities_schema(study, inputs, ProbabilityDesign.of(study))
    if stage == "structured":
        if raw is None:
            raise OutputError("the structured stage's schema needs the model's raw table")
        from .extraction import ExtractionSpec

        return structured_schema(study, raw, ExtractionSpec.from_study(study))
    raise OutputError(f"no output schema is known for the {stage!r} stage (schemas.stage_schema)")


def merged_schema(stage: pa.DataFrameSchema, models: list[str]) -> pa.DataFrameSchema:
    """The all-models table: a `model` column first, then the stage's columns; each model's
    rows together, models in config order. The stage's own table-wide checks (same trials
    as the input, in order) hold per model: validate_merged applies them to each model."""
    columns = {MODEL_COLUMN: pa.Column(str, pa.Check.isin(models))}
    columns.update(stage.columns)

    def grouped_in_order(frame: pd.DataFrame) -> bool:
        runs = frame[MODEL_COLUMN].ne(frame[MODEL_COLUMN].shift()).sum()
        return list(dict.fromkeys(frame[MODEL_COLUMN])) == models and runs == len(models)

    order = pa.Check(
        grouped_in_order,
        name="models_grouped_in_config_order",
        error=f"expected every model's rows together, in the order {models}",
    )
    return pa.DataFrameSchema(
        columns, checks=[order], strict=True, ordered=True, name=f"{stage.name}_all_models"
    )


def validate_merged(
    schemas: dict[str, pa.DataFrameSchema], frame: pd.DataFrame, what: str
) -> pd.DataFrame:
    """Validate an all-models table: its own schema (models in the order of `schemas`),
    then each model's rows against that model's stage schema. Raises OutputError."""
    models = list(schemas)
    validate(merged_schema(schemas[models[0]], models), frame, what)
    for model, rows in frame.groupby(MODEL_COLUMN, sort=False):
        validate_model_rows(schemas[model], model, rows, what)
    return frame


def validate_model_rows(
    schema: pa.DataFrameSchema, model: str, rows: pd.DataFrame, what: str
) -> pd.DataFrame:
    """Validate one model's rows of an all-models table (its `model` column first): the
    all-models table's columns, and the model's stage schema. Raises OutputError."""
    validate(merged_schema(schema, [model]), rows, what)
    validate(schema, rows.drop(columns=MODEL_COLUMN).reset_index(drop=True), f"{what} ({model})")
    return rows


def stage_column_names(study: Study) -> list[str]:
    """Every column name a stage adds to the input's columns: an extra input column that
    took one would be overwritten."""
    from .extraction.spec import ExtractionSpec

    names = [*study.derived, MODEL_COLUMN, *RAW_COLUMNS]
    if study.structured:
        names += ExtractionSpec.from_study(study).output_columns
    if "probabilities" in study.definition:
        where = str(study.definition_file)
        names += ProbabilityDesign.from_definition(study.definition, where).output_columns
    return names


def structured_schema(study: Study, raw: pd.DataFrame, spec) -> pa.DataFrameSchema:
    """The structured stage's output: the raw table's columns and rows unchanged, then each
    field (`spec`: the study's ExtractionSpec) empty or of its type and within its allowed
    values or range, then the extraction columns. An empty field is always named in
    `extraction_errors` (nothing is silently missing)."""
    from .extraction.combine import METHODS
    from .extraction.fields import CHOICE, WHOLE

    # The raw table's text columns stay text (readers of this output rely on it).
    columns = {
        name: pa.Column(str) if pd.api.types.is_string_dtype(raw[name]) else pa.Column()
        for name in raw.columns
    }
    for f in spec.fields:
        if f.type == CHOICE:
            columns[f.name] = pa.Column(str, pa.Check.isin(["", *f.allowed]))
        else:
            check = pa.Check.in_range(f.minimum, f.maximum)
            kind = "Int64" if f.type == WHOLE else "Float64"
            columns[f.name] = pa.Column(kind, check, nullable=True, coerce=True)
    if spec.option_text:
        texts = ["", *(option["text"] for option in spec.option_text.options)]
        columns[spec.option_text.column] = pa.Column(str, pa.Check.isin(texts))
    columns.update(
        {
            "extraction_method": pa.Column(str, pa.Check.isin(list(METHODS))),
            "extraction_confidence": pa.Column(float, pa.Check.in_range(0.0, 1.0), coerce=True),
            "extraction_errors": pa.Column(str),
            "format_followed": pa.Column(bool, coerce=True),
        }
    )
    fields = spec.names

    def empty_fields_named(frame: pd.DataFrame) -> pd.Series:
        named = pd.Series(True, index=frame.index)
        for name in fields:
            empty = frame[name].isna() | (frame[name].astype(str) == "")
            named &= ~empty | frame["extraction_errors"].str.contains(f"{name}:", regex=False)
        return named

    same_raw = pa.Check(
        lambda frame: bool(
            len(frame) == len(raw)
            and (frame[list(raw.columns)].astype(str).values == raw.astype(str).values).all()
        ),
        name="raw_columns_unchanged",
        error=f"expected the raw table's {len(raw)} rows and columns unchanged",
    )
    return pa.DataFrameSchema(
        columns,
        checks=[
            same_raw,
            pa.Check(
                empty_fields_named,
                name="empty_fields_named_in_errors",
                error="an empty field not named in extraction_errors",
            ),
        ],
        strict=True,
        ordered=True,
        name=f"{study.name}_structured",
    )
