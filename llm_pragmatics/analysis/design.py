"""Model matrices of factorial designs, built and named as R's model.matrix builds them.

A design is a list of factors; its terms are every main effect and interaction in R's
order for `y ~ a * b * c` (a, b, c, a:b, a:c, b:c, a:b:c). Each factor is coded with
treatment contrasts against its first level (R's default for factors), and an interaction's
columns are the products of its factors' columns, the first factor varying fastest, named
like R's ("a2:b3"). Columns that add nothing to the ones before them (empty cells of an
incomplete design, or levels that never occur) are aliased and dropped, in R's way: a column
is kept only if it is not, within a relative tolerance of 1e-7, a combination of the kept
columns before it. The sums of squares and fits built on these matrices therefore match
R's `aov` and `glm` on the same data, whichever columns R happens to print.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pandas as pd

INTERCEPT = "(Intercept)"
# R's lm.fit and glm.fit drop a column whose remainder, after projecting out the columns
# before it, is below this share of its norm.
ALIAS_TOLERANCE = 1e-7


@dataclass(frozen=True)
class Design:
    """A treatment-coded model matrix with its aliased columns removed."""

    matrix: np.ndarray  # rows x kept columns
    columns: list[str]  # the kept columns' names, R's spelling
    terms: list[str]  # the term of each kept column ("(Intercept)", "a", "a:b")
    all_terms: list[str]  # every term of the formula, in order, aliased or not
    aliased: list[str]  # the dropped columns' names
    basis: np.ndarray  # orthonormal columns spanning matrix[:, :k] for every k

    def term_columns(self, term: str) -> list[int]:
        return [i for i, name in enumerate(self.terms) if name == term]


def factor_levels(frame: pd.DataFrame, factors: list[str], levels: dict | None = None) -> dict:
    """Each factor's levels: as given, else the sorted distinct values (R's default order)."""
    levels = dict(levels or {})
    found = {}
    for factor in factors:
        present = pd.unique(frame[factor])
        given = levels.get(factor)
        if given is None:
            found[factor] = sorted(present, key=_sort_key)
        else:
            unknown = set(present) - set(given)
            if unknown:
                raise ValueError(
                    f"{factor} has values outside its levels: {sorted(unknown, key=str)}"
                )
            found[factor] = list(given)
    return found


def _sort_key(value):
    return (
        (0, value, "")
        if isinstance(value, int | float | np.integer | np.floating)
        else (1, 0, str(value))
    )


def formula_terms(factors: list[str]) -> list[tuple[str, ...]]:
    """Every main effect and interaction of the factors, in R's order for a * b * c."""
    return [
        combination
        for order in range(1, len(factors) + 1)
        for combination in itertools.combinations(factors, order)
    ]


def build_design(
    frame: pd.DataFrame,
    factors: list[str],
    levels: dict | None = None,
    interactions: bool = True,
) -> Design:
    """The model matrix of `~ f1 * f2 * ...` (or `~ f1 + f2 + ...` without interactions)."""
    levels = factor_levels(frame, factors, levels)
    dummies = {
        factor: [
            (f"{factor}{level}", (frame[factor] == level).to_numpy(dtype=float))
            for level in levels[factor][1:]
        ]
        for factor in factors
    }
    terms = formula_terms(factors) if interactions else [(factor,) for factor in factors]
    candidates = [(INTERCEPT, INTERCEPT, np.ones(len(frame)))]
    for term in terms:
        name = ":".join(term)
        # R varies the first factor fastest: a2:b2, a3:b2, a2:b3, a3:b3.
        for combination in itertools.product(*(dummies[f] for f in reversed(term))):
            parts = list(reversed(combination))
            column = np.prod([values for _, values in parts], axis=0)
            candidates.append((":".join(label for label, _ in parts), name, column))
    return _drop_aliased(candidates, [":".join(term) for term in terms])


def _drop_aliased(candidates: list[tuple[str, str, np.ndarray]], all_terms: list[str]) -> Design:
    rows = len(candidates[0][2])
    basis = np.zeros((rows, 0))
    kept, names, terms, aliased = [], [], [], []
    for name, term, column in candidates:
        norm = np.linalg.norm(column)
        remainder = column.copy()
        for _ in range(2):  # twice: Gram-Schmidt keeps its accuracy
            remainder -= basis @ (basis.T @ remainder)
        if norm == 0 or np.linalg.norm(remainder) < ALIAS_TOLERANCE * norm:
            aliased.append(name)
            continue
        basis = np.column_stack([basis, remainder / np.linalg.norm(remainder)])
        kept.append(column)
        names.append(name)
        terms.append(term)
    matrix = np.column_stack(kept) if kept else np.zeros((rows, 0))
    return Design(matrix, names, terms, [INTERCEPT, *all_terms], aliased, basis)
