"""Analysis of variance with sequential (type I) sums of squares, as R's `aov` computes it.

Each term's sum of squares is what it adds to the fit after the terms before it: the
squared projections of the outcome on the orthonormal columns the term adds to the design
(R's "effects"). This holds for unbalanced designs and for incomplete ones (empty cells):
a term's degrees of freedom are the columns it adds that are not aliased, and a term that
adds none is left out of the table, as R leaves it out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from .design import build_design


@dataclass(frozen=True)
class AnovaRow:
    term: str  # "a", "a:b", or "Residuals"
    df: int
    sum_sq: float
    mean_sq: float
    f: float | None  # None for the residuals, or when there is no residual variance
    p: float | None


def sequential_anova(
    frame: pd.DataFrame, outcome: str, factors: list[str], levels: dict | None = None
) -> list[AnovaRow]:
    """The ANOVA table of `outcome ~ f1 * f2 * ...` with the factors as R factors.

    Rows with a missing outcome are dropped first (R's na.omit). The last row is the
    residuals; F and p are None where the residual degrees of freedom or the residual sum
    of squares are zero (F is not defined).
    """
    frame = frame.dropna(subset=[outcome])
    y = frame[outcome].to_numpy(dtype=float)
    design = build_design(frame, factors, levels)
    effects = design.basis.T @ y
    residual_ss = float(np.sum((y - design.basis @ effects) ** 2))
    residual_df = len(y) - design.basis.shape[1]
    residual_ms = residual_ss / residual_df if residual_df > 0 else float("nan")
    testable = residual_df > 0 and residual_ss > 0
    rows = []
    for term in design.all_terms[1:]:  # the intercept is not a row of the table
        columns = design.term_columns(term)
        if not columns:
            continue  # aliased entirely: no degrees of freedom
        df = len(columns)
        sum_sq = float(np.sum(effects[columns] ** 2))
        mean_sq = sum_sq / df
        f = mean_sq / residual_ms if testable else None
        p = float(stats.f.sf(f, df, residual_df)) if testable else None
        rows.append(AnovaRow(term, df, sum_sq, mean_sq, f, p))
    rows.append(AnovaRow("Residuals", residual_df, residual_ss, residual_ms, None, None))
    return rows
