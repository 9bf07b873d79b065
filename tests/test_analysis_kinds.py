"""The analysis kinds on merged tables with known answers (tests/analysis_fixture.py):
each number against a computation by hand or with scipy, the tables against their schemas,
and the planning of which analyses a run makes."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from scipy.spatial.distance import jensenshannon

from llm_pragmatics.analysis.kinds import analysis_specs
from llm_pragmatics.analysis.run import analysis_table
from llm_pragmatics.errors import OutputError, WorkflowError
from llm_pragmatics.figures import draw
from llm_pragmatics.schemas import validate
from llm_pragmatics.studies import Study

from .analysis_fixture import (
    BETS_DEFINITION,
    UTTERANCE_DEFINITION,
    UTTERANCES,
    analysis_inputs,
    bets_tables,
    utterance_inputs,
)
from .conftest import REPO

ALL_STAGES = ["raw", "probabilities", "structured"]


def spec_of(definition, name: str):
    specs = analysis_specs("fixture", definition, ALL_STAGES, True, "fixture")
    return {spec.name: spec for spec in specs}[name]


def analyse(definition, inputs, name: str) -> pd.DataFrame:
    """One analysis run as the workflow runs it: planned, computed, tidied, validated."""
    table, schema = analysis_table(spec_of(definition, name), inputs)
    return validate(schema, table, name)


@pytest.fixture(scope="module")
def bets():
    return analysis_inputs(BETS_DEFINITION, bets_tables())


@pytest.fixture(scope="module")
def utterances():
    return utterance_inputs()


def row(frame: pd.DataFrame, **where) -> pd.Series:
    keep = pd.Series(True, index=frame.index)
    for column, value in where.items():
        keep &= frame[column] == value
    assert keep.sum() == 1, (where, keep.sum())
    return frame[keep].iloc[0]


def test_means_by_condition(bets):
    table = analyse(BETS_DEFINITION, bets, "bets")
    cell = row(table, model="alpha", experiment=1, access=3, observe=2, state=2)
    values = np.array([50, 50, 60, 60, 70, 70, 80, 80, 50, 50], float)
    assert (cell["n"], cell["n_missing"], cell["mean"]) == (10, 0, 62.0)
    assert cell["se"] == pytest.approx(stats.sem(values))
    assert cell["ci_high"] - cell["mean"] == pytest.approx(
        stats.t.ppf(0.975, 9) * stats.sem(values)
    )
    # The answer without bets is left out, and counted.
    first = row(table, model="alpha", experiment=1, access=1, observe=1, state=0)
    assert (first["n"], first["n_missing"]) == (9, 1)
    # Experiment 2: one row per trial; against pandas on the same table.
    experiment2 = bets.tables[2]
    expected = experiment2.groupby(["model", "access", "observe"])["state1_mean"].mean()
    for (model, access, observe), mean in expected.items():
        got = row(table, model=model, experiment=2, access=access, observe=observe, state=1)
        assert got["mean"] == pytest.approx(mean) and got["n"] == 5
    assert len(table) == 2 * 2 * 6 * 4


def test_an_indicator_measure_is_a_share_and_an_unavailable_one_says_why(bets):
    knowledge = analyse(BETS_DEFINITION, bets, "knowledge")
    answers = bets.tables[1]
    for (model, access), part in answers.groupby(["model", "access"]):
        given = part[part["Knowledge_A"] != ""]
        got = row(knowledge, model=model, experiment=1, access=access)
        assert got["mean"] == pytest.approx((given["Knowledge_A"] == "yes").mean())
        assert got["n_missing"] == len(part) - len(given)
    confidence = analyse(BETS_DEFINITION, bets, "confidence")
    experiment1 = confidence[confidence["experiment"] == 1]
    assert list(experiment1["note"]) == ["one yes or no is not a distribution"] * 2
    assert experiment1["mean"].isna().all()
    assert confidence[confidence["experiment"] == 2]["mean"].notna().all()


def test_planned_paired_t_tests(bets):
    table = analyse(BETS_DEFINITION, bets, "planned")
    got = row(table, model="alpha", experiment=1, access=3, observe=2)
    # Differences 40 (six times) and 50 (four times): mean 44, sd sqrt(240 / 9).
    se = math.sqrt(240 / 9) / math.sqrt(10)
    assert got["comparison"] == "state 2 > state 3"
    assert (got["n"], got["df"], got["mean_difference"]) == (10, 9, 44.0)
    assert got["statistic"] == pytest.approx(44 / se)
    assert got["p"] == pytest.approx(stats.t.sf(44 / se, 9))
    assert got["ci_high"] == math.inf and got["ci_low"] < 44
    # Against scipy for a comparison on random bets, pairs with a missing bet dropped.
    answers = bets.tables[1]
    part = answers[(answers["model"] == "alpha") & (answers["access"] == 1)].dropna()
    expected = stats.ttest_rel(part["probability_1"], part["probability_2"], alternative="greater")
    got = row(table, model="alpha", experiment=1, access=1, observe=1)
    assert got["n"] == 9 and got["p"] == pytest.approx(expected.pvalue)


def test_binomial_tests_count_answers_and_experiment_2_says_it_has_no_counts(utterances):
    table = analyse(UTTERANCE_DEFINITION, utterances, "chance")
    got = row(table, model="alpha", experiment=1)
    # 4 of 10 answers: P(X >= 4) for X ~ Bin(10, 1/8), by hand.
    p = sum(math.comb(10, k) * (1 / 8) ** k * (7 / 8) ** (10 - k) for k in range(4, 11))
    assert (got["successes"], got["n"], got["estimate"]) == (4, 10, 0.4)
    assert got["p"] == pytest.approx(p) and got["ci_high"] == 1.0
    assert (got["State_number"], got["Goal_simplified"]) == (0, "both")
    second = row(table, model="alpha", experiment=2)
    assert pd.isna(second["p"]) and pd.isna(second["successes"]) and "not a count" in second["note"]
    assert second["estimate"] == pytest.approx(0.4 * 0.9 + 0.1 / 8)


def test_proportions_with_people_first(utterances):
    table = analyse(UTTERANCE_DEFINITION, utterances, "shares")
    people = table[table["model"] == "people"]
    assert people["experiment"].isna().all()
    assert (people["reference"] == "example (synthetic, not people)").all()
    assert (table.loc[table["model"] != "people", "reference"] == "").all()
    alpha = table[(table["model"] == "alpha") & (table["experiment"] == 1)]
    merged = people.merge(alpha, on=["Goal_simplified", "State_number", "category"])
    np.testing.assert_allclose(merged["proportion_x"], merged["proportion_y"])
    sums = table.groupby(["model", "experiment", "Goal_simplified", "State_number"], dropna=False)
    np.testing.assert_allclose(sums["proportion"].sum(), 1.0)
    # beta's last answer gives no word: left out of its cell, and counted.
    last = table[(table["model"] == "beta") & (table["experiment"] == 1)].iloc[-1]
    assert (last["n"], last["n_missing"]) == (9, 1)


def test_divergence_from_people(utterances):
    table = analyse(UTTERANCE_DEFINITION, utterances, "people")
    assert (table["reference"] == "example (synthetic, not people)").all()
    alpha = table[(table["model"] == "alpha") & (table["experiment"] == 1)]
    assert len(alpha) == 12 and (alpha["divergence"] == 0).all()
    assert (alpha["n_people"] == 20).all()
    # Both samples are resampled, so the interval of an exact match lies above 0: it is the
    # divergence that sampling noise alone makes (large for 10 answers over 8 outcomes).
    assert ((0 <= alpha["ci_low"]) & (alpha["ci_low"] <= alpha["ci_high"])).all()
    beta = table[(table["model"] == "beta") & (table["experiment"] == 1)]
    assert (beta["divergence"] > 0).all()
    assert (beta["divergence"] <= beta["ci_high"]).all()
    # Where the interval misses the estimate, the row says so.
    above = table["ci_low"] > table["divergence"]
    assert above.sum() > 0
    assert (table["note"].str.contains("lies above the estimate") == above).all()
    # Experiment 2: alpha's mean distribution is 0.9 x its shares + 0.1 / 8.
    answers = utterances.tables[1]
    cell = answers[
        (answers["model"] == "alpha")
        & (answers["Goal_simplified"] == "social")
        & (answers["State_number"] == 2)
    ]
    words = (cell["Was_Wasnt"].str.replace("'", "") + "_" + cell["Assessment"]).tolist()
    shares = np.array([words.count(u) for u in UTTERANCES]) / len(words)
    expected = jensenshannon(shares, 0.9 * shares + 0.1 / 8, base=2) ** 2
    got = row(table, model="alpha", experiment=2, Goal_simplified="social", State_number=2)
    assert got["divergence"] == pytest.approx(expected)
    assert 0 <= table["floor_low"].min() and (table["floor_low"] <= table["floor_high"]).all()


def test_the_two_experiments_against_each_other(utterances, bets):
    agreement = analyse(UTTERANCE_DEFINITION, utterances, "agreement")
    assert agreement["experiment"].isna().all() and len(agreement) == 2 * 12
    alpha = agreement[agreement["model"] == "alpha"]
    assert (alpha["divergence"] < agreement[agreement["model"] == "beta"]["divergence"].min()).all()
    correlation = analyse(BETS_DEFINITION, bets, "agreement")
    alpha = correlation[correlation["model"] == "alpha"]
    np.testing.assert_allclose(alpha["correlation"], 1.0)
    overall = (
        row(correlation, model="beta", access=np.nan)
        if False
        else correlation[(correlation["model"] == "beta") & correlation["access"].isna()].iloc[0]
    )
    experiment1 = bets.tables[1].dropna()
    beta1 = experiment1[experiment1["model"] == "beta"]
    beta2 = bets.tables[2][bets.tables[2]["model"] == "beta"]
    joined = beta1.merge(beta2, on=["participant_id", "story_shortname"])
    x = joined[[f"probability_{s}" for s in range(4)]].to_numpy().ravel()
    y = joined[[f"state{s}_mean" for s in range(4)]].to_numpy().ravel()
    assert overall["correlation"] == pytest.approx(stats.pearsonr(x, y).statistic)
    assert overall["n_pairs"] == len(x) and overall["n_trials"] == 30
    assert overall["ci_low"] < overall["correlation"] < overall["ci_high"]


def test_the_model_comparison(utterances):
    summaries = {
        "alpha": pd.DataFrame(
            {
                "extraction_method": ["all", "parser"],
                "rows": [120, 119],
                "rows_complete": [119, 119],
                "share_following_format": [0.9, 1.0],
            }
        ),
        "beta": pd.DataFrame({"extraction_method": ["all"], "rows": [120], "rows_complete": [60]}),
    }
    provenance = {
        "alpha": {
            "raw": {"requests": 120, "request_seconds_total": 30.0, "wall_seconds": 12.5},
            "probabilities": {"rows": 120, "journal": {"requests": 960}},
        }
    }
    inputs = utterance_inputs(summaries=summaries, provenance=provenance)
    inputs.analyses = {
        name: analyse(UTTERANCE_DEFINITION, inputs, name) for name in ("people", "agreement")
    }
    table = analyse(UTTERANCE_DEFINITION, inputs, "comparison")

    def value(model, quantity, experiment=None):
        part = table[(table["model"] == model) & (table["quantity"] == quantity)]
        if experiment is not None:
            part = part[part["experiment"] == experiment]
        assert len(part) == 1, (model, quantity)
        return part.iloc[0]

    assert value("alpha", "format_compliance")["estimate"] == 0.9
    missing = value("beta", "format_compliance")
    assert pd.isna(missing["estimate"]) and "share_following_format" in missing["note"]
    assert value("beta", "extraction_completeness")["estimate"] == 0.5
    assert value("alpha", "divergence_from_people", 1)["estimate"] == 0.0
    people = inputs.analyses["people"]
    beta = people[(people["model"] == "beta") & (people["experiment"] == 2)]
    assert value("beta", "divergence_from_people", 2)["estimate"] == pytest.approx(
        beta["divergence"].mean()
    )
    floor = value("people", "divergence_from_people")
    assert floor["estimate"] == pytest.approx(
        people.drop_duplicates(["Goal_simplified", "State_number"])["floor"].mean()
    )
    # What is built from the human reference says what the reference is; nothing else does.
    from_people = table["quantity"] == "divergence_from_people"
    assert (table.loc[from_people, "reference"] == "example (synthetic, not people)").all()
    assert (table.loc[~from_people, "reference"] == "").all()
    agreement = inputs.analyses["agreement"]
    assert value("alpha", "experiment_agreement")["estimate"] == pytest.approx(
        agreement[agreement["model"] == "alpha"]["divergence"].mean()
    )
    assert value("alpha", "mean_option_mass")["estimate"] == 0.25
    assert value("alpha", "requests_raw")["estimate"] == 120
    assert value("alpha", "request_seconds_raw")["estimate"] == 30.0
    assert value("alpha", "wall_seconds_raw")["estimate"] == 12.5
    journalled = value("alpha", "requests_probabilities")
    assert journalled["estimate"] == 960 and "earlier configurations" in journalled["note"]
    assert not len(table[(table["model"] == "beta") & table["quantity"].str.startswith("requests")])


def test_resampling_is_seeded_by_the_study_id(utterances):
    first = analyse(UTTERANCE_DEFINITION, utterances, "people")
    again = analyse(UTTERANCE_DEFINITION, utterances_inputs_with_id("fixture"), "people")
    other = analyse(UTTERANCE_DEFINITION, utterances_inputs_with_id("another"), "people")
    pd.testing.assert_frame_equal(first, again)
    beta = first["model"] == "beta"
    assert not np.allclose(first.loc[beta, "ci_low"], other.loc[beta, "ci_low"])
    np.testing.assert_allclose(first["divergence"], other["divergence"])


def utterances_inputs_with_id(study_id):
    inputs = utterance_inputs()
    inputs.study_id = study_id
    return inputs


def test_planning_follows_the_stages_and_the_reference():
    def planned(stages, reference=True):
        specs = analysis_specs("fixture", UTTERANCE_DEFINITION, stages, reference, "study.yaml")
        return {spec.name: spec for spec in specs}

    assert planned(["raw"]) == {}
    only_free_text = planned(["raw", "structured"])
    assert "agreement" not in only_free_text and "people" in only_free_text
    assert only_free_text["comparison"].reads == ("people",)
    without_people = planned(ALL_STAGES, reference=False)
    assert "people" not in without_people and without_people["comparison"].reads == ("agreement",)
    broken = {"analyses": {"run": {"x": {"kind": "means", "measure": "negation", "wrong": 1}}}}
    with pytest.raises(WorkflowError, match="study.yaml: analysis 'x'.*unknown: wrong"):
        analysis_specs("fixture", broken, ALL_STAGES, True, "study.yaml")
    unknown = {"analyses": {"run": {"x": {"kind": "median"}}}}
    with pytest.raises(WorkflowError, match="kind 'median'; the kinds are means"):
        analysis_specs("fixture", unknown, ALL_STAGES, True, "study.yaml")


def test_a_table_out_of_bounds_fails_its_schema(bets):
    table, schema = analysis_table(spec_of(BETS_DEFINITION, "planned"), bets)
    broken = table.assign(p=table["p"] + 2)
    with pytest.raises(OutputError, match="planned"):
        validate(schema, broken, "planned")


def test_the_analysis_figures_draw_from_two_models(tmp_path, utterances, bets):
    study2 = Study.load("study2", REPO / "config" / "studies" / "study2")
    study1 = Study.load("study1", REPO / "config" / "studies" / "study1")
    inputs = utterance_inputs()
    inputs.analyses = {
        name: analyse(UTTERANCE_DEFINITION, inputs, name) for name in ("people", "agreement")
    }
    tables = {
        "shares": (study2, analyse(UTTERANCE_DEFINITION, utterances, "shares")),
        "people": (study2, inputs.analyses["people"]),
        "comparison": (study2, analyse(UTTERANCE_DEFINITION, inputs, "comparison")),
        "bets": (study1, analyse(BETS_DEFINITION, bets, "bets")),
    }
    figures = {
        figure: dict(entry)
        for study in (study1, study2)
        for figure, entry in study.figures.items()
        if "analysis" in entry
    }
    drawn = {
        "study2_shares.svg": ("utterance_shares", "shares"),
        "study2_people.svg": ("divergence_from_people", "people"),
        "study2_comparison.svg": ("model_comparison", "comparison"),
        "study1_bets.svg": ("bets_by_state", "bets"),
    }
    for file, (figure, table) in drawn.items():
        entry = figures[figure]
        parameters = {k: v for k, v in entry.items() if k not in ("kind", "caption", "analysis")}
        study, frame = tables[table]
        draw(entry["kind"], frame, tmp_path / file, study, parameters)
        assert (tmp_path / file).read_bytes().startswith(b"<?xml"), file
    # Same table, same bytes.
    entry = figures["utterance_shares"]
    parameters = {k: v for k, v in entry.items() if k not in ("kind", "caption", "analysis")}
    draw(entry["kind"], tables["shares"][1], tmp_path / "again.svg", study2, parameters)
    assert (tmp_path / "again.svg").read_bytes() == (tmp_path / "study2_shares.svg").read_bytes()


def test_an_anova_with_nothing_to_test_says_so():
    tables = bets_tables()
    one_cell = {e: t[(t["access"] == 1) & (t["observe"] == 1)] for e, t in tables.items()}
    table = analyse(BETS_DEFINITION, analysis_inputs(BETS_DEFINITION, one_cell), "bet_anova")
    assert len(table) == 4 and table["term"].eq("").all()  # a row per model and experiment
    assert table["note"].eq("no factor varies in these rows: nothing to test").all()
