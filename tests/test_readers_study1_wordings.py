"""Study 1 wordings the parser misread (found by the held-out set holdout19): decisions, odds,
shares per object, runs of bets offered as alternatives, foreign and spoken words.

Each test gives the pattern in wordings of its own and a near case that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed

FIELDS = ["Prior_A", "probability_0", "probability_1", "probability_2", "probability_3"]
BETS = ["probability_0", "probability_1", "probability_2", "probability_3"]


# --- A yes, then a decision for the other word: both (rule 2) ----------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Prior: 2\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnowledge: Yes, she opened them all. "
        "Hmm, she may have missed one. I'll go with no.",
        "Prior: 3. Bets: 3: 100%. Does Joe know exactly? Yes - he checked each one. "
        "Then again, maybe not. Let's say no.",
        "Prior: 1\nBets: 1: 100%\nKnowledge: No, he saw only one. I'm going with yes.",
        "Prior: 3\nBets: 3: 100%\nKnowledge: I'll say yes, hmm, actually no, he saw two.",
    ],
)
def test_a_yes_no_then_a_decision_for_the_other_is_two_answers(study1, answer):
    assert "Knowledge_A" not in parsed(study1, answer).values


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # the decision alone, or agreeing with the first word, is that word
        ("Prior: 2\nBets: 2: 100%\nKnowledge: I'll go with no.", "no"),
        ("Prior: 2. Bets: 2: 100%. Does she know exactly? I'd go with yes.", "yes"),
        ("Prior: 2\nBets: 2: 100%\nKnowledge: Yes, she saw all. I'll stick with yes.", "yes"),
    ],
)
def test_a_decision_said_as_one_is_the_answer(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


# --- A chance said as odds is no amount ----------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "empty", "kept"),
    [
        ("Prior: 3. Bets: one in ten on exactly two, 90% on three, nothing on 0 or 1.", 2, 3),
        ("Prior: 2. Bets: a 1-in-5 chance on 1, 80% on 2, nothing on 0 or 3.", 1, 2),
        ("Prior: 2\nBets: 1 in 4 for exactly 3, 75% for 2, 0% for 0 and 1.", 3, 2),
    ],
)
def test_odds_are_no_amount(study1, answer, empty, kept):
    values = parsed(study1, answer).values
    assert f"probability_{empty}" not in values
    assert values[f"probability_{kept}"] in (75, 80, 90)


def test_a_count_of_the_objects_with_in_still_reads(study1):
    # (three or fewer after "in": a count of the objects, not odds)
    reading = parsed(study1, "Prior: 2 in 3 passed.\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%")
    assert reading.values["Prior_A"] == 2
    assert bets_read(reading) == [0, 10, 60, 30]


# --- "the other 70%" is an amount of the money left, not "nothing on the others" ---------


@pytest.mark.parametrize(
    "answer",
    [
        "Prior: 3. I'd give two something like 20-30% and three the other 70%, nothing on "
        "zero or one.",
        "Prior: 2. Bets: 1 gets around 10-20% and 2 the other 80%, 0 and 3 get nothing.",
    ],
)
def test_the_other_amount_is_not_given_to_every_option_left(study1, answer):
    values = parsed(study1, answer).values
    assert values.get("probability_0") == 0
    # the option with a range is empty, and no option left gets the other amount twice
    given = [values.get(f"probability_{i}") for i in range(4)]
    assert given.count(70) + given.count(80) <= 1


def test_nothing_on_the_others_still_reads(study1):
    values = parsed(study1, "Prior: 3\nBets: 80% on 3, 20% on 2, nothing on the others").values
    assert [values.get(name) for name in BETS] == [0, 0, 20, 80]


# --- A placeholder's percent taken "of" a number is arithmetic, no bet --------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Guess: 2: <percent>% of 3 = 2% of 3 = 2/3",
        "Bets: <percent>% of 3 = 1.5% of 3 = 4.5%",
        "Answer: ___% of 2 = 40%",
    ],
)
def test_a_blank_percent_of_a_number_is_no_bet(study1, answer):
    values = parsed(study1, answer).values
    assert not any(name in values for name in BETS)


def test_an_option_and_its_percent_still_reads(study1):
    values = parsed(study1, "Prior: 3\nBets: 3 = 60%, 2 = 40%, 0 = 0%, 1 = 0%").values
    assert [values.get(name) for name in BETS] == [0, 0, 40, 60]


# --- "N% each" in prose about the objects, with no bets, is no bet --------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "When Joe says 2 out of 3 tickets won, he gives them a chance of winning of 20% each.",
        "Each phone has a 30% each chance of being burned out, I think.",
        "The 3 of the 3 seeds sprout about 90% each, which is 0.9.",
    ],
)
def test_a_share_per_object_is_no_bet(study1, answer):
    values = parsed(study1, answer).values
    assert not any(name in values for name in BETS)


@pytest.mark.parametrize(
    "answer",
    [
        "Two or three seem equally likely, 50% each. Joe knows exactly, yes.",
        "I'd split it between 2 and 3, 50% each.",
    ],
)
def test_an_each_amount_on_options_still_reads(study1, answer):
    values = parsed(study1, answer).values
    assert values.get("probability_2") == 50 and values.get("probability_3") == 50


# --- Two runs of bets joined by "or": the options they differ on are empty -----------------


@pytest.mark.parametrize(
    "answer",
    [
        "Prior: 3. Bets: either 0%, 0%, 20%, 80% or 0%, 0%, 30%, 70% on 0, 1, 2, 3.",
        "Prior: 2. I'd say $0, $10, $60, $30 or $0, $20, $50, $30 for 0, 1, 2 and 3.",
    ],
)
def test_two_runs_of_bets_offered_are_two_answers(study1, answer):
    reading = parsed(study1, answer)
    assert reading.values.get("probability_0") == 0
    assert "probability_2" not in reading.values
    assert "probability_2" in reading.problems


def test_one_run_of_bets_paired_still_reads(study1):
    reading = parsed(study1, "Prior: 3. Bets: 0%, 0%, 20%, 80% on 0, 1, 2, 3, or so.")
    assert bets_read(reading) == [0, 0, 20, 80]


# --- A label after an exclamation ------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Sure! Prior: 3. Bets: 0: 0%, 1: 0%, 2: 20%, 3: 80%. Knowledge: no.",
        "Happy to help! Before the call: 3. After the call: 0: 0%, 1: 0%, 2: 20%, 3: 80%.",
    ],
)
def test_a_label_after_an_exclamation_starts_its_part(study1, answer):
    assert parsed(study1, answer).values.get("Prior_A") == 3


# --- The prompt's instruction echoed under its question --------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "Question 1: How many of the 3 letters had checks?\nAnswer with a single number from "
        "0 to 3.\n2\n\nQuestion 2: Bets\n0: 0%, 1: 10%, 2: 70%, 3: 20%",
        "Question 1: How many?\nPlease answer with one number from 0 to 3.\n2\n\n"
        "Question 3: Does she know exactly?\nAnswer yes or no.\nNo",
    ],
)
def test_an_echoed_instruction_is_no_answer(study1, answer):
    assert parsed(study1, answer).values.get("Prior_A") == 2


def test_an_answer_that_starts_with_answer_still_reads(study1):
    # ("Answer: 2" is the answer's own key, not an instruction)
    reading = parsed(study1, "Question 1: How many?\nAnswer: 2\nQuestion 3: Knows?\nAnswer: no")
    assert reading.values.get("Prior_A") == 2


# --- Number words of other languages, and words of speech ------------------------------------


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        ("Prior: trois (3)\nBets: 3: 100%", 3),
        ("Prior: dos (2)\nBets: 2: 100%", 2),
        ("Prior: zwei (2)\nBets: 2: 100%", 2),
    ],
)
def test_a_foreign_number_word_glossed_by_its_digit(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


def test_a_gloss_that_disagrees_is_no_value(study1):
    assert parsed(study1, "Prior: trois (2)\nBets: 2: 100%").values.get("Prior_A") != 3


@pytest.mark.parametrize(
    "answer",
    [
        "Prior: 3. I'd stake 100 per cent on three and nothing on nought, one or two.",
        "Prior: 3\nBets: nought: 0%, one: 0%, two: 0%, three: 100%",
    ],
)
def test_nought_is_zero(study1, answer):
    assert bets_read(parsed(study1, answer)) == [0, 0, 0, 100]


@pytest.mark.parametrize(
    "answer",
    [
        "ok so id say two because they mostly pass and then ten percent for one",
        "well before she calls id guess three honestly",
    ],
)
def test_id_without_its_apostrophe_before_a_verb_of_answering(study1, answer):
    assert parsed(study1, answer).values.get("Prior_A") in (2, 3)


def test_an_id_is_still_an_id(study1):
    assert "Prior_A" not in parsed(study1, "My user id 3 is shown.").values


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        ("Prior: 3\nBets: 3: 100%\nConnaissance : oui", "yes"),
        ("Prior: 3\nBets: 3: 100%\nConocimiento: sí", "yes"),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: non", "no"),
        ("Prior: 3\nBets: 3: 100%\n¿Sabe Jim exactamente? No, he only looked at two.", "no"),
        ("I think two. Then 100% for two. ¿Sabe Ana exactamente? No, she saw one.", "no"),
    ],
)
def test_yes_no_and_labels_of_other_languages(study1, answer, knowledge):
    assert parsed(study1, answer).values.get("Knowledge_A") == knowledge


def test_non_as_a_prefix_is_no_no(study1):
    reading = parsed(study1, "Prior: 3\nBets: 3: 100%\nKnowledge: Non-zero chance he knows.")
    assert reading.values.get("Knowledge_A") != "no"


# --- A statement set off by a colon after a condition -----------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "I'd rather not give numbers. But if you push me: Mark probably doesn't know exactly.",
        "If I must answer: she doesn't know exactly how many.",
    ],
)
def test_a_statement_after_a_conditions_colon(study1, answer):
    assert parsed(study1, answer).values.get("Knowledge_A") == "no"


def test_a_condition_on_the_statement_itself_still_says_nothing(study1):
    reading = parsed(study1, "I wonder if he doesn't know exactly how many passed.")
    assert "Knowledge_A" not in reading.values


# --- The answer to the question named by "the number of" -------------------------------------


@pytest.mark.parametrize(
    "answer",
    [
        "1. The answer to the question about the number of seeds sprouting is 3.",
        "The answer to the question on the number of exams that passed would be 2.",
    ],
)
def test_the_answer_to_the_number_of(study1, answer):
    assert parsed(study1, answer).values.get("Prior_A") in (2, 3)
