"""What an analysis kind is given, and the helpers every kind uses."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ...errors import WorkflowError
from ...schemas import MODEL_COLUMN
from ..divergence import seeded_generator
from ..measures import EXPERIMENTS, Distribution, Measure

PEOPLE = "people"  # the model column of rows that describe the human reference
ALL_MODELS = "all models"  # the model column of rows computed over every model at once
NOTE = "note"
EXPERIMENT = "experiment"


@dataclass(frozen=True)
class Reference:
    """The human reference as read for this study: one row per answer."""

    answers: pd.DataFrame  # participant, the study's condition columns, category
    distribution: str  # the study distribution its categories belong to
    label: str  # what the rows are (the published data, or an example's label)


@dataclass
class AnalysisInputs:
    """Everything an analysis of one study reads; absent parts are None or empty."""

    study_id: str  # seeds use the study's id, not the config's key
    models: list[str]
    tables: dict[int, pd.DataFrame]  # experiment -> its all-models table
    measures: dict[str, Measure]
    distributions: dict[str, Distribution]
    trial_id: list[str]
    reference: Reference | None = None
    # For the model comparison: other analyses' tables, each model's structured summary
    # and provenance record, and the study's definition.
    analyses: dict[str, pd.DataFrame] = field(default_factory=dict)
    summaries: dict[str, pd.DataFrame] = field(default_factory=dict)
    provenance: dict[str, dict] = field(default_factory=dict)
    definition: dict = field(default_factory=dict)

    def measure(self, name: str) -> Measure:
        if name not in self.measures:
            raise WorkflowError(f"no measure {name!r} (measures: {', '.join(self.measures)})")
        return self.measures[name]

    def distribution(self, name: str) -> Distribution:
        if name not in self.distributions:
            known = ", ".join(self.distributions)
            raise WorkflowError(f"no distribution {name!r} (distributions: {known})")
        return self.distributions[name]

    def experiments(self) -> list[int]:
        """The experiments whose tables this run has, in order."""
        return [experiment for experiment in EXPERIMENTS if experiment in self.tables]


def generator(seed: int, inputs: AnalysisInputs, analysis: str, *parts) -> np.random.Generator:
    """The seeded generator of one resampling: the same for every model (they are compared
    on the same resamples), and unchanged when the study's config key is renamed."""
    return seeded_generator(seed, inputs.study_id, analysis, *parts)


def select(frame: pd.DataFrame, where: dict | None) -> pd.DataFrame:
    """The rows whose columns hold the given values (compared as text: YAML's 3 is the
    table's 3)."""
    keep = pd.Series(True, index=frame.index)
    for column, value in (where or {}).items():
        if column not in frame.columns:
            raise WorkflowError(f"`where` names {column!r}, which the table lacks")
        keep &= frame[column].astype(str) == str(value)
    return frame[keep]


def cells(frame: pd.DataFrame, conditions: list[str]) -> list[tuple]:
    """The condition cells present in `frame`, sorted."""
    if not conditions:
        return [()]
    present = frame[conditions].drop_duplicates().itertuples(index=False, name=None)
    return sorted(present, key=lambda cell: tuple((str(type(v)), v) for v in cell))


def in_cell(frame: pd.DataFrame, conditions: list[str], cell: tuple) -> pd.Series:
    keep = pd.Series(True, index=frame.index)
    for column, value in zip(conditions, cell, strict=True):
        keep &= frame[column] == value
    return keep


def model_rows(table: pd.DataFrame, models: list[str]) -> list[tuple[str, pd.DataFrame]]:
    """Each model's rows, in the config's order."""
    return [(model, table[table[MODEL_COLUMN] == model]) for model in models]


def unavailable_rows(models: list[str], experiment: int, reason: str) -> list[dict]:
    """One row per model saying why an experiment gives no result."""
    return [{MODEL_COLUMN: model, EXPERIMENT: experiment, NOTE: reason} for model in models]


def usable_experiments(
    inputs: AnalysisInputs, source: Measure | Distribution, models: list[str] | None = None
) -> tuple[list[int], list[dict]]:
    """The experiments of this run that `source` can be read from, and for every other one
    a row per model (or per entry of `models`) saying why not."""
    usable, rows = [], []
    for experiment in inputs.experiments():
        reason = source.unavailable(experiment)
        if reason:
            rows += unavailable_rows(models or inputs.models, experiment, reason)
        else:
            usable.append(experiment)
    return usable, rows


def cell_mask(table, part, conditions: list[str], cell: tuple) -> np.ndarray:
    """Which rows of `table` belong to `part` (one model's rows of it) and lie in `cell`."""
    return (table.index.isin(part.index) & in_cell(table, conditions, cell)).to_numpy()


def trial_keys(table: pd.DataFrame, trial_id: list[str]) -> np.ndarray:
    """Each row's trial, as text: the rows of a trial's replicates share it."""
    return table[trial_id].astype(str).agg("|".join, axis=1).to_numpy()


def number(value) -> float:
    """A statistic for the table: None (not defined) becomes NaN, an empty cell."""
    return float("nan") if value is None else float(value)


def comparison_conditions(comparisons: list[dict]) -> list[str]:
    """The condition columns a list of tests selects on (their `where`), in order of use."""
    return list(dict.fromkeys(column for c in comparisons for column in c.get("where", {})))
