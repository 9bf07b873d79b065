"""Study 1 answers in the voices of large commercial chat assistants (to the raw prompt and
to the original study's "$100 across the outcomes" wording) that a probe found misread:
each with near cases that must read as before."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed

BLOCK = "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 35%, 3: 55%\n\n"


@pytest.mark.parametrize(
    ("part", "knowledge"),
    [
        # a bound on what the speaker is sure of ("at least N") is explanation, not the
        # question's claim: the labelled answer after it decides
        (
            "About her knowing: she is certain that at least 2 letters hold checks, since she"
            " opened those. The last one is unopened.\n\nKnowledge: No",
            "no",
        ),
        (
            "On what Ben knows: he knows for sure that no fewer than 1 phone is burned out."
            "\nKnowledge: no",
            "no",
        ),
        # near: sure of the whole count is the claim; a bound with no answer after it is none
        (
            "About her knowing: she opened every letter, so she is certain of the exact"
            " number.\n\nKnowledge: Yes",
            "yes",
        ),
        ("On what Ben knows: he knows for sure that at least 1 phone is burned out.", None),
    ],
)
def test_study1_a_bound_the_speaker_is_sure_of_is_no_yes(study1, part, knowledge):
    assert parsed(study1, BLOCK + part).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("after", "bets"),
    [
        # an amount moved from one option to another in a revision after the bets: both bets
        # change to amounts left unsaid, each stated twice
        ("\n\nPS - thinking again, I would shift 5% from 2 onto 3.", [0, 10, None, None]),
        ("\n\nUpon reflection: take $10 off one and put it on three.", [0, None, 35, None]),
        # near: a move said before the bets it leads to is reasoning, the bets are the answer
        (None, [0, 10, 35, 55]),
        # near: a move between things that are no options changes no bet
        ("\n\nI'd shift 5% from the prior to the report's side of things.", [0, 10, 35, 55]),
    ],
)
def test_study1_an_amount_moved_between_bets_after_them(study1, after, bets):
    if after is None:
        text = "Prior: 3\nCompared with my first instinct I shift $15 from 3 to 2.\n" + BLOCK[9:]
    else:
        text = BLOCK + "Knowledge: no" + after
    reading = parsed(study1, text)
    assert bets_read(reading) == bets
    assert reading.values.get("Prior_A") == 3
