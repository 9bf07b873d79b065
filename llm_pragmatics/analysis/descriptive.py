"""Means, standard errors and 95% intervals of a measure by condition."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import stats

CONFIDENCE = 0.95


@dataclass(frozen=True)
class Mean:
    n: int  # values present (missing ones are left out)
    mean: float | None
    sd: float | None  # with n - 1 in the denominator, as R's sd()
    se: float | None
    ci_low: float | None  # mean -/+ t(0.975, n - 1) * se
    ci_high: float | None
    note: str = ""


def mean_and_se(values) -> Mean:
    values = np.asarray(values, dtype=float)
    values = values[~np.isnan(values)]
    n = len(values)
    if n == 0:
        return Mean(0, None, None, None, None, None, "no values")
    mean = float(values.mean())
    if n == 1:
        return Mean(1, mean, None, None, None, None, "one value: no standard error")
    sd = float(values.std(ddof=1))
    se = sd / math.sqrt(n)
    half = float(stats.t.ppf(0.5 + CONFIDENCE / 2, n - 1)) * se
    return Mean(n, mean, sd, se, mean - half, mean + half)
