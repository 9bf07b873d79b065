"""Every statistic of llm_pragmatics.analysis against an independent computation on data
with a known answer: scipy or statsmodels directly, or by hand on a tiny table."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy import stats
from scipy.spatial.distance import jensenshannon

from llm_pragmatics.analysis.anova import sequential_anova
from llm_pragmatics.analysis.descriptive import mean_and_se
from llm_pragmatics.analysis.design import build_design
from llm_pragmatics.analysis.divergence import (
    bootstrap_divergence,
    entropy_bits,
    jensen_shannon,
    seeded_generator,
    split_half_divergence,
)
from llm_pragmatics.analysis.regression import logistic_regression
from llm_pragmatics.analysis.significance import binomial_greater, paired_t_greater

# Study 1's six conditions: observe <= access, so three of the nine cells are empty.
STUDY1_CELLS = [(1, 1), (2, 1), (2, 2), (3, 1), (3, 2), (3, 3)]


def incomplete_design(seed: int = 3) -> pd.DataFrame:
    """Unbalanced bets in Study 1's incomplete access x observe design."""
    rng = np.random.default_rng(seed)
    rows = []
    for k, (access, observe) in enumerate(STUDY1_CELLS):
        for _ in range(4 + k):  # 4 to 9 trials per cell: unbalanced
            rows.append(
                {"access": access, "observe": observe, "value": rng.normal(10 * observe, 7)}
            )
    return pd.DataFrame(rows)


# --- Means and standard errors ----------------------------------------------------------------


def test_mean_and_se_by_hand():
    result = mean_and_se([2.0, 4.0, 6.0, np.nan])
    # mean 4, sd 2 (deviations -2, 0, 2: 8 / 2 = 4), se 2 / sqrt 3
    assert result.n == 3 and result.mean == 4.0 and result.sd == pytest.approx(2.0)
    assert result.se == pytest.approx(2 / math.sqrt(3))
    half = stats.t.ppf(0.975, 2) * 2 / math.sqrt(3)
    assert (result.ci_low, result.ci_high) == pytest.approx((4 - half, 4 + half))
    assert mean_and_se([5.0]).se is None and mean_and_se([5.0]).note
    assert mean_and_se([]).mean is None


def test_mean_and_se_against_scipy():
    values = np.random.default_rng(0).normal(size=50)
    result = mean_and_se(values)
    assert result.se == pytest.approx(stats.sem(values), rel=1e-12)
    interval = stats.t.interval(0.95, 49, loc=values.mean(), scale=stats.sem(values))
    assert (result.ci_low, result.ci_high) == pytest.approx(interval, rel=1e-12)


# --- Design matrices --------------------------------------------------------------------------


def test_the_design_drops_the_columns_of_empty_cells_as_r_does():
    design = build_design(incomplete_design(), ["access", "observe"])
    # 6 cells: intercept, 2 + 2 main-effect columns and 1 interaction column remain.
    assert design.columns == [
        "(Intercept)",
        "access2",
        "access3",
        "observe2",
        "observe3",
        "access2:observe2",
    ]
    assert design.aliased == ["access3:observe2", "access2:observe3", "access3:observe3"]
    assert np.linalg.matrix_rank(design.matrix) == 6


# --- ANOVA with sequential sums of squares ----------------------------------------------------


def test_one_way_anova_by_hand():
    frame = pd.DataFrame({"group": ["a", "a", "b", "b", "c", "c"], "value": [1, 3, 4, 6, 8, 12]})
    rows = {row.term: row for row in sequential_anova(frame, "value", ["group"])}
    # group means 2, 5, 10; grand mean 34 / 6; SS between = 2 * sum((mean - grand)^2)
    grand = 34 / 6
    between = 2 * ((2 - grand) ** 2 + (5 - grand) ** 2 + (10 - grand) ** 2)
    within = 2 + 2 + 8  # (1-2)^2+(3-2)^2, (4-5)^2+(6-5)^2, (8-10)^2+(12-10)^2
    assert rows["group"].df == 2 and rows["group"].sum_sq == pytest.approx(between)
    assert rows["Residuals"].df == 3 and rows["Residuals"].sum_sq == pytest.approx(within)
    f = (between / 2) / (within / 3)
    assert rows["group"].f == pytest.approx(f)
    assert rows["group"].p == pytest.approx(stats.f.sf(f, 2, 3))


