"""Study 2's readers on candidates an answer sets aside in shapes found after holdout21: a
verdict label before the quote ("Too harsh: ..."), an elimination that leaves it out ("That
leaves ... off the table"), its effect on the listener told ("... leaves her misled"). Each
pattern in a few wordings, with a near case that must still read."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read


@pytest.mark.parametrize(
    "answer",
    [
        "Too blunt: 'It wasn't good'.",
        '- Way too generous - "It was amazing"',
        "**Overly kind:** 'It was good'.",
    ],
)
def test_a_quote_under_a_too_much_verdict_is_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the verdict rejects one, the sentence left after it is the answer
        ("Too blunt: 'It was bad'. Which leaves 'It wasn't good' for Mia.", "wasn't good"),
        ('Too sugary: "It was amazing". So the answer is "It was good".', "was good"),
        # a verdict that approves ("not too ..."), and "too" inside the answer's sentence
        ("Not too harsh: 'It wasn't bad'.", "wasn't bad"),
        ("She'd say 'It was good', too.", "was good"),
    ],
)
def test_a_quote_beside_a_too_much_verdict_still_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        "That leaves 'It was amazing' out of it.",
        'Her goal takes "It wasn\'t good" off the table.',
        "This puts 'It was terrible' aside.",
    ],
)
def test_a_quote_an_elimination_leaves_out_is_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # what the elimination leaves is the answer (a loose reading), as before
        ("Two hearts. That leaves 'It was good'.", "was good"),
        ("That leaves 'It was terrible' out, so she says 'It wasn't good'.", "wasn't good"),
        # "out there": said, not set aside
        ("Gently, she puts 'It was good' out there.", "was good"),
    ],
)
def test_the_quote_an_elimination_leaves_still_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        "'It was amazing' leaves him thinking he nailed it.",
        '"It wasn\'t good" crushes her after all that work.',
        "'It was terrible' discourages the kid.",
    ],
)
def test_a_quote_whose_effect_is_told_is_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the effect of one told, the other given
        ("'It was amazing' leaves him smug, so Sam says 'It was good'.", "was good"),
        # the answer's sentence followed by what it does, after a marker
        ("I'd say \"It wasn't bad\", which leaves her hopeful.", "wasn't bad"),
    ],
)
def test_a_quote_beside_one_whose_effect_is_told_still_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
