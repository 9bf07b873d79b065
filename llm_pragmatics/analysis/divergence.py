"""Entropy and Jensen-Shannon divergence, in bits, with intervals from resampling.

Every logarithm is base 2: entropy of a distribution over K outcomes lies in [0, log2 K]
and the Jensen-Shannon divergence in [0, 1] (0 for equal distributions, 1 for ones with
no outcome in common). The divergence is JSD(P, Q) = H(M) - (H(P) + H(Q)) / 2 with
M = (P + Q) / 2; its square root is scipy's `jensenshannon` distance.

Intervals come from resampling with a seeded generator, so a rerun gives the same numbers:
- `bootstrap_divergence` resamples the trials of both samples (each with replacement, to its
  own size) and takes the 2.5th and 97.5th percentiles of the divergence;
- `split_half_divergence` splits the people at random into two halves, again and again,
  and measures the divergence between the halves' distributions: how far a second sample
  of people of half the size lands from the first. It is the noise floor a model's
  divergence from people is read against (it is larger than the floor for samples of the
  full size, since each half holds half the people).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd

INTERVAL = (2.5, 97.5)
BLOCK = 100


def seeded_generator(*parts) -> np.random.Generator:
    """A generator seeded from the parts' text (a base seed, study id, model, cell, ...):
    the same parts give the same numbers on every machine."""
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "big"))


def entropy_bits(distribution) -> np.ndarray:
    """Shannon entropy in bits of each distribution (the last axis), renormalised to sum
    to 1; zero probabilities contribute nothing."""
    p = np.asarray(distribution, dtype=float)
    p = p / p.sum(axis=-1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(p > 0, -p * np.log2(np.where(p > 0, p, 1.0)), 0.0)
    return terms.sum(axis=-1)


def jensen_shannon(p, q) -> np.ndarray:
    """Jensen-Shannon divergence in bits between distributions (the last axis; broadcast)."""
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    p = p / p.sum(axis=-1, keepdims=True)
    q = q / q.sum(axis=-1, keepdims=True)
    value = entropy_bits((p + q) / 2) - (entropy_bits(p) + entropy_bits(q)) / 2
    return np.clip(value, 0.0, 1.0)  # rounding can leave -1e-17 for equal distributions


@dataclass(frozen=True)
class Interval:
    estimate: float
    low: float
    high: float
    replicates: int


def bootstrap_divergence(
    first: np.ndarray,
    second: np.ndarray,
    replicates: int,
    rng: np.random.Generator,
    first_trials=None,
    second_trials=None,
) -> Interval:
    """The divergence between the mean rows of `first` and `second` (answers x outcomes:
    one-hot rows for counted answers, probability rows for distributions), with a
    percentile bootstrap interval that resamples the trials of both. `*_trials` name each
    row's trial where a trial has several rows (replicates), which are then resampled
    together; by default each row is a trial."""
    first = np.asarray(first, dtype=float)
    second = np.asarray(second, dtype=float)
    estimate = float(jensen_shannon(first.mean(axis=0), second.mean(axis=0)))
    values = np.empty(replicates)
    # In blocks, so that a few thousand replicates of a few thousand trials fit in memory.
    for start in range(0, replicates, BLOCK):
        size = min(BLOCK, replicates - start)
        means = [
            resampled_means(sample, trials, size, rng)
            for sample, trials in ((first, first_trials), (second, second_trials))
        ]
        values[start : start + size] = jensen_shannon(means[0], means[1])
    low, high = np.percentile(values, INTERVAL)
    return Interval(estimate, float(low), float(high), replicates)


def trial_weights(trials, size: int, rng: np.random.Generator) -> np.ndarray:
    """`size` resamples of the trials, with replacement, as a weight per row (size x rows):
    drawing trials with replacement is drawing how often each is taken, and each row
    weighs as often as its trial was drawn."""
    codes, names = pd.factorize(pd.Series(trials))
    counts = rng.multinomial(len(names), np.full(len(names), 1 / len(names)), size=size)
    return counts[:, codes].astype(float)


def resampled_means(sample: np.ndarray, trials, size: int, rng: np.random.Generator):
    """The mean row of `size` resamples of the trials (rows of one trial together)."""
    trials = np.arange(len(sample)) if trials is None else trials
    weights = trial_weights(trials, size, rng)
    return weights @ sample / weights.sum(axis=1, keepdims=True)


def split_half_divergence(
    counts: np.ndarray, replicates: int, rng: np.random.Generator
) -> list[Interval]:
    """The split-half divergence of each cell: `counts` is people x cells x outcomes (how
    often each person gave each outcome in each cell). Per replicate the people are split
    at random into halves (the odd one out goes to the second); per cell, the divergence
    between the halves' distributions. Returns per cell the mean over replicates and its
    2.5th and 97.5th percentiles. A cell where a half gave no answer is NaN in that
    replicate and left out of that cell's summary."""
    counts = np.asarray(counts, dtype=float)
    people = counts.shape[0]
    if people < 2:
        raise ValueError("a split-half divergence needs at least two people")
    half = people // 2
    values = np.empty((replicates, counts.shape[1]))
    for r in range(replicates):
        order = rng.permutation(people)
        first = counts[order[:half]].sum(axis=0)
        second = counts[order[half:]].sum(axis=0)
        empty = (first.sum(axis=-1) == 0) | (second.sum(axis=-1) == 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            values[r] = np.where(empty, np.nan, jensen_shannon(first, second))
    intervals = []
    for cell in values.T:
        cell = cell[~np.isnan(cell)]
        if len(cell) == 0:
            intervals.append(Interval(float("nan"), float("nan"), float("nan"), 0))
            continue
        low, high = np.percentile(cell, INTERVAL)
        intervals.append(Interval(float(cell.mean()), float(low), float(high), len(cell)))
    return intervals
