"""The input gate: read a study's CSV, check it against the study's schema, derive columns.

Every problem is reported with the file, the row and the column, all at once, before any
model is asked. Rows are counted from the first data row (row 1); the line number in the
file is given beside it, since quoted fields may span lines.

What spreadsheet tools and pandas commonly write is accepted: a whole number written with a
zero fraction (`2.0`), rows of empty cells after the data, and columns with neither a name
nor a value. Columns the study does not define are carried along unchanged, as text, into
every stage's output (after the study's own columns); a column whose name is close to a
missing one is reported as a misspelling instead.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
from collections.abc import Collection
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .errors import InputError
from .studies import Study
from .tables import read_table

_MAX_PROBLEMS_SHOWN = 30
# At most 18 digits: a longer number would overflow int64 in the parsing below. A zero
# fraction (`2.0`, as spreadsheets and pandas write whole numbers) is accepted.
_WHOLE_NUMBER = r"\s*[+-]?\d{1,18}(?:\.0+)?\s*"


def input_schema(study: Study, extra_columns: list[str] = ()) -> pa.DataFrameSchema:
    """The pandera schema of a study's input, built from its definition; `extra_columns`
    are the file's columns the study does not define, carried along as text."""
    columns = {}
    for name, spec in study.columns.items():
        checks = []
        if spec["type"] == "int":
            dtype = "int64"
            if "min" in spec:
                checks.append(pa.Check.ge(spec["min"], error=f"is below the minimum {spec['min']}"))
            if "max" in spec:
                checks.append(pa.Check.le(spec["max"], error=f"is above the maximum {spec['max']}"))
        else:
            dtype = str
            if not spec.get("allow_empty", False):
                checks.append(pa.Check.str_length(min_value=1, error="is empty"))
            if "allowed" in spec:
                checks.append(_one_of(spec["allowed"]))
        for derived_name, derived in study.derived.items():
            if derived.get("from") == name:
                checks.append(_derivation_check(derived_name, derived))
        columns[name] = pa.Column(dtype, checks, coerce=True, nullable=False)
    columns.update({name: pa.Column(str, nullable=False) for name in extra_columns})
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


def _derivation_check(name: str, derived: dict) -> pa.Check:
    if "patterns" in derived:
        combined = "|".join(f"(?:{p})" for p in derived["patterns"].values())
        return pa.Check.str_contains(
            combined, error=f"matches none of the known wordings, so {name} cannot be derived"
        )
    return _one_of(list(derived["values"]))


def _one_of(values: list[str]) -> pa.Check:
    # The same wording for `allowed` and a `values` derivation, so a cell failing both is
    # reported once.
    return pa.Check.isin(values, error="is not one of " + ", ".join(map(repr, values)))


def derive_columns(
    study: Study, frame: pd.DataFrame, lines: list[int]
) -> tuple[pd.DataFrame, list[str]]:
    """The validated input with the study's derived columns, and a problem (row, column,
    message) for each row a study function fails on."""
    frame = frame.copy()
    problems = []
    for name, derived in study.derived.items():
        if "function" in derived:
            compute = study.function(derived)
            values = []
            for index, row in zip(frame.index, frame.to_dict("records"), strict=True):
                try:
                    values.append(compute(row))
                except Exception as error:  # the study's own code: any failure is the row's
                    problems.append(f"{_where(index, lines)}column {name!r}: {error}")
                    values.append(None)
            frame[name] = values
            if derived.get("type") == "int" and not problems:
                frame[name] = frame[name].astype("int64")
        elif "patterns" in derived:
            frame[name] = frame[derived["from"]].map(lambda text, d=derived: _first_match(d, text))
        else:
            frame[name] = frame[derived["from"]].map(derived["values"])
    return frame, problems


def _first_match(derived: dict, text: str) -> str:
    for value, pattern in derived["patterns"].items():
        if re.search(pattern, text):
            return value
    raise AssertionError("validated text matched no pattern")


