"""Study 2's readers on the shapes the scored holdout23 set found: two quoted sentences
given together as the answer in different frames (one with a word outside the four);
indirect speech that tells the thing's evaluation with the thing as subject. Each pattern
in a few wordings, with near cases that must not change."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read


# Two different quoted sentences in the prompt's frame, joined by "and" or "or" and closing
# their sentence as the answer, are two sentences offered, whether their frames differ or
# agree (a word outside the four still states its frame): both fields empty.
@pytest.mark.parametrize(
    "answer",
    [
        'The right answer is "It was bad" and "It wasn\'t okay"',
        'She would say "It wasn\'t okay" and "It was bad".',
        'My answer: "It wasn\'t good" or "It was lovely"',
        'He\'d say "It was amazing", and "It was not awful".',
        'The correct answer is "It was terrible" and "It was great"',
        'She would say "It was bad" or "It was good".',
        'My answer: "It wasn\'t good" and "It wasn\'t amazing"',
        'He\'d say "It was great", or "It was terrible".',
        'She would say "It was bad" or "It was awful".',
        'The answer is "It was not bad" and "It wasn\'t lovely".\nThat is all.',
    ],
)
def test_two_quoted_sentences_given_together_give_no_choice(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # one quote beside one it rejects or weighs stays read
        ('The right answer is "It was bad", not "It wasn\'t okay"', "was bad"),
        ('The right answer is "It was bad" and not "It wasn\'t okay"', "was bad"),
        ('She\'d say "It was bad" and "It wasn\'t okay" would be too kind.', "was bad"),
        ('She\'d say "It was bad". "It wasn\'t okay" would be too kind.', "was bad"),
        ('The correct answer is "It was terrible", not "It was great"', "was terrible"),
        ('She\'d say "It was bad" and "It was lovely" would be too kind.', "was bad"),
        ('She\'d say "It was bad" rather than "It was lovely".', "was bad"),
        # the same sentence twice is one sentence
        ('The correct answer is "It was terrible" and "It was terrible"', "was terrible"),
        ('She\'d say "It wasn\'t bad" or "it was not bad."', "wasn't bad"),
        # a pair only named before the choice, or not closing its sentence
        ('Between "It was bad" and "It wasn\'t okay", she\'d pick "It was bad".', "was bad"),
        (
            '"It was good" and "It was amazing" are both kind, but I\'d pick "It was good".',
            "was good",
        ),
        # one quote alone, as before
        ('The right answer is "It was bad"', "was bad"),
    ],
)
def test_near_a_pair_of_quotes_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# Indirect speech with the thing as subject, the speaker expected to tell it or telling it
# in a committed sentence: the frame is the sentence's polarity. Expecting is a lean, read
# below certainty.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("I'd expect Nina to tell Omar that the soup wasn't bad. One heart fits.", "wasn't bad"),
        ("I would expect him to tell Leo that the poem was good.", "was good"),
        ("I expect Rosa to say the mural was amazing.", "was amazing"),
    ],
)
def test_an_expected_telling_reads_as_a_lean(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert set(parsed(study2, answer).grades.values()) == {"loose"}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("She would be telling Omar that his soup was terrible.", "was terrible"),
        ("It's likely he'd be telling Leo that the poem wasn't good.", "wasn't good"),
    ],
)
def test_a_telling_in_progress_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # her feeling, not what she says
        "Nina felt that the soup was bad.",
        "I'd expect Nina to feel that the soup was bad.",
        # the telling declined or doubted
        "I don't expect Nina to tell Omar that the soup was bad.",
        "She would not be telling Omar that the soup was bad.",
        # the question echoed
        "What would Nina be telling Omar?",
        # a telling supposed in a condition
        "If she told Omar that the soup was bad, he'd be hurt.",
    ],
)
def test_near_an_indirect_telling_reads_nothing(study2, answer):
    assert utterance_read(study2, answer) == " "
