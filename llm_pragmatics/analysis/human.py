"""The human reference: a file of people's answers, read into a study's conditions and
outcome categories.

The file is any CSV with one row per answer (trial). The study's definition says how to read
it (its `human_reference` block): which column identifies the participant, which columns
give each of the study's condition columns (with an optional map from the file's values to
the study's), and how the outcome category is spelled from the file's columns (a template
over them, after their value maps). So a user points the workflow at the published file as
it is, without converting it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from .measures import spell_categories, template_columns

PARTICIPANT = "participant"
CATEGORY = "category"
_MAX_PROBLEMS_SHOWN = 20


@dataclass(frozen=True)
class ReferenceFormat:
    """How to read a human reference file (a study's `human_reference` block)."""

    participant: str  # the file's participant column
    conditions: dict[str, dict]  # study column -> {column: file column, values: {...}}
    category: str  # Jinja template over the file's columns, after their value maps
    values: dict[str, dict]  # file column -> {file value: value the template sees}

    @classmethod
    def from_definition(cls, spec: dict) -> ReferenceFormat:
        return cls(
            participant=spec["participant"],
            conditions={name: dict(entry) for name, entry in spec["conditions"].items()},
            category=spec["category"],
            values={
                column: dict(mapping) for column, mapping in (spec.get("values") or {}).items()
            },
        )

    @property
    def category_columns(self) -> list[str]:
        """The file's columns the category template reads."""
        return template_columns(self.category)

    @property
    def file_columns(self) -> list[str]:
        named = [self.participant] + [entry["column"] for entry in self.conditions.values()]
        return list(dict.fromkeys(named + list(self.values) + self.category_columns))


def read_reference(path: str | Path, spec: ReferenceFormat, categories: list[str]) -> pd.DataFrame:
    """One row per answer: `participant`, the study's condition columns, `category` (one of
    `categories`). Raises InputError naming the file, row and column of every problem."""
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        raise InputError(f"{path}: cannot be read as a UTF-8 CSV file: {error}") from None
    missing = [column for column in spec.file_columns if column not in table.columns]
    if missing:
        raise InputError(
            f"{path}: the human reference lacks the column(s) {', '.join(missing)} "
            f"(it has: {', '.join(table.columns)})"
        )
    if table.empty:
        raise InputError(f"{path}: the human reference has no rows")
    problems: list[str] = []
    bad_rows: set[int] = set()

    def report(index: int, column: str, problem: str) -> None:
        # Rows are counted from the first data row.
        problems.append(f"{path}: row {index + 1}, column {column}: {problem}")
        bad_rows.add(int(index))

    def mapped(column: str, mapping: dict | None) -> pd.Series:
        values = table[column]
        for index in np.flatnonzero((values == "").to_numpy()):
            report(index, column, "is empty")
        if not mapping:
            return values
        keys = {str(key): value for key, value in mapping.items()}
        unknown = ~values.isin(list(keys)).to_numpy() & (values != "").to_numpy()
        for index in np.flatnonzero(unknown):
            known = ", ".join(map(repr, keys))
            report(index, column, f"{values.iloc[index]!r} is not one of {known}")
        return values.map(keys)

    frame = pd.DataFrame({PARTICIPANT: mapped(spec.participant, None)})
    for name, entry in spec.conditions.items():
        frame[name] = mapped(entry["column"], entry.get("values"))
    for column, mapping in spec.values.items():
        mapped(column, mapping)  # reports the values the map lacks
    frame[CATEGORY] = spell_categories(table, spec.category, spec.values, f"{path}: the category")
    for index in np.flatnonzero(~frame[CATEGORY].isin(categories).to_numpy()):
        if index not in bad_rows:
            report(
                index,
                ", ".join(spec.category_columns),
                f"the answer reads as {frame[CATEGORY].iloc[index]!r}, which is not one of "
                f"the study's outcomes ({', '.join(categories)})",
            )
    if problems:
        shown = "\n  ".join(problems[:_MAX_PROBLEMS_SHOWN])
        more = len(problems) - _MAX_PROBLEMS_SHOWN
        tail = f"\n  ... and {more} more" if more > 0 else ""
        raise InputError(f"the human reference does not fit its format:\n  {shown}{tail}")
    return frame


def reference_counts(
    reference: pd.DataFrame, conditions: list[str], cells: list[tuple], categories: list[str]
) -> tuple[np.ndarray, list]:
    """How often each participant gave each category in each cell: participants x cells x
    categories, and the participants in order of first appearance. A cell is a tuple of
    condition values, compared as text (the file's "0" is the table's 0)."""
    participants = list(dict.fromkeys(reference[PARTICIPANT]))
    person = {p: i for i, p in enumerate(participants)}
    cell_index = {tuple(str(v) for v in cell): i for i, cell in enumerate(cells)}
    category_index = {c: i for i, c in enumerate(categories)}
    counts = np.zeros((len(participants), len(cells), len(categories)))
    keys = reference[conditions].astype(str).itertuples(index=False, name=None)
    for who, key, category in zip(reference[PARTICIPANT], keys, reference[CATEGORY], strict=True):
        if key in cell_index:
            counts[person[who], cell_index[key], category_index[category]] += 1
    return counts, participants
