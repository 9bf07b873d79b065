"""Study 1 answers in the voices of open-weight models not covered before: reasoning models
whose thinking has another markup than "<think>" (Magistral, EXAONE, gpt-oss), formal
derivations (Phi-4-reasoning), headed fragments and ranges with a pick. Each shape whose
reading was wrong, with a near case that must still read."""

from __future__ import annotations

import pytest

from llm_pragmatics.extraction.thinking import without_thinking

from .test_readers import bets_read, parsed, utterance_read

ANSWER = "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 20%, 3: 70%\nKnowledge: no"


@pytest.mark.parametrize(
    "thinking",
    [
        # Magistral, in either case
        "[THINK]Base rate high, so 2? Bets 2: 50%, 3: 50%. He knows: yes.[/THINK]\n",
        "[think]\nPrior: 1\nBets: 0: 25%, 1: 25%, 2: 25%, 3: 25%\nKnowledge: yes\n[/think]\n\n",
        # EXAONE
        "<thought>\nMaybe prior 2 and 1: 40%. Knowledge yes?\n</thought>\n",
        # gpt-oss with its channel tokens, and with them dropped
        "<|channel|>analysis<|message|>Prior 2, bets 2: 60%, 3: 40%; yes.<|end|>"
        "<|start|>assistant<|channel|>final<|message|>",
        "analysisWe need the prior: maybe 2. Bets 0: 5%. Knows: yes.assistantfinal",
        # the closing alone, its opening printed by the chat template
        "Prior 2 feels safer; bets 2: 60%. Yes he knows.\n[/THINK]\n",
    ],
)
def test_study1_other_thinking_markups_are_no_answer(study1, thinking):
    reading = parsed(study1, thinking + ANSWER)
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == [0, 10, 20, 70]
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("answer", "finish_reason", "why"),
    [
        ("[THINK]Prior 3; the bets will be 3: 8", "length", "inside"),
        ("<thought>Prior 3. Bets 3: 100%. Yes.</thought>\n", "length", "after"),
        ("<|channel|>analysis<|message|>So the bet on 1 is 9", "length", "inside"),
        ("analysisThe answer: prior 3, bets 3: 90%, 2: 10%, knowledge no.", "stop", "no answer"),
        ("[THINK]Prior: 3\nBets: 3: 100%\nKnowledge: yes", "stop", "no answer"),
    ],
)
def test_study1_all_thinking_in_another_markup_states_nothing(study1, answer, finish_reason, why):
    reading = parsed(study1, answer, finish_reason)
    assert reading.values == {}
    assert reading.missing == []
    assert all(why in problem for problem in reading.problems.values())


@pytest.mark.parametrize(
    "answer",
    [
        # near: a heading named "Analysis" and words that only contain a tag's name
        "Analysis: the third one is unseen.\n\n" + ANSWER,
        "analysis of the base rate first.\n" + ANSWER,
        "I thought about it.\n" + ANSWER,
    ],
)
def test_study1_no_thinking_markup_leaves_the_answer_whole(study1, answer):
    assert without_thinking(answer) == (answer, None)
    assert parsed(study1, answer).values.get("Prior_A") == 3


def test_study1_gpt_oss_end_tokens_after_the_final_answer_are_dropped():
    text, why = without_thinking(
        "<|channel|>analysis<|message|>x<|end|><|start|>assistant<|channel|>final<|message|>"
        "Knowledge: no<|return|>"
    )
    assert (text, why) == ("Knowledge: no", None)


@pytest.mark.parametrize(
    "answer",
    [
        # a fragment that starts at the second question's numbered heading
        "### 2. Bets\n- 0: 5%\n- 1: 5%\n- 2: 40%\n- 3: 50%",
        "2) Bets: 0: 5%, 1: 5%, 2: 40%, 3: 50%\n3) Knowledge: no",
        "**2. Bets:** 0: 5%, 1: 5%, 2: 40%, 3: 50%",
    ],
)
def test_study1_the_number_of_a_bets_heading_is_no_prior(study1, answer):
    reading = parsed(study1, answer)
    assert "Prior_A" not in reading.values
    assert bets_read(reading) == [5, 5, 40, 50]


def test_study1_a_terse_prior_before_the_bets_label_still_reads(study1):
    # near: the prior given before the label, not the label's number
    reading = parsed(study1, "3. Bets: 0: 5%, 1: 5%, 2: 40%, 3: 50%. Knowledge: no")
    assert reading.values.get("Prior_A") == 3


@pytest.mark.parametrize(
    "answer",
    [
        # the probability worked out as a fraction, then the percent: the percent
        "Prior: 3\nBets:\nP(0) = 0/20 = 0%\nP(1) = 2/20 = 10%\nP(2) = 4/20 = 20%\n"
        "P(3) = 14/20 = 70%\nKnowledge: no",
        "Prior: 3. Bets: P(0)=0=0%, P(1)=1/10=10%, P(2)=1/5=20%, P(3)=7/10=70%. Knowledge: no.",
        # numbered lines under the label: the item numbers are no options
        "Prior: 3\nBets:\n1) P(0) = 0 = 0%\n2) P(1) = 1/10 = 10%\n3) P(2) = 2/10 = 20%\n"
        "4) P(3) = 7/10 = 70%\nKnowledge: no",
        "Prior: 3\nBets: P0 = 0 = 0%, P1 = 1/10 = 10%, P2 = 1/5 = 20%, P3 = 7/10 = 70%\n"
        "Knowledge: no",
    ],
)
def test_study1_a_probability_of_one_option_worked_out_to_a_percent(study1, answer):
    reading = parsed(study1, answer)
    assert bets_read(reading) == [0, 10, 20, 70]
    assert reading.values.get("Prior_A") == 3


@pytest.mark.parametrize(
    "answer",
    [
        # near: a fraction alone, or an event of several options, is no amount
        "Prior: 3\nBets:\nP(1) = 1/10\nP(2) = 9/10\nKnowledge: no",
        "Prior: 3\nBets: P(N >= 2) = 9/10 = 90%\nKnowledge: no",
    ],
)
def test_study1_a_probability_without_a_percent_of_one_option_is_no_bet(study1, answer):
    assert bets_read(parsed(study1, answer)) == [None] * 4


@pytest.mark.parametrize(
    "thinking",
    [
        "[THINK]Maybe 'It was amazing'? Too much. She'd say it was good.[/THINK]\n",
        "<thought>'It wasn't terrible' is kinder... no.</thought>\n",
        "analysisCandidates: It was amazing; It was good. Pick the kind one.assistantfinal",
        "<|channel|>analysis<|message|>It was terrible, honestly.<|end|>"
        "<|start|>assistant<|channel|>final<|message|>",
    ],
)
def test_study2_other_thinking_markups_are_no_answer(study2, thinking):
    # the same markups hold Study 2's candidates: only the sentence after them is the answer
    assert utterance_read(study2, thinking + '"It wasn\'t bad."') == "wasn't bad"
