"""Study 1 answers of the shapes the holdout23 set found misread: each with a near case
that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed

ASKED = "Prior: 2\nBets: 0: 5%, 1: 15%, 2: 60%, 3: 20%\nKnowledge: no"


@pytest.mark.parametrize(
    ("after", "bets"),
    [
        # a paragraph that takes the block back and moves two bets: those two are stated
        # twice differently, the others keep their values
        (
            "Actually, that is too sure of two. Let me adjust: 2: 50% and 3: 30%, the "
            "rest unchanged.",
            [5, 15, None, None],
        ),
        # ... the new bets after "adjusted ... to", with no "actually"
        ("I have adjusted two of them, to 1: 25% and 0: 0%.", [None, None, 60, 20]),
        # near: the adjustment gives the same bets again
        ("Actually, let me adjust: 2: 60% and 3: 20%, the rest unchanged.", [5, 15, 60, 20]),
        # near: "actually" in a sentence that revises nothing
        ("Actually, the story is quite clear about the weather.", [5, 15, 60, 20]),
        # near: "for the first time" is no answer to the first question
        ("For the first time the bets felt easy to place.", [5, 15, 60, 20]),
    ],
)
def test_study1_an_adjustment_of_bets_states_them_again(study1, after, bets):
    reading = parsed(study1, ASKED + "\n\n" + after)
    assert reading.values.get("Prior_A") == 2
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("after", "knowledge"),
    [
        # a correction in a later sentence saying what the answer to the question should
        # be: stated twice differently
        (
            "Hold on, I misread that. Ann saw all of them, so the answer to Knowledge "
            "should be yes.",
            None,
        ),
        ("Sorry. She opened every box, so the answer to question 3 should be yes.", None),
        # near: the same answer said again
        ("I checked again: she saw one, so the answer to Knowledge should be no.", "no"),
        # near: "actually" that revises nothing
        ("Actually, the letters were all the same colour.", "no"),
    ],
)
def test_study1_what_the_answer_should_be_restates_knowledge(study1, after, knowledge):
    reading = parsed(study1, ASKED + "\n\n" + after)
    assert reading.values.get("Prior_A") == 2
    assert bets_read(reading) == [5, 15, 60, 20]
    assert reading.values.get("Knowledge_A") == knowledge


IN_ORDER = (
    "Going through them one by one.\n\n"
    "For the first: two. The story leaves room for one bad one.\n\n"
    "For the second, my percentages on 0, 1, 2 and 3 are 5%, 25%, 50% and 20%.\n\n"
    "For the third: no."
)


def test_study1_ordinal_openers_for_every_question_in_order_are_labels(study1):
    # no question named with its noun anywhere: the openers, one per question in order,
    # are the labels
    reading = parsed(study1, IN_ORDER)
    assert reading.values.get("Prior_A") == 2
    assert bets_read(reading) == [5, 25, 50, 20]
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    "answer",
    [
        # near: an opener for the second question missing: no order to read them by
        "For the first: two. The story is clear.\n\nFor the third: no.",
        # near: the openers out of order
        "For the third: no.\n\nFor the first: two.\n\nFor the second, I bet little.",
        # near: "for the first time" opens no answer
        "For the first time in years, two of them failed.\n\nFor the third: no.",
    ],
)
def test_study1_ordinal_openers_not_in_order_label_nothing(study1, answer):
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") is None


@pytest.mark.parametrize(
    ("bets", "read"),
    [
        # options listed, then "are", then their amounts in the same order
        ("my bets on 0, 1, 2 and 3 are 0%, 10%, 30% and 60%.", [0, 10, 30, 60]),
        # near: the colon form, as before
        ("my bets on 0, 1, 2 and 3: 0%, 10%, 30% and 60%.", [0, 10, 30, 60]),
    ],
)
def test_study1_options_then_are_then_amounts(study1, bets, read):
    reading = parsed(study1, f"Prior: 3\nBets: {bets}\nKnowledge: yes")
    assert bets_read(reading) == read


@pytest.mark.parametrize(
    ("first", "prior"),
    [
        # a sentence that gives the answer, then names its question
        ("I would answer two to the first question, as the story hedges.", 2),
        ("I'd say 1 for the first question.", 1),
        # near: the same sentence with a second value in it: stated twice
        ("I would answer three to the first question, or maybe two.", None),
        # near: no value before the question's name
        ("I would answer that differently for the first question.", None),
    ],
)
def test_study1_an_answer_then_its_question_by_ordinal(study1, first, prior):
    answer = (
        f"{first}\n\nFor the second, my bets are 0: 0%, 1: 10%, 2: 60%, 3: 30%.\n\n"
        "For the third: no."
    )
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 10, 60, 30]
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("sentence", "knowledge"),
    [
        # the question in the answerer's words, a long dash, then "I'd say" and the word
        ("As for whether Ann knows exactly — I'd say no, she saw one.", "no"),
        ("As for whether Ann knows exactly – I would say yes.", "yes"),
        # near: "I'd say" and no yes or no after the dash
        ("As for whether Ann knows exactly — I'd say it depends on the light.", None),
    ],
)
def test_study1_the_question_then_a_long_dash_then_the_answer(study1, sentence, knowledge):
    reading = parsed(study1, "Prior: 2\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\n\n" + sentence)
    assert reading.values.get("Knowledge_A") == knowledge


SLASHED = "Prior: 2\nBets: 0: 0%, 1: 15%, 2: 80%, 3: 5%\nKnowledge: yes\n\n"
AS_LABELLED = [0, 15, 80, 5]


@pytest.mark.parametrize(
    ("line", "prior", "bets", "knowledge"),
    [
        # a closing line of slash-split answers that differs states those fields twice: the
        # joined cell is the four bets in order, and each bet that differs is empty
        ("In short: 3 / 0-0-10-90 / no", None, [0, None, None, None], None),
        ("In short: 2 / 0-15-70-15 / yes", 2, [0, 15, None, None], "yes"),
        ("In summary - 2 / 10-15-70-5 / yes", 2, [None, 15, None, 5], "yes"),
        ("TL;DR: 2 / 0%-25%-70%-5% / yes", 2, [0, None, None, 5], "yes"),
        ("Final answer: 2 / 5/15/75/5% / yes", 2, [None, 15, None, 5], "yes"),
        ("Bottom line: 3 / 0%/15%/60%/25% / no", None, [0, 15, None, None], None),
        # ... between pipes or semicolons too
        ("In short: 2 | 0-20-75-5 | yes", 2, [0, None, None, 5], "yes"),
        ("Recap: 2; 0/15/85/0; yes", 2, [0, 15, None, None], "yes"),
        # near: the same answers again change nothing
        ("Summary: 2 / 0/15/80/5 / no", 2, AS_LABELLED, None),
        ("To summarise: 2 / 0-15-80-5 / yes", 2, AS_LABELLED, "yes"),
        ("My final answer: 2 / 0%-15%-80%-5% / yes", 2, AS_LABELLED, "yes"),
        # near: the four states listed, a fifth number, a date, a ratio, dashed numbers in
        # reasoning without a lead
        ("In short: 2 / 0/1/2/3 / yes", 2, AS_LABELLED, "yes"),
        ("In short: 2 / 0-15-70-10-5 / yes", 2, AS_LABELLED, "yes"),
        ("In short: 2 / 3 / 2024", 2, AS_LABELLED, "yes"),
        ("The ratio was 3 / 1 / 2 across the jars.", 2, AS_LABELLED, "yes"),
        (
            "I weighed it as 0-15-70-15 before, and 3 seemed unlikely, so no change.",
            2,
            AS_LABELLED,
            "yes",
        ),
    ],
)
def test_study1_a_slash_summary_restates_the_answers(study1, line, prior, bets, knowledge):
    reading = parsed(study1, SLASHED + line)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == knowledge


def test_study1_an_agreeing_joined_cell_leaves_the_bets_as_sure(study1):
    reading = parsed(study1, SLASHED + "To summarise: 2 / 0-15-80-5 / yes")
    assert {reading.grades[f"probability_{i}"] for i in range(4)} == {"direct"}


@pytest.mark.parametrize(
    "answer",
    [
        # near: bare joined numbers by position alone could be anything
        "3; 0/5/80/15; no",
        "In short: 3 / 0-5-80-15 / no",
        # ... and beside labelled parts of the other questions only, the cell restates no
        # labelled bets: it is placed by position alone
        "Prior: 2\nKnowledge: yes\n\nIn short: 2 / 0-15-80-5 / yes",
        "Prior: 3\nKnowledge: no\n\nTo summarise: 3 / 0/0/10/90 / no",
    ],
)
def test_study1_joined_numbers_by_position_alone_are_no_bets(study1, answer):
    assert bets_read(parsed(study1, answer)) == [None] * 4


LEAD_INS = [
    "Let's think this through carefully.",
    "Okay, let me work through this step by step.",
    "Sure! Here's how I see it:",
    "Hmm, interesting puzzle.",
]
CUT_SECTIONS = (
    "**Before the call.** Seeds almost always sprout within a day, so my prior is **3**.\n\n"
    "**After the call.** Here's how I'd bet my $100:\n- $ 0 on none\n- $ 5 on exactly one\n"
    "- $ 25 on exactly two"
)


@pytest.mark.parametrize("lead", LEAD_INS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_study1_a_lead_in_that_answers_nothing_takes_no_question_s_place(study1, lead, gap):
    # cut after the bet on two: with the lead-in, three paragraphs, which by position would
    # make the lead-in the prior and the bets paragraph the knowledge
    reading = parsed(study1, lead + gap + CUT_SECTIONS, "length")
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == [0, 5, None, None]
    assert reading.values.get("Knowledge_A") is None


@pytest.mark.parametrize("lead", LEAD_INS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_study1_a_lead_in_over_one_answer_per_paragraph(study1, lead, gap):
    for answer in (
        "3\n\n0: 0%, 1: 5%, 2: 25%, 3: 70%\n\nNo.",
        "3\n0: 0%, 1: 5%, 2: 25%, 3: 70%\nNo.",
    ):
        reading = parsed(study1, lead + gap + answer)
        assert reading.values.get("Prior_A") == 3
        assert bets_read(reading) == [0, 5, 25, 70]
        assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    "first",
    [
        # near: a first paragraph that answers something, or hedges, is no lead-in
        "Hmm, hard to say.",
        "Sure, all of them.",
        "Sure, the whole batch.",
        "Okay, most of them.",
        "Okay, I don't think any did.",
        # near: a lead-in, then a paragraph that gives no count in the prior's place
        "Let me think.\n\nThe seeds almost always sprout.",
    ],
)
@pytest.mark.parametrize("after", ["", "\n\nShe only saw one of them, so she can't know."])
def test_study1_no_lead_in_leaves_the_prior_unread(study1, first, after):
    reading = parsed(study1, first + "\n\n0: 0%, 1: 5%, 2: 25%, 3: 70%\n\nNo." + after)
    assert reading.values.get("Prior_A") is None
    assert bets_read(reading) == [0, 5, 25, 70]
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("cut", "bets"),
    [
        # near: the cut touches the bet on one, then the bet on none alone is complete
        ("- $ 0 on none\n- $ 5 on exactly", [0, None, None, None]),
        ("- $ 0 on none\n- $ 5", [0, None, None, None]),
    ],
)
def test_study1_a_lead_in_then_a_cut_keeps_only_what_is_complete(study1, cut, bets):
    answer = CUT_SECTIONS.split("- $ 0")[0] + cut
    reading = parsed(study1, "Let's think this through carefully.\n\n" + answer, "length")
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == bets
