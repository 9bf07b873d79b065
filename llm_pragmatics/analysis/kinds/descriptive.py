"""Means by condition, and the share of each outcome by condition."""

from __future__ import annotations

import numpy as np

from ...schemas import MODEL_COLUMN
from ..descriptive import mean_and_se
from ..measures import VALUE
from .base import (
    EXPERIMENT,
    NOTE,
    PEOPLE,
    AnalysisInputs,
    cell_mask,
    cells,
    in_cell,
    model_rows,
    number,
    select,
    usable_experiments,
)

MEANS_COLUMNS = {
    "n": "count",
    "n_missing": "count",
    "mean": "number",
    "sd": "nonnegative",
    "se": "nonnegative",
    "ci_low": "number",
    "ci_high": "number",
}


def means(inputs: AnalysisInputs, name: str, measure: str, conditions: list, where=None):
    """Mean, standard deviation, standard error and 95% t interval of a measure per model,
    experiment and condition cell (and value of the measure's own variables).
    `n_missing` counts rows where the table has no value (an answer without the field)."""
    measure_ = inputs.measure(measure)
    groups = list(conditions) + measure_.dimensions
    usable, rows = usable_experiments(inputs, measure_)
    for experiment in usable:
        long = measure_.long(inputs.tables[experiment], experiment, [MODEL_COLUMN, *conditions])
        long = select(long, where)
        for model, part in model_rows(long, inputs.models):
            for cell in cells(part, groups):
                values = part.loc[in_cell(part, groups, cell), VALUE]
                result = mean_and_se(values)
                rows.append(
                    {
                        MODEL_COLUMN: model,
                        EXPERIMENT: experiment,
                        **dict(zip(groups, cell, strict=True)),
                        "n": result.n,
                        "n_missing": int(values.isna().sum()),
                        "mean": number(result.mean),
                        "sd": number(result.sd),
                        "se": number(result.se),
                        "ci_low": number(result.ci_low),
                        "ci_high": number(result.ci_high),
                        NOTE: result.note,
                    }
                )
    return rows


PROPORTIONS_COLUMNS = {
    "category": "text",
    "n": "count",
    "n_missing": "count",
    "proportion": "probability",
    "se": "nonnegative",
    "reference": "text",
}


def proportions(inputs: AnalysisInputs, name: str, distribution: str, conditions: list):
    """The share of each outcome per model, experiment and condition cell: in Experiment 1
    the share of answers that gave it (`n` answers; `n_missing` gave none of the outcomes),
    in Experiment 2 the mean probability over the trials (`n` trials). With a human
    reference for this distribution, people's shares come first (`model` = people,
    `reference` = what the reference is)."""
    distribution_ = inputs.distribution(distribution)
    rows = []
    reference = inputs.reference
    if reference is not None and reference.distribution == distribution:
        answers = reference.answers
        onehot = np.eye(len(distribution_.categories))[
            answers["category"].map(distribution_.categories.index).to_numpy()
        ]
        for cell in cells(answers, conditions):
            chosen = onehot[in_cell(answers, conditions, cell).to_numpy()]
            rows += _shares(PEOPLE, None, conditions, cell, distribution_.categories, chosen, 0)
        for row in rows:
            row["reference"] = reference.label
    usable, unavailable = usable_experiments(inputs, distribution_)
    rows += unavailable
    for experiment in usable:
        table = inputs.tables[experiment]
        matrix = distribution_.rows(table, experiment)
        for model, part in model_rows(table, inputs.models):
            for cell in cells(part, conditions):
                chosen = matrix[cell_mask(table, part, conditions, cell)]
                missing = int(np.isnan(chosen).any(axis=1).sum())
                chosen = chosen[~np.isnan(chosen).any(axis=1)]
                categories = distribution_.categories
                rows += _shares(model, experiment, conditions, cell, categories, chosen, missing)
    return rows


def _shares(model, experiment, conditions, cell, categories, chosen, missing) -> list[dict]:
    n = len(chosen)
    shares = chosen.mean(axis=0) if n else np.full(len(categories), np.nan)
    if n > 1:
        se = chosen.std(axis=0, ddof=1) / np.sqrt(n)
    else:
        se = np.full(len(categories), np.nan)
    note = "" if n else "no answer in this cell gives one of the outcomes"
    return [
        {
            MODEL_COLUMN: model,
            EXPERIMENT: experiment,
            **dict(zip(conditions, cell, strict=True)),
            "category": category,
            "n": n,
            "n_missing": missing,
            "proportion": float(shares[k]),
            "se": float(se[k]),
            NOTE: note,
        }
        for k, category in enumerate(categories)
    ]
