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


# A remark on the situation, not the thing ("It's a completely different scenario
# altogether", s2-im-1968): a task or situation noun, an adverb closing it, states no frame.
@pytest.mark.parametrize(
    "answer",
    [
        "It's a completely different scenario altogether.",
        "It's a different scenario altogether.",
        "That's a different question entirely.",
        "It's a tough scenario here.",
        "It's a different situation altogether.",
        "It's a whole different story.",
        "It's a completely different matter altogether.",
        "It's a different case altogether.",
    ],
)
def test_a_remark_on_the_situation_states_no_frame(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the thing itself, with a noun or a word outside the four, keeps its frame
        ("It was a good story.", "was good"),
        ("It was a different cake altogether.", "was "),
        ("It's a completely different painting altogether.", "was "),
        ("It was a great performance altogether.", "was "),
        ("It was okay altogether.", "was "),
        ("It was a great situation.", "was "),
        ("It was a good effort.", "was good"),
    ],
)
def test_near_a_remark_on_the_situation_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# In prose that marks no answer, the phrase as the second clause of the answerer's own
# sentence ("So, this is Albert's perspective, and it is very good.", s2-im-1388): its "it"
# is what the first clause named, narrated; no sentence given.
_PROSE = "Albert looked at the painting for a while, thinking about Frank's work over many weeks. "


@pytest.mark.parametrize(
    "answer",
    [
        "This is Albert's view of the painting, and it is very good. Albert is happy with "
        "what he sees, and he wants Frank to know how he feels about his work.",
        _PROSE + "So, this is Albert's perspective, and it is very good.",
        _PROSE + "The painting was colourful, and it was good.",
        _PROSE + "That is how Albert sees the song, but it wasn't bad.",
    ],
)
def test_a_narrated_second_clause_gives_no_sentence(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an answer marker points at it, or it stands as a sentence of its own
        (
            "I'd say this is Albert's view, and it is very good. Albert is happy with what he "
            "sees, and he wants Frank to know how he feels about all of it.",
            "was good",
        ),
        (_PROSE + "In the end, he'd say it was good.", "was good"),
        (_PROSE + "So it was good.", "was good"),
        (_PROSE + "Honestly, Frank, it was good.", "was good"),
        ("The cake was dry, but it was good.", "was good"),
    ],
)
def test_near_a_narrated_second_clause_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# A first clause in the prompt's frame, then a quote the speaker (one word: a pronoun or
# her name) might prefer or say instead, closing the sentence (perhaps with its purpose or
# thing): two sentences offered, both fields empty.
@pytest.mark.parametrize(
    "answer",
    [
        'It was okay, though she might prefer "It was sweet".',
        'It was good, though Maria might prefer "It was amazing".',
        'It wasn\'t bad, though he might prefer "It was good".',
        'It was good, although she may prefer "It was amazing".',
        'It was good, but he might prefer "It wasn\'t bad".',
        'It wasn\'t bad, though Priya might prefer "It was good" for the cookie.',
        'It was good, though she might say "It was amazing" to be kind.',
        'It was good. Though Tom might prefer "It was amazing".',
    ],
)
def test_a_quote_she_might_prefer_after_the_first_clause_is_a_second_offer(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # someone else's preference is theirs, not an offer
        ('It was good, though her friends might prefer "It was amazing".', "was good"),
        ('It was good. Her friends might prefer "It was amazing".', "was good"),
        ('It was good, though some might say "It was amazing".', "was good"),
        # the same sentence again, or no quote
        ('It was good, though she might prefer "It was good".', "was good"),
        ("It was good, though she might prefer it warmer.", "was good"),
        # (a sentence apart: someone else's report leaves the first sentence, said or preferred)
        ('It was okay. Her friends might say "It was sweet" though.', "was "),
        ('It was okay. Some might say "It was lovely".', "was "),
        # (the old shape, a sentence apart, stays no choice)
        ('It was okay. She might prefer "It was sweet" though.', " "),
    ],
)
def test_near_a_quote_she_might_prefer_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# Someone else's sentence ("Her friends might prefer ...", "some might say it was ...",
# quoted or not), then the answerer's own in a contrasting clause: the answerer's own is the
# answer.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ('Her friends might prefer "It was good", but I\'d say "It wasn\'t bad".', "wasn't bad"),
        ('His mother might prefer "It was amazing", but I\'d say "It was good".', "was good"),
        ('Some might prefer "It was amazing", but I would say "It was good".', "was good"),
        ("Her friends might prefer \"It was good\", but I'd say it wasn't bad.", "wasn't bad"),
        ('Her friends might prefer "It was good", but I\'d pick "It wasn\'t bad".', "wasn't bad"),
        ('Though some might say "It was amazing", I\'d say it was good.', "was good"),
        ("Though some might say it was amazing, I'd say it was good.", "was good"),
        ("Though her sister might say it was terrible, I'd say it wasn't good.", "wasn't good"),
        ("Some might say it was amazing; I would say it was good.", "was good"),
        ('While some might say "It was good", I\'d say it was amazing.', "was amazing"),
    ],
)
def test_the_answerers_own_sentence_after_someone_elses_is_the_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # only someone else's sentence
        'Her friends might prefer "It was good".',
        "Some might say it was amazing.",
        "Some might say it was amazing, I think.",
        "Some people, I think, would say it was amazing.",
        # the answerer's own offers two
        "Some might say it was amazing, but I'd say it was good or maybe it wasn't bad.",
        # no own clause after theirs
        "Though some might say it was amazing, it was good.",
    ],
)
def test_near_someone_elses_sentence_gives_no_answer(study2, answer):
    assert utterance_read(study2, answer) == " "


# The answer, then a candidate its own sentence judges ('"It was good" would be too much'):
# a rejected candidate, not a second item of a row; the answer stands.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ('It wasn\'t bad. "It was good" would be too much.', "wasn't bad"),
        ('It wasn\'t bad. "It was amazing" would be too much.', "wasn't bad"),
        ('It was good. "It was amazing" would be too much.', "was good"),
        ('It wasn\'t bad. "It was good" might be too much.', "wasn't bad"),
        ('It was bad. "It was terrible" would be too harsh.', "was bad"),
        ('It wasn\'t good. "It was terrible" would be too much.', "wasn't good"),
        ('"It wasn\'t bad." "It was good" would be too much.', "wasn't bad"),
        ("It was good. It was amazing would be too much.", "was good"),
        (
            'It wasn\'t bad. "It was good" would be too much. "It was amazing" would be a lie.',
            "wasn't bad",
        ),
    ],
)
def test_a_candidate_judged_after_the_answer_is_rejected(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # a second sentence offered or given, not judged
        'It wasn\'t bad. "It was good" would be fine too.',
        "It wasn't bad. It was good.",
        'It wasn\'t bad. "It was good".',
        # joined by "and": both offered
        'It wasn\'t bad and "It was good" would be too much.',
        'she\'d say "it was amazing" and then say "it was not bad" would make it more likely.',
    ],
)
def test_near_a_judged_candidate_gives_no_choice(study2, answer):
    assert utterance_read(study2, answer) == " "
