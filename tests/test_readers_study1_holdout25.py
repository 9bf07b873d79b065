"""Study 1 answers of the shapes the holdout25 set found misread: each with a near case
that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed


def _asked(bets: str) -> str:
    return f"Prior: 3\n\nFor the bets: {bets}\n\nKnowledge: no"


@pytest.mark.parametrize(
    ("bets", "read"),
    [
        # the amount left that a verb sends on to the option after it, after a dash: that
        # option's bet, not the one before the dash
        (
            "0% on 0, 10% on 1 and 15% on 2 \u2014 the remaining 75% goes on 3, since ...",
            [0, 10, 15, 75],
        ),
        ("0% on 0, 10% on 1, 15% on 2 - the remaining 75% I put on 3.", [0, 10, 15, 75]),
        ("0% on 0, 10% on 1, 15% on 2 \u2013 the last 75% goes to three.", [0, 10, 15, 75]),
        ("0% on 0, 5% on 1, 20% on 2 - the other 75% I'd put on 3.", [0, 5, 20, 75]),
        # near: the same sentence with a comma, or no verb, read as before
        ("0% on 0, 10% on 1 and 15% on 2, the remaining 75% goes on 3.", [0, 10, 15, 75]),
        ("0% on 0, 10% on 1 and 15% on 2 \u2014 the remaining 75% on 3.", [0, 10, 15, 75]),
        # near: "N: X%" pairs in a row, an amount that goes to no option
        ("0: 0%, 1: 10%, 2: 15%, 3: 75% goes on three since ...", [0, 10, 15, 75]),
        ("0: 0%, 1: 0%, 2: 25%, 3: 75% goes to the case where all won", [0, 0, 25, 75]),
    ],
)
def test_study1_the_amount_left_sent_to_the_option_after_it(study1, bets, read):
    reading = parsed(study1, _asked(bets))
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == read
    assert reading.values.get("Knowledge_A") == "no"


@pytest.mark.parametrize(
    ("bets", "read"),
    [
        # a range of options with the objects' words before its amount bets on several
        # states together: none of them gets it; "exactly 3" keeps its own
        ("at least 2 sprouted: 100%; exactly 3: 70%", [None, None, None, 70]),
        ("2 or more letters with checks: 90%; exactly 3: 60%", [None, None, None, 60]),
        ("at least 2 tickets won - $100, 3: $70", [None, None, None, 70]),
        # near: the range said in passing, before the bets themselves
        ("at least 2 sprouted, so 2: 30%, 3: 70%", [None, None, 30, 70]),
        ("at least 2 have sprouted: 2: 30%, 3: 70%", [None, None, 30, 70]),
        # near: the range with no words, as before
        ("at least 2: 100%; exactly 3: 70%", [None, None, None, 70]),
    ],
)
def test_study1_a_range_with_the_objects_words_is_no_bet(study1, bets, read):
    reading = parsed(study1, f"Prior: 3\nBets: {bets}\nKnowledge: no")
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == read


def _weighed(first: str, second: str, choice: str, bets: str) -> str:
    return (
        f"Let me weigh two ways of betting.\n\n{first}\n{second}\n\n{choice}\n\n"
        f"Prior: 3\nBets: {bets}\nKnowledge: yes"
    )


@pytest.mark.parametrize(
    ("first", "second", "choice", "bets", "read"),
    [
        # the reasoning weighs named candidates and picks one by name: the one passed over
        # is no second answer beside the block
        (
            "Option A (trust Joe completely): 0: 0%, 1: 100%, 2: 0%, 3: 0%.",
            "Option B (allow for misreading): 0: 0%, 1: 90%, 2: 7%, 3: 3%.",
            "Option A seems overconfident, so I'll go with Option B.",
            "0: 0%, 1: 90%, 2: 7%, 3: 3%",
            [0, 90, 7, 3],
        ),
        (
            "**Plan A** (cautious): 0: 5%, 1: 80%, 2: 10%, 3: 5%.",
            "**Plan B** (bold): 0: 0%, 1: 95%, 2: 5%, 3: 0%.",
            "Plan A hedges too much, so I am going with Plan B.",
            "0: 0%, 1: 95%, 2: 5%, 3: 0%",
            [0, 95, 5, 0],
        ),
        (
            "Set 1: 0: 0%, 1: 100%, 2: 0%, 3: 0%.",
            "Set 2: 0: 0%, 1: 90%, 2: 7%, 3: 3%.",
            "I prefer set 2.",
            "0: 0%, 1: 90%, 2: 7%, 3: 3%",
            [0, 90, 7, 3],
        ),
        # near: the one chosen is not the block's: stated twice differently
        (
            "Option A: 0: 0%, 1: 100%, 2: 0%, 3: 0%.",
            "Option B: 0: 0%, 1: 90%, 2: 7%, 3: 3%.",
            "I will go with Option A.",
            "0: 0%, 1: 90%, 2: 7%, 3: 3%",
            [0, None, None, None],
        ),
        # near: the chosen one's own line differs from the block
        (
            "Option A: 0: 0%, 1: 100%, 2: 0%, 3: 0%.",
            "Option B: 0: 0%, 1: 90%, 2: 7%, 3: 3%.",
            "I will go with Option B.",
            "0: 0%, 1: 80%, 2: 10%, 3: 10%",
            [0, None, None, None],
        ),
        # near: no choice made by name
        (
            "Option A: 0: 0%, 1: 100%, 2: 0%, 3: 0%.",
            "Option B: 0: 0%, 1: 90%, 2: 7%, 3: 3%.",
            "Both are defensible.",
            "0: 0%, 1: 90%, 2: 7%, 3: 3%",
            [0, None, None, None],
        ),
    ],
)
def test_study1_a_named_candidate_passed_over_is_no_second_answer(
    study1, first, second, choice, bets, read
):
    reading = parsed(study1, _weighed(first, second, choice, bets))
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == read
    assert reading.values.get("Knowledge_A") == "yes"


@pytest.mark.parametrize(
    ("bets", "read"),
    [
        # nothing "on any of the other options": every option given no other amount
        (
            "I'd put the whole $100 on three, and no money on any of the other options.",
            [0, 0, 0, 100],
        ),
        ("$90 on three, $10 on two and no money on any of the other options.", [0, 0, 10, 90]),
        ("$100 on three and 0% on any of the others.", [0, 0, 0, 100]),
        # near: the forms read before
        ("$100 on three, and nothing on the other options.", [0, 0, 0, 100]),
        ("$100 on three, and no money on the others.", [0, 0, 0, 100]),
        ("$100 on three, and nothing on each of the rest.", [0, 0, 0, 100]),
    ],
)
def test_study1_nothing_on_any_of_the_other_options(study1, bets, read):
    reading = parsed(study1, f"Prior: 3\nBets: {bets}\nKnowledge: yes")
    assert reading.values.get("Prior_A") == 3
    assert bets_read(reading) == read


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # one short value per question on three lines, then paragraphs that explain them:
        # the lines are the parts, by their place
        (
            "3\n0%, 10%, 20%, 70%\nno\n\n(The first line answers Question 1, the second "
            "gives my bets in order, the third answers Question 3. Monica has checked only "
            "one fruit, so the base rate still dominates.)",
            [3, 0, 10, 20, 70, "no"],
        ),
        (
            "3\n0: 0%, 1: 10%, 2: 20%, 3: 70%\nno\n\nShe looked at 1 of them, so the answer is no.",
            [3, 0, 10, 20, 70, "no"],
        ),
        ("Two\n$0, $10, $60, $30\nNo, she does not\n\nShe checked one.", [2, 0, 10, 60, 30, "no"]),
        # near: two lines of one kind side by side: which is whose is a guess
        ("3\n2\nno\n\nMonica has checked only one fruit.", [None] * 6),
        # near: labelled lines, read by their labels as before
        (
            "Prior: 3\nBets: 0%, 10%, 20%, 70%\nKnowledge: no\n\nA caveat on the bets.",
            [3, 0, 10, 20, 70, "no"],
        ),
    ],
)
def test_study1_three_terse_lines_over_an_explanation(study1, answer, read):
    reading = parsed(study1, answer)
    assert [reading.values.get("Prior_A"), *bets_read(reading)] + [
        reading.values.get("Knowledge_A")
    ] == read


ASKED = "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 10%, 3: 90%\nKnowledge: yes"


@pytest.mark.parametrize(
    ("after", "prior"),
    [
        # "one" as the pronoun before a modal and a verb of the one who weighs: no count,
        # even in a sentence that reads as a revision ("misread")
        ("One could reserve a tiny amount for the possibility that Joe misread a ticket.", 3),
        ("One might hold back a little in case Joe misread a ticket.", 3),
        ("One could hedge a bit more, in case I misread the story.", 3),
        # near: the count in a revision that gives another prior
        ("Actually, only one could have won, so the prior should be 1.", None),
    ],
)
def test_study1_the_pronoun_one_before_a_modal_is_no_count(study1, after, prior):
    reading = parsed(study1, ASKED + "\n\n" + after)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 0, 10, 90]


def test_study1_a_walkthrough_cut_before_any_answer_states_no_prior(study1):
    answer = (
        "**Question 1: Before Joe says anything**\n\nThere's a small chance that one of "
        "them lost. Let's see what Joe tells us before we commit to numbers.\n\n**Question "
        "2: Updating our bets**\n\nWe should put nearly all of our confidence on three "
        "winning tickets. One could reserve a tiny amount for the possibility that Joe "
        "misread a ticket, but that seems very unlikely. So the distribution I'd propose is"
    )
    reading = parsed(study1, answer, "length")
    assert reading.values.get("Prior_A") is None
    assert bets_read(reading) == [None] * 4


BLOCK = "Prior: 3\nBets: 0: 0%, 1: 2%, 2: 90%, 3: 8%\nKnowledge: yes"


@pytest.mark.parametrize(
    ("summary", "prior"),
    [
        # a summary's labelled item ends where the next item opens with a key of its own:
        # that item's count is another matter's
        (
            "- **Prior:** almost every student passes, so all three.\n- **Update:** Mark "
            "read all three exams and says two passed, so two is the natural reading.\n- "
            "**Knowledge:** he has seen every exam.",
            3,
        ),
        ("- Prior: all three.\n- After the call: two.\n- Knowledge: yes.", 3),
        ("* **Prior** - three, by the base rate.\n* **Reading of the report:** two.", 3),
        # near: the summary's own item states another prior
        ("- **Prior:** two.\n- **Update:** two.\n- **Knowledge:** yes.", None),
        # near: a line that takes the answer back after the key
        ("- **Prior:** all three.\n- **Note:** on reflection I would change the prior to 2.", None),
    ],
)
def test_study1_a_summary_item_ends_at_the_next_keyed_item(study1, summary, prior):
    reading = parsed(study1, BLOCK + "\n\nSummary of my reasoning:\n" + summary)
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 2, 90, 8]


def test_study1_an_answer_line_after_a_knowledge_placeholder_stays_its_part(study1):
    # near: "A: Yes." below a label is the part's answer line, not another key's item
    answer = "Question 2: Does Joe know exactly?\nKnowledge: 1: <percent>%\nA: Yes."
    assert parsed(study1, answer).values.get("Knowledge_A") == "yes"


@pytest.mark.parametrize(
    ("after", "prior"),
    [
        # a revision asked as a question and turned down at once: a candidate, no answer
        (
            "On reflection, should I revise my prior to 2? No - the single most likely "
            "count is still all three. I'll stand by 3.",
            3,
        ),
        ("Should I change my prior to 2? No, all three is still the most likely.", 3),
        ("On reflection, should the prior be 2? Not really: the base rate is strong.", 3),
        # near: the question answered yes, or left open: stated twice differently
        ("Should I change my prior to 2? Yes, on reflection.", None),
        ("Should I change my prior to 2? Perhaps.", None),
    ],
)
def test_study1_a_revision_asked_and_turned_down_is_no_second_answer(study1, after, prior):
    reading = parsed(
        study1, "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 25%, 3: 65%\nKnowledge: no\n\n" + after
    )
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 10, 25, 65]


@pytest.mark.parametrize(
    ("summary", "prior"),
    [
        # a summary that contrasts the time before the call with the time after it, by the
        # report: the count after it is the later guess, not a second prior
        (
            "To sum up: before the call I expected all three fruits to be dried out; after "
            "it I think two is the likeliest total (65%), with one as the alternative (35%).",
            3,
        ),
        ("In short: before the call I expected all three; after it, two is the likeliest.", 3),
        (
            "To sum up: before she spoke I expected all three, and once Monica called I think two.",
            3,
        ),
        # near: "at first" and "after" with no report named may take the answer back
        ("To sum up: at first I expected all three, and after Monica called I think two.", None),
        (
            "In short: before the call I said three, but after rereading the story I would "
            "say two.",
            None,
        ),
        # near: the summary's prior differs
        ("To sum up: before the call I expected two.", None),
    ],
)
def test_study1_a_summary_contrasting_before_and_after_the_call(study1, summary, prior):
    reading = parsed(
        study1, "Prior: 3\nBets: 0: 0%, 1: 35%, 2: 65%, 3: 0%\nKnowledge: no\n\n" + summary
    )
    assert reading.values.get("Prior_A") == prior
    assert bets_read(reading) == [0, 35, 65, 0]


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # the count an answer's "prediction" or "I'd start by assuming" gives
        (
            "### 1. Initial Prediction\nBecause students almost always pass, my initial "
            "prediction is that **all 3** exams have passing grades.\n\n### 2. Updated "
            "Prediction\n- 0: 2%\n- 1: 90%\n- 2: 5%\n- 3: 3%\n\n### 3. Knowledge\n**Yes.**",
            3,
        ),
        ("Prior: My initial prediction is that all 3 exams have passing grades.", 3),
        ("My prediction is that 2 of them passed.\n\nBets: 0: 0%, 1: 0%, 2: 60%, 3: 40%", 2),
        (
            "I'd start by assuming all three letters have checks, because that's what almost "
            "always happens.\n\nSo I'd bet $0 on zero, $0 on one, $30 on two and $70 on "
            "three.\n\nI don't think Laura knows the exact number.",
            3,
        ),
        ("I'd start by saying 2.\n\nBets: 0: 0%, 1: 0%, 2: 30%, 3: 70%", 2),
        # near: the prediction of the time after the call, beside the block
        (
            "Prior: 3\nBets: 0: 0%, 1: 90%, 2: 5%, 3: 5%\nKnowledge: yes\n\nAfter the call, "
            "my prediction is that 1 passed.",
            3,
        ),
    ],
)
def test_study1_a_prediction_or_a_starting_assumption_is_the_prior(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        # Chinese and Japanese labels (the study definition's aliases), and yes and no
        # standing alone after them
        (
            "先验：3\n下注：0: 0%，1: 0%，2: 0%，3: 100%\n知识：是\n\n解释：Mark看了全部3份试卷。",
            [3, 0, 0, 0, 100, "yes"],
        ),
        (
            "先验：3\n下注：0：0%，1：0%，2：10%，3：90%\n知道：否\n\n她不确切知道。",
            [3, 0, 0, 10, 90, "no"],
        ),
        ("先验：3\n下注：0: 0%，1: 0%，2: 0%，3: 100%\n知识：不是", [3, 0, 0, 0, 100, "no"]),
        (
            "事前の予想：3\n賭け：0: 0%、1: 0%、2: 30%、3: 70%\n知識：いいえ",
            [3, 0, 0, 30, 70, "no"],
        ),
        ("事前の予想：3\n賭け：0: 0%、1: 0%、2: 30%、3: 70%\n知識：はい", [3, 0, 0, 30, 70, "yes"]),
        # near: "是" inside a sentence is no yes
        (
            "先验：3\n下注：0: 0%，1: 0%，2: 0%，3: 100%\n知识：他看了全部，这是确切的。",
            [3, 0, 0, 0, 100, None],
        ),
    ],
)
def test_study1_chinese_and_japanese_labels(study1, answer, read):
    reading = parsed(study1, answer)
    assert [reading.values.get("Prior_A"), *bets_read(reading)] + [
        reading.values.get("Knowledge_A")
    ] == read


@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        # "I'm sure it's 3" after a hedge on how sure: the count is said
        ("Question 1: How many?\n\nI'm not 100% sure, but I'm sure it's 3.", 3),
        ("Prior: I'm not certain, but I'm sure it's 3.", 3),
        ("Prior: I'm not 100% sure, but I am fairly confident it is 3.", 3),
        # near: sure with "not" before it says no count
        ("Prior: I'm not sure it's 3.", None),
        ("Question 1: How many?\n\nI'm not sure it's 3, maybe 2.", None),
    ],
)
def test_study1_sure_it_is_a_count_says_the_prior(study1, answer, prior):
    assert parsed(study1, answer).values.get("Prior_A") == prior
