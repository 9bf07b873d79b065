"""Study 2 answers that holdout19 left empty after round twenty's first mends, each pattern
in wordings of its own with a near case that must still read (or stay empty): an aside
between commas after the verb that reports the sentence, the thing itself taken in ("to
read") closing the sentence, a dash that opens the sentence, the rating restated before a
bare word."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read

# --- "She tells her, without hesitation, that it was amazing": an aside after the verb ---


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ("*Kyle grins.* He tells him, with a warm smile, that it was good.", "was good"),
        ("The cake is gone. Mo replies, after a long pause, that it wasn't bad.", "wasn't bad"),
        ("Nina hugs her friend. She says, quietly, it was terrible.", "was terrible"),
    ],
)
def test_study2_an_aside_between_commas_after_the_saying_verb_still_reports(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # (a condition or a contrast in the aside is no aside: not read as said)
        "Henry waits. He says, if asked, that it was bad.",
        "Lucy sighs. She tells him, though it hurts, that it wasn't good.",
    ],
)
def test_study2_a_condition_between_commas_is_no_aside(study2, answer):
    assert parsed(study2, answer).values == {}


# --- "It's been amazing to read.": the thing itself taken in, closing the sentence --------


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ("Paula loved the song, so she'd say \"It's been amazing to listen to.\"", "was amazing"),
        ("I'd say: It was terrible to watch!", "was terrible"),
        ('He would tell her "It wasn\'t bad to eat."', "wasn't bad"),
    ],
)
def test_study2_the_thing_taken_in_closing_the_sentence_is_the_thing(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # (the verb goes on to another thing: about something else, no sentence of the set)
        "He'd say \"It's been good to see you.\"",
        'She would say "It was amazing to read about your trip."',
        'He\'d say "It was good to hear from you."',
    ],
)
def test_study2_a_verb_that_goes_on_to_another_thing_is_about_something_else(study2, answer):
    assert parsed(study2, answer).values == {}


# --- '"Es war nicht gut." - It wasn't good.': a dash that opens the sentence --------------


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ('Sie würde sagen: „Es war schlecht." — It was bad.', "was bad"),
        ("Il dirait : « C'était bon. » – It was good.", "was good"),
        ('"Fue increíble." - It was amazing.', "was amazing"),
    ],
)
def test_study2_a_dash_that_opens_the_sentence_leads_to_it(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_study2_a_dash_before_a_reason_still_gives_nothing(study2):
    # ("because" makes the sentence after the dash a reason, not a sentence said)
    assert parsed(study2, "She'd smile. - because it was bad").values == {}


# --- "Rating 1, terrible.": the rating restated before a bare word -----------------------


@pytest.mark.parametrize(
    "answer, word",
    [
        ("Rating 2, good.", "good"),
        ("2 hearts - good", "good"),
        ("Score: 3, amazing!", "amazing"),
    ],
)
def test_study2_a_bare_word_after_the_rating_restated_is_the_assessment(study2, answer, word):
    assert parsed(study2, answer).values == {"Assessment": word}


@pytest.mark.parametrize(
    "answer",
    [
        "Rating 1, great.",  # a word outside the four
        "Rating 1, not terrible, bad.",  # two words of the set
        "2 hearts, good. 3 hearts, amazing.",  # two evaluations
        "Rating 1, terrible. It was good.",  # a bare word beside another sentence
    ],
)
def test_study2_the_rating_restated_before_no_single_word_of_the_set_reads_nothing(study2, answer):
    assert parsed(study2, answer).values == {}


def test_study2_a_sentence_after_the_rating_restated_still_reads(study2):
    assert utterance_read(study2, "Rating 2, it wasn't bad.") == "wasn't bad"


# --- "It wasn't terrible.\n\nThis is a gentle way ... it was good.": the answer explained ---


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ("It was good.\n\nThis is honest without saying it was amazing.", "was good"),
        ("**It wasn't bad.**\n\nThat's a soft way to hide that it was terrible.", "wasn't bad"),
        ("It was amazing!\n\nThis answer spares her instead of saying it was bad.", "was amazing"),
    ],
)
def test_study2_a_last_line_about_the_answer_explains_the_sentence_before(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # (not a sentence about the answer: a second evaluation, arguably a correction)
        "It was good.\nThen again it was bad.",
        "It was good.\nBut to be honest it was bad.",
        # (two sentences given before the explanation: no choice)
        "It was good. It was amazing.\n\nThis avoids saying it was bad.",
    ],
)
def test_study2_a_last_line_not_about_the_answer_still_picks_nothing(study2, answer):
    assert parsed(study2, answer).values == {}


# --- "Henry would say: X\nGeorge would reply: Y": the listener's reply, not a second answer -


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ("Ann would say: It was good.\nBo would reply: It was amazing, thanks!", "was good"),
        ('Zoe would say: "It wasn\'t bad."\n\nTom would respond: "So it was bad?"', "wasn't bad"),
        (
            "Karen would say: It was terrible.\nJenny replies: It wasn't good, I know.",
            "was terrible",
        ),
    ],
)
def test_study2_a_named_listeners_reply_is_no_second_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        "Ann would say: It was good.\nAnn would reply: It was bad.",  # the same person again
        "Ann would say: It was good.\nShe would reply: It was bad.",  # a pronoun: maybe her
        "Ann would say: It was good.\nBo would say: It was bad.",  # two sayings, no reply
    ],
)
def test_study2_a_second_line_that_is_no_named_reply_still_conflicts(study2, answer):
    assert parsed(study2, answer).values == {}


# --- "Here's the thing: it was terrible. But ... he'd say 'It wasn't bad.'": the truth ----


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ('The truth: it was bad. But she\'d say "It was good."', "was good"),
        ("The truth is that it was bad. Still, she would say: It was amazing.", "was amazing"),
        ("Here is the thing: it wasn't good. So he'd tell her \"It wasn't bad.\"", "wasn't bad"),
    ],
)
def test_study2_a_sentence_named_as_the_truth_is_no_earlier_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # (named as the answer, or not named at all: two answers)
        "My answer: it was terrible. But he'd say \"It wasn't bad.\"",
        'It was bad. But I\'d say "It was good".',
    ],
)
def test_study2_an_earlier_sentence_not_named_as_the_truth_still_conflicts(study2, answer):
    assert parsed(study2, answer).values == {}
