"""Parity with R, which the researchers use: the same tables through R's aov, t.test,
binom.test and glm (binomial and quasibinomial) give the same statistics and p values
within 1e-6. Skipped, saying so, where Rscript is not installed."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from llm_pragmatics.analysis.anova import sequential_anova
from llm_pragmatics.analysis.regression import logistic_regression
from llm_pragmatics.analysis.significance import binomial_greater, paired_t_greater

from .rscript import run_r
from .test_analysis_statistics import incomplete_design, saturated_table

TOLERANCE = {"rtol": 1e-6, "atol": 1e-10}


def close(ours, theirs):
    np.testing.assert_allclose(np.asarray(ours, float), np.asarray(theirs, float), **TOLERANCE)


R_ANOVA = """
d <- read.csv("table.csv")
for (f in strsplit(Sys.getenv("FACTORS"), ",")[[1]]) d[[f]] <- factor(d[[f]])
fit <- aov(as.formula(paste("value ~", gsub(",", " * ", Sys.getenv("FACTORS")))), data = d)
s <- summary(fit)[[1]]
write.csv(data.frame(term = trimws(rownames(s)), df = s$Df, sum_sq = s$`Sum Sq`,
                     f = s$`F value`, p = s$`Pr(>F)`), "out.csv", row.names = FALSE)
"""


def r_anova(table: pd.DataFrame, factors: list[str], workdir, monkeypatch) -> pd.DataFrame:
    monkeypatch.setenv("FACTORS", ",".join(factors))
    return run_r(R_ANOVA, {"table": table}, workdir)


def test_anova_of_the_incomplete_design_matches_r_aov(tmp_path, monkeypatch):
    table = incomplete_design()
    theirs = r_anova(table, ["access", "observe"], tmp_path, monkeypatch)
    ours = sequential_anova(table, "value", ["access", "observe"])
    assert [row.term for row in ours] == list(theirs["term"])
    assert [row.df for row in ours] == list(theirs["df"])
    close([row.sum_sq for row in ours], theirs["sum_sq"])
    close([row.f for row in ours[:-1]], theirs["f"][:-1])
    close([row.p for row in ours[:-1]], theirs["p"][:-1])


def test_anova_with_model_as_a_factor_matches_r_aov(tmp_path, monkeypatch):
    rng = np.random.default_rng(21)
    table = pd.concat(
        [
            incomplete_design(seed=4).assign(model="alpha"),
            incomplete_design(seed=5).assign(model="beta", value=lambda d: d["value"] + 3),
            incomplete_design(seed=6).assign(model="gamma").sample(frac=0.8, random_state=1),
        ],
        ignore_index=True,
    )
    table["value"] += rng.normal(0, 1, len(table))
    factors = ["model", "access", "observe"]
    theirs = r_anova(table, factors, tmp_path, monkeypatch)
    ours = sequential_anova(table, "value", factors)
    assert [row.term for row in ours] == list(theirs["term"])
    assert [row.df for row in ours] == list(theirs["df"])
    close([row.sum_sq for row in ours], theirs["sum_sq"])
    close([row.p for row in ours[:-1]], theirs["p"][:-1])


R_T_TESTS = """
d <- read.csv("pairs.csv")
out <- do.call(rbind, lapply(split(d, d$case), function(x) {
  r <- t.test(x$first, x$second, paired = TRUE, alternative = "greater")
  data.frame(case = x$case[1], t = r$statistic, df = r$parameter, p = r$p.value,
             ci_low = r$conf.int[1], estimate = r$estimate)
}))
write.csv(out, "out.csv", row.names = FALSE)
"""


def test_one_tailed_paired_t_tests_match_r(tmp_path):
    rng = np.random.default_rng(13)
    cases = []
    for case, (n, shift) in enumerate([(5, 3.0), (12, 0.5), (40, -1.0), (300, 0.2)]):
        first = rng.normal(50, 12, n).round(1)
        cases.append(
            pd.DataFrame(
                {"case": case, "first": first, "second": first - shift + rng.normal(0, 6, n)}
            )
        )
    pairs = pd.concat(cases, ignore_index=True)
    theirs = run_r(R_T_TESTS, {"pairs": pairs}, tmp_path).set_index("case")
    for case, rows in pairs.groupby("case"):
        ours = paired_t_greater(rows["first"], rows["second"])
        close([ours.t, ours.df, ours.p, ours.ci_low, ours.mean_difference], theirs.loc[case])


R_BINOMIAL = """
d <- read.csv("counts.csv")
out <- do.call(rbind, lapply(seq_len(nrow(d)), function(i) {
  r <- binom.test(d$k[i], d$n[i], p = d$chance[i], alternative = "greater")
  data.frame(p = r$p.value, ci_low = r$conf.int[1], estimate = r$estimate)
}))
write.csv(out, "out.csv", row.names = FALSE)
"""


def test_one_tailed_binomial_tests_match_r(tmp_path):
    counts = pd.DataFrame(
        {
            "k": [0, 1, 4, 9, 12, 30, 203],
            "n": [12, 12, 12, 12, 12, 203, 203],
            "chance": [1 / 8] * 6 + [0.5],
        }
    )
    theirs = run_r(R_BINOMIAL, {"counts": counts}, tmp_path)
    for row, expected in zip(counts.itertuples(), theirs.itertuples(), strict=True):
        ours = binomial_greater(row.k, row.n, row.chance)
        close(
            [ours.p, ours.ci_low, ours.estimate], [expected.p, expected.ci_low, expected.estimate]
        )


R_GLM = """
d <- read.csv("table.csv")
d$state <- factor(d$state)
d$goal <- factor(d$goal)
family <- if (Sys.getenv("FAMILY") == "binomial") binomial else quasibinomial
test <- if (Sys.getenv("FAMILY") == "binomial") "Chisq" else "F"
# Converged fully, as the library's fit is: R's default stops at 1e-8 on the deviance.
fit <- glm(y ~ state * goal, family = family, data = d,
           control = glm.control(epsilon = 1e-14, maxit = 200))
