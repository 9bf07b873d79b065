"""The thinking a reasoning model prints before its answer ("<think> ... </think>"): it is
reasoning, never the answer (labelling rules 1 and 4). Its values do not count, nor leak
into fields the answer leaves out; an answer that is all thinking states nothing, with a
reason, and is not sent to the extraction model."""

from __future__ import annotations

import pytest

from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.extraction import extraction_request
from llm_pragmatics.extraction.thinking import without_thinking

from .conftest import REPO
from .test_readers import parsed, utterance_read

STUDY1 = ["Prior_A", "probability_0", "probability_1", "probability_2", "probability_3"]


@pytest.mark.parametrize(
    "answer",
    [
        # the thinking tries another prior, other bets and the other yes/no
        "<think>\nPrior 2? Bets 0: 10%, 1: 20%, 2: 30%, 3: 40%. So she knows: yes.\n</think>\n\n"
        "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%\nKnowledge: no",
        # "<thinking>" as some models spell it, the answer right after the tag
        "<Thinking>Maybe all 2 of them... bets 3: 90%. Does he know? Yes.</Thinking>"
        "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%\nKnowledge: no",
        # an R1-distill whose chat template printed the opening tag: only "</think>" shows
        "The prior is 2, I think. Bets maybe 2: 60%, 3: 40%. She knows exactly, yes.\n"
        "</think>\nPrior: 3\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%\nKnowledge: no",
    ],
)
def test_study1_the_thinking_is_no_answer(study1, answer):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in STUDY1] == [3, 0, 5, 25, 70]
    assert reading.values.get("Knowledge_A") == "no"
    assert not reading.problems


@pytest.mark.parametrize(
    "answer",
    [
        # a field the answer leaves out is not filled from the thinking
        "<think>\nHe looked at one only, so he can't know exactly: no.\n</think>\n\n"
        "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%",
        "<think>Prior 3, she knows: yes.</think>\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%",
    ],
)
def test_study1_the_thinking_fills_no_field_the_answer_leaves_out(study1, answer):
    reading = parsed(study1, answer)
    assert "Knowledge_A" not in reading.values
    assert reading.values.get("probability_3") == 70


@pytest.mark.parametrize(
    ("answer", "finish_reason", "why"),
    [
        # cut off by the token limit inside the thinking, before any answer
        ("<think>\nBefore the call: 3. Bets maybe 0: 0%, 1: 0%, 2: 9", "length", "inside"),
        ("<thinking>So knowledge: no. Now the bets: 3: 7", "length", "inside"),
        # cut off just after the closing tag
        (
            "<think>\nPrior: 3. Bets: 0: 0%, 1: 5%, 2: 20%, 3: 75%. No.\n</think>\n",
            "length",
            "after",
        ),
        # stopped with nothing after the thinking, or inside it
        ("<think>Prior 3; bets 3: 100%; knowledge yes.</think>", "stop", "no answer"),
        ("<think>\nPrior: 3\nBets: 3: 100%\nKnowledge: yes", "stop", "no answer"),
    ],
)
def test_study1_an_answer_that_is_all_thinking_states_nothing(study1, answer, finish_reason, why):
    reading = parsed(study1, answer, finish_reason)
    assert reading.values == {}
    assert reading.missing == []  # a named reason: the extraction model is not asked
    assert set(reading.problems) == {f.name for f in study1.fields}
    assert all(why in problem for problem in reading.problems.values())


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # the thinking settles on one sentence; the answer after it gives another
        (
            '<think>\n"It was good" is safe. I\'ll go with "It was good".\n</think>\n\n'
            "It was amazing!",
            "was amazing",
        ),
        (
            "<thinking>Options: It wasn't bad, It was terrible. Pick: it wasn't bad.</thinking>\n"
            "Answer: It was bad.",
            "was bad",
        ),
        ("Hearts: 3, so it was amazing.\n</think>\n\nIt wasn't bad.", "wasn't bad"),
        # near case: an empty thinking block, then the sentence
        ('<think>\n\n</think>\n\n"It was good."', "was good"),
    ],
)
def test_study2_the_thinking_is_no_answer(study2, answer, read):
    assert utterance_read(study2, answer) == read


