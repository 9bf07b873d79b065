"""Study 2 answers found by round twenty's held-out set (holdout19), each pattern in
wordings of its own with a near case that must still read: a choice "between" candidates
cut off by the token limit, a bare evaluation beside the sentence, records under a key
flagged as chosen, what the sentence means named after it, the same sentence repeated."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read

# --- "The choice is between A and B": the weighing opens, the cut falls before a choice ---


@pytest.mark.parametrize(
    "answer",
    [
        'She only wants him to feel good, so the choice is between "It was good" and "It was am',
        "My answer is between 'It wasn't bad' and 'It was go",
        'The choice is between "It was terrible" and',
    ],
)
def test_study2_a_marker_that_opens_a_weighing_cut_off_chooses_nothing(study2, answer):
    assert parsed(study2, answer, "length").values == {}


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ('The choice is "It was good".', "was good"),
        ('Between "It was good" and "It was bad", my choice is "It was good".', "was good"),
    ],
)
def test_study2_a_choice_that_closes_the_weighing_still_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# --- A bare evaluation of the set beside the sentence: two evaluations, no choice ----------


@pytest.mark.parametrize(
    "answer",
    [
        "Larry, not bad. It was amazing.",
        "Good! It wasn't terrible.",
        "It was good. Really bad.",
        "Not bad at all, Tom. It was good.",
    ],
)
def test_study2_a_bare_evaluation_beside_another_sentence_is_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ("Not bad. It wasn't bad.", "wasn't bad"),
        ("Amazing! It was amazing.", "was amazing"),
        ("Wow. It was amazing.", "was amazing"),
        ("Good question. It was bad.", "was bad"),
        ("It wasn't... hmm... amazing.", "wasn't amazing"),
    ],
)
def test_study2_the_same_evaluation_or_no_word_of_the_set_beside_it_still_reads(
    study2, answer, utterance
):
    assert utterance_read(study2, answer) == utterance


# --- Records under a key, a flag marking the chosen one -----------------------------------


def _records(flags: list[bool], key: str = "chosen") -> str:
    sentences = ["It was good", "It wasn't bad", "It wasn't terrible"][: len(flags)]
    items = ", ".join(
        f'{{"text": "{s}", "{key}": {str(f).lower()}}}'
        for s, f in zip(sentences, flags, strict=True)
    )
    return f'{{"candidates": [{items}]}}'


@pytest.mark.parametrize(
    "answer, utterance",
    [
        (_records([False, True, False]), "wasn't bad"),
        (_records([True, False, False], "selected"), "was good"),
        (_records([False, False, True]), "wasn't terrible"),
    ],
)
def test_study2_the_record_its_flag_marks_under_a_key_is_the_choice(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer", [_records([False, False, False]), _records([True, True], "pick")]
)
def test_study2_records_under_a_key_none_singled_out_are_a_list(study2, answer):
    assert parsed(study2, answer).values == {}


# --- What the sentence means, named after it ("a nice way of saying ...") -----------------


@pytest.mark.parametrize(
    "answer, utterance",
    [
        (
            'Kyle would say "It was amazing", which is a kind way of saying "It was bad".',
            "was amazing",
        ),
        ('She\'d say "It wasn\'t bad", another way to say "It was good".', "wasn't bad"),
        ("He'll answer 'It was good', which really means 'It was terrible'.", "was good"),
    ],
)
def test_study2_what_the_sentence_means_is_no_second_sentence(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_study2_the_meaning_of_a_sentence_not_given_leaves_it_weighed(study2):
    # (a sentence under a condition, then what it means: nothing given)
    answer = 'She is likely to say "It was amazing" if asked, a polite way of saying "It was bad".'
    assert parsed(study2, answer).values == {}


def test_study2_a_way_of_saying_with_no_sentence_before_it_still_reads(study2):
    assert utterance_read(study2, 'The kindest way of saying it: "It wasn\'t bad".') == (
        "wasn't bad"
    )


# --- The same sentence on every line: said again, not a list of candidates ----------------


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ("It was good.\nIt was good.\nIt was good.", "was good"),
        ('1. "It wasn\'t bad"\n2. "It wasn\'t bad"\n3. "It wasn\'t bad"', "wasn't bad"),
        ("It was amazing!\nIt was amazing.\nit was amazing", "was amazing"),
    ],
)
def test_study2_one_sentence_repeated_line_by_line_is_that_sentence(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    ["It was good.\nIt was good.\nIt was amazing.", "It was bad\nIt wasn't bad\nIt was bad"],
)
def test_study2_lines_of_different_sentences_are_still_a_list(study2, answer):
    assert parsed(study2, answer).values == {}


# --- The speaker's pick in the present or past tense ("she goes with", "he picks") --------


@pytest.mark.parametrize(
    "answer, utterance",
    [
        ("so id say she goes with it wasnt bad", "wasn't bad"),
        ('Knowing Ann, she picks "It was good".', "was good"),
        ("In the end he went with 'It wasn't terrible'.", "wasn't terrible"),
    ],
)
def test_study2_the_speakers_pick_in_another_tense_marks_the_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_study2_a_pick_in_another_tense_that_is_rejected_gives_nothing(study2):
    answer = "She never picks \"It was amazing\" or 'It was good' for a talk like that."
    assert parsed(study2, answer).values == {}
