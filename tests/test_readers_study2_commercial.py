"""Study 2's readers on answers in the voices of large commercial chat assistants (options
weighed one by one and closed by elimination, a short hedge before the quoted choice, a
second labelled answer called as good as the first, a truncated walk through the
candidates): each shape in a few wordings, with near cases that must stay empty."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the candidates weighed one by one, the weighing closed by elimination
        (
            '"It was amazing" would be a lie and "It was terrible" would hurt. '
            'That leaves "It wasn\'t bad", the line Paul would use.',
            "wasn't bad",
        ),
        (
            "Praise is out ('It was good', 'It was amazing' overstate two hearts), and "
            "blunt criticism is out too. Which leaves me with 'It wasn't terrible'.",
            "wasn't terrible",
        ),
        ('By elimination: "It was bad". The others either flatter or hedge.', "was bad"),
        # near: two left after the elimination is no choice
        (
            '"It was amazing" overstates it. That leaves "It was good" or "It wasn\'t bad".',
            " ",
        ),
        ('That leaves "It was good" and "It wasn\'t bad" as the kind ones.', " "),
        # near: what an elimination leaves out is no answer
        (
            "That leaves 'It wasn't bad' out: too vague. Jo would say 'It was good'.",
            "was good",
        ),
    ],
)
def test_a_weighing_closed_by_elimination_gives_what_is_left(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_an_elimination_is_a_loose_reading_beside_the_candidates(study2):
    reading = parsed(
        study2,
        '"It was good" flatters and "It was bad" stings. That leaves "It wasn\'t bad".',
    )
    assert reading.values == {"Was_Wasnt": "wasn't", "Assessment": "bad"}
    assert set(reading.grades.values()) == {"loose"}


@pytest.mark.parametrize(
    ("answer", "finish_reason", "utterance"),
    [
        # the first candidate of a walk through the options is weighed, not given: cut off
        # while it is judged, the answer gives nothing
        (
            "Let me take the eight lines one at a time, starting with 'It was good', which "
            "would flatter Tom if",
            "length",
            " ",
        ),
        (
            'I\'ll go through them in order, beginning with "It was terrible": honest but',
            "length",
            " ",
        ),
        # ... and the walk closed by a pick gives the pick
        (
            'Beginning with "It wasn\'t bad": kind and true enough. Then "It was good": '
            'too generous. So Ada would say "It wasn\'t bad".',
            "stop",
            "wasn't bad",
        ),
        # near: "starting with" that is no walk through candidates
        ('Most likely a line starting with "It wasn\'t", not "It was".', "stop", "wasn't "),
        ('Starting with the obvious: she\'d say "It was bad."', "stop", "was bad"),
    ],
)
def test_the_first_candidate_of_a_walk_through_the_options_is_weighed(
    study2, answer, finish_reason, utterance
):
    values = parsed(study2, answer, finish_reason).values
    assert f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}" == utterance