s <- summary(fit)
co <- s$coefficients
a <- anova(fit, test = test)
aliased <- names(which(is.na(coef(fit))))
rows <- list(
  data.frame(kind = "coefficient", term = rownames(co), estimate = co[, 1], se = co[, 2],
             statistic = co[, 3], p = co[, 4], df = NA, dispersion = s$dispersion),
  data.frame(kind = "deviance", term = rownames(a), estimate = a$Deviance,
             se = a$`Resid. Dev`, statistic = if (test == "F") a$F else a$Deviance,
             p = a[, ncol(a)], df = a$Df, dispersion = NA))
if (length(aliased)) rows[[3]] <- data.frame(kind = "aliased", term = aliased, estimate = NA,
                                            se = NA, statistic = NA, p = NA, df = NA,
                                            dispersion = NA)
write.csv(do.call(rbind, rows), "out.csv", row.names = FALSE)
"""


def r_glm(table, family, workdir, monkeypatch) -> pd.DataFrame:
    monkeypatch.setenv("FAMILY", family)
    return run_r(R_GLM, {"table": table}, workdir)


def compare_glm(fit, theirs):
    coefficients = theirs[theirs["kind"] == "coefficient"]
    estimated = [c for c in fit.coefficients if c.note != "aliased"]
    assert [c.term for c in estimated] == list(coefficients["term"])
    for column in ("estimate", "se", "statistic", "p"):
        close([getattr(c, column) for c in estimated], coefficients[column])
    aliased = [c.term for c in fit.coefficients if c.note == "aliased"]
    assert aliased == list(theirs.loc[theirs["kind"] == "aliased", "term"])
    deviance = theirs[theirs["kind"] == "deviance"]
    assert [row.term for row in fit.deviance] == list(deviance["term"])
    close([row.residual_deviance for row in fit.deviance], deviance["se"])
    close([row.deviance for row in fit.deviance[1:]], deviance["estimate"][1:])
    close([row.p for row in fit.deviance[1:]], deviance["p"][1:])
    close([row.statistic for row in fit.deviance[1:]], deviance["statistic"][1:])


def test_logistic_regression_of_a_binary_outcome_matches_r_glm(tmp_path, monkeypatch):
    frame, _ = saturated_table(seed=17)
    table = frame.rename(columns={"negated": "y"})
    fit = logistic_regression(table, "y", ["state", "goal"])
    compare_glm(fit, r_glm(table, "binomial", tmp_path, monkeypatch))


def test_logistic_regression_with_an_empty_cell_matches_r_glm(tmp_path, monkeypatch):
    frame, _ = saturated_table(seed=19)
    table = frame[~((frame["state"] == 2) & (frame["goal"] == "social"))]
    table = table.rename(columns={"negated": "y"})
    fit = logistic_regression(table, "y", ["state", "goal"])
    assert [c.term for c in fit.coefficients if c.note == "aliased"] == ["state2:goalsocial"]
    compare_glm(fit, r_glm(table, "binomial", tmp_path, monkeypatch))


@pytest.mark.parametrize("seed", [23, 29])
def test_quasibinomial_regression_of_probabilities_matches_r_glm(tmp_path, monkeypatch, seed):
    rng = np.random.default_rng(seed)
    table = pd.DataFrame(
        [
            {"state": s, "goal": g, "y": float(rng.beta(1 + s, 2 + (g == "social")))}
            for s in range(4)
            for g in ("both", "informative", "social")
            for _ in range(int(rng.integers(3, 9)))
        ]
    )
    fit = logistic_regression(table, "y", ["state", "goal"], fractional=True)
    theirs = r_glm(table, "quasibinomial", tmp_path, monkeypatch)
    assert fit.dispersion == pytest.approx(theirs["dispersion"].iloc[0], rel=1e-6)
    compare_glm(fit, theirs)


# --- The analysis kinds on merged tables, against R reading the same CSV files -------------

R_KINDS = """
bets <- read.csv("bets.csv")
utterances <- read.csv("utterances.csv")
probabilities <- read.csv("probabilities.csv")
rows <- list()
add <- function(...) rows[[length(rows) + 1]] <<- data.frame(...)
for (m in c("alpha", "beta")) {
  d <- bets[bets$model == m & !is.na(bets$probability_3), ]
  d$access <- factor(d$access); d$observe <- factor(d$observe)
  s <- summary(aov(probability_3 ~ access * observe, data = d))[[1]]
  add(analysis = "anova", model = m, term = trimws(rownames(s)), statistic = s$`F value`,
      p = s$`Pr(>F)`, df = s$Df)
  x <- bets[bets$model == m & bets$access == 3 & bets$observe == 2, ]
  r <- t.test(x$probability_2, x$probability_3, paired = TRUE, alternative = "greater")
  add(analysis = "paired_t", model = m, term = "", statistic = r$statistic, p = r$p.value,
      df = r$parameter)
  u <- utterances[utterances$model == m & utterances$Assessment != "", ]
  cell <- u[u$State_number == 0 & u$Goal_simplified == "both", ]
  k <- sum(cell$Was_Wasnt == "wasn't" & cell$Assessment == "amazing")
  r <- binom.test(k, nrow(cell), p = 1 / 8, alternative = "greater")
  add(analysis = "binomial", model = m, term = "", statistic = k, p = r$p.value, df = NA)
  n <- utterances[utterances$model == m, ]
  n$negated <- as.numeric(n$Was_Wasnt == "wasn't")
  n$State_number <- factor(n$State_number)
  fit <- glm(negated ~ State_number * Goal_simplified, family = binomial, data = n,
             control = glm.control(epsilon = 1e-14, maxit = 200))
  co <- summary(fit)$coefficients
  add(analysis = "logistic1", model = m, term = rownames(co), statistic = co[, 3],
      p = co[, 4], df = NA)
  q <- probabilities[probabilities$model == m, ]
  q$State_number <- factor(q$State_number)
  fit <- glm(prob_wasnt ~ State_number * Goal_simplified, family = quasibinomial, data = q,
             control = glm.control(epsilon = 1e-14, maxit = 200))
  co <- summary(fit)$coefficients
  add(analysis = "logistic2", model = m, term = rownames(co), statistic = co[, 3],
      p = co[, 4], df = NA)
  a <- anova(fit, test = "F")
  add(analysis = "deviance2", model = m, term = rownames(a)[-1], statistic = a$F[-1],
      p = a$`Pr(>F)`[-1], df = a$Df[-1])
}
write.csv(do.call(rbind, rows), "out.csv", row.names = FALSE)
"""


def test_the_analysis_kinds_match_r_on_the_merged_tables(tmp_path):
    from .analysis_fixture import (
        BETS_DEFINITION,
        UTTERANCE_DEFINITION,
        analysis_inputs,
        bets_tables,
        utterance_inputs,
    )
    from .test_analysis_kinds import analyse

    bets = analysis_inputs(BETS_DEFINITION, bets_tables())
    utterances = utterance_inputs()
    # Experiment 1 of the utterance study: make negation depend on the cell, without
    # separation, so that the binomial fit is an ordinary one.
    answers = utterances.tables[1]
    rng = np.random.default_rng(31)
    negated = rng.uniform(size=len(answers)) < 0.2 + 0.15 * answers["State_number"]
    answers["Was_Wasnt"] = np.where(negated, "wasn't", "was")
    answers.loc[answers.index[:3], "Was_Wasnt"] = "wasn't"
    theirs = run_r(
        R_KINDS,
        {"bets": bets.tables[1], "utterances": answers, "probabilities": utterances.tables[2]},
        tmp_path,
    )

    def r_rows(analysis, model):
        return theirs[(theirs["analysis"] == analysis) & (theirs["model"] == model)]

    anova = analyse(BETS_DEFINITION, bets, "bet_anova")
    planned = analyse(BETS_DEFINITION, bets, "planned")
    chance = analyse(UTTERANCE_DEFINITION, utterances, "chance")
    logistic = analyse(UTTERANCE_DEFINITION, utterances, "negation")
    for model in ("alpha", "beta"):
        ours = anova[(anova["model"] == model) & (anova["experiment"] == 1)]
        expected = r_rows("anova", model)
        assert list(ours["term"]) == list(expected["term"])
        close(ours["statistic"][:-1], expected["statistic"][:-1])
        close(ours["p"][:-1], expected["p"][:-1])
        test = planned[(planned["model"] == model) & (planned["experiment"] == 1)].iloc[0]
        expected = r_rows("paired_t", model).iloc[0]
        close([test["statistic"], test["p"], test["df"]], expected[["statistic", "p", "df"]])
        test = chance[(chance["model"] == model) & (chance["experiment"] == 1)].iloc[0]
        expected = r_rows("binomial", model).iloc[0]
        close([test["successes"], test["p"]], [expected["statistic"], expected["p"]])
        for experiment, analysis in ((1, "logistic1"), (2, "logistic2")):
            ours = logistic[
                (logistic["model"] == model)
                & (logistic["experiment"] == experiment)
                & (logistic["section"] == "coefficient")
            ]
            expected = r_rows(analysis, model)
            assert list(ours["term"]) == list(expected["term"])
            close(ours["statistic"], expected["statistic"])
            close(ours["p"], expected["p"])
        ours = logistic[
            (logistic["model"] == model)
            & (logistic["experiment"] == 2)
            & (logistic["section"] == "deviance")
        ].iloc[1:]
        expected = r_rows("deviance2", model)
        assert list(ours["term"]) == list(expected["term"])
        close(ours["statistic"], expected["statistic"])
        close(ours["p"], expected["p"])


R_GLM_LEVELS = """
d <- read.csv("table.csv")
d$state <- factor(d$state)
d$goal <- factor(d$goal, levels = c("social", "informative", "both"))
# glm.fit's aliasing tolerance is min(1e-7, epsilon / 1000): an epsilon below 1e-10 would
# keep columns that are exact sums of others, as rounding leaves them a tiny remainder.
fit <- glm(y ~ state * goal, family = binomial, data = d,
           control = glm.control(epsilon = 1e-10, maxit = 200))
