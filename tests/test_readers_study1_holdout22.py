"""Study 1 answers of the shapes the holdout22 set found misread: each with a near case
that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed

ASKED = "**Prior:** 2\n**Bets:** 0: 0%, 1: 10%, 2: 60%, 3: 30%\n**Knowledge:** no"


@pytest.mark.parametrize(
    ("line", "prior", "bets", "knowledge"),
    [
        # a closing line of the answers in question order that turns the knowledge
        # answer: it is stated twice differently
        ("Final: 2 | 0%, 10%, 60%, 30% | Yes", 2, [0, 10, 60, 30], None),
        # ... one that moves two bets, between middle dots: only those two are in doubt
        ("In short: 2 · 0% / 10% / 50% / 40% · no", 2, [0, 10, None, None], "no"),
        # near: the line says every answer again as it was
        ("Final: 2 | 0%, 10%, 60%, 30% | no", 2, [0, 10, 60, 30], "no"),
        # near: one cell per field, as it was
        ("Final answer: 2 | 0% | 10% | 60% | 30% | no", 2, [0, 10, 60, 30], "no"),
        # near: a line of like words under a summary's lead is no row of answers
        ("Summary: base rate · partial look · unseen seed", 2, [0, 10, 60, 30], "no"),
        # near: middle dots between the bets of a bets line
        ("Bets again: 0: 0% · 1: 10% · 2: 60% · 3: 30%", 2, [0, 10, 60, 30], "no"),
        # near: a pipe line with no lead that names it an answer
        ("Jim's note: 3 | 0% | yes", 2, [0, 10, 60, 30], "no"),
    ],
)
def test_study1_a_closing_line_of_every_answer_says_them_again(
    study1, line, prior, bets, knowledge
):
    reading = parsed(study1, ASKED + "\n\n" + line)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("line", "bets", "knowledge"),
    [
        # the answers in one line above labelled notes that only explain them
        ("**Quick answer:** 3 · 0% / 5% / 25% / 70% · No", [0, 5, 25, 70], "no"),
        ("Short answer: 3 | $0, $5, $25, $70 | no", [0, 5, 25, 70], "no"),
        # near: bare numbers in the bets' place could be anything: the line is not read
        ("**Quick answer:** 3 · 0 / 5 / 25 / 70 · No", [None] * 4, None),
    ],
)
def test_study1_a_line_of_answers_over_notes_under_the_labels(study1, line, bets, knowledge):
    notes = (
        "\n\n**Why:**\n- *Prior:* seeds of this kind nearly always sprout, so 3.\n"
        "- *Bets:* two came up; the third is still in the packet.\n"
        "- *Knowledge:* Jim has not checked the third."
    )
    reading = parsed(study1, line + notes)
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("opening", "prior"),
    [
        # a prose answer that opens with its prior, then the reason after a colon or dash
        ("My starting estimate is three: seeds from this packet nearly always sprout.", 3),
        ("My hunch is 3 - seeds from this packet nearly always sprout.", 3),
        ("My first guess was two: the packet is old.", 2),
        # near: a colon after a count under no saying is a key, not a reason
        ("Going by the packet: 3: nearly always.", None),
        # near: a reason that offers another count keeps the prior in doubt
        ("My guess is three: none of them ever fails.", None),
        # near: a hunch of another kind says no count
        ("My hunch is that Jim is careful.", None),
    ],
)
def test_study1_a_prose_prior_said_first_then_its_reason(study1, opening, prior):
    answer = (
        opening + "\n\nAfter Jim's call I'd bet $0 on none, $0 on one, $30 on two and $70 "
        "on three.\n\nJim doesn't know exactly, since he has checked only two."
    )
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 0, 30, 70]
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("bullets", "bets"),
    [
        # a lead-in that ends on a count and a colon, then bullets keyed by counts with the
        # objects' words: the first bullet's count is its own key, not an amount for the
        # lead-in's count
        ("• Three seeds sprouted: $65\n• Two: $35\n• One: $0\n• None: $0", [0, 0, 35, 65]),
        ("• 3 seeds sprouted: $65\n• 2 seeds: $35\n• 1 seed: $0\n• 0 seeds: $0", [0, 0, 35, 65]),
        # near: keys whose amounts stand on the line below them pair with those
        (
            "3 seeds sprouted:\n$65\n2 seeds sprouted:\n$35\n1 seed:\n$0\n0 seeds:\n$0",
            [0, 0, 35, 65],
        ),
        ("3:\n65%\n2:\n35%\n1:\n0%\n0:\n0%", [0, 0, 35, 65]),
    ],
)
def test_study1_bullets_keyed_by_counts_after_a_lead_in_with_a_count(study1, bullets, bets):
    answer = (
        "Before the call I'd expect all three seeds to sprout.\n\n"
        "Now, with one seed still in the packet:\n\n" + bullets + "\n\n"
        "Jim doesn't know exactly - the third seed is unchecked."
    )
    reading = parsed(study1, answer)
    assert bets_read(reading) == bets
    assert reading.values.get("Prior_A") == 3


@pytest.mark.parametrize(
    ("bets", "on_three"),
    [
        # a share of the stake named by its amount, then the share's amount told: the stake
        # is no bet, the amount told is
        ("The bulk of my $100 goes on three - say $70 - then $30 on two", 70),
        ("I'd put most of the $100 on three, about $70, and $30 on two", 70),
        # ... with no amount told, a share is no amount at all
        ("Half of my $100 goes on three and $30 on two", None),
        # near: the whole stake named is the whole stake
        ("All of my $100 goes on three and nothing on two", 100),
        ("The whole $100 goes on three and nothing on two", 100),
        # near: the stake named apart from the bets
        ("Of my $100, I'd put $70 on three and $30 on two", 70),
    ],
)
def test_study1_a_share_of_the_stake_named_by_its_amount(study1, bets, on_three):
    answer = f"I'd expect all three seeds to sprout.\n\n{bets}.\n\nJim doesn't know exactly."
    assert parsed(study1, answer).values.get("probability_3") == on_three


@pytest.mark.parametrize(
    ("bets", "read"),
    [
        # each bet in percent with its dollars in brackets: where the two differ, the bet
        # is stated twice differently
        ("Bets: 0: 0% ($0), 1: 5% ($5), 2: 30% ($35), 3: 65% ($60)", [0, 5, None, None]),
        ("Bets: 0: $0 (0%), 1: $10 (5%), 2: $30 (30%), 3: $60 (65%)", [0, None, 30, None]),
        # ... also in prose, the bracketed amount right before its option
        (
            "I'd bet 0% ($0) on none, 5% ($5) on one, 30% ($35) on two, 65% ($65) on three",
            [0, 5, None, 65],
        ),
        # near: brackets that agree, or that hold words beside an amount
        ("Bets: 0: 0% ($0), 1: 5% ($5), 2: 30% ($30), 3: 65% ($65)", [0, 5, 30, 65]),
        ("Bets: 0: 0%, 1: 5%, 2: 30% (down from 40%), 3: 65%", [0, 5, 30, 65]),
    ],
)
def test_study1_a_bet_said_again_in_brackets_in_the_other_unit(study1, bets, read):
    reading = parsed(study1, f"Prior: 3\n{bets}\nKnowledge: no")
    assert bets_read(reading) == read
    assert reading.values.get("Prior_A") == 3


@pytest.mark.parametrize(
    ("reasons", "bets"),
    [
        # reasons ending in a count and a colon over a numbered list: the list's first
        # number is its marker, no amount for that count
        ("2 things matter here:\n\n1. Two seeds came up.\n2. One is unchecked.", [0, 0, 30, 70]),
        ("Three points:\n\n1) Jim is careful.\n2) The packet is new.", [0, 0, 30, 70]),
        # near: the same reasons in prose
        ("Two things matter here: the packet and the soil.", [0, 0, 30, 70]),
    ],
)
def test_study1_a_count_and_colon_over_a_numbered_list_is_no_bet(study1, reasons, bets):
    answer = f"Prior: 3\n\nBets: {reasons}\n\n0: 0%, 1: 0%, 2: 30%, 3: 70%\n\nKnowledge: no"
    reading = parsed(study1, answer)
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == "no"


def test_study1_a_cut_bet_under_reasons_with_a_numbered_list(study1):
    # the bet on 2 touches the cut: empty, and no number of the list above stands for it
    answer = (
        "Question 2. Two things matter here:\n\n1. Two seeds came up.\n2. One is unchecked."
        "\n\nSo my bets are:\n- 0: 0%\n- 1: 0%\n- 2: 3"
    )
    reading = parsed(study1, answer, "length")
    assert bets_read(reading) == [0, 0, None, None]


@pytest.mark.parametrize(
    ("first", "prior"),
    [
        # paragraphs in question order whose first restates the speaker's report after the
        # story's lead-in: the count in it is the speaker's, not a prior
        ('Jim told you on the phone: "2 of the seeds have sprouted."', None),
        ('Jim says: "I have checked 2 seeds; 2 sprouted."', None),
        # near: a key of the answer's own before its count
        ("Number: 3", 3),
        ("Count: 3", 3),
    ],
)
def test_study1_the_speakers_report_restated_in_the_priors_place(study1, first, prior):
    answer = f"{first}\n\nSeeds: 0: 0%, 1: 0%, 2: 30%, 3: 70%\n\nNo"
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 0, 30, 70]


@pytest.mark.parametrize(
    ("story", "bets"),
    [
        # a prose answer with the prior first and the bets in number words, dollars named
        # once: each amount in words is the bet on its option
        (
            "I'd wager sixty dollars on all three, thirty on two, ten on one, and nothing on zero.",
            [0, 10, 30, 60],
        ),
        # near: counts in words beside them are the story's, no bets
        (
            "Jim checked two of the three and both came up, so I'd wager sixty dollars on "
            "three and forty on two.",
            [None, None, 40, 60],
        ),
    ],
)
def test_study1_prose_bets_in_number_words_after_a_prose_prior(study1, story, bets):
    answer = (
        "My first guess is three: these seeds nearly always sprout.\n\n"
        f"{story}\n\nJim doesn't know exactly how many sprouted."
    )
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == "no"


LOOPING = (
    "<think>\nOkay, so there are 3 phones. They almost always have burned out transistors. "
    "So {named}. Ben looked at 2 phones and 1 has burned out transistors. So the answer is 1. "
    "Wait, but the third phone. So 2. The answer is 2.\n</think>\n\n"
)


@pytest.mark.parametrize(
    ("named", "lone", "prior"),
    [
        # the thinking answers the first question by name with another value: the lone
        # value after it is its later conclusion, not the prior
        ("the answer to question 1 is 3", "\\boxed{2}", None),
        ("for the first question: 3", "2", None),
        ("question 1 would be 3", "$\\boxed{2}$", None),
        # near: the lone value is the thinking's answer to the first question (also after
        # a change of mind in its sentence)
        ("the answer to question 1 is 2", "\\boxed{2}", 2),
        ("question 1 would be 3, no, 2", "\\boxed{2}", 2),
        # near: the thinking names no answer to the first question
        ("most of them are broken", "\\boxed{2}", 2),
        # near: not a lone value after the thinking
        ("the answer to question 1 is 3", "Prior: 2", 2),
        ("the answer to question 1 is 3", "2\n0: 0%, 1: 0%, 2: 10%, 3: 90%\nNo", 2),
    ],
)
def test_study1_a_lone_value_after_thinking_that_answers_question_1_otherwise(
    study1, named, lone, prior
):
    assert parsed(study1, LOOPING.format(named=named) + lone).values.get("Prior_A") == prior


def test_study1_a_lone_value_without_thinking_is_still_the_prior(study1):
    assert parsed(study1, "\\boxed{2}").values.get("Prior_A") == 2
