"""Study 1 answers written as the catalog's open models write them (Gemma 2, Llama 3.1,
Mistral 7B, Phi-3 mini): the shapes whose reading was wrong, each with a near case that
must still read."""

from __future__ import annotations

import pytest

from llm_pragmatics.extraction import ExtractionSpec

from .test_readers import parsed

BLOCK = "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 30%, 3: 70%\n"


@pytest.fixture(scope="module")
def study1(studies) -> ExtractionSpec:
    return ExtractionSpec.from_study(studies["study1"])


@pytest.mark.parametrize(
    ("knowledge", "expected"),
    [
        # knowing exactly about the ones looked at, and not the rest: no
        (
            "Joe knows exactly how many of the 2 tickets he looked at have won, but not the third.",
            "no",
        ),
        (
            "She knows exactly how many of the letters she opened have checks, but not the others.",
            "no",
        ),
        (
            "Ben knows for sure how many of those he checked are burned out, but not the last one.",
            "no",
        ),
        # ... and without the rest denied: a claim about part of them, no answer
        ("Joe knows exactly how many of the 2 tickets he looked at have won.", None),
        ("Monica knows exactly how many of the fruits that she has seen are dry.", None),
        # near: the claim about all of them is still a yes
        (
            "Yes, Joe knows exactly how many of the 3 tickets have won, since he looked at all.",
            "yes",
        ),
        ("Laura knows exactly how many of the 3 letters have checks; she opened every one.", "yes"),
    ],
)
def test_study1_knowing_about_the_ones_looked_at_is_no_yes(study1, knowledge, expected):
    reading = parsed(study1, BLOCK + "Knowledge: " + knowledge)
    assert reading.values.get("Knowledge_A") == expected


@pytest.mark.parametrize(
    ("explanation", "expected"),
    [
        # a later sentence that says the answer to the question put again is the other word
        ("However, the answer to whether he knows exactly is no.", None),
        ("So the answer to the question of whether Jim knows exactly would be no.", None),
        ("Hence my answer to if he is certain of the number is: no", None),
        # near: the same word again is that word
        ("So the answer to whether he knows exactly is yes.", "yes"),
        ("He looked at all 3 seeds and all 3 sprouted.", "yes"),
    ],
)
def test_study1_a_yes_then_the_answer_to_whether_said_otherwise(study1, explanation, expected):
    answer = "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 0%, 3: 100%\nKnowledge: Yes\n\nExplanation: "
    reading = parsed(study1, answer + "Jim looked at all 3 seeds. " + explanation)
    assert reading.values.get("Knowledge_A") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Jim looked at all 3 seeds, so the answer to whether he knows exactly is yes.",
        "The answer to whether Jim knows exactly how many sprouted is yes.",
    ],
)
def test_study1_the_answer_to_whether_read_in_prose(study1, sentence):
    reading = parsed(study1, "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 0%, 3: 100%\n\n" + sentence)
    assert reading.values.get("Knowledge_A") == "yes"
