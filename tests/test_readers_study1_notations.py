"""Study 1 notations the parser misread or left unread (found by the held-out set holdout19):
totals said after a count, the amount left, tuples, P(N = k), answers numbered one off.

Each test gives the pattern in wordings of its own and a near case that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed

# --- A second count said as "a total of N" after a saying verb: two answers (rule 2) -------


@pytest.mark.parametrize(
    "answer",
    [
        "Question 1: 2 letters have checks.\nWe can assume a total of 3 letters have checks.",
        "Prior: 1 ticket won.\nI'd say a total of two tickets won.",
        "Question 1: Three seeds sprouted. I expect a total of 2 seeds sprouted.",
    ],
)
def test_a_total_said_after_another_count_is_a_second_answer(study1, answer):
    reading = parsed(study1, answer)
    assert "Prior_A" not in reading.values
    assert "Prior_A" in reading.problems


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # the same count said again as a total is that count
        ("Question 1: 2 letters have checks.\nWe can assume a total of 2 letters have checks.", 2),
        # a total of the objects, no saying verb before it, is no second count
        ("Prior: 2 of them passed, out of a total of 3 exams.", 2),
        ("Prior: I'd say a total of 3.", 3),
    ],
)
def test_a_total_that_agrees_or_counts_the_objects_still_reads(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


# --- The amount left, with its number, is the option's bet ("the other 70%") -------------


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        (
            "Prior: 3\nBets: I'd put 40% on two and three the remaining 60%, zero and one get "
            "nothing.",
            [0, 0, 40, 60],
        ),
        (
            "Prior: 3. Bets: 30% on two, and three gets the other 70%, nothing on zero or one.",
            [0, 0, 30, 70],
        ),
        ("Prior: 2. Bets: $25 on 1, and 2 takes the other $75, nothing on 0 or 3.", [0, 25, 75, 0]),
    ],
)
def test_the_amount_left_with_its_number_is_a_bet(study1, answer, bets):
    assert bets_read(parsed(study1, answer)) == bets


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # a range stays no amount; the amount left with its number still reads
        (
            "Prior: 3. Bets: two gets 20-30% and three the other 70%, nothing on zero or one.",
            [0, 0, None, 70],
        ),
        # "the rest" with no number is no amount
        (
            "Prior: 3. Bets: two gets 30% and three the rest, nothing on zero or one.",
            [0, 0, 30, None],
        ),
        # "the other 2" counts the objects: no amount
        (
            "Prior: 3. Bets: 90% on three, 10% on two, zero and one get nothing. Of the "
            "three the other 2 are still sealed.",
            [0, 0, 10, 90],
        ),
    ],
)
def test_the_rest_without_a_number_or_a_range_is_no_amount(study1, answer, bets):
    assert bets_read(parsed(study1, answer)) == bets


# --- A tuple of the four probabilities set equal to a tuple of amounts --------------------


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        (
            "So: Prior = 2; (P(0), P(1), P(2), P(3)) = (5%, 15%, 60%, 20%); Knowledge = yes.",
            [5, 15, 60, 20],
        ),
        ("Prior: 1\nBets: (0, 1, 2, 3) = (10%, 70%, 20%, 0%)\nKnowledge: no", [10, 70, 20, 0]),
        ("Hence (P(0), P(1), P(2), P(3)) = ($0, $0, $30, $70).", [0, 0, 30, 70]),
    ],
)
def test_a_tuple_of_options_equal_to_a_tuple_of_amounts(study1, answer, bets):
    assert bets_read(parsed(study1, answer)) == bets


def test_a_tuple_of_bare_numbers_outside_a_bets_part_is_nobets_read(study1):
    # (bare numbers out of a bets part need their unit, as before)
    reading = parsed(study1, "Prior is 2. (P(0), P(1), P(2), P(3)) = (5, 15, 60, 20)")
    assert bets_read(reading) == [None] * 4


# --- "P(N = k) = fraction = percent": the percent is the amount ---------------------------


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        (
            "Prior: 2\n- P(X = 0) = 0.05 = 5%\n- P(X = 1) = 0.15 = 15%\n"
            "- P(X = 2) = 0.6 = 60%\n- P(X = 3) = 0.2 = 20%\nKnowledge: no",
            [5, 15, 60, 20],
        ),
        (
            "Prior: 2\nP(N=0) = 0 = 0%, P(N=1) ≈ 1/10 ≈ 10%, P(N=2) = 6/10 = 60%, "
            "P(N=3) = 3/10 = 30%",
            [0, 10, 60, 30],
        ),
        (
            "Thus:\nP(K = 0) = 0 = 0%\nP(K = 1) = 0 = 0%\nP(K = 2) = 1/4 = 25%\n"
            "P(K = 3) = 3/4 = 75%",
            [0, 0, 25, 75],
        ),
    ],
)
def test_a_probability_with_its_fraction_and_percent_is_the_percent(study1, answer, bets):
    assert bets_read(parsed(study1, answer)) == bets


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # fractions alone are no amounts
        ("Prior: 2\nP(N = 0) = 0, P(N = 1) = 1/10, P(N = 2) = 6/10, P(N = 3) = 3/10", [None] * 4),
        # an event of several options is no one option's
        ("Prior: 3\nP(N >= 2) = 1 = 100%", [None] * 4),
        # the percent alone still reads
        ("Prior: 2\nP(N = 2) = 10%; P(N = 3) = 90%", [None, None, 10, 90]),
    ],
)
def test_fractions_alone_or_events_of_several_options_are_nobets_read(study1, answer, bets):
    assert bets_read(parsed(study1, answer)) == bets


# --- Answers numbered off ("Answer 1 / Answer 3 / Answer 4"): by position ------------------


@pytest.mark.parametrize(
    ("answer", "prior", "bets", "knowledge"),
    [
        ("Q2: 3\nQ3: 10%, 20%, 30%, 40%\nQ4: yes", 3, [10, 20, 30, 40], "yes"),
        ("Answer 1: two\nAnswer 3: 5%, 15%, 60%, 20%\nAnswer 4: Yes.", 2, [5, 15, 60, 20], "yes"),
        ("Response 2: 1\nResponse 3: 0%, 80%, 20%, 0%\nResponse 4: no", 1, [0, 80, 20, 0], "no"),
    ],
)
def test_answers_numbered_past_the_questions_are_read_by_position(
    study1, answer, prior, bets, knowledge
):
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == bets
    assert reading.values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    "answer",
    [
        # four answers for three questions: which is which is not shown
        "Answer 1: 3\nAnswer 3: 0%, 0%, 25%, 75%\nAnswer 4: No\nAnswer 5: Sure",
        # a label that names its question keeps the numbering as it is
        "Prior: 3\nAnswer 3: 0%, 0%, 25%, 75%\nAnswer 4: No",
        # two words for the labels
        "Answer 1: 3\nQuestion 3: 0%, 0%, 25%, 75%\nAnswer 4: No",
        # off by more than one: a drift, not a shift
        "Answer 2: 3\nAnswer 4: 0%, 0%, 25%, 75%\nAnswer 5: No",
        # labels that put questions of their own
        "Question 2: How many passed? 3\nQuestion 3: What are your bets? 0%, 0%, 25%, 75%\n"
        "Question 4: Does he know? No",
    ],
)
def test_other_numberings_are_not_read_by_position(study1, answer):
    assert bets_read(parsed(study1, answer)) == [None] * 4


def test_answers_numbered_as_the_questions_still_read(study1):
    reading = parsed(study1, "Answer 1: 3\nAnswer 2: 0%, 0%, 25%, 75%\nAnswer 3: No")
    assert reading.values["Prior_A"] == 3
    assert bets_read(reading) == [0, 0, 25, 75]
    assert reading.values["Knowledge_A"] == "no"
