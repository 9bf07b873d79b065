"""Planned one-tailed tests: paired t-tests between two values of a measure within each
row, and exact binomial tests of an outcome's share against chance."""

from __future__ import annotations

import numpy as np

from ...errors import WorkflowError
from ...schemas import MODEL_COLUMN
from ..measures import ROW, VALUE
from ..significance import binomial_greater, paired_t_greater
from .base import (
    EXPERIMENT,
    NOTE,
    AnalysisInputs,
    comparison_conditions,
    model_rows,
    number,
    select,
    usable_experiments,
)

PAIRED_T_COLUMNS = {
    "comparison": "text",
    "n": "count",
    "mean_difference": "number",
    "se": "nonnegative",
    "statistic": "number",
    "df": "count",
    "p": "probability",
    "ci_low": "number",
    "ci_high": "number",
}


def _label(values: dict) -> str:
    return ", ".join(f"{variable} {value}" for variable, value in values.items())


def paired_t(inputs: AnalysisInputs, name: str, measure: str, comparisons: list):
    """Per comparison, model and experiment: R's t.test(first, second, paired = TRUE,
    alternative = "greater") over the rows of the comparison's `where` cell, pairing the
    measure's value at `first` (a value of its variable) with its value at `second` in the
    same row. The one-sided 95% interval is [ci_low, Inf)."""
    measure_ = inputs.measure(measure)
    conditions = comparison_conditions(comparisons)
    usable, rows = usable_experiments(inputs, measure_)
    for experiment in usable:
        long = measure_.long(inputs.tables[experiment], experiment, [MODEL_COLUMN, *conditions])
        for comparison in comparisons:
            cell = select(long, comparison.get("where"))
            first = select(cell, comparison["first"]).set_index(ROW)[VALUE]
            second = select(cell, comparison["second"]).set_index(ROW)[VALUE]
            label = f"{_label(comparison['first'])} > {_label(comparison['second'])}"
            for model, part in model_rows(cell, inputs.models):
                pairs = sorted(set(part[ROW]))
                result = paired_t_greater(first.reindex(pairs), second.reindex(pairs))
                rows.append(
                    {
                        MODEL_COLUMN: model,
                        EXPERIMENT: experiment,
                        **{c: comparison.get("where", {}).get(c) for c in conditions},
                        "comparison": label,
                        "n": result.n,
                        "mean_difference": number(result.mean_difference),
                        "se": number(result.se),
                        "statistic": number(result.t),
                        "df": result.df,
                        "p": number(result.p),
                        "ci_low": number(result.ci_low),
                        "ci_high": float("inf") if result.ci_low is not None else np.nan,
                        NOTE: result.note,
                    }
                )
    return rows


BINOMIAL_COLUMNS = {
    "category": "text",
    "successes": "count",
    "n": "count",
    "chance": "probability",
    "estimate": "probability",
    "ci_low": "probability",
    "ci_high": "probability",
    "p": "probability",
}

NO_COUNTS = (
    "Experiment 2 gives each trial a probability, not a count: no binomial test; "
    "`estimate` is the mean probability"
)


def binomial(inputs: AnalysisInputs, name: str, distribution: str, chance: float, tests: list):
    """Per test, model and experiment: R's binom.test(successes, n, p = chance,
    alternative = "greater"), where `successes` counts the answers in the test's `where`
    cell that gave `category` and `n` those that gave any outcome (Experiment 1). The
    one-sided 95% Clopper-Pearson interval is [ci_low, 1]. Experiment 2 has no counts: its
    rows give the mean probability and say so."""
    distribution_ = inputs.distribution(distribution)
    conditions = comparison_conditions(tests)
    rows = []
    for test in tests:
        if test["category"] not in distribution_.categories:
            raise WorkflowError(
                f"binomial test of {test['category']!r}: not one of the {distribution} "
                f"outcomes ({', '.join(distribution_.categories)})"
            )
    usable, unavailable = usable_experiments(inputs, distribution_)
    rows += unavailable
    for experiment in usable:
        table = inputs.tables[experiment]
        matrix = distribution_.rows(table, experiment)
        counted = "category" in distribution_.sources[experiment]
        for test in tests:
            k = distribution_.categories.index(test["category"])
            cell = select(table, test.get("where"))
            for model, part in model_rows(cell, inputs.models):
                chosen = matrix[table.index.isin(part.index)]
                chosen = chosen[~np.isnan(chosen).any(axis=1)]
                head = {
                    MODEL_COLUMN: model,
                    EXPERIMENT: experiment,
                    **{c: test.get("where", {}).get(c) for c in conditions},
                    "category": test["category"],
                    "n": len(chosen),
                    "chance": chance,
                }
                if not counted:
                    estimate = float(chosen[:, k].mean()) if len(chosen) else np.nan
                    rows.append({**head, "estimate": estimate, NOTE: NO_COUNTS})
                    continue
                result = binomial_greater(int(chosen[:, k].sum()), len(chosen), chance)
                rows.append(
                    {
                        **head,
                        "successes": result.successes,
                        "estimate": number(result.estimate),
                        "ci_low": number(result.ci_low),
                        "ci_high": 1.0 if result.ci_low is not None else np.nan,
                        "p": number(result.p),
                        NOTE: result.note,
                    }
                )
    return rows
