"""Study 2's readers on the shapes the scored holdout24 set found: one quoted utterance
that evaluates again negated or as "a good thing"; a sentence about the speaker's own
thing ("my dance was bad"); a frame inside a relative clause ("the question that was
asked"); a run of words rejected after a given sentence; a check mark before a "best"
label; a sentence adverb before a bare word ("Honestly? Bad."); the frame chosen as the
sentence's opening; a frame closed by the hearts. Each pattern in a few wordings, with
near cases that must not change."""

from __future__ import annotations

import pytest

from .test_readers import utterance_read


# One utterance with two of the set's evaluations, the second negated or as "a good
# thing", is no choice: both fields empty.
@pytest.mark.parametrize(
    "answer",
    [
        "She'd say \"It's not a bad thing, but it's also not a good thing.\"",
        "So, the right answer is \"When you compare to a good thing, it's not a bad thing, "
        "but it's also not a good thing.\"",
        'The right answer is "It was terrible, and it\'s also not a good thing."',
        "He would say: \"It wasn't bad, but it's not good either.\"",
        'Answer: "It was bad. It\'s not amazing."',
    ],
)
def test_an_utterance_that_evaluates_again_negated_gives_no_choice(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the other evaluation with a word outside the four, or about the speaker
        ("She'd say \"It wasn't terrible, though it wasn't great.\"", "wasn't terrible"),
        ("She'd say \"It wasn't bad. I'm not good at this either.\"", "wasn't bad"),
        ("She'd say \"It wasn't bad, and this is not a bad thing.\"", "wasn't bad"),
    ],
)
def test_near_an_utterance_evaluating_again_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# The thing is always the listener's: a sentence about "my <thing>" in the speaker's line
# is about the speaker's own ("I was bad at it too"), no answer.
@pytest.mark.parametrize(
    "answer",
    [
        "She might say, \"I just tried to be awesome, but my dance was really bad and I'm "
        "not sure if 3 hearts are right. I don't know what I'm doing, but I'm doing the best, "
        "I'm just not sure if my dance is okay.\"",
        'She might say, "My dance was really bad, so who am I to judge."',
        'He\'d say "I tried, but my cake was terrible too."',
        'Leo: "My essay was good, but I\'m no expert."',
    ],
)
def test_the_speakers_own_thing_is_no_answer(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ('She\'d say "Your dance was terrible."', "was terrible"),
        ("Kelly's dance was good.", "was good"),
        ('"Oh my, it was amazing!"', "was amazing"),
        ('She\'d say "My goodness, it was amazing!"', "was amazing"),
        # the listener's beside the speaker's own: the listener's is read
        ('She\'d say "My own dance was bad, but your dance was amazing."', "was amazing"),
    ],
)
def test_near_the_speakers_own_thing_reads_the_listeners(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# A frame in a relative clause about another noun ("the question that was asked") tells
# of that noun, not of the thing: no frame.
@pytest.mark.parametrize(
    "answer",
    [
        "You are a participant in a study of how people talk to each other. Read each "
        "scenario carefully and answer the question that was asked of you.",
        "Please answer the question that was asked of you.",
        "Read the scenario that was given and answer.",
    ],
)
def test_a_frame_in_a_relative_clause_is_no_frame(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("It was lovely.", "was "),
        ("I think that was lovely.", "was "),
        ("She'd say \"It wasn't\" here.", "wasn't "),
    ],
)
def test_near_a_relative_clause_a_frame_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# Several of the words after "rather than saying" or "instead of saying" are rejected
# together, before or after the sentence given: the given one stays the answer.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        (
            "Grace would most likely say \"It wasn't bad.\"\n\nWith only one heart, she didn't "
            "really enjoy the film, but since she wants Heather to feel good, she'd reach for "
            "the gentlest honest-sounding option rather than saying it was terrible or bad.",
            "wasn't bad",
        ),
        ("She'd say \"It wasn't bad\", rather than saying it was terrible or bad.", "wasn't bad"),
        (
            "He'd say \"It wasn't bad.\" He wouldn't say it was terrible, bad or awful.",
            "wasn't bad",
        ),
        ('She would say "It was good" instead of saying it was terrible or bad.', "was good"),
        ('She\'d go with "It was amazing", rather than saying it was bad or good.', "was amazing"),
        ("She'd never say it was bad or good. It was amazing.", "was amazing"),
    ],
)
def test_a_rejected_run_of_words_leaves_the_given_sentence(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # not rejected: several words, or another word offered
        "She would say it was terrible or bad.",
        "She'd say \"It wasn't bad\", or maybe it was terrible or bad.",
        'She would say "It was good", or maybe amazing, rather than saying it was terrible.',
        'She would say "It was good", rather than bad. Or amazing.',
    ],
)
def test_near_a_rejected_run_several_words_give_no_choice(study2, answer):
    assert utterance_read(study2, answer) == " "


