"""One-tailed tests: the paired t-test and the exact binomial test, as R computes them.

Both test "greater": the first values exceed the second ones (paired t), an outcome is
chosen more often than chance (binomial). Each returns None for the statistic and p value,
with the reason, where the test is not defined, rather than a number that looks like one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import stats

CONFIDENCE = 0.95


@dataclass(frozen=True)
class PairedT:
    """R's t.test(first, second, paired = TRUE, alternative = "greater")."""

    n: int  # pairs with both values
    mean_difference: float | None
    se: float | None
    t: float | None
    df: int | None
    p: float | None
    ci_low: float | None  # the one-sided 95% interval is [ci_low, Inf)
    note: str = ""


def paired_t_greater(first, second) -> PairedT:
    """Is the mean of first - second above 0? Pairs missing either value are dropped."""
    first, second = np.asarray(first, dtype=float), np.asarray(second, dtype=float)
    keep = ~(np.isnan(first) | np.isnan(second))
    difference = first[keep] - second[keep]
    n = len(difference)
    if n < 2:
        mean = float(difference.mean()) if n else None
        return PairedT(n, mean, None, None, None, None, None, f"{n} pair(s): no test")
    mean = float(difference.mean())
    sd = float(difference.std(ddof=1))
    se = sd / math.sqrt(n)
    # R stops with "data are essentially constant" when se < 10 * eps * |mean|.
    if se <= 10 * np.finfo(float).eps * max(abs(mean), 1e-300) or se == 0:
        return PairedT(
            n, mean, se, None, n - 1, None, None, "the differences are constant: t is not defined"
        )
    t = mean / se
    df = n - 1
    ci_low = mean - float(stats.t.ppf(CONFIDENCE, df)) * se
    return PairedT(n, mean, se, t, df, float(stats.t.sf(t, df)), ci_low)


@dataclass(frozen=True)
class BinomialTest:
    """R's binom.test(successes, trials, p = chance, alternative = "greater")."""

    successes: int
    trials: int
    chance: float
    estimate: float | None
    p: float | None
    ci_low: float | None  # Clopper-Pearson one-sided 95%: [ci_low, 1]
    note: str = ""


def binomial_greater(successes: int, trials: int, chance: float) -> BinomialTest:
    """P(X >= successes) for X ~ Binomial(trials, chance), exactly."""
    if not 0 < chance < 1:
        raise ValueError(f"chance must be strictly between 0 and 1, not {chance}")
    if trials == 0:
        return BinomialTest(0, 0, chance, None, None, None, "no trials: no test")
    if not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes of {trials} trials")
    p = float(stats.binom.sf(successes - 1, trials, chance))
    ci_low = (
        0.0
        if successes == 0
        else float(stats.beta.ppf(1 - CONFIDENCE, successes, trials - successes + 1))
    )
    return BinomialTest(successes, trials, chance, successes / trials, p, ci_low)