def test_two_way_anova_against_statsmodels_type_one():
    rng = np.random.default_rng(7)
    rows = []
    for a in ("x", "y", "z"):
        for b in ("p", "q"):
            for _ in range(int(rng.integers(3, 8))):  # unbalanced, every cell present
                rows.append({"a": a, "b": b, "value": rng.normal({"x": 0, "y": 1, "z": 3}[a])})
    frame = pd.DataFrame(rows)
    ours = sequential_anova(frame, "value", ["a", "b"])
    theirs = sm.stats.anova_lm(smf.ols("value ~ C(a) * C(b)", frame).fit(), typ=1)
    assert [row.df for row in ours] == list(theirs["df"].astype(int))
    np.testing.assert_allclose([row.sum_sq for row in ours], theirs["sum_sq"], rtol=1e-10)
    np.testing.assert_allclose([row.f for row in ours[:-1]], theirs["F"][:-1], rtol=1e-10)
    np.testing.assert_allclose([row.p for row in ours[:-1]], theirs["PR(>F)"][:-1], rtol=1e-9)


def test_anova_of_the_incomplete_design_equals_nested_model_comparisons():
    """Independently: each term's sum of squares is the drop in residual sum of squares from
    least-squares fits of the nested cell-mean models (numpy lstsq)."""
    frame = incomplete_design()
    y = frame["value"].to_numpy()

    def rss(columns):
        x = np.column_stack([np.ones(len(frame)), *columns])
        fitted = x @ np.linalg.lstsq(x, y, rcond=None)[0]
        return float(np.sum((y - fitted) ** 2)), np.linalg.matrix_rank(x)

    access = [(frame["access"] == level).astype(float) for level in (2, 3)]
    observe = [(frame["observe"] == level).astype(float) for level in (2, 3)]
    cells = [
        ((frame["access"] == a) & (frame["observe"] == o)).astype(float) for a, o in STUDY1_CELLS
    ]
    fits = [rss([]), rss(access), rss(access + observe), rss(cells)]
    expected = [(fits[k + 1][1] - fits[k][1], fits[k][0] - fits[k + 1][0]) for k in range(3)]
    ours = sequential_anova(frame, "value", ["access", "observe"])
    assert [row.term for row in ours] == ["access", "observe", "access:observe", "Residuals"]
    assert [row.df for row in ours[:3]] == [df for df, _ in expected] == [2, 2, 1]
    np.testing.assert_allclose([row.sum_sq for row in ours[:3]], [ss for _, ss in expected])
    assert ours[3].df == len(frame) - 6 and ours[3].sum_sq == pytest.approx(fits[3][0])


def test_anova_without_residual_variance_gives_no_f():
    frame = pd.DataFrame({"g": ["a", "b"], "value": [1.0, 2.0]})
    rows = sequential_anova(frame, "value", ["g"])
    assert rows[0].f is None and rows[0].p is None and rows[-1].df == 0


# --- One-tailed paired t-test -----------------------------------------------------------------


def test_paired_t_greater_against_scipy_and_by_hand():
    rng = np.random.default_rng(2)
    first, second = rng.normal(52, 10, 30), rng.normal(45, 10, 30)
    ours = paired_t_greater(first, second)
    theirs = stats.ttest_rel(first, second, alternative="greater")
    assert ours.t == pytest.approx(theirs.statistic, rel=1e-12)
    assert ours.p == pytest.approx(theirs.pvalue, rel=1e-10)
    assert ours.df == 29
    assert ours.ci_low == pytest.approx(theirs.confidence_interval(0.95).low, rel=1e-10)
    # By hand: differences 1, 2, 3 -> mean 2, sd 1, t = 2 / (1 / sqrt 3)
    tiny = paired_t_greater([3, 5, 7], [2, 3, 4])
    assert tiny.t == pytest.approx(2 * math.sqrt(3)) and tiny.df == 2


