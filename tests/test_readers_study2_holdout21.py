"""Study 2's readers on the shapes the scored holdout21 set found: a truncated answer cut
while a range of candidate sentences is being listed, or after it reopened the choice it
had leaned to. Each pattern in a few wordings, with a near case that must still read."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read


def _cut(study2, answer: str) -> str:
    values = parsed(study2, answer, "length").values
    return f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}"


@pytest.mark.parametrize(
    "answer",
    [
        'Her possible replies go from "It was terrible" to gentler ones such as',
        "The choices run from the harshest, 'It wasn't good', all the way to",
        'Anything between "It was amazing" and',
    ],
)
def test_a_cut_range_of_candidates_is_no_choice(study2, answer):
    assert parsed(study2, answer, "length").values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "from" that starts no range of quoted sentences, and a sentence said after it
        ("From the way she felt, it was good and she", "was good"),
        ("From his seat, he'd say \"It wasn't bad\" to her and", "wasn't bad"),
    ],
)
def test_a_cut_sentence_with_from_that_lists_nothing_still_reads(study2, answer, utterance):
    assert _cut(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        'One heart... so "It wasn\'t good" fits. Hmm, hold on, two hearts is softer. So',
        'Okay, "It was good" then. Wait, two hearts could also mean',
        "So it was bad, I think. Let me reconsider whether he would really",
    ],
)
def test_a_cut_after_the_choice_is_reopened_is_no_choice(study2, answer):
    assert parsed(study2, answer, "length").values == {}


@pytest.mark.parametrize(
    ("answer", "finish_reason", "utterance"),
    [
        # reopened, but the answer was not cut: the reading is the weighing's, as before
        ('So "It was good". Wait, yes, that fits.', "stop", "was good"),
        # cut in an explanation that reopens nothing
        ("She'd say \"It wasn't bad.\" Two hearts mean she liked it but", "length", "wasn't bad"),
    ],
)
def test_a_choice_not_reopened_before_the_cut_still_reads(study2, answer, finish_reason, utterance):
    values = parsed(study2, answer, finish_reason).values
    assert f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}" == utterance


# A short answer, a blank line, and one paragraph that explains it: the short answer is
# given on its own, however long the explanation.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        (
            "It was 'terrible'.\n\n(Zero hearts for the poem, and she wants to be truthful.)",
            "was terrible",
        ),
        ("It was ___: lovely\n\nHe adored the song and hopes she will feel proud of it.", "was "),
        ("My reply:\n\n*Bad.*\n\nThe cake was dry, and honesty matters to him here.", " bad"),
    ],
)
def test_a_short_answer_before_an_explaining_paragraph_reads(study2, answer, utterance):
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == utterance
    assert set(reading.grades.values()) == {"loose"}


@pytest.mark.parametrize(
    "answer",
    [
        # the explaining paragraph takes the answer back
        "It was lovely.\n\nOn second thought, she might go further than that.",
        "It was lovely.\n\nOr perhaps she would pick a warmer word for it.",
        # two paragraphs after it: no longer one explanation
        "It was lovely.\n\nShe liked it.\n\nShe might say amazing too.",
    ],
)
def test_a_short_answer_before_a_paragraph_that_answers_again_is_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}
