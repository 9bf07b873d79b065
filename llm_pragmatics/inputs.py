"""The input gate: read a study's CSV, check it against the study's schema, derive columns.

Every problem is reported with the file, the row and the column, all at once, before any
model is asked. Rows are counted from the first data row (row 1); the line number in the
file is given beside it, since quoted fields may span lines.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .config import Study
from .errors import InputError
from .tables import read_table

# A header this long or a file this short is not a study CSV; guards the sniffing below.
_MAX_PROBLEMS_SHOWN = 30


def input_schema(study: Study) -> pa.DataFrameSchema:
    """The pandera schema of a study's input, built from its definition."""
    columns = {}
    for name, spec in study.columns.items():
        checks = []
        if spec["type"] == "int":
            dtype = "int64"
            if "min" in spec:
                checks.append(pa.Check.ge(spec["min"]))
            if "max" in spec:
                checks.append(pa.Check.le(spec["max"]))
        else:
            dtype = str
            if not spec.get("allow_empty", False):
                checks.append(pa.Check.str_length(min_value=1, error="must not be empty"))
            if "allowed" in spec:
                checks.append(pa.Check.isin(spec["allowed"]))
        derived_from = [d for d in study.derived.values() if d["from"] == name]
        for derived in derived_from:
            checks.append(_derivation_check(derived))
        columns[name] = pa.Column(dtype, checks, coerce=True, nullable=False)
    row_checks = [
        pa.Check(
            lambda df, expression=check["expression"]: df.eval(expression),
            name=check["message"],
        )
        for check in study.row_checks
    ]
    return pa.DataFrameSchema(
        columns,
        checks=row_checks,
        strict=True,
        unique=study.trial_id,
        report_duplicates="all",
        name=study.name,
    )


def _derivation_check(derived: dict) -> pa.Check:
    if "patterns" in derived:
        combined = "|".join(f"(?:{p})" for p in derived["patterns"].values())
        return pa.Check.str_contains(combined, error="matches none of the known wordings")
    return pa.Check.isin(list(derived["values"]))


def derive_columns(study: Study, frame: pd.DataFrame) -> pd.DataFrame:
    """Add the study's derived columns to a validated input frame."""
    frame = frame.copy()
    for name, derived in study.derived.items():
        source = frame[derived["from"]]
        if "patterns" in derived:
            frame[name] = source.map(lambda text, d=derived: _first_match(d, text))
        else:
            frame[name] = source.map(derived["values"])
    return frame


def _first_match(derived: dict, text: str) -> str:
    for value, pattern in derived["patterns"].items():
        if re.search(pattern, text):
            return value
    raise AssertionError("validated text matched no pattern")


def read_study_input(study: Study, path: str | Path) -> pd.DataFrame:
    """Read, validate and derive one study's input; raise InputError naming every problem."""
    path = Path(path)
    records, lines = _read_csv_records(path)
    header, rows = records[0], records[1:]
    _check_header(study, path, header)
    width = len(header)
    for number, (row, line) in enumerate(zip(rows, lines[1:]), start=1):
        if len(row) != width:
            raise InputError(
                f"{path}: row {number} (line {line}) has {len(row)} fields; "
                f"the header has {width}"
            )
    frame = pd.DataFrame(rows, columns=header, dtype=str)
    try:
        frame = input_schema(study).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        raise InputError(_describe_failures(path, errors.failure_cases, lines)) from None
    return derive_columns(study, frame)


def _read_csv_records(path: Path) -> tuple[list[list[str]], list[int]]:
    if not path.exists():
        raise InputError(f"{path}: input file not found")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"{path}: not UTF-8 text (byte {error.start}, line {line}); "
            "save the file as UTF-8 CSV"
        ) from None
    if "\x00" in text:
        raise InputError(f"{path}: not a CSV file (it contains binary data)")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records, lines = [], []
    try:
        start = 1
        for record in reader:
            if record:  # blank lines carry no record
                records.append(record)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as error:
        raise InputError(f"{path}: not valid CSV at line {reader.line_num}: {error}") from None
    if len(records) < 2:
        raise InputError(f"{path}: the file has a header but no data rows")
    return records, lines


def _check_header(study: Study, path: Path, header: list[str]) -> None:
    expected = list(study.columns)
    problems = []
    seen = set()
    for name in header:
        if name in seen:
            problems.append(f"column {name!r} appears twice in the header")
        seen.add(name)
    missing = [name for name in expected if name not in header]
    unexpected = [name for name in header if name not in expected]
    for name in missing:
        close = difflib.get_close_matches(name, unexpected, n=1)
        hint = f" (the file has {close[0]!r}: misspelled?)" if close else ""
        problems.append(f"column {name!r} is missing{hint}")
    for name in unexpected:
        if not difflib.get_close_matches(name, missing, n=1):
            problems.append(f"column {name!r} is not a column of {study.name}")
    if len(header) == 1 and len(expected) > 1:
        problems.insert(0, "the header has a single column: is this a CSV (comma-separated)?")
    if problems:
        listing = "\n  ".join(problems)
        raise InputError(
            f"{path}: the header does not match {study.name}'s columns:\n  {listing}\n"
            f"  expected: {', '.join(expected)}"
        )


def _describe_failures(path: Path, failures: pd.DataFrame, lines: list[int]) -> str:
    """One line per failing cell, in file order, naming row, line and column."""
    problems = []
    for failure in failures.itertuples(index=False):
        index = failure.index
        where = ""
        if index is not None and not pd.isna(index):
            row = int(index) + 1
            where = f"row {row} (line {lines[row]}), "
        column = failure.column
        check = str(failure.check)
        if column is None or pd.isna(column) or column == failure.schema_context:
            column = "(row)"
        if isinstance(column, tuple) or str(column).startswith("("):
            label = "columns " + ", ".join(str(c) for c in _as_tuple(column))
        else:
            label = f"column {column!r}"
        if check == "field_uniqueness" or check.startswith("multiple_fields_uniqueness"):
            message = f"{where}duplicate trial: another row has the same {label}"
        elif check.startswith("coerce_dtype"):
            message = f"{where}{label}: {failure.failure_case!r} is not a whole number"
        else:
            message = f"{where}{label}: {failure.failure_case!r} fails check {check}"
        problems.append(message)
    problems = sorted(set(problems), key=_row_order)
    shown = problems[:_MAX_PROBLEMS_SHOWN]
    more = len(problems) - len(shown)
    tail = f"\n  … and {more} more" if more else ""
    return f"{path}: {len(problems)} problem(s):\n  " + "\n  ".join(shown) + tail


def _as_tuple(column) -> tuple:
    return column if isinstance(column, tuple) else (column,)


def _row_order(message: str) -> tuple[int, str]:
    match = re.match(r"row (\d+)", message)
    return (int(match.group(1)) if match else 0, message)


def text_columns(study: Study) -> list[str]:
    """The columns of a study's validated input that hold text."""
    text = [name for name, spec in study.columns.items() if spec["type"] == "str"]
    text += [name for name, spec in study.derived.items() if "patterns" in spec]
    return text


def read_validated_input(study: Study, path: str | Path) -> pd.DataFrame:
    """Read the gate's output (results/inputs/<study>.csv) with the study's column types."""
    return read_table(path, text_columns(study))