def test_paired_t_drops_incomplete_pairs_and_refuses_constant_differences():
    result = paired_t_greater([1, 2, np.nan, 4], [0, 0, 1, 1])
    assert result.n == 3
    constant = paired_t_greater([5, 6, 7], [4, 5, 6])
    assert constant.t is None and constant.p is None and "constant" in constant.note
    assert paired_t_greater([1], [0]).p is None


# --- Exact binomial test ----------------------------------------------------------------------


def test_binomial_greater_against_scipy_and_by_hand():
    for successes, trials in [(0, 10), (3, 10), (7, 12), (12, 12), (40, 200)]:
        ours = binomial_greater(successes, trials, 1 / 8)
        theirs = stats.binomtest(successes, trials, 1 / 8, alternative="greater")
        assert ours.p == pytest.approx(theirs.pvalue, rel=1e-10)
        assert ours.ci_low == pytest.approx(theirs.proportion_ci(0.95).low, abs=1e-12)
    # By hand: P(X >= 2) for X ~ Bin(3, 1/8) = 3 * (1/8)^2 * (7/8) + (1/8)^3
    assert binomial_greater(2, 3, 1 / 8).p == pytest.approx(3 * 7 / 8**3 + 1 / 8**3)
    assert binomial_greater(3, 3, 1 / 8).p == pytest.approx(1 / 8**3)
    assert binomial_greater(0, 0, 1 / 8).p is None


# --- Logistic regression ----------------------------------------------------------------------


def saturated_table(seed: int = 5) -> tuple[pd.DataFrame, dict]:
    """Binary outcomes in a full state x goal design, with each cell's share of ones."""
    rng = np.random.default_rng(seed)
    rows, shares = [], {}
    for state in range(4):
        for goal in ("both", "informative", "social"):
            n = int(rng.integers(8, 15))
            ones = int(rng.integers(1, n))  # never 0 or n: no separation
            outcome = [1] * ones + [0] * (n - ones)
            rows += [{"state": state, "goal": goal, "negated": y} for y in outcome]
            shares[(state, goal)] = ones / n
    return pd.DataFrame(rows), shares


def logit(p):
    return math.log(p / (1 - p))


def test_saturated_logistic_fit_has_the_cells_logits():
    """Known answer: with every state x goal cell its own parameter, the maximum-likelihood
    fit reproduces each cell's share, so the coefficients are differences of cell logits."""
    frame, shares = saturated_table()
    fit = logistic_regression(frame, "negated", ["state", "goal"])
    coefficients = {c.term: c.estimate for c in fit.coefficients}
    base = logit(shares[(0, "both")])
    assert coefficients["(Intercept)"] == pytest.approx(base, abs=1e-9)
    assert coefficients["state2"] == pytest.approx(logit(shares[(2, "both")]) - base, abs=1e-9)
    assert coefficients["goalsocial"] == pytest.approx(
        logit(shares[(0, "social")]) - base, abs=1e-9
    )
    interaction = (
        logit(shares[(3, "social")])
        - logit(shares[(3, "both")])
        - logit(shares[(0, "social")])
        + base
    )
    assert coefficients["state3:goalsocial"] == pytest.approx(interaction, abs=1e-9)
    # The deviance of the saturated model is what is left within cells; the NULL row's is
    # the deviance of one overall share.
    y = frame["negated"].to_numpy(float)
    overall = y.mean()
    null_deviance = -2 * np.sum(y * np.log(overall) + (1 - y) * np.log(1 - overall))
    assert fit.deviance[0].residual_deviance == pytest.approx(null_deviance)
    assert not fit.separated and fit.dispersion == 1.0


def test_logistic_standard_errors_against_the_fisher_information():
    """Independently: SE = sqrt(diag((X'WX)^-1)) at the fitted probabilities, and Wald z."""
    frame, _ = saturated_table(seed=9)
    fit = logistic_regression(frame, "negated", ["state", "goal"])
    design = build_design(frame, ["state", "goal"])
    beta = np.array([c.estimate for c in fit.coefficients])
    mu = 1 / (1 + np.exp(-design.matrix @ beta))
    information = design.matrix.T @ (design.matrix * (mu * (1 - mu))[:, None])
    se = np.sqrt(np.diag(np.linalg.inv(information)))
    np.testing.assert_allclose([c.se for c in fit.coefficients], se, rtol=1e-7)
    z = beta / se
    np.testing.assert_allclose(
        [c.p for c in fit.coefficients], 2 * stats.norm.sf(np.abs(z)), rtol=1e-6
    )