@pytest.mark.parametrize(
    ("answer", "finish_reason"),
    [
        ('<think>\nCandidates: "It was terrible", "It wasn\'t good". Best is "It wasn', "length"),
        ('<think>\nThe accurate one: "It was bad".\n</think>', "length"),
        ('<think>I\'d say "It was good".</think>\n\n', "stop"),
    ],
)
def test_study2_an_answer_that_is_all_thinking_states_nothing(study2, answer, finish_reason):
    reading = parsed(study2, answer, finish_reason)
    assert reading.values == {}
    assert reading.missing == []
    assert set(reading.problems) == {"Was_Wasnt", "Assessment"}


def test_study2_an_answer_cut_after_the_thinking_is_read_by_the_usual_rule(study2):
    # the thinking's "amazing" does not finish the cut word: the frame only
    answer = "<think>\nShe loved it: it was amazing.\n</think>\n\nIt was am"
    reading = parsed(study2, answer, "length")
    assert reading.values == {"Was_Wasnt": "was"}


@pytest.mark.parametrize(
    "answer",
    [
        # near cases: no thinking block opens the answer; the text is read as it stands
        "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%\nKnowledge: no",
        "I think all of them.\nPrior: 3\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%\nKnowledge: no",
    ],
)
def test_an_answer_without_thinking_is_left_as_it_is(study1, answer):
    assert without_thinking(answer) == (answer, None)
    assert parsed(study1, answer).values["Prior_A"] == 3


def test_the_extraction_model_is_not_shown_the_thinking(study1):
    model = Model.from_catalog(load_yaml(REPO / "config" / "models.yaml"), "smollm2")
    answer = "<think>\nPrior 2, knowledge yes.\n</think>\n\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%"
    request = extraction_request(study1, model, answer, study1.fields[:1], {})
    shown = " ".join(m["content"] for m in request.body["messages"])
    assert "Bets: 0: 0%" in shown
    assert "Prior 2, knowledge yes" not in shown


@pytest.mark.parametrize(
    "answer",
    [
        # a reasoning model's final line set as math, longer than inline math
        r"$\boxed{\text{Prior: 3; Bets: 0: 0\%, 1: 5\%, 2: 25\%, 3: 70\%; Knowledge: no}}$",
        r"  $\text{Prior: 3, Bets: 0: 0\%, 1: 5\%, 2: 25\%, 3: 70\%, Knowledge: no}$",
    ],
)
def test_study1_a_whole_line_set_as_math_is_read(study1, answer):
    reading = parsed(study1, answer)
    assert [reading.values.get(name) for name in STUDY1] == [3, 0, 5, 25, 70]
    assert reading.values.get("Knowledge_A") == "no"


def test_dollars_on_a_line_are_no_math(study1):
    # near case: dollar bets open and close a line, with no command after the first "$"
    reading = parsed(study1, "Prior: 3\nBets: $5 on 1, $25 on 2 and $70 on 3\nKnowledge: no")
    assert [reading.values.get(name) for name in STUDY1[2:]] == [5, 25, 70]


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        # a monologue with no tag, cut off while it still weighs: no sentence chosen
        ('Okay, so she liked it a lot. "It was good" fits. Hmm, wait, maybe "It was', ""),
        # near: the monologue marks its answer before the cut
        ('Okay, so "It was good"? Hmm, yes.\n\nFinal answer: "It was good." Because', "was"),
    ],
)
def test_study2_untagged_thinking_cut_off_before_an_answer(study2, answer, frame):
    reading = parsed(study2, answer, "length")
    assert reading.values.get("Was_Wasnt", "") == frame
