"""Study 1 answers of the shapes the holdout21 set found misread: each with a near case
that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed


@pytest.mark.parametrize(
    ("final", "bets"),
    [
        # the asked block under a heading per question, then a final block that changes
        # two bets: those bets are stated twice differently
        ("Prior: 2\nBets: 0: 0%, 1: 20%, 2: 50%, 3: 30%\nKnowledge: yes", [0, None, None, 30]),
        # near: the final block says the same bets again
        ("Prior: 2\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnowledge: yes", [0, 10, 60, 30]),
    ],
)
def test_study1_headed_asked_block_then_a_final_block(study1, final, bets):
    answer = (
        "## Q1\nPrior: 2\n\n## Q2\nTwo of the seeds were checked.\n"
        "Bets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\n\n## Q3\nKnowledge: yes\n\n"
        "**Final answer**\n" + final
    )
    reading = parsed(study1, answer)
    assert bets_read(reading) == bets
    assert reading.values.get("Prior_A") == 2
    assert reading.values.get("Knowledge_A") == "yes"


@pytest.mark.parametrize(
    ("aside", "prior"),
    [
        # a later part saying the prior should have been another count takes it back
        ("Seeing that, my prior should have been 1.", None),
        ("So in hindsight the prior should really have been two.", None),
        # near: the same count again, or "should have been" said of something else
        ("Seeing that, my prior should have been 3 anyway.", 3),
        ("The seeds should have been left in the water longer.", 3),
    ],
)
def test_study1_a_prior_said_to_have_been_another_count(study1, aside, prior):
    answer = (
        "Question 1\nPrior: 3\n\nQuestion 2\nTwo seeds were checked. " + aside + "\n"
        "Bets: 0: 0%, 1: 20%, 2: 50%, 3: 30%\n\nQuestion 3\nKnowledge: no"
    )
    reading = parsed(study1, answer)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 20, 50, 30]
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("prior", "value"),
    [
        # a bound before the count the part leans to: no single count
        ("at least 1, most likely 2", None),
        ("no fewer than two, I'd guess three", None),
        ("at most two, probably one", None),
        # near: a hedged single count, or a bound that gives the same count
        ("most likely 2", 2),
        ("no more than two, I'd guess two", 2),
    ],
)
def test_study1_a_bound_then_a_leaning_count_is_no_prior(study1, prior, value):
    reading = parsed(study1, f"Prior: {prior}\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnowledge: no")
    assert reading.values.get("Prior_A") == value
    assert bets_read(reading) == [0, 10, 60, 30]


MONOLOGUE = (
    "Alright, let me see. Seeds like these nearly always sprout, so first guess: all three. "
    "Jim then says two of the three came up. Hmm, so maybe 2: 60%, 3: 40%? "
)


@pytest.mark.parametrize(
    ("answer", "finish_reason", "prior", "bets"),
    [
        # thinking printed with no tag, cut off before any answer: all of it is reasoning
        (MONOLOGUE + "Wait, hold on, the third", "length", None, [None] * 4),
        (
            "Okay, so all three, I guess. Hmm. Bets 2: 30%, 3: 70%... wait",
            "length",
            None,
            [None] * 4,
        ),
        # near: the same monologue finishing with its answer marked
        (
            MONOLOGUE + "Wait, no.\n\nFinal answer\nPrior: 3\nBets: 0: 0%, 1: 0%, 2: 50%, 3: 50%",
            "length",
            3,
            [0, 0, 50, 50],
        ),
        # near: prose cut off with no self-interruption keeps what it finished
        (
            "Okay, so before the call I'd say all three sprouted. Then Jim checked two and",
            "length",
            3,
            [None] * 4,
        ),
    ],
)
def test_study1_untagged_thinking_cut_off_before_an_answer(
    study1, answer, finish_reason, prior, bets
):
    reading = parsed(study1, answer, finish_reason)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == bets


def test_study1_untagged_thinking_that_finished_is_read_as_before(study1):
    # not cut off: the rule is for a monologue the token limit stopped
    answer = "Okay, so all three, I guess. Hmm. Prior 3 then."
    assert parsed(study1, answer).values.get("Prior_A") == 3


@pytest.mark.parametrize(
    ("summary", "bets"),
    [
        # a summary paragraph after the bets, in the knowledge's place, that moves money:
        # the bets it changes are stated twice differently
        ("Recap: $0 / $10 / $30 / $60 on none / one / two / three; no.", [0, 10, None, None]),
        ("In short, $0 / $10 / $40 / $50 on none / one / two / three; no.", [0, 10, 40, 50]),
        ("To recap - $5 / $5 / $40 / $50 on none / one / two / three; no.", [None, None, 40, 50]),
        # near: the summary repeats the bets as they were
        ("Recap: $0 / $10 / $40 / $50 on none / one / two / three; no.", [0, 10, 40, 50]),
    ],
)
def test_study1_a_summary_paragraph_after_the_bets_is_read_as_bets(study1, summary, bets):
    answer = (
        "Before Ben phoned I would have guessed all three phones.\n\n"
        "He tested two and both were burned out, so my money goes:\n"
        "- $0 on none\n- $10 on one\n- $40 on two\n- $50 on three\n\n" + summary
    )
    reading = parsed(study1, answer)
    assert bets_read(reading) == bets
    assert reading.values.get("Prior_A") == 3
