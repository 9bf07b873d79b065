"""Study 1 answers of the shapes the holdout20 set found misread: each with a near case
that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed

BLOCK = "Prior: 2\nBets: 0: 5%, 1: 15%, 2: 60%, 3: 20%\nKnowledge: yes\n\n"


@pytest.mark.parametrize(
    ("summary", "bets"),
    [
        # a summary under the labels again, whose lines keyed by an option the labels miss
        # give one bet otherwise: that bet is stated twice differently
        ("Recap\nPrior: 2\nBet on 1: 10%\nBet on 2: 60%\nKnowledge: yes", [5, None, 60, 20]),
        ("Overview\nPrior: 2\nStake on 3: 25%\nKnowledge: yes", [5, 15, 60, None]),
        # near: the same bets again are those bets
        ("Recap\nPrior: 2\nBet on 1: 15%\nBet on 2: 60%\nKnowledge: yes", [5, 15, 60, 20]),
    ],
)
def test_study1_a_summary_that_changes_a_bet_on_lines_below_another_label(study1, summary, bets):
    reading = parsed(study1, BLOCK + summary)
    assert bets_read(reading) == bets
    assert reading.values.get("Prior_A") == 2
    assert reading.values.get("Knowledge_A") == "yes"
    if None in bets:
        assert "conflicting answers" in reading.problems[f"probability_{bets.index(None)}"]


@pytest.mark.parametrize(
    ("opening", "prior"),
    [
        # a count someone else would expect, or expected, is not the answerer's prior
        ("Ben would expect all 3 phones to work.", None),
        ("Before the call, Susan might expect 2 letters with checks.", None),
        ("She expected 3 seeds to sprout.", None),
        # near: the answerer's own expectation, or a generic one's, is the prior
        ("I would expect all 3 phones to work.", 3),
        ("You would expect 2 letters with checks.", 2),
    ],
)
def test_study1_a_count_someone_else_expects_is_no_prior(study1, opening, prior):
    reading = parsed(study1, opening + " Now my bets: 0: 0%, 1: 10%, 2: 30%, 3: 60%.")
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 10, 30, 60]


@pytest.mark.parametrize(
    ("sentence", "knowledge"),
    [
        # what someone else believes of the speaker, or the answer given to the reader, is
        # not the answerer's yes
        ("Ben believes he knows exactly how many phones work.", None),
        ("Laura thinks that Laura knows exactly how many letters have checks.", None),
        ("Knowledge: 0.5, 0.5\n\nYour answer is yes, Jim knows how many seeds sprouted.", None),
        # near: the answerer's own belief and own answer are
        ("I think Ben knows exactly how many phones work.", "yes"),
        ("Knowledge: 0.5, 0.5\n\nMy answer is yes, Jim knows how many seeds sprouted.", "yes"),
    ],
)
def test_study1_a_knowing_someone_else_believes_is_no_answer(study1, sentence, knowledge):
    reading = parsed(study1, "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 20%, 3: 80%\n\n" + sentence)
    assert reading.values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # chat that names the prior as the subject after a spoken "so"
        ("so prior is 2. bets: 0: 0%, 1: 20%, 2: 70%, 3: 10%. knowledge: yeah", 2),
        ("alright so prior would be 3, bets: 0: 0%, 1: 0%, 2: 30%, 3: 70%", 3),
        # near: the prior named as a thing the answer reasons about, no value said of it
        ("so prior knowledge matters. bets: 0: 0%, 1: 20%, 2: 70%, 3: 10%", None),
    ],
)
def test_study1_the_prior_as_subject_after_a_spoken_so(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


@pytest.mark.parametrize(
    ("opening", "prior"),
    [
        # the guess named with its time after the noun
        ("My guess first is 2 seeds.", 2),
        ("My estimate beforehand was all 3.", 3),
        # near: the time after the news makes it no prior
        ("My guess after the call is 2 seeds.", None),
    ],
)
def test_study1_a_guess_named_with_its_time_after_the_noun(study1, opening, prior):
    reading = parsed(study1, opening + " Then I give 0% to 0, 20% to 1, 50% to 2, 30% to 3.")
    assert reading.values.get("Prior_A") == prior
