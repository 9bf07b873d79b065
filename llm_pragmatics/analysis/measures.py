"""What the analyses read from each experiment's all-models table, as a study defines it.

Experiment 1 is the structured table (fields read from free-text answers; every replicate is
a row), Experiment 2 the probabilities table (one distribution per trial). A study's
`analyses` block defines:

- measures: a number per row, from a column of each experiment's table, or an indicator
  (1 where a column equals a value, 0 where it holds another value, missing where empty).
  `for_each` makes one measure per value of its variables (one per question), which the
  column templates use: `answer_{{ question }}`.
- distributions: a categorical outcome. In Experiment 1 each row is one category, spelled
  from the row's columns by a template after value maps (`{{ first }}_{{ second }}`, with a
  map from a field's values to the category's spelling); in Experiment 2 each category has a
  probability column (`prob_{{ category }}`).

An experiment a measure cannot be read from is `{unavailable: <reason>}`: the analyses then
say so in their table instead of computing something else.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import WorkflowError
from ..questions import render_text

EXPERIMENTS = {1: "structured", 2: "probabilities"}  # experiment -> the stage of its table
ROW = "row"  # the row of the merged table a value comes from (pairs values of one trial)
VALUE = "value"


def experiment_key(experiment: int) -> str:
    return f"experiment{experiment}"


def spell_categories(table: pd.DataFrame, template: str, values: dict, what: str) -> pd.Series:
    """The category each row spells: the template over the row's columns after the value
    maps. A row with an empty or unmapped value in a column the template reads is None."""
    columns = template_columns(template)
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise WorkflowError(f"{what} reads column(s) {', '.join(missing)}, which the table lacks")
    read = table[columns].astype("string").fillna("")
    for column, mapping in (values or {}).items():
        if column in read:
            keys = {str(key): str(value) for key, value in mapping.items()}
            read[column] = read[column].map(lambda v, keys=keys: keys.get(v, ""))
    keys = list(read.itertuples(index=False, name=None))
    spelled = {
        key: None
        if "" in key
        else render_text(template, dict(zip(columns, key, strict=True)), what)
        for key in dict.fromkeys(keys)
    }
    return pd.Series([spelled[key] for key in keys], index=table.index, dtype=object)


def template_columns(template: str) -> list[str]:
    """The variables a Jinja template reads, sorted."""
    import jinja2
    import jinja2.meta

    return sorted(jinja2.meta.find_undeclared_variables(jinja2.Environment().parse(template)))


def _expand(for_each: dict) -> list[dict]:
    names = list(for_each)
    return [dict(zip(names, combo, strict=True)) for combo in itertools.product(*for_each.values())]


@dataclass(frozen=True)
class Measure:
    name: str
    for_each: dict  # variable -> values
    sources: dict  # experiment -> str (column template) | {column, equals} | {unavailable}

    @classmethod
    def from_definition(cls, name: str, spec: dict) -> Measure:
        return cls(
            name=name,
            for_each=dict(spec.get("for_each") or {}),
            sources={e: spec.get(experiment_key(e)) for e in EXPERIMENTS},
        )

    @property
    def dimensions(self) -> list[str]:
        return list(self.for_each)

    def unavailable(self, experiment: int) -> str | None:
        """Why the measure cannot be read from the experiment (None if it can)."""
        source = self.sources.get(experiment)
        if source is None:
            return f"the study defines no {self.name} for Experiment {experiment}"
        if isinstance(source, dict) and "unavailable" in source:
            return source["unavailable"]
        return None

    def long(self, table: pd.DataFrame, experiment: int, keep: list[str]) -> pd.DataFrame:
        """One row per table row and `for_each` combination: the `keep` columns, `row`, the
        measure's variables, and `value` (NaN where the table has none)."""
        reason = self.unavailable(experiment)
        if reason:
            raise WorkflowError(
                f"{self.name} cannot be read from Experiment {experiment}: {reason}"
            )
        source = self.sources[experiment]
        spec = source if isinstance(source, dict) else {"column": source}
        parts = []
        for variables in _expand(self.for_each):
            what = f"measure {self.name!r} (Experiment {experiment})"
            column = render_text(spec["column"], variables, what)
            if column not in table.columns:
                raise WorkflowError(f"{what} reads column {column!r}, which the table lacks")
            if "equals" in spec:
                cells = table[column].astype("string").fillna("")
                value = np.where(cells == "", np.nan, (cells == str(spec["equals"])).astype(float))
            else:
                value = pd.to_numeric(table[column], errors="coerce").to_numpy(dtype=float)
            part = table[keep].copy()
            part.insert(len(keep), ROW, np.arange(len(table)))
            for variable, level in variables.items():
                part[variable] = level
            part[VALUE] = value
            parts.append(part)
        return pd.concat(parts, ignore_index=True)


@dataclass(frozen=True)
class Distribution:
    name: str
    categories: list[str]
    sources: dict  # experiment -> {category, values} (1), {column} (2), or {unavailable}

    @classmethod
    def from_definition(cls, name: str, spec: dict) -> Distribution:
        return cls(
            name=name,
            categories=[str(category) for category in spec["categories"]],
            sources={e: spec.get(experiment_key(e)) for e in EXPERIMENTS},
        )

    def unavailable(self, experiment: int) -> str | None:
        source = self.sources.get(experiment)
        if source is None:
            return f"the study defines no {self.name} distribution for Experiment {experiment}"
        return source.get("unavailable")

    def rows(self, table: pd.DataFrame, experiment: int) -> np.ndarray:
        """Rows x categories: a one-hot row per answer that spells a category (Experiment 1),
        a probability row per trial (Experiment 2); NaN rows where the answer gives none."""
        reason = self.unavailable(experiment)
        if reason:
            raise WorkflowError(
                f"{self.name} cannot be read from Experiment {experiment}: {reason}"
            )
        source = self.sources[experiment]
        what = f"distribution {self.name!r} (Experiment {experiment})"
        if "category" in source:
            spelled = spell_categories(table, source["category"], source.get("values"), what)
            index = {category: k for k, category in enumerate(self.categories)}
            matrix = np.full((len(table), len(self.categories)), np.nan)
            for row, category in enumerate(spelled):
                if category in index:
                    matrix[row] = 0.0
                    matrix[row, index[category]] = 1.0
            return matrix
        columns = [render_text(source["column"], {"category": c}, what) for c in self.categories]
        missing = [column for column in columns if column not in table.columns]
        if missing:
            raise WorkflowError(
                f"{what} reads column(s) {', '.join(missing)}, which the table lacks"
            )
        return table[columns].to_numpy(dtype=float)
