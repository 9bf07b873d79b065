"""Study 1 answers of the shapes the holdout24 set found misread: each with a near case
that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed

BLOCK = "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 0%, 3: 100%\n\n"


@pytest.mark.parametrize(
    ("knowledge", "read"),
    [
        # reasoning in the part concludes one word, a line keyed "Answer:" gives the other:
        # stated twice differently
        ("Mark has looked at all 3 exams, so yes, he knows exactly.\nAnswer: no", None),
        ("She opened every box, so yes.\nAnswer: no", None),
        ("He saw only one, so no.\nResponse: yes", None),
        # near: the closing line agrees
        ("Mark has looked at all 3 exams, so yes, he knows exactly.\nAnswer: yes", "yes"),
        ("He saw one, so no.\nAnswer: no", "no"),
        # near: a line numbered "3:" is still an item of something else
        ("He saw all, so yes.\n3: no", "yes"),
    ],
)
def test_study1_a_closing_answer_line_restates_knowledge(study1, knowledge, read):
    reading = parsed(study1, BLOCK + "Knowledge: " + knowledge)
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == [0, 0, 0, 100]
    assert reading.values.get("Knowledge_A") == read


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # a "no", then at once the claim affirmed of a named speaker: both
        (
            "Based on the given percentages, the answer is no, Laura knows exactly how many "
            "checks there are.",
            None,
        ),
        ("No, Mark knows exactly how many exams passed.", None),
        ("Yes, Ben does not know exactly how many letters have checks.", None),
        # near: the claim said the same way as the word
        ("The answer is no, Laura doesn't know exactly how many there are.", "no"),
        ("The answer is yes, Laura knows exactly how many there are.", "yes"),
        # near: what he knows of the ones he saw is explanation
        ("No, Mark knows about the one he saw.", "no"),
    ],
)
def test_study1_a_word_then_the_named_speakers_claim(study1, answer, read):
    assert parsed(study1, answer).values.get("Knowledge_A") == read


@pytest.mark.parametrize(
    ("prior", "read"),
    [
        # a state keyed to a blank value under the prior's label: no count
        ("0: NaN", None),
        ("1: N/A", None),
        ("3: null", None),
        ("2: unknown", None),
        # near: a count keyed to its reason in words
        ("3: the seeds almost always sprout", 3),
        ("2", 2),
    ],
)
def test_study1_a_prior_keyed_to_a_blank_value_counts_nothing(study1, prior, read):
    reading = parsed(study1, f"Prior: {prior}\nBets: 0: 5%, 1: 5%, 2: 20%, 3: 70%\nKnowledge: no")
    assert reading.values.get("Prior_A") == read
    assert bets_read(reading) == [5, 5, 20, 70]
    assert reading.values.get("Knowledge_A") == "no"


LEAD = "My prior is 3.\n\nFor the $100: I'd place $80 on all three tickets. Two winners gets $20. "


@pytest.mark.parametrize(
    ("sentence", "bets"),
    [
        # options left without money are given none
        ("I'd leave zero and one winner without any money.", [0, 0, 20, 80]),
        ("I'd leave 0 and 1 with nothing.", [0, 0, 20, 80]),
        ("Leaving zero and one empty.", [0, 0, 20, 80]),
        ("I leave one without bets, zero too.", [None, 0, 20, 80]),
        # near: left to something else, no amount
        ("I'd leave zero and one winners aside.", [None, None, 20, 80]),
        ("I'd leave one to chance.", [None, None, 20, 80]),
        # near: the forms read before
        ("I'd put no money on zero and one.", [0, 0, 20, 80]),
    ],
)
def test_study1_options_left_without_money_get_nothing(study1, sentence, bets):
    reading = parsed(study1, LEAD + sentence + "\n\nDoes Joe know exactly? No.")
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # the answer numbers the questions its own way: the knowledge statement under
        # "Question 2" is the knowledge answer
        (
            "Question 1: All three tickets, I think.\nQuestion 2: Joe knows exactly how "
            "many of the 3 tickets have won - he checked every one.",
            "yes",
        ),
        ("Q1: 2\nQ2: Mark does not know exactly how many exams passed.", "no"),
        # near: a bare word under another question's number answers that one
        ("Question 1: 3\nQuestion 2: He saw all, so yes.", None),
        # near: the claim inside the bets' own labelled part
        ("Prior: 3\nBets: Joe knows exactly how many won, so 3: 100%.", None),
    ],
)
def test_study1_a_knowledge_statement_numbered_its_own_way(study1, answer, read):
    assert parsed(study1, answer).values.get("Knowledge_A") == read


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # the answer's one numbered line, keyed by the yes/no question's number
        ("Mark's 3 intro bio students took an exam yesterday.\n3: Yes", "yes"),
        ("The story is about exams.\n3. No.", "no"),
        ("Mark checked them.\n**3)** yes, he saw all of them", "yes"),
        # near: another question's number, or one past the questions
        ("Mark has exams.\n2: yes", None),
        ("Mark has exams.\n4: yes", None),
        # near: words that are no value
        ("Mark has exams.\n3: the exam was hard", None),
        ("Mark has exams.\n3: Yes or no, hard to say", None),
        # near: a labelled knowledge part beside it keeps its answer
        ("Prior: 2\nKnowledge: no\n3: yes", "no"),
    ],
)
def test_study1_a_lone_line_numbered_as_the_yes_no_question(study1, answer, read):
    assert parsed(study1, answer).values.get("Knowledge_A") == read


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # the own part left as placeholders: the statement outside it is the answer
        (
            "Joe knows exactly how many of the 3 tickets have won.\n\nBets: 0: <percent>%\n"
            "Knowledge: 1: <percent>%\nNo answer",
            "yes",
        ),
        ("Mark does not know exactly how many exams passed.\n\nPrior: 3\nKnowledge: N/A", "no"),
        # near: a garbled value in the part is no blank
        ("Joe knows exactly how many won.\nKnowledge: 0:15", None),
        # near: an undecided part stays undecided
        ("He saw all three, so he knows exactly how many.\nKnowledge: hard to say", None),
        # near: the part's own answer differs from the statement: both
        ("Joe knows exactly how many won.\nKnowledge: no", None),
    ],
)
def test_study1_a_blank_knowledge_part_beside_a_statement(study1, answer, read):
    assert parsed(study1, answer).values.get("Knowledge_A") == read


@pytest.mark.parametrize(
    ("answer", "prior", "bets", "knowledge"),
    [
        # one line, its parts between arrows, in question order
        ("3 -> 0 5 25 70 -> no", 3, [None] * 4, "no"),
        ("3 -> 0%, 10%, 20%, 70% -> no", 3, [0, 10, 20, 70], "no"),
        ("3 → 0%, 5%, 25%, 70% → yes", 3, [0, 5, 25, 70], "yes"),
        ("2 => $0 $10 $40 $50 => no", 2, [0, 10, 40, 50], "no"),
        # near: arrows that tie options to their amounts
        ("2 -> 40%, 3 -> 60%", None, [None, None, 40, 60], None),
        ("1 -> 40%, 2 -> 30%, 3 -> 30%", None, [None, 40, 30, 30], None),
    ],
)
def test_study1_a_line_of_parts_between_arrows(study1, answer, prior, bets, knowledge):
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == knowledge
