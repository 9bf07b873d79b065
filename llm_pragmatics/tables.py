"""Reading and writing the workflow's files: whole, validated, or not at all."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

import pandas as pd

from .errors import OutputError


def write_csv_atomically(
    frame: pd.DataFrame,
    path: str | Path,
    validate: Callable[[pd.DataFrame], object] | None = None,
) -> None:
    """Validate `frame`, write it beside `path` and rename it into place.

    A reader never sees a half-written file, and a frame that fails validation is never
    written: an output that exists is an output that passed its schema.
    """
    if validate is not None:
        validate(frame)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        frame.to_csv(staging, index=False, encoding="utf-8", lineterminator="\n")
        with open(staging, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def write_csv_parts_atomically(parts: Iterable[pd.DataFrame], path: str | Path) -> int:
    """Write a table given in parts (each validated by whoever yields it) beside `path`, the
    header once, and rename it into place: only one part is in memory at a time. Returns
    the rows written; a part that raises leaves nothing behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    rows, columns = 0, None
    try:
        with open(staging, "w", encoding="utf-8", newline="") as handle:
            for part in parts:
                first = columns is None
                if first:
                    columns = list(part.columns)
                elif list(part.columns) != columns:
                    raise OutputError(f"{path}: a part's columns differ from the first part's")
                part.to_csv(handle, index=False, header=first, lineterminator="\n")
                rows += len(part)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)
    return rows


def sha256(path: str | Path) -> str:
    """The file's SHA-256, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_text_atomically(path: str | Path, text: str) -> None:
    """Write `text` beside `path` and rename it into place: a reader sees all or nothing."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        staging.write_text(text, encoding="utf-8")
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def read_table(path: str | Path, number_columns: Collection[str] = ()) -> pd.DataFrame:
    """Read one of the workflow's CSVs: every column is text ("" when empty) except the
    `number_columns`, whose empty cells are missing values.

    Text is the default so that a column the workflow does not know (an extra input column)
    arrives as written: "007" stays "007" and "NA" stays "NA".
    """
    header = pd.read_csv(path, nrows=0, encoding="utf-8").columns
    numbers = set(number_columns)
    return pd.read_csv(
        path,
        dtype={name: str for name in header if name not in numbers},
        keep_default_na=False,
        na_values={name: [""] for name in header if name in numbers},
        encoding="utf-8",
    )
