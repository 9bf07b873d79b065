"""Study 2's readers on answers shaped as the catalog's open models write them (Gemma's
bold bullets, Llama's echoed question, Phi-3's numbered options and follow-up exercises,
small models repeating a line): each pattern in a few wordings, and a near case that must
still read."""

from __future__ import annotations

import pytest

from llm_pragmatics.extraction.readers import DIRECT

from .test_readers import parsed, utterance_read


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the last line speaks of a phrase only inside a clause of its own sentence: it
        # picks nothing; a sentence about the answer ("This is ...") explains the one
        # sentence given before it, which is the answer (loosely; round 20b)
        (
            "It wasn't terrible. \n\nThis is a gentle way of saying it without pretending "
            "it was good.",
            "wasn't terrible",
        ),
        ("It wasn't bad.\n\nThis is kind without claiming it was good.", "wasn't bad"),
        (
            "It wasn't amazing.\n\nThis keeps things honest without denying it was good.",
            "wasn't amazing",
        ),
        # also inside a quote: a listener's line that goes on with the story
        ('It was good.\n\nWendy smiled. "Really? I thought it was terrible!"', " "),
        ("It wasn't bad.\n\nKyle grinned. 'Honestly, I was sure it was terrible.'", " "),
        # near: a last line that gives the phrase as its own sentence still picks it
        (
            "Let me think about Emma's goal.\nShe wants Wendy to feel good.\nIt wasn't bad.",
            "wasn't bad",
        ),
        ("Kindness matters here.\nSo she'd say \"It wasn't bad.\"", "wasn't bad"),
    ],
)
def test_a_phrase_inside_a_clause_of_the_last_line_is_no_pick(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a quoted candidate whose effect on the listener is told is weighed, even after
        # a bullet's label and colon; the pick comes after
        (
            '**Kindness:** "It was amazing" would make Nathan feel great.\n'
            "* **Honesty:** Patrick only felt 1 heart.\n\n"
            'The best balance is probably **"It wasn\'t bad."**',
            "wasn't bad",
        ),
        (
            '* Kind: "It was amazing" would really make Nathan happy.\n'
            '* Honest: "It was bad" would be accurate.\n\nSo: "It wasn\'t bad."',
            "wasn't bad",
        ),
        ("Pros: 'It was good' would cheer her up.\n\nI'd go with 'It wasn't bad'.", "wasn't bad"),
        # with no pick after it, nothing is chosen
        ('**Kindness:** "It was amazing" would make Nathan feel great.', " "),
        # near: a labelled line that gives the phrase as a sentence still reads
        ("Kindness: It was amazing.", "was amazing"),
    ],
)
def test_a_candidate_whose_effect_is_told_is_weighed(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a numbered or lettered list, then the pick named by its key after "is"/"would be"
        (
            "1. It was terrible - too harsh\n2. It was bad - still harsh\n"
            "3. It wasn't bad - a gentle understatement\n4. It was good - a lie\n\n"
            "The best choice is option 3.",
            "wasn't bad",
        ),
        ("1. It was good\n2. It wasn't bad\n\nMy pick would be 2.", "wasn't bad"),
        (
            "Options:\na) It was terrible\nb) It wasn't bad\n\nThe most likely answer is b.",
            "wasn't bad",
        ),
        # near: a key the list does not have names nothing
        ("1. It was terrible - harsh\n2. It wasn't bad - kind\n\nThe answer is 3.", " "),
    ],
)
def test_a_list_item_named_by_its_key_after_a_copula(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # one sentence said again on every line (a small model repeating) is that sentence
        ("It was good. \n\nIt was good. \n\nIt was good.", "was good"),
        (
            "It wasn't amazing.\nIt wasn't amazing.\nIt wasn't amazing.\nIt wasn't amazing.",
            "wasn't amazing",
        ),
        ("**It was bad.**\n\n**It was bad.**\n\n**It was bad.**", "was bad"),
        # near: a column of sentences that differ is still a list with no choice
        ("It was good.\nIt was good.\nIt was great.", " "),
        ("1. It wasn't bad\n2. It was okay\n3. It was fine", " "),
    ],
)
def test_one_sentence_repeated_on_every_line_is_no_list(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # after the answer, an exercise the model sets itself and answers: another question
        (
            "Final Answer: It was terrible.\n\n### Follow-up Question 1:\n"
            "What if Karen wanted to make Jenny feel good instead?\n\nAnswer: It wasn't bad.",
            "was terrible",
        ),
        (
            "It wasn't terrible.\n\nInstruction 2 (more difficult): Imagine that Robert felt "
            "3 hearts. What would Robert say?\n\nSolution 2: It was amazing.",
            "wasn't terrible",
        ),
        (
            "It wasn't bad.\n\nQuestion 2:\nWhat if Emma wanted to be informative?\n"
            "Answer: It was bad.",
            "wasn't bad",
        ),
        # near: a table's numbered rows (read as "question 2: ...") ask nothing: a list
        ("| # | Sentence |\n|---|---|\n| 1 | It wasn't terrible |\n| 2 | It was good |", " "),
        ("It wasn't bad.\n\nQuestion 2: It was good.", " "),
    ],
)
def test_a_follow_up_question_the_model_sets_itself_answers_another(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert DIRECT not in parsed(study2, answer).grades.values()


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the question echoed ("... most likely to say?") points at nothing: the options
        # restated after it are no earlier answer
        (
            'What would Henry be most likely to say? The options are "It was terrible", '
            '"It was bad", "It was good", "It was amazing", "It wasn\'t terrible", '
            '"It wasn\'t bad", "It wasn\'t good", "It wasn\'t amazing".\n\n'
            'Henry would say: "It wasn\'t terrible."',
            "wasn't terrible",
        ),
        (
            "What would Emma say? The choices are 'It was good' and 'It wasn't bad'. "
            "Emma would say 'It wasn't bad'.",
            "wasn't bad",
        ),
        # near: a rhetorical marker before the answer still points at it
        ('My pick? "It wasn\'t bad."', "wasn't bad"),
        ('She would say: "It was good." Her answer is "It was amazing."', " "),
    ],
)
def test_the_question_echoed_is_no_answer_marker(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
