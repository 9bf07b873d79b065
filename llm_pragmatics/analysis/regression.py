"""Logistic regression on factors, for a binary outcome or a per-trial probability.

A binary outcome (Experiment 1: did the answer give this outcome?) is fitted by maximum
likelihood, as R's `glm(y ~ a * b, family = binomial)`: Wald z tests of the coefficients and
an analysis of deviance with chi-square tests, `anova(fit, test = "Chisq")`.

A probability per trial (Experiment 2: the model's probability of that outcome) is a
fractional response: the same binomial likelihood, with the dispersion estimated from the
Pearson residuals (quasi-likelihood), as R's `glm(p ~ a * b, family = quasibinomial)`: the
standard errors are scaled by the square root of the dispersion, coefficients are tested
with t on the residual degrees of freedom, and terms with F tests,
`anova(fit, test = "F")`. The estimates are the binomial ones; only their uncertainty
differs.

Separation (a combination of factor levels where the binary outcome is always 0 or always
1) sends a coefficient to infinity: R then prints huge estimates and standard errors that
mean nothing. Here those coefficients are left empty with the reason; the analysis of
deviance, which stays defined, is kept.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

from .design import build_design

# Converge far past R's default (1e-8 on the deviance), so that both agree to 1e-6.
TOLERANCE = 1e-12
MAX_ITERATIONS = 200
# A fitted probability this close to 0 or 1 on an observation with that very outcome marks
# separation: the likelihood keeps growing as a coefficient runs off to infinity.
SEPARATION = 1e-6


@dataclass(frozen=True)
class Coefficient:
    term: str  # R's column name ("(Intercept)", "ab", "a2:bc" for factors a and b)
    estimate: float | None
    se: float | None
    statistic: float | None  # z (binomial) or t (quasibinomial)
    p: float | None
    note: str = ""


@dataclass(frozen=True)
class DevianceRow:
    term: str  # "NULL" for the intercept-only model, then each term in order
    df: int | None
    deviance: float | None  # the drop in deviance the term brings
    residual_df: int
    residual_deviance: float
    statistic: float | None  # chi-square (binomial) or F (quasibinomial)
    p: float | None


@dataclass(frozen=True)
class LogisticFit:
    family: str  # "binomial" or "quasibinomial"
    n: int
    dispersion: float
    coefficients: list[Coefficient]
    deviance: list[DevianceRow]
    separated: bool
    note: str = ""


def _fit(y: np.ndarray, x: np.ndarray):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # perfect separation warnings: detected below
        model = sm.GLM(y, x, family=sm.families.Binomial())
        return model.fit(
            method="IRLS", tol=TOLERANCE, maxiter=MAX_ITERATIONS, tol_criterion="deviance"
        )


def logistic_regression(
    frame: pd.DataFrame,
    outcome: str,
    factors: list[str],
    levels: dict | None = None,
    fractional: bool = False,
) -> LogisticFit:
    """`outcome ~ f1 * f2 * ...` with the factors as R factors. `outcome` holds 0/1
    (binary) or probabilities in [0, 1] (`fractional`: quasibinomial). Rows with a missing
    outcome are dropped first (R's na.omit)."""
    frame = frame.dropna(subset=[outcome])
    y = frame[outcome].to_numpy(dtype=float)
    if ((y < 0) | (y > 1)).any():
        raise ValueError(f"{outcome} has values outside [0, 1]")
    if not fractional and not np.isin(y, (0.0, 1.0)).all():
        raise ValueError(f"{outcome} is not binary; fit a probability as a fractional response")
    family = "quasibinomial" if fractional else "binomial"
    if len(y) == 0:
        return LogisticFit(family, 0, float("nan"), [], [], False, "no rows")
    design = build_design(frame, factors, levels)
    n, k = design.matrix.shape
    if n <= k and fractional:
        note = f"{n} rows for {k} coefficients: the dispersion cannot be estimated"
        return LogisticFit(family, n, float("nan"), [], [], False, note)
    fit = _fit(y, design.matrix)
    mu = np.asarray(fit.fittedvalues)
    residual_df = n - k
    if fractional:
        dispersion = float(np.sum((y - mu) ** 2 / (mu * (1 - mu))) / residual_df)
    else:
        dispersion = 1.0
    separated = bool(
        not fractional
        and (((mu < SEPARATION) & (y == 0)) | ((mu > 1 - SEPARATION) & (y == 1))).any()
    )
    coefficients = _coefficients(fit, design, dispersion, fractional, residual_df, separated)
    deviance = _deviance_table(y, design, dispersion, fractional, residual_df)
    note = (
        "separation: some cell's outcome is all 0 or all 1, so its coefficients are infinite"
        if separated
        else ""
    )
    return LogisticFit(family, n, dispersion, coefficients, deviance, separated, note)


def _coefficients(fit, design, dispersion, fractional, residual_df, separated) -> list[Coefficient]:
    covariance = np.asarray(fit.cov_params(scale=1.0)) * dispersion
    se = np.sqrt(np.diag(covariance))
    rows = []
    for i, name in enumerate(design.columns):
        if separated:
            rows.append(Coefficient(name, None, None, None, None, "not identified (separation)"))
            continue
        estimate = float(fit.params[i])
        statistic = estimate / se[i]
        if fractional:
            p = 2 * float(stats.t.sf(abs(statistic), residual_df))
        else:
            p = 2 * float(stats.norm.sf(abs(statistic)))
        rows.append(Coefficient(name, estimate, float(se[i]), float(statistic), p))
    rows += [Coefficient(name, None, None, None, None, "aliased") for name in design.aliased]
    return rows


def _deviance_table(y, design, dispersion, fractional, residual_df) -> list[DevianceRow]:
    """Sequential analysis of deviance: each term added to the terms before it. A term
    whose columns are all aliased adds 0 degrees of freedom and has no test (as in R)."""
    position = {term: k for k, term in enumerate(design.all_terms)}
    rows = []
    for k, term in enumerate(design.all_terms):
        columns = [i for i, t in enumerate(design.terms) if position[t] <= k]
        model_df = len(y) - len(columns)
        deviance = float(_fit(y, design.matrix[:, columns]).deviance)
        if not rows:
            rows.append(DevianceRow("NULL", None, None, model_df, deviance, None, None))
            continue
        df = rows[-1].residual_df - model_df
        drop = rows[-1].residual_deviance - deviance
        statistic = p = None
        if df and fractional:
            statistic = drop / df / dispersion
            p = float(stats.f.sf(statistic, df, residual_df))
        elif df:
            statistic = drop
            p = float(stats.chi2.sf(statistic, df))
        rows.append(DevianceRow(term, df, drop if df else 0.0, model_df, deviance, statistic, p))
    return rows
