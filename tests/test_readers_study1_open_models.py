"""Study 1 answers written as the catalog's open models write them (Gemma 2, Llama 3.1,
Mistral 7B, Phi-3 mini): the shapes whose reading was wrong, each with a near case that
must still read."""

from __future__ import annotations

import pytest

from .test_readers import parsed

BLOCK = "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 30%, 3: 70%\n"


@pytest.mark.parametrize(
    ("knowledge", "expected"),
    [
        # knowing exactly about the ones looked at, and not the rest: no
        (
            "Joe knows exactly how many of the 2 tickets he looked at have won, but not the third.",
            "no",
        ),
        (
            "She knows exactly how many of the letters she opened have checks, but not the others.",
            "no",
        ),
        (
            "Ben knows for sure how many of those he checked are burned out, but not the last one.",
            "no",
        ),
        # ... and without the rest denied: a claim about part of them, no answer
        ("Joe knows exactly how many of the 2 tickets he looked at have won.", None),
        ("Monica knows exactly how many of the fruits that she has seen are dry.", None),
        # near: the claim about all of them is still a yes
        (
            "Yes, Joe knows exactly how many of the 3 tickets have won, since he looked at all.",
            "yes",
        ),
        ("Laura knows exactly how many of the 3 letters have checks; she opened every one.", "yes"),
    ],
)
def test_study1_knowing_about_the_ones_looked_at_is_no_yes(study1, knowledge, expected):
    reading = parsed(study1, BLOCK + "Knowledge: " + knowledge)
    assert reading.values.get("Knowledge_A") == expected


@pytest.mark.parametrize(
    ("explanation", "expected"),
    [
        # a later sentence that says the answer to the question put again is the other word
        ("However, the answer to whether he knows exactly is no.", None),
        ("So the answer to the question of whether Jim knows exactly would be no.", None),
        ("Hence my answer to if he is certain of the number is: no", None),
        # near: the same word again is that word
        ("So the answer to whether he knows exactly is yes.", "yes"),
        ("He looked at all 3 seeds and all 3 sprouted.", "yes"),
    ],
)
def test_study1_a_yes_then_the_answer_to_whether_said_otherwise(study1, explanation, expected):
    answer = "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 0%, 3: 100%\nKnowledge: Yes\n\nExplanation: "
    reading = parsed(study1, answer + "Jim looked at all 3 seeds. " + explanation)
    assert reading.values.get("Knowledge_A") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Jim looked at all 3 seeds, so the answer to whether he knows exactly is yes.",
        "The answer to whether Jim knows exactly how many sprouted is yes.",
    ],
)
def test_study1_the_answer_to_whether_read_in_prose(study1, sentence):
    reading = parsed(study1, "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 0%, 3: 100%\n\n" + sentence)
    assert reading.values.get("Knowledge_A") == "yes"


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a whole answer that is a numbered list on one line: its markers are no counts
        (" 1) 3 2) 0%, 0%, 40%, 60% 3) No", (3, 0, 0, 40, 60, "no")),
        ("1. 2 2. 0%, 10%, 60%, 30% 3. Yes", (2, 0, 10, 60, 30, "yes")),
        ("1) 3, 2) 0: 0%, 1: 5%, 2: 15%, 3: 80%, 3) No", (3, 0, 5, 15, 80, "no")),
        # near: the same list on lines reads the same
        ("1) 3\n2) 0%, 0%, 40%, 60%\n3) No", (3, 0, 0, 40, 60, "no")),
    ],
)
def test_study1_a_numbered_list_written_on_one_line(study1, answer, values):
    names = ["Prior_A", *(f"probability_{i}" for i in range(4)), "Knowledge_A"]
    reading = parsed(study1, answer)
    assert tuple(reading.values.get(name) for name in names) == values


@pytest.mark.parametrize(
    "answer",
    [
        # a line under a label, or after a preface, may number its own things: not split,
        # and its first marker is no count either way
        "Answers:\n1. 3 2. 0%, 10%, 30%, 60% 3. No",
        "Here are my answers: 1) 3 2) 0%, 0%, 40%, 60% 3) No",
    ],
)
def test_study1_a_one_line_list_after_a_preface_gives_no_marker_as_the_prior(study1, answer):
    assert parsed(study1, answer).values.get("Prior_A") in (None, 3)


@pytest.mark.parametrize(
    ("bets", "values"),
    [
        # an amount put "on" an option, then the next pair's key after a comma: the option
        # is the amount's, not the first of a list keyed by the next pair
        ("3: 70%, 2: 20%, the remaining 10% on 1, 0: 0%", (0, 10, 20, 70)),
        ("0: 5%, 3: 70%, 20% on 2, 1: 5%", (5, 5, 20, 70)),
        ("$0 on 0, 1: 10%, 2: 30%, 3: 60%", (0, 10, 30, 60)),
        # near: a list of options keyed together, and an amount on a list, still read
        ("0: 0%, 1: 0%, 2, 3: 50%", (0, 0, 50, 50)),
        ("$0 on 0, 1 and 2, $100 on 3", (0, 0, 0, 100)),
    ],
)
def test_study1_an_amount_on_an_option_then_the_next_key(study1, bets, values):
    reading = parsed(study1, f"Prior: 3\nBets: {bets}\nKnowledge: No")
    assert tuple(reading.values.get(f"probability_{i}") for i in range(4)) == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # each asked line wrapped in square brackets: the lines themselves
        (" [Prior: 3]\n[Bets: 0: 0%, 1: 0%, 2: 10%, 3: 90%]\n[Knowledge: No]", (3, 90, "no")),
        ("[Prior: 2]\n[Bets: 0: 5%, 1: 25%, 2: 45%, 3: 25%]\n[Knowledge: Yes]", (2, 25, "yes")),
        (
            "**[Prior: 3]**\n**[Bets: 0: 0%, 1: 0%, 2: 0%, 3: 100%]**\n**[Knowledge: No]**",
            (3, 100, "no"),
        ),
        # near: a placeholder in brackets is still no value, an aside in brackets still one
        (
            "[Prior: <number from 0 to 3>]\n[Bets: 3: 90%, 2: 10%]\n[Knowledge: No]",
            (None, 90, "no"),
        ),
        ("Prior: 3 [or 2]\nBets: 0: 0%, 1: 0%, 2: 10%, 3: 90%\nKnowledge: No", (None, 90, "no")),
    ],
)
def test_study1_asked_lines_in_square_brackets(study1, answer, values):
    reading = parsed(study1, answer)
    got = tuple(reading.values.get(n) for n in ("Prior_A", "probability_3", "Knowledge_A"))
    assert got == values


@pytest.mark.parametrize(
    ("knowledge", "expected"),
    [
        # a conclusion after an aside set off by dashes is its own clause: the reason's
        # negation before it is not the claim's
        (
            "Joe hasn't looked at all the tickets - he looked at 2 of them - so he doesn't know"
            " exactly how many won.",
            "no",
        ),
        ("Ben didn't check the third phone \u2013 only two \u2013 so he can't know exactly.", "no"),
        ("She hasn't opened one letter - so she doesn't know exactly how many have checks.", "no"),
        # near: the dash conclusion that affirms, and the comma form, still read
        ("She didn't skip any - so she knows exactly.", "yes"),
        ("Joe hasn't looked at all the tickets, so he doesn't know exactly how many won.", "no"),
    ],
)
def test_study1_a_conclusion_after_a_dash(study1, knowledge, expected):
    reading = parsed(study1, BLOCK + "Knowledge: " + knowledge)
    assert reading.values.get("Knowledge_A") == expected
