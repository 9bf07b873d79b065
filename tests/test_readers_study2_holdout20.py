"""Study 2's readers on the shapes the scored holdout20 set found: a sentence given as an
example of the format, the same sentence rejected and given, shares after "≈", a complete
sentence before a cut explanation, a blank filled in brackets, a pick of "the latter", a
tuple, key=value pairs joined by pipes, and one sentence whose other evaluations are words
outside the set. Each pattern in a few wordings, with a near case that must still read."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read


@pytest.mark.parametrize(
    "answer",
    [
        'Reply using the format "It was good!"',
        "Write your reply in the template 'It wasn't bad.'",
        'You should keep to this format like "It was amazing."',
    ],
)
def test_a_sentence_given_as_the_format_is_no_answer(study2, answer):
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == " "
    assert "talks about" in reading.problems["Was_Wasnt"]


def test_the_format_named_then_an_answer_still_reads(study2):
    answer = 'Keeping to the format "It was good", Dana would say "It wasn\'t bad."'
    assert utterance_read(study2, answer) == "wasn't bad"
    assert utterance_read(study2, 'My answer in the asked format: "It was good."') == "was good"


@pytest.mark.parametrize(
    "answer",
    [
        'She would say, not "It was good" but "It was good".',
        "Not 'It wasn't bad' but 'It wasn't bad', I think.",
    ],
)
def test_the_same_sentence_rejected_and_given_is_no_choice(study2, answer):
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == " "
    assert "rejects the sentence it gives" in reading.problems["Assessment"]


def test_another_sentence_rejected_before_the_one_given_reads(study2):
    answer = 'He would say, not "It was terrible" but "It wasn\'t good".'
    assert utterance_read(study2, answer) == "wasn't good"


@pytest.mark.parametrize(
    "answer",
    [
        'P("It was good") ≈ 0.5\nP("It wasn\'t bad") ≈ 0.3\nP("It was amazing") ≈ 0.2',
        "<think>Two hearts.</think>\n'It wasn't good' ~ 0.6\n'It was bad' ~ 0.4",
    ],
)
def test_approximate_shares_over_sentences_are_no_choice(study2, answer):
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == " "
    assert "shares" in reading.problems["Was_Wasnt"]


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("It was good. You could tell", "was good"),
        ("It wasn't terrible. I could tell that she", "wasn't terrible"),
    ],
)
def test_a_sentence_before_a_cut_explanation_of_seeing_keeps_both(study2, answer, utterance):
    values = parsed(study2, answer, "length").values
    assert f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}" == utterance


@pytest.mark.parametrize(
    "answer", ["It was good. Or she could tell him", "It was good. She'd tell"]
)
def test_a_cut_sentence_that_may_start_another_answer_is_still_refused(study2, answer):
    assert parsed(study2, answer, "length").values == {}


# Shapes that say one sentence, each with its reason in the id: a blank filled in brackets
# after it, a pick by place among two quoted, brackets around the whole answer (a tuple, not
# an aside), keyed pairs on one line.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        pytest.param("It was ___. (___ = amazing)", "was amazing", id="blank-filled"),
        pytest.param("It wasn't ___ (___ = terrible)", "wasn't terrible", id="blank-no-stop"),
        pytest.param(
            'Between "It was amazing" and "It was good", Omar would pick the latter.',
            "was good",
            id="the-latter",
        ),
        pytest.param(
            "Of 'It wasn't bad' and 'It was good', she'd probably choose the former.",
            "wasn't bad",
            id="the-former",
        ),
        pytest.param('("It wasn\'t", "bad")', "wasn't bad", id="tuple-double-quotes"),
        pytest.param("('It was', 'good')", "was good", id="tuple-single-quotes"),
        pytest.param("(It was amazing.)", "was amazing", id="bracketed-answer"),
        pytest.param("frame=was | word=terrible", "was terrible", id="keyed-equals"),
        pytest.param("frame: wasn't | word: good", "wasn't good", id="keyed-colons"),
    ],
)
def test_one_sentence_given_in_another_shape_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_a_pick_declined_by_place_is_no_choice(study2):
    answer = 'Between "It was amazing" and "It was good", he would never pick the latter.'
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("It was stunning, amazing.", "was amazing"),
        ('She says, "It wasn\'t awful, horrible, terrible."', "wasn't terrible"),
    ],
)
def test_one_sentence_whose_other_words_are_outside_the_set(study2, answer, utterance):
    reading = parsed(study2, answer)
    assert utterance_read(study2, answer) == utterance
    assert reading.grades["Assessment"] != "clear"  # loosely: a form not asked for


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # several of the words: no choice at all; none of them: the frame alone
        ("It was good, bad, terrible.", " "),
        ("It was okay, fine, great.", "was "),
    ],
)
def test_a_run_with_several_or_none_of_the_words(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
