"""Study 1 answers of the shapes the holdout23 set found misread: each with a near case
that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed

ASKED = "Prior: 2\nBets: 0: 5%, 1: 15%, 2: 60%, 3: 20%\nKnowledge: no"


@pytest.mark.parametrize(
    ("after", "bets"),
    [
        # a paragraph that takes the block back and moves two bets: those two are stated
        # twice differently, the others keep their values
        (
            "Actually, that is too sure of two. Let me adjust: 2: 50% and 3: 30%, the "
            "rest unchanged.",
            [5, 15, None, None],
        ),
        # ... the new bets after "adjusted ... to", with no "actually"
        ("I have adjusted two of them, to 1: 25% and 0: 0%.", [None, None, 60, 20]),
        # near: the adjustment gives the same bets again
        ("Actually, let me adjust: 2: 60% and 3: 20%, the rest unchanged.", [5, 15, 60, 20]),
        # near: "actually" in a sentence that revises nothing
        ("Actually, the story is quite clear about the weather.", [5, 15, 60, 20]),
        # near: "for the first time" is no answer to the first question
        ("For the first time the bets felt easy to place.", [5, 15, 60, 20]),
    ],
)
def test_study1_an_adjustment_of_bets_states_them_again(study1, after, bets):
    reading = parsed(study1, ASKED + "\n\n" + after)
    assert reading.values.get("Prior_A") == 2
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("after", "knowledge"),
    [
        # a correction in a later sentence saying what the answer to the question should
        # be: stated twice differently
        (
            "Hold on, I misread that. Ann saw all of them, so the answer to Knowledge "
            "should be yes.",
            None,
        ),
        ("Sorry. She opened every box, so the answer to question 3 should be yes.", None),
        # near: the same answer said again
        ("I checked again: she saw one, so the answer to Knowledge should be no.", "no"),
        # near: "actually" that revises nothing
        ("Actually, the letters were all the same colour.", "no"),
    ],
)
def test_study1_what_the_answer_should_be_restates_knowledge(study1, after, knowledge):
    reading = parsed(study1, ASKED + "\n\n" + after)
    assert reading.values.get("Prior_A") == 2
    assert bets_read(reading) == [5, 15, 60, 20]
    assert reading.values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("bets", "read"),
    [
        # options listed, then "are", then their amounts in the same order
        ("my bets on 0, 1, 2 and 3 are 0%, 10%, 30% and 60%.", [0, 10, 30, 60]),
        # near: the colon form, as before
        ("my bets on 0, 1, 2 and 3: 0%, 10%, 30% and 60%.", [0, 10, 30, 60]),
    ],
)
def test_study1_options_then_are_then_amounts(study1, bets, read):
    reading = parsed(study1, f"Prior: 3\nBets: {bets}\nKnowledge: yes")
    assert bets_read(reading) == read