def read_study_input(
    study: Study, path: str | Path, stage_columns: Collection[str] = ()
) -> pd.DataFrame:
    """Read, validate and derive one study's input; raise InputError naming every problem.

    The result has the study's columns (in the study's order), then the file's extra
    columns (in the file's order), then the derived columns. `stage_columns` are the
    names the stages add to the input's columns, which an extra column may not take.
    """
    path = Path(path)
    records, lines = _read_csv_records(path)
    records, lines = _without_trailing_blank_rows(records, lines)
    header, rows = records[0], records[1:]
    header, rows = _without_unnamed_empty_columns(path, header, rows)
    # The header first: a file that is not the study's CSV is named as such, not as empty.
    extra = _check_header(study, path, header, stage_columns)
    if not rows:
        raise InputError(f"{path}: the file has a header but no data rows")
    width = len(header)
    blank = [number for number, row in enumerate(rows, start=1) if _is_blank(row)]
    problems = [
        f"row {number} (line {lines[number]}): every cell is empty (a blank row inside the "
        "data; rows of empty cells are only skipped at the end of the file)"
        for number in blank
    ]
    misshapen = [
        f"row {number} (line {line}): has {len(row)} fields; the header has {width}"
        for number, (row, line) in enumerate(zip(rows, lines[1:], strict=True), start=1)
        if len(row) != width and number not in blank
    ]
    if misshapen:
        raise InputError(_listing(path, problems + misshapen))
    padded = [row if len(row) == width else [""] * width for row in rows]
    frame = pd.DataFrame(padded, columns=header, dtype=str)
    frame = frame.drop(index=[number - 1 for number in blank])
    frame = frame[list(study.columns) + extra]
    # Whole numbers are parsed here, not by pandera: a cell that fails its coercion makes
    # pandera run the column's and the row checks on text, which fail for every row with a
    # TypeError and hide the other rows' problems.
    frame, number_problems = _parse_whole_numbers(study, frame, lines)
    problems += number_problems
    try:
        frame = input_schema(study, extra).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as errors:
        problems += _describe_failures(study, frame, errors.failure_cases, lines)
    if problems:
        raise InputError(_listing(path, problems))
    frame, problems = derive_columns(study, frame, lines)
    if problems:
        raise InputError(_listing(path, problems))
    return frame


def _is_blank(row: list[str]) -> bool:
    return not any(cell.strip() for cell in row)


def _without_trailing_blank_rows(
    records: list[list[str]], lines: list[int]
) -> tuple[list[list[str]], list[int]]:
    """The records without the rows of empty cells after the data (spreadsheet tools and
    pandas write them); a blank row inside the data is kept, to be reported."""
    end = len(records)
    while end > 1 and _is_blank(records[end - 1]):
        end -= 1
    return records[:end], lines[:end]


def _without_unnamed_empty_columns(
    path: Path, header: list[str], rows: list[list[str]]
) -> tuple[list[str], list[list[str]]]:
    """The header and rows without columns that have no name and no value (spreadsheet tools
    write them); an unnamed column that holds values is an error (often a pandas index)."""
    unnamed = [position for position, name in enumerate(header) if not name.strip()]
    if not unnamed:
        return header, rows
    holding = [
        position
        for position in unnamed
        if any(position < len(row) and row[position].strip() for row in rows)
    ]
    if holding:
        columns = ", ".join(str(position + 1) for position in holding)
        raise InputError(
            f"{path}: column(s) {columns} of the header have no name but hold values (a "
            "table index written with the data?); name them or remove them"
        )
    keep = [position for position in range(len(header)) if position not in unnamed]

    def kept(row: list[str]) -> list[str]:
        # A row of another width is reported by its width, unchanged.
        return [row[position] for position in keep] if len(row) == len(header) else row

    return [header[position] for position in keep], [kept(row) for row in rows]


def _parse_whole_numbers(
    study: Study, frame: pd.DataFrame, lines: list[int]
) -> tuple[pd.DataFrame, list[str]]:
    """The frame with its int columns parsed, less the rows that have a cell that is not."""
    problems, bad_rows = [], set()
    for name, spec in study.columns.items():
        if spec["type"] != "int":
            continue
        for index in frame.index[~frame[name].str.fullmatch(_WHOLE_NUMBER)]:
            value = frame.at[index, name]
            problems.append(
                f"{_where(index, lines)}column {name!r}: {value!r} is not a whole number"
            )
            bad_rows.add(index)
    frame = frame.drop(index=sorted(bad_rows))
    for name, spec in study.columns.items():
        if spec["type"] == "int":
            whole = frame[name].str.strip().str.replace(r"\.0+$", "", regex=True)
            frame[name] = whole.astype("int64")
    return frame, problems


def _where(index, lines: list[int]) -> str:
    row = int(index) + 1
    return f"row {row} (line {lines[row]}), "


def _listing(path: Path, problems: list[str]) -> str:
    problems = sorted(set(problems), key=_row_order)
    shown = problems[:_MAX_PROBLEMS_SHOWN]
    more = len(problems) - len(shown)
    tail = f"\n  … and {more} more" if more else ""
    return f"{path}: {len(problems)} problem(s):\n  " + "\n  ".join(shown) + tail


def _read_csv_records(path: Path) -> tuple[list[list[str]], list[int]]:
    if not path.exists():
        raise InputError(f"{path}: input file not found")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    # Binary files first: most are not valid UTF-8 either, and "not UTF-8" would send the
    # user to re-encode a file that is not text at all. UTF-16 text has NULs too; it is
    # named below as not UTF-8.
    if data.startswith(b"PK\x03\x04"):
        raise InputError(
            f"{path}: not a CSV file (it is a zip archive, perhaps an Excel workbook); "
            "export it as UTF-8 CSV"
        )
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: not a CSV file (it contains binary data)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"{path}: not UTF-8 text (byte {error.start}, line {line}); save the file as UTF-8 CSV"
        ) from None
    if text.lstrip()[:1] in ("{", "["):
        raise InputError(f"{path}: not a CSV file (it looks like JSON); export it as CSV")
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
    if not records:
        raise InputError(f"{path}: the file is empty")
    return records, lines


