"""Study 2's readers on the shapes the scored holdout22 set found: a sentence that closes
on a word outside the four (in another language, or followed by a short explanation)
still states its frame; one utterance that evaluates again with "also"; sentences offered
under conditions beside a narrative. Each pattern in a few wordings, with near cases that
must not change."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read


# A word outside the four in another language: the sentence still states its frame, and
# the frame alone is read below certainty.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("It was magnífico.", "was "),
        ("It wasn't génial!", "wasn't "),
        ("It was ótimo.", "was "),
    ],
)
def test_a_frame_before_a_word_in_another_language_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert parsed(study2, answer).grades == {"Was_Wasnt": "loose"}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a word of the four after the frame is read in full, as before
        ("It was amazing.", "was amazing"),
        # a word in another language with no frame states nothing
        ("Magnífico.", " "),
    ],
)
def test_near_a_word_in_another_language_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# A first sentence in the prompt's frame that closes on a word outside the four, then its
# reason (in its paragraph or the next): the sentence is the answer and states its frame;
# the frame alone is read below certainty, the assessment left empty.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("It was lovely! Ben wants Carla to feel proud of her song.", "was "),
        ("It wasn't brilliant. Kim felt one heart and wants to be truthful.", "wasn't "),
        ("It was decent.\n\nSam wants Ella to feel better, so he'd say something kind.", "was "),
        # the reason names a candidate it sets aside
        ('It wasn\'t great.\n\nShe felt one heart, but "bad" would be too harsh.', "wasn't "),
        ('It was so-so. He felt two hearts, and "amazing" would overstate it.', "was "),
    ],
)
def test_a_framed_sentence_before_its_reason_states_its_frame(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert parsed(study2, answer).grades == {"Was_Wasnt": "loose"}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a word of the four: the sentence read in full, as before
        ("It was good! Ben wants Carla to feel proud of her song.", "was good"),
        ('It wasn\'t bad.\n\nShe felt one heart, but "terrible" would be too harsh.', "wasn't bad"),
    ],
)
def test_a_sentence_of_the_set_before_its_reason_reads_in_full(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # a second evaluation after it ("superb. Not bad.": no sentence gives both fields)
        "It was fine. Not bad.",
        "It was nice.\n\nReally good.",
        # another sentence, or another candidate offered
        "It was great. It was fine.",
        "It was fine. Or maybe she'd call it lovely.",
        'It was fine. She might call it "lovely" instead.',
        # a list of candidates, all outside the four
        "Options: It was great. It was fine. It was nice.",
        "- It was great.\n- It was fine.",
        # a sentence that closes on more than one word is no frame given alone
        "It was a hard call. Ben wants Carla to feel proud.",
    ],
)
def test_a_framed_sentence_beside_another_answer_stays_empty(study2, answer):
    assert parsed(study2, answer).values == {}


# One utterance that evaluates the thing a second time with another of the four, added by
# "also" ("..., but it was also amazing"): two of the forms, no choice.
@pytest.mark.parametrize(
    "answer",
    [
        'The best reply: "It was, honestly, bad, but it was also amazing in a way."',
        "He'd say \"It wasn't good, though it was also bad.\"",
        "It wasn't terrible, and it was also good.",
    ],
)
def test_an_utterance_that_adds_another_word_is_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # what "also" adds is a word outside the four, or about another thing
        ('She\'d say "It was good, and it was also fun."', "was good"),
        ("It wasn't bad, and it's still good that he tried.", "wasn't bad"),
        # the phrases of a ranking in one sentence are judged as before
        ("Most to least likely: It wasn't bad > It was good > It wasn't terrible.", "wasn't bad"),
    ],
)
def test_an_utterance_that_adds_no_word_of_the_four_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# Two sentences offered under different conditions ("If she wanted to be kind, she could
# say '...'. If she wanted to be honest, ..."), choosing none: a phrase of the set told in
# the answer's own narration, or one of the offers itself, is no choice.
@pytest.mark.parametrize(
    "answer",
    [
        "Lena tasted the pie, and it was good.\n\nIf Lena wanted to be kind, she could say "
        'something like: "Your pie was lovely."\n\nIf Lena wanted to be strict, she could say '
        'something like: "Your pie was dry."',
        'If Omar wanted to spare her, he could say "It was good." If he wanted to be frank, '
        'he could say "It was bland."',
        'If Omar wants to spare her, he might say "It was good." If he wants to be frank, '
        'he might say "The crust was soggy."',
    ],
)
def test_sentences_offered_under_conditions_are_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the answer given apart from the conditions: a marker points at it, or it is a
        # sentence of its own
        (
            'She would say "It was good." If she wanted to be blunt, she could say '
            '"It was dry." If she wanted to gush, she could say "It was lovely."',
            "was good",
        ),
        (
            'It was good.\n\nIf she wanted to be blunt, she could say "It was dry." '
            'If she wanted to gush, she could say "It was lovely."',
            "was good",
        ),
        # one condition, with the other offer rejected in it: the sentence it gives
        (
            'If Tom wanted to be kind, he would answer not "It was terrible" but "It wasn\'t bad."',
            "wasn't bad",
        ),
        # quotes inside the conditions, supposed, not offered
        (
            'If she had said "It was dry", he would sulk. If she had said "It was odd", he '
            "would frown. So she'd say it was good.",
            "was good",
        ),
    ],
)
def test_a_sentence_given_apart_from_conditional_offers_still_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# A word of the four followed by "to" and a verb ("it's good to be kind", "it would be bad
# to lie"): a remark about an action, not an evaluation of the thing. A first sentence in
# the prompt's frame closed by a word outside the four, with such a remark in its reason,
# states its frame (read loosely, the assessment empty); the remark alone states nothing.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("It was lovely. He felt two hearts; it's good to be kind.", "was "),
        ("It wasn't great. Mia felt one heart, and it's terrible to hurt her.", "wasn't "),
        ("It was nice. Ravi wants Jo to feel proud; it would be bad to lie.", "was "),
        ("It was sweet. She felt three hearts, and it's good to be supportive.", "was "),
    ],
)
def test_a_remark_about_an_action_in_the_reason_is_no_second_evaluation(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert parsed(study2, answer).grades == {"Was_Wasnt": "loose"}


@pytest.mark.parametrize(
    "answer",
    [
        "It's good to be kind.",
        "It's terrible to be rude to a friend.",
    ],
)
def test_a_remark_about_an_action_alone_states_nothing(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "to be honest", "to be fair": a filler on how it is said, the sentence as before
        ("It was good to be honest.", "was good"),
        ("It wasn't bad to be fair.", "wasn't bad"),
        ("It was amazing, to be honest.", "was amazing"),
        # the thing itself taken in, closing the sentence
        ("It was amazing to watch.", "was amazing"),
        # a sentence of the set given first, the remark after it
        ("It was good. It's good to be kind.", "was good"),
        # a sentence of the set that evaluates the thing, the only one of the eight forms
        ("It was lovely. He felt two hearts; it was good.", "was good"),
    ],
)
def test_near_a_remark_about_an_action_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# The answer's first sentence in the prompt's frame, then another sentence the speaker might
# prefer or say instead, quoted at the close of its sentence: two sentences offered without
# a choice, both fields empty (not even the frame they share).
@pytest.mark.parametrize(
    "answer",
    [
        'It was okay. She might prefer "It was sweet" though.',
        'It was okay. Leo might say "It was charming" instead.',
        'It was okay. He may prefer "It wasn\'t great" instead.',
        'It was good. She might prefer "It was sweet" though.',
        # the sentence preferred is one of the eight
        'It was okay. She might prefer "It was good" though.',
        "It wasn't great. Ana might prefer \"It wasn't bad,\" though.",
        'It was good. She could say "It was amazing" instead.',
    ],
)
def test_a_sentence_the_speaker_might_prefer_after_the_answer_is_no_choice(study2, answer):
    assert parsed(study2, answer).values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a quoted candidate weighed and set aside after the sentence
        ('It was okay. "It was sweet" would be too much.', "was "),
        ('It was okay. She might prefer "It was sweet" though, but it overstates it.', "was "),
        # a sentence of the eight given first, the same one offered again
        ('It was good. She might say "It was good" too.', "was good"),
        # someone else's preference, reported
        ('It was okay. Her friends might prefer "It was sweet" though.', "was "),
    ],
)
def test_near_a_sentence_the_speaker_might_prefer_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    "answer",
    [
        # a quote rejected with "rather than", and another's words before the answerer's
        # own: as before (empty)
        'It was okay, rather than "It was sweet".',
        'Though some might say "It was sweet", I\'d say it was okay.',
    ],
)
def test_near_rejected_or_reported_quotes_stay_as_before(study2, answer):
    assert parsed(study2, answer).values == {}