def test_fractional_logistic_scales_by_the_pearson_dispersion():
    rng = np.random.default_rng(11)
    frame = pd.DataFrame(
        [
            {"state": s, "goal": g, "p": float(rng.beta(2 + s, 3))}
            for s in range(4)
            for g in ("both", "informative", "social")
            for _ in range(5)
        ]
    )
    binary = logistic_regression(
        frame.assign(p=(frame["p"] > 0.5).astype(float)), "p", ["state", "goal"]
    )
    fit = logistic_regression(frame, "p", ["state", "goal"], fractional=True)
    design = build_design(frame, ["state", "goal"])
    beta = np.array([c.estimate for c in fit.coefficients])
    mu = 1 / (1 + np.exp(-design.matrix @ beta))
    y = frame["p"].to_numpy()
    # The quasi-likelihood score equations hold at the estimate: X'(y - mu) = 0.
    np.testing.assert_allclose(design.matrix.T @ (y - mu), 0, atol=1e-9)
    residual_df = len(y) - design.matrix.shape[1]
    dispersion = np.sum((y - mu) ** 2 / (mu * (1 - mu))) / residual_df
    assert fit.dispersion == pytest.approx(dispersion)
    information = design.matrix.T @ (design.matrix * (mu * (1 - mu))[:, None])
    se = np.sqrt(np.diag(np.linalg.inv(information)) * dispersion)
    np.testing.assert_allclose([c.se for c in fit.coefficients], se, rtol=1e-7)
    t = beta / se
    np.testing.assert_allclose(
        [c.p for c in fit.coefficients], 2 * stats.t.sf(np.abs(t), residual_df), rtol=1e-6
    )
    assert fit.family == "quasibinomial" and binary.family == "binomial"


def test_separation_leaves_the_coefficients_empty_with_the_reason():
    frame, _ = saturated_table()
    frame.loc[frame["state"] == 3, "negated"] = 0  # never negated at state 3
    fit = logistic_regression(frame, "negated", ["state", "goal"])
    assert fit.separated and "separation" in fit.note
    assert all(c.estimate is None and c.note for c in fit.coefficients)
    assert fit.deviance[-1].p is not None  # the likelihood-ratio tests stay defined


def test_a_non_binary_outcome_needs_the_fractional_fit():
    frame = pd.DataFrame({"g": ["a", "b", "a", "b"], "y": [0.2, 0.5, 1.0, 0.0]})
    with pytest.raises(ValueError, match="fractional"):
        logistic_regression(frame, "y", ["g"])


# --- Entropy and Jensen-Shannon divergence ----------------------------------------------------


def test_entropy_in_bits_against_scipy_and_by_hand():
    assert entropy_bits(np.ones(8) / 8) == pytest.approx(3.0)
    assert entropy_bits([1, 0, 0]) == 0.0
    p = np.random.default_rng(4).dirichlet(np.ones(8), size=5)
    np.testing.assert_allclose(entropy_bits(p), stats.entropy(p, base=2, axis=1), rtol=1e-12)


def test_jensen_shannon_in_bits_against_scipy_and_by_hand():
    assert jensen_shannon([1, 0], [0, 1]) == pytest.approx(1.0)  # nothing in common: 1 bit
    assert jensen_shannon([0.3, 0.7], [0.3, 0.7]) == 0.0
    # By hand: P = (1, 0), Q = (1/2, 1/2): M = (3/4, 1/4); H(M) - H(Q) / 2
    h_m = -(0.75 * math.log2(0.75) + 0.25 * math.log2(0.25))
    assert jensen_shannon([1, 0], [0.5, 0.5]) == pytest.approx(h_m - 0.5)
    rng = np.random.default_rng(6)
    for _ in range(5):
        p, q = rng.dirichlet(np.ones(8)), rng.dirichlet(np.ones(8))
        assert jensen_shannon(p, q) == pytest.approx(jensenshannon(p, q, base=2) ** 2, rel=1e-10)