def _check_header(
    study: Study, path: Path, header: list[str], stage_columns: Collection[str]
) -> list[str]:
    """The file's extra columns, in its order; raise InputError if the header does not fit."""
    expected = list(study.columns)
    problems = []
    seen = set()
    for name in header:
        if name in seen:
            problems.append(f"column {name!r} appears twice in the header")
        seen.add(name)
    missing = [name for name in expected if name not in header]
    unexpected = [name for name in header if name not in expected]
    misspelled = set()
    for name in missing:
        close = difflib.get_close_matches(name, unexpected, n=1)
        hint = f" (the file has {close[0]!r}: misspelled?)" if close else ""
        misspelled.update(close)
        problems.append(f"column {name!r} is missing{hint}")
    extra = [name for name in dict.fromkeys(unexpected) if name not in misspelled]
    taken = set(study.derived) | set(stage_columns)
    for name in extra:
        if name in taken:
            problems.append(
                f"column {name!r} has the name of a column the workflow adds; rename it"
            )
        elif missing:
            # Not an error by itself (it would be carried along), but it may be the
            # missing column under another name.
            problems.append(f"column {name!r} is not a column of {study.name}")
    if len(header) == 1 and len(expected) > 1:
        problems.insert(0, "the header has a single column: is this a CSV (comma-separated)?")
    elif not set(header) & set(expected):
        problems.insert(0, f"the first line names none of {study.name}'s columns: is this its CSV?")
    if problems:
        listing = "\n  ".join(problems)
        raise InputError(
            f"{path}: the header does not match {study.name}'s columns:\n  {listing}\n"
            f"  expected: {', '.join(expected)} (other columns are carried along)"
        )
    return extra


def _describe_failures(
    study: Study, frame: pd.DataFrame, failures: pd.DataFrame, lines: list[int]
) -> list[str]:
    """One line per failing cell, or per row for row checks and duplicates."""
    row_checks = {check["message"]: check["columns"] for check in study.row_checks}
    problems = []
    for failure in failures.itertuples(index=False):
        index = failure.index
        has_row = index is not None and not pd.isna(index)
        where = _where(index, lines) if has_row else ""
        column = failure.column
        check = str(failure.check)
        if column is None or pd.isna(column) or column == failure.schema_context:
            column = "(row)"
        if isinstance(column, tuple) or str(column).startswith("("):
            label = "columns " + ", ".join(str(c) for c in _as_tuple(column))
        else:
            label = f"column {column!r}"
        if check == "field_uniqueness" or check.startswith("multiple_fields_uniqueness"):
            # pandera reports each trial id column of a duplicate row; one line per row.
            if has_row:
                message = where + _duplicate_message(study, frame, index)
            else:
                message = f"duplicate trial: another row has the same {label}"
        elif check in row_checks and has_row:
            # pandera reports every column of a row failing a row check; name the row
            # check's own columns, once.
            columns = row_checks[check]
            values = ", ".join(f"{c}={_show(frame.at[index, c])}" for c in columns)
            message = f"{where}columns {', '.join(columns)} ({values}): {check}"
        else:
            message = f"{where}{label}: {failure.failure_case!r} {check}"
        problems.append(message)
    return problems


def _duplicate_message(study: Study, frame: pd.DataFrame, index) -> str:
    key = frame.loc[index, study.trial_id]
    same = (frame[study.trial_id] == key).all(axis=1)
    others = [str(int(i) + 1) for i in frame.index[same] if i != index]
    values = ", ".join(f"{c}={_show(key[c])}" for c in study.trial_id)
    return f"duplicate trial: {values} is also row {', '.join(others)}"


def _show(value) -> str:
    """repr of a cell, as the user wrote it (101, not np.int64(101))."""
    return repr(value.item() if hasattr(value, "item") else value)


def _as_tuple(column) -> tuple:
    return column if isinstance(column, tuple) else (column,)


def _row_order(message: str) -> tuple[int, str]:
    match = re.match(r"row (\d+)", message)
    return (int(match.group(1)) if match else 0, message)


def text_columns(study: Study) -> list[str]:
    """The study's own input columns that hold text (extra columns are text too)."""
    text = [name for name, spec in study.columns.items() if spec["type"] == "str"]
    text += [
        name
        for name, spec in study.derived.items()
        if "patterns" in spec or ("function" in spec and spec.get("type", "str") == "str")
    ]
    return text


def number_columns(study: Study) -> list[str]:
    """The columns of a study's validated input that hold numbers; every other is text."""
    numbers = [name for name, spec in study.columns.items() if spec["type"] == "int"]
    numbers += [
        name
        for name, spec in study.derived.items()
        if "values" in spec and all(isinstance(v, int) for v in spec["values"].values())
    ]
    return numbers


def read_validated_input(study: Study, path: str | Path) -> pd.DataFrame:
    """Read the gate's output (results/inputs/<study>.csv): the study's number columns as
    numbers, every other column (extra columns included) as text."""
    return read_table(path, number_columns(study))