co <- summary(fit)$coefficients
a <- anova(fit, test = "Chisq")
write.csv(rbind(
  data.frame(kind = "coefficient", term = rownames(co), statistic = co[, 3], p = co[, 4],
             df = NA),
  data.frame(kind = "deviance", term = rownames(a), statistic = a$Deviance,
             p = a[, ncol(a)], df = a$Df)
), "out.csv", row.names = FALSE)
"""


def test_a_chosen_reference_level_and_a_term_without_columns_match_r_glm(tmp_path):
    frame, _ = saturated_table(seed=37)
    # Goal is determined by state here, so the interaction adds nothing: R keeps its row in
    # the analysis of deviance with 0 degrees of freedom and no test.
    table = frame.assign(goal=np.where(frame["state"] < 2, "social", "both"))
    table = table.rename(columns={"negated": "y"})
    levels = {"goal": ["social", "informative", "both"]}
    fit = logistic_regression(table, "y", ["state", "goal"], levels)
    theirs = run_r(R_GLM_LEVELS, {"table": table}, tmp_path)
    coefficients = theirs[theirs["kind"] == "coefficient"]
    estimated = [c for c in fit.coefficients if c.note != "aliased"]
    assert [c.term for c in estimated] == list(coefficients["term"])
    close([c.statistic for c in estimated], coefficients["statistic"])
    close([c.p for c in estimated], coefficients["p"])
    deviance = theirs[theirs["kind"] == "deviance"]
    assert [d.term for d in fit.deviance] == list(deviance["term"])
    assert [d.df for d in fit.deviance][1:] == list(deviance["df"])[1:]
    last = fit.deviance[-1]
    assert last.df == 0 and last.p is None and pd.isna(deviance["p"].iloc[-1])
    close([d.p for d in fit.deviance[1:-1]], deviance["p"][1:-1])
