"""Study 2 answers that give a sentence and then, opening a later line or paragraph, correct
it or offer another ("On second thought it was bad", "Better yet, it was amazing", "Maybe it
was amazing though"): two sentences without a choice, so both fields are empty (the
labelling rules' self-corrections); a later line that only explains the answer, or weighs a
candidate it rejects, still leaves the answer read."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read

# --- "On second thought it was bad": the noun "thought" opens a correction, no opinion ---


@pytest.mark.parametrize(
    "answer",
    [
        "It wasn't bad.\n\nOn second thought it was good.",
        "It was amazing. On further thought it wasn't bad.",
        "It was terrible.\nUpon second thought it was bad.",
    ],
)
def test_study2_a_second_thought_without_a_comma_corrects(study2, answer):
    reading = parsed(study2, answer)
    assert reading.values == {}
    assert "conflicting" in reading.problems["Assessment"]


def test_study2_someone_s_thought_is_still_an_opinion(study2):
    # (a near case: "she thought it was bad" is her opinion, not a second sentence)
    answer = "It was good.\n\nShe secretly thought it was bad, though."
    assert utterance_read(study2, answer) == "was good"


# --- "It was good.\n\nBetter yet, it was amazing.": a second offer on a later line --------


@pytest.mark.parametrize(
    "answer",
    [
        "It wasn't bad.\nPerhaps it was good, though.",
        "It was good.\n\nEven better, it was amazing!",
        "It wasn't terrible.\n\nCome to think of it, it wasn't bad.",
        "It was bad.\n\nThen again, it wasn't bad.",
        "It was good.\nNow that I think about it, it was amazing.",
        "It wasn't good.\n\nHmm, scratch that - it was bad.",
    ],
)
def test_study2_a_later_line_that_offers_another_sentence_is_no_choice(study2, answer):
    reading = parsed(study2, answer)
    assert reading.values == {}
    assert set(reading.problems) == {"Was_Wasnt", "Assessment"}


@pytest.mark.parametrize(
    "answer",
    [
        # (after an answer marker too: the marked sentence is offered again, otherwise)
        "She'd say it wasn't bad.\n\nMaybe it was good though.",
        "Answer: It was good.\nBetter still, it was amazing.",
    ],
)
def test_study2_a_second_offer_after_the_marked_answer_is_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    "answer, utterance",
    [
        # a later line that explains the answer, adds advice, or rejects a candidate
        ("It was good.\n\nBetter yet, she could praise the icing too.", "was good"),
        ("It wasn't bad.\n\nThen again, saying 'It was terrible' would hurt him.", "wasn't bad"),
        ("It was good.\n\nMaybe that's generous, but it keeps her happy.", "was good"),
        # the same sentence again agrees
        ("It wasn't bad.\n\nCome to think of it, it wasn't bad at all.", "wasn't bad"),
        # weighing that rejects both candidates, then a hedged pick on the last line
        (
            "He wants to be kind, so 'It was bad' feels too harsh and 'It was amazing' too "
            "much for his taste.\n\nMaybe it was good, though.",
            "was good",
        ),
    ],
)
def test_study2_a_later_line_that_does_not_offer_another_sentence_keeps_the_answer(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance
