"""How close answers are: a model's to people's, and a model's two experiments to each other.

Divergences are Jensen-Shannon divergences in bits (0: the same distribution, 1: nothing in
common) with percentile bootstrap 95% intervals over trials, seeded (analysis.divergence).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ...schemas import MODEL_COLUMN
from ..divergence import bootstrap_divergence, split_half_divergence, trial_weights
from ..human import reference_counts
from ..measures import VALUE
from .base import (
    EXPERIMENT,
    NOTE,
    AnalysisInputs,
    cell_mask,
    cells,
    generator,
    in_cell,
    model_rows,
    trial_keys,
    usable_experiments,
)

BOOTSTRAP = 2000
SPLIT_HALVES = 1000

HUMAN_DIVERGENCE_COLUMNS = {
    "n": "count",
    "n_people": "count",
    "divergence": "probability",
    "ci_low": "probability",
    "ci_high": "probability",
    "floor": "probability",
    "floor_low": "probability",
    "floor_high": "probability",
    "reference": "text",
}


def _answers(matrix, trials, table, part, conditions, cell) -> tuple[np.ndarray, np.ndarray]:
    """The rows of `matrix` (aligned with `table`) of the model's `part` in `cell` that give
    an outcome, and their trials."""
    mask = cell_mask(table, part, conditions, cell)
    chosen, keys = matrix[mask], trials[mask]
    answered = ~np.isnan(chosen).any(axis=1)
    return chosen[answered], keys[answered]


def _without_both(inputs: AnalysisInputs, source) -> list[dict]:
    """A row per model saying why, where the run cannot read `source` from both experiments."""
    missing = [e for e in (1, 2) if e not in inputs.tables or source.unavailable(e)]
    if not missing:
        return []
    reason = "needs both experiments; this run has no usable Experiment "
    reason += " or ".join(map(str, missing))
    return [{MODEL_COLUMN: model, NOTE: reason} for model in inputs.models]


ABOVE_ESTIMATE = (
    "the interval lies above the estimate: in samples this small, resampling adds "
    "divergence of its own; read the divergence against the split-half floor"
)


def _interval_columns(interval) -> dict:
    return {
        "divergence": interval.estimate,
        "ci_low": interval.low,
        "ci_high": interval.high,
        NOTE: ABOVE_ESTIMATE if interval.low > interval.estimate else "",
    }


def human_divergence(
    inputs: AnalysisInputs,
    name: str,
    distribution: str,
    conditions: list,
    bootstrap: int = BOOTSTRAP,
    split_halves: int = SPLIT_HALVES,
    seed: int = 0,
):
    """Per model, experiment and condition cell: the divergence between the model's
    distribution (Experiment 1: the share of answers giving each outcome; Experiment 2: the
    mean probabilities) and people's, with a bootstrap interval over both samples' trials;
    and the people's split-half divergence in that cell (`floor`: mean over random halves
    of the participants, with its 2.5 and 97.5 percentiles), the noise floor."""
    distribution_ = inputs.distribution(distribution)
    reference = inputs.reference
    answers = reference.answers
    categories = distribution_.categories
    human_cells = cells(answers, conditions)
    counts, _ = reference_counts(answers, conditions, human_cells, categories)
    floors = split_half_divergence(counts, split_halves, generator(seed, inputs, name, "people"))
    by_text = {tuple(map(str, cell)): k for k, cell in enumerate(human_cells)}
    usable, rows = usable_experiments(inputs, distribution_)
    for experiment in usable:
        table = inputs.tables[experiment]
        matrix = distribution_.rows(table, experiment)
        trials = trial_keys(table, inputs.trial_id)
        for model, part in model_rows(table, inputs.models):
            for cell in cells(part, conditions):
                model_answers, model_trials = _answers(
                    matrix, trials, table, part, conditions, cell
                )
                head = {
                    MODEL_COLUMN: model,
                    EXPERIMENT: experiment,
                    **dict(zip(conditions, cell, strict=True)),
                    "n": len(model_answers),
                    "reference": reference.label,
                }
                k = by_text.get(tuple(map(str, cell)))
                if k is None:
                    rows.append({**head, "n_people": 0, NOTE: "people have no answers here"})
                    continue
                people = np.repeat(np.eye(len(categories)), counts[:, k].sum(axis=0).astype(int), 0)
                floor = floors[k]
                head.update(
                    n_people=len(people),
                    floor=floor.estimate,
                    floor_low=floor.low,
                    floor_high=floor.high,
                )
                if not len(model_answers):
                    rows.append({**head, NOTE: "no answer in this cell gives one of the outcomes"})
                    continue
                rng = generator(seed, inputs, name, experiment, *cell)
                interval = bootstrap_divergence(model_answers, people, bootstrap, rng, model_trials)
                rows.append({**head, **_interval_columns(interval)})
    return rows


DISTRIBUTION_AGREEMENT_COLUMNS = {
    "n_experiment1": "count",
    "n_experiment2": "count",
    "divergence": "probability",
    "ci_low": "probability",
    "ci_high": "probability",
}


def distribution_agreement(
    inputs: AnalysisInputs,
    name: str,
    distribution: str,
    conditions: list,
    bootstrap: int = BOOTSTRAP,
    seed: int = 0,
):
    """Per model and condition cell: the divergence between what the model says when it
    samples (Experiment 1: the share of answers giving each outcome) and what its
    probabilities say (Experiment 2: the mean distribution), with a bootstrap interval
    over the trials of both. `experiment` is empty: the row compares the two."""
    distribution_ = inputs.distribution(distribution)
    if lacking := _without_both(inputs, distribution_):
        return lacking
    matrices = {e: distribution_.rows(inputs.tables[e], e) for e in (1, 2)}
    trials = {e: trial_keys(inputs.tables[e], inputs.trial_id) for e in (1, 2)}
    rows = []
    for model in inputs.models:
        parts = {e: inputs.tables[e][inputs.tables[e][MODEL_COLUMN] == model] for e in (1, 2)}
        for cell in cells(parts[2], conditions):
            chosen, keys = {}, {}
            for e in (1, 2):
                table = inputs.tables[e]
                chosen[e], keys[e] = _answers(
                    matrices[e], trials[e], table, parts[e], conditions, cell
                )
            head = {
                MODEL_COLUMN: model,
                **dict(zip(conditions, cell, strict=True)),
                "n_experiment1": len(chosen[1]),
                "n_experiment2": len(chosen[2]),
            }
            if not len(chosen[1]) or not len(chosen[2]):
                rows.append({**head, NOTE: "an experiment has no answer in this cell"})
                continue
            rng = generator(seed, inputs, name, *cell)
            interval = bootstrap_divergence(chosen[1], chosen[2], bootstrap, rng, keys[1], keys[2])
            rows.append({**head, **_interval_columns(interval)})
    return rows


MEASURE_CORRELATION_COLUMNS = {
    "n_pairs": "count",
    "n_trials": "count",
    "correlation": "number",
    "ci_low": "number",
    "ci_high": "number",
}


def measure_correlation(
    inputs: AnalysisInputs,
    name: str,
    measure: str,
    conditions: list,
    bootstrap: int = BOOTSTRAP,
    seed: int = 0,
):
    """Per model, per condition cell and over all cells (condition columns empty): the
    Pearson correlation between a measure's Experiment 1 values (each answer, every
    replicate) and its Experiment 2 values for the same trial (and the same value of the
    measure's variables: a stated number against the expected value of the same question),
    with a bootstrap interval that resamples trials (a trial's pairs stay together)."""
    measure_ = inputs.measure(measure)
    if lacking := _without_both(inputs, measure_):
        return lacking
    keep = list(dict.fromkeys([MODEL_COLUMN, *inputs.trial_id, *conditions]))
    on = list(dict.fromkeys([MODEL_COLUMN, *inputs.trial_id, *measure_.dimensions]))
    long = {e: measure_.long(inputs.tables[e], e, keep) for e in (1, 2)}
    pairs = long[1].merge(long[2][[*on, VALUE]], on=on, suffixes=("_1", "_2"))
    pairs = pairs.dropna(subset=[f"{VALUE}_1", f"{VALUE}_2"])
    pairs = pairs.assign(_trial=trial_keys(pairs, inputs.trial_id) if len(pairs) else [])
    rows = []
    for model in inputs.models:
        part = pairs[pairs[MODEL_COLUMN] == model]
        for cell in [*cells(part, conditions), None]:
            chosen = part if cell is None else part[in_cell(part, conditions, cell)]
            where = {} if cell is None else dict(zip(conditions, cell, strict=True))
            rng = generator(seed, inputs, name, *(cell or ("all",)))
            rows.append({MODEL_COLUMN: model, **where, **_correlation(chosen, bootstrap, rng)})
    return rows


def _correlation(pairs: pd.DataFrame, bootstrap: int, rng: np.random.Generator) -> dict:
    x, y = pairs[f"{VALUE}_1"].to_numpy(float), pairs[f"{VALUE}_2"].to_numpy(float)
    result = {"n_pairs": len(x), "n_trials": pairs["_trial"].nunique(), NOTE: ""}
    if len(x) < 3 or np.ptp(x) == 0 or np.ptp(y) == 0:
        result[NOTE] = "fewer than 3 pairs, or a side without variation: no correlation"
        return result
    result["correlation"] = float(np.corrcoef(x, y)[0, 1])
    weights = trial_weights(pairs["_trial"], bootstrap, rng)
    total = weights.sum(axis=1)
    mean_x, mean_y = weights @ x / total, weights @ y / total
    var_x = weights @ (x - x.mean()) ** 2 / total - (mean_x - x.mean()) ** 2
    var_y = weights @ (y - y.mean()) ** 2 / total - (mean_y - y.mean()) ** 2
    cov = weights @ ((x - x.mean()) * (y - y.mean())) / total
    cov -= (mean_x - x.mean()) * (mean_y - y.mean())
    varied = (var_x > 1e-12 * x.var()) & (var_y > 1e-12 * y.var())
    values = cov[varied] / np.sqrt(var_x[varied] * var_y[varied])
    if len(values) >= bootstrap / 2:
        result["ci_low"], result["ci_high"] = map(float, np.percentile(values, [2.5, 97.5]))
    else:
        result[NOTE] = "too few resamples with variation on both sides: no interval"
    return result