# A check mark before a "best" label marks its item (a table's cell "✅ best").
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        (
            "| Option | Fit |\n|---|---|\n| It was good | okay |\n| **It was amazing** | ✅ best |",
            "was amazing",
        ),
        (
            "| Option | Verdict |\n|---|---|\n| It wasn't bad | ✅ best fit |\n"
            "| It was good | too kind |",
            "wasn't bad",
        ),
        ("- It was bad\n- It wasn't bad: ✅ best\n- It was good", "wasn't bad"),
    ],
)
def test_a_check_mark_before_best_marks_the_item(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # a check mark alone, on one row or on both, or "best" on both rows
        "| Option | Fit |\n|---|---|\n| It was good | okay |\n| It was amazing | ✅ |",
        "| Option | Fit |\n|---|---|\n| It was good | ✅ |\n| It was amazing | ✅ |",
        "| Option | Fit |\n|---|---|\n| It was good | ✅ best |\n| It was amazing | ✅ best |",
    ],
)
def test_near_a_marked_item_a_table_gives_no_choice(study2, answer):
    assert utterance_read(study2, answer) == " "


# A sentence adverb closed by a question mark, a comma or dots before a bare word of the
# four ("Honestly? Bad.") is a lead: the word is the assessment, with no frame.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ('Matt: "Honestly? Bad."', " bad"),
        ("Frankly, terrible.", " terrible"),
        ('Tom: "Truthfully? Amazing."', " amazing"),
        ('"Seriously... good."', " good"),
    ],
)
def test_a_sentence_adverb_before_a_bare_word_is_a_lead(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("Why? Bad.", " "),
        ("Good? Bad.", " "),
        ("Honestly? Bad. Or maybe good.", " "),
        ("Honestly? It was okay.", "was "),
    ],
)
def test_near_a_sentence_adverb_lead_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# The frame chosen as the sentence's opening ("he'd open with 'It wasn't' rather than 'It
# was'") is a saying, in a longer answer too: the frame, no word.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        (
            'Chris would open with "It wasn\'t" rather than "It was" — which adjective follows '
            "depends on how blunt he wants to be.",
            "wasn't ",
        ),
        (
            'He would lead with "It was" instead of "It wasn\'t" — the adjective is up to him, '
            "it depends on what he thinks.",
            "was ",
        ),
        (
            'Chris would start with "It wasn\'t" rather than "It was" — which word follows '
            "depends on how blunt he wants to be.",
            "wasn't ",
        ),
        (
            "She'd open with \"It wasn't\" — the rest depends on how kind she wants to be.",
            "wasn't ",
        ),
    ],
)
def test_the_frame_chosen_as_the_opening_is_read(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# The prompt's frame closed by the hearts ("It was 0 hearts.") is a frame with a word
# outside the four, its paragraph's rest an explanation; a later sentence about a person
# ("she is honest") evaluates no thing.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("It was 0 hearts. Molly did not like the poem and she is honest.", "was "),
        ("It wasn't 3 hearts. She liked it but not that much really.", "wasn't "),
        ("It was 1 heart. He was nervous, and she is kind.", "was "),
        ("It was 0 hearts. She is honest.", "was "),
        ("It wasn't great. He's her best friend, after all.", "wasn't "),
    ],
)
def test_a_frame_closed_by_the_hearts_gives_the_frame(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # a later sentence with a word of the four, or with the thing evaluated
        "It was 0 hearts. She is bad at lying.",
        "It wasn't great. She was amazing though.",
        "It was 0 hearts. The poem is long.",
        "It was 0 hearts. It is honest.",
    ],
)
def test_near_a_frame_closed_by_the_hearts_another_evaluation_gives_none(study2, answer):
    assert utterance_read(study2, answer) == " "
