"""Study 2's readers on the shapes the scored holdout23 set found: two quoted sentences
given together as the answer in different frames (one with a word outside the four);
indirect speech that tells the thing's evaluation with the thing as subject. Each pattern
in a few wordings, with near cases that must not change."""

from __future__ import annotations

import pytest

from .test_readers import utterance_read


# Two quoted sentences joined by "and" or "or" as the answer, their frames differing (a
# word outside the four still states its frame): two sentences offered, both fields empty.
@pytest.mark.parametrize(
    "answer",
    [
        'The right answer is "It was bad" and "It wasn\'t okay"',
        'She would say "It wasn\'t okay" and "It was bad".',
        'My answer: "It wasn\'t good" or "It was lovely"',
        'He\'d say "It was amazing", and "It was not awful".',
    ],
)
def test_two_quoted_sentences_in_different_frames_give_no_choice(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # one quote beside one it rejects or weighs stays read
        ('The right answer is "It was bad", not "It wasn\'t okay"', "was bad"),
        ('The right answer is "It was bad" and not "It wasn\'t okay"', "was bad"),
        ('She\'d say "It was bad" and "It wasn\'t okay" would be too kind.', "was bad"),
        ('She\'d say "It was bad". "It wasn\'t okay" would be too kind.', "was bad"),
        # a pair only named before the choice
        ('Between "It was bad" and "It wasn\'t okay", she\'d pick "It was bad".', "was bad"),
        # one quote alone, as before
        ('The right answer is "It was bad"', "was bad"),
    ],
)
def test_near_a_pair_of_quotes_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