def test_bootstrap_interval_is_seeded_and_brackets_the_estimate():
    rng = np.random.default_rng(8)
    first = np.eye(4)[rng.choice(4, 120, p=[0.4, 0.3, 0.2, 0.1])]
    second = np.eye(4)[rng.choice(4, 150, p=[0.1, 0.2, 0.3, 0.4])]
    one = bootstrap_divergence(first, second, 500, seeded_generator(1, "s", "m"))
    again = bootstrap_divergence(first, second, 500, seeded_generator(1, "s", "m"))
    other = bootstrap_divergence(first, second, 500, seeded_generator(2, "s", "m"))
    assert one == again and one != other
    assert one.low < one.estimate < one.high
    expected = jensen_shannon(first.mean(axis=0), second.mean(axis=0))
    assert one.estimate == pytest.approx(expected)
    # Identical degenerate samples: every resample has divergence 0.
    same = bootstrap_divergence(np.eye(4)[[0] * 10], np.eye(4)[[0] * 7], 50, seeded_generator(0))
    assert (same.estimate, same.low, same.high) == (0.0, 0.0, 0.0)


def test_bootstrap_interval_covers_the_truth_as_often_as_it_says():
    """Independently, by simulation: over many samples from two known distributions, the
    95% interval holds the true divergence in most of them (a percentile interval of a
    biased statistic covers a little less than 95%; far less would be a wrong interval)."""
    p, q = np.array([0.5, 0.3, 0.2]), np.array([0.2, 0.3, 0.5])
    truth = jensen_shannon(p, q)
    rng = np.random.default_rng(12)
    covered = 0
    for _ in range(200):
        first = np.eye(3)[rng.choice(3, 150, p=p)]
        second = np.eye(3)[rng.choice(3, 150, p=q)]
        interval = bootstrap_divergence(first, second, 300, rng)
        covered += interval.low <= truth <= interval.high
    assert covered >= 170


def test_split_half_divergence_is_zero_for_identical_people_and_seeded():
    # 10 people, 2 cells, 3 outcomes; everyone answers the same in each cell.
    counts = np.zeros((10, 2, 3))
    counts[:, 0, 1] = 1
    counts[:, 1, 2] = 2
    floors = split_half_divergence(counts, 20, seeded_generator(0))
    assert [(f.estimate, f.low, f.high) for f in floors] == [(0.0, 0.0, 0.0)] * 2
    varied = np.random.default_rng(1).multinomial(1, [0.5, 0.3, 0.2], size=(40, 2))
    a = split_half_divergence(varied, 100, seeded_generator(3))
    b = split_half_divergence(varied, 100, seeded_generator(3))
    assert a == b and all(0 <= f.low < f.estimate <= f.high < 1 for f in a)
    # By hand for one split: the halves' shares, then their divergence.
    one = split_half_divergence(varied, 1, seeded_generator(5))[0]
    order = seeded_generator(5).permutation(40)
    halves = varied[order[:20], 0].sum(axis=0), varied[order[20:], 0].sum(axis=0)
    expected = jensenshannon(halves[0] / 20, halves[1] / 20, base=2) ** 2
    assert one.estimate == pytest.approx(expected)


def test_bootstrap_resamples_a_trials_replicates_together():
    """Rows that are replicates of one trial are drawn together: a sample whose every trial
    has two identical rows gives exactly the interval of the sample with one row each."""
    rng = np.random.default_rng(14)
    first = np.eye(4)[rng.choice(4, 30, p=[0.6, 0.2, 0.1, 0.1])]
    second = np.eye(4)[rng.choice(4, 40, p=[0.1, 0.1, 0.2, 0.6])]
    once = bootstrap_divergence(first, second, 300, seeded_generator(9))
    doubled = np.repeat(first, 2, axis=0)
    trials = np.repeat(np.arange(30), 2)
    together = bootstrap_divergence(doubled, second, 300, seeded_generator(9), trials)
    assert together == once
    # Drawn as separate rows instead, the same data look more certain than they are.
    apart = bootstrap_divergence(doubled, second, 300, seeded_generator(9))
    assert apart.high - apart.low < once.high - once.low
