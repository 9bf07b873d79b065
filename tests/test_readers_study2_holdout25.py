"""Study 2's readers on the shapes the scored holdout25 set found: a sentence given as the
answer after a marker, explained by prose that names other sentences of the set only to
compare them or set them aside; an "Answer:" line that a later "Final answer:" line
contradicts; a quote someone else said and the answer ignores; a paraphrase with two of
the words. Each pattern in a few wordings, with near cases that must not change."""

from __future__ import annotations

import pytest

from llm_pragmatics.extraction import parse

from .test_readers import utterance_read


# The marked sentence is the answer when every other sentence of the set is only compared
# with it or set aside (a loose reading: a form not asked for).
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        (
            'Priya would most likely say "It was bad." Priya gave Tom\'s soup one heart. '
            '"It was bad" is direct and honest, while "It was terrible" would be more '
            "appropriate for a 0-heart rating.",
            "was bad",
        ),
        (
            "Marcus would likely say, \"It wasn't bad.\" The phrasing spares Lena's feelings "
            "while not claiming it was good.",
            "wasn't bad",
        ),
        (
            "Her honest view is the strongest possible, so she should say so directly rather "
            'than hedging with a negation like "It wasn\'t bad," which would understate it.'
            '\n\nAisha would most likely say: "It was amazing."',
            "was amazing",
        ),
        (
            "He wants to make Carlos feel good, so he would likely tell a white lie and say:"
            '\n\n"It was good."\n\nThis is warm without sounding over-the-top, which "It was '
            'amazing" might.',
            "was good",
        ),
        (
            'Naomi would most likely say **"It was amazing."**\n\nA 3-heart pie is the top '
            'of the scale. Saying only "It was good" would actually *under*-report it.',
            "was amazing",
        ),
        (
            "Diego would most likely say **\"It wasn't bad.\"**\n\n*   It protects Sam's "
            'feelings: it avoids a direct negative like "It was bad."\n*   It is honest '
            "enough.",
            "wasn't bad",
        ),
        (
            'Hannah would be most likely to say "It was bad." One heart is not the lowest '
            "rating, so she would not go as far as saying it was terrible.",
            "was bad",
        ),
        (
            "Honestly, the essay was bad - that's what 1 heart means. But she wants Raj to "
            "feel good, so she wouldn't put it that bluntly. What she'd actually say is: "
            '"It wasn\'t bad."',
            "wasn't bad",
        ),
    ],
)
def test_a_marked_sentence_explained_by_comparison_is_the_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    reading = parse(study2, answer, "stop")
    assert set(reading.grades.values()) == {"loose"}


# Near cases: another sentence offered, endorsed, chosen again or said under a condition.
@pytest.mark.parametrize(
    "answer",
    [
        # a self-correction
        'Tariq would most likely say "It wasn\'t bad." Actually, it was good.',
        # a later final answer that differs
        "Answer: It wasn't bad.\n\nExplanation: Omar disliked the mural but wants Ines to "
        "feel good.\n\nFinal answer: It was good.",
        # two offered
        'Sofia would likely say "It was good" or "It wasn\'t bad." Both are kind.',
        # another endorsed beside the comparison
        'Ben would most likely say "It was bad." "It was terrible" would be more appropriate '
        'for a 0-heart rating, but "It was terrible" would also work.',
        'Ben would most likely say "It was bad," though "It wasn\'t good" would also fit, '
        'since it avoids a direct negative like "It was terrible."',
        # another sentence given as said
        'Grace would most likely say "It was good." She might say "It was amazing" too.',
        # conditional answers
        'If he wants to be kind, Felix would say "It was good." If honest, "It was bad."',
        # a list, none marked
        '- "It was good": kind\n- "It wasn\'t bad": honest\n- "It was bad": blunt',
    ],
)
def test_near_a_marked_sentence_other_offers_leave_it_unread(study2, answer):
    assert utterance_read(study2, answer) == " "


# An "Answer:" line that a later "Final answer:" contradicts states the answer twice
# differently: both fields empty, also the factor the two share; the same sentence again
# keeps it.
@pytest.mark.parametrize(
    ("first", "final"),
    [
        ("It wasn't bad.", "It was good."),
        # (sharing the word, or the frame)
        ("It was bad.", "It wasn't bad."),
        ("It was good.", "It was amazing."),
    ],
)
def test_an_answer_line_contradicted_by_a_final_answer_is_no_answer(study2, first, final):
    answer = (
        f"Answer: {first}\n\nExplanation: Nadia disliked the quilt (0 hearts), but "
        "she wants to be kind... on reflection, she would say something else.\n\n"
        f"Final answer: {final}"
    )
    assert utterance_read(study2, answer) == " "


def test_near_an_answer_line_repeated_by_a_final_answer_reads_it(study2):
    answer = (
        "Answer: It wasn't bad.\n\nExplanation: Nadia disliked the quilt but is kind."
        "\n\nFinal answer: It wasn't bad."
    )
    assert utterance_read(study2, answer) == "wasn't bad"


# A quote the answer ignores, someone else's, is no answer; a paraphrase with a second word
# of the set after "but" is no choice.
@pytest.mark.parametrize(
    "answer",
    [
        'Ignoring Emily\'s "It was awesome, and it was amazing" in a positive way could be '
        "considered as boring.",
        'Disregarding Paul\'s "It was good", the review says little.',
        "Oliver is likely to say that the app was terrible, not great overall, but bad as "
        "compared to some other apps.",
        "She'd say the play was good, but amazing in places.",
    ],
)
def test_an_ignored_quote_or_two_words_is_no_answer(study2, answer):
    assert utterance_read(study2, answer) == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ('Mia would say "It was good."', "was good"),
        ("It was terrible, but she said it kindly.", "was terrible"),
        ('Quoting Emily: "It was amazing."', "was amazing"),
        # another endorsed only as a lesser answer
        (
            "My answer: It wasn't amazing. (It was good would also work, but less so.)",
            "wasn't amazing",
        ),
    ],
)
def test_near_an_ignored_quote_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# A sentence with a word outside the four, quoted alone after a lead sentence of the
# answerer's that a colon closes ("He'd most likely say something soft:\n\n"It wasn't
# great.""), states its frame; the word stays empty.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        (
            "Matt rated it 2 hearts. For accurate feedback he'd go for a moderate positive:"
            '\n\n"It was nice."\n\nThat conveys approval without overstating it.',
            "was ",
        ),
        (
            "Kevin found it weak, but he doesn't want to discourage Jake. He'd most likely "
            'say something honest but soft:\n\n"It wasn\'t great."\n\nThis signals it needs '
            "work.",
            "wasn't ",
        ),
        (
            "Because she wants to be informative, she'd pick a clearly negative but not "
            'extreme description: "It was subpar."',
            "was ",
        ),
        (
            "Omar thought the cake was poor and wants to be honest with her. So he would "
            'tell her:\n\n**"It wasn\'t great."**',
            "wasn't ",
        ),
        (
            "She rated the song 3 hearts and wants to be nice, so I think she would say:"
            '\n\n> "It was wonderful!"\n\nThat is warm and honest.',
            "was ",
        ),
        # (a sentence set aside after it is no second offer)
        ("He might say 'It wasn't' rather than 'It was'.", "wasn't "),
    ],
)
def test_a_quote_after_a_colon_lead_gives_its_frame(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# Near cases: another sentence offered or put in its place after it, several offered by the
# lead, or the outside word in reasoning only: no frame.
@pytest.mark.parametrize(
    "answer",
    [
        "He rated it 2 hearts and wants to be kind. He'd most likely say:\n\n\"It was "
        'nice."\n\nOr maybe "It was okay."',
        "He rated it 2 hearts and wants to be kind. He'd most likely say:\n\n\"It was "
        'nice."\n\nActually, "It wasn\'t great" fits better.',
        'He rated it 2 hearts and wants to be kind. He might say one of these:\n\n"It was '
        'nice."\n"It wasn\'t great."',
        "Matt thought the painting was nice, but 2 hearts is not high. He would be torn "
        "about what to say and would probably stay vague about it overall.",
    ],
)
def test_near_a_quote_after_a_colon_lead_other_offers_leave_it_unread(study2, answer):
    assert utterance_read(study2, answer) == " "


# A sentence given as the answer with another under an "also possible" key or label (JSON's
# "also_possible", "Also possible:", "also_acceptable", "fallback") is the first: the other
# is a lesser alternative, as "alternative" is.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        (
            '```json\n{"answer": "It was good.", "also_possible": "It wasn\'t bad.", '
            '"confidence": 0.7}\n```',
            "was good",
        ),
        ('{"utterance": "It wasn\'t bad", "also_acceptable": "It was good"}', "wasn't bad"),
        ("Answer: It was good.\nAlso possible: It wasn't bad.", "was good"),
        ('Final answer: "It wasn\'t bad." (Fallback: "It was good.")', "wasn't bad"),
        ('{"response": "It was bad.", "also_plausible": "It was terrible."}', "was bad"),
    ],
)
def test_an_answer_with_an_also_possible_alternative_is_the_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


# Near cases: a second answer under a key that is no lesser one, or "also" alone.
@pytest.mark.parametrize(
    "answer",
    [
        '{"answer": "It was good.", "answer_2": "It wasn\'t bad."}',
        '{"answer": "It was good.", "also": "It wasn\'t bad."}',
        "It was good. Also possible, it wasn't bad.",
    ],
)
def test_near_an_also_possible_alternative_two_answers_stay_unread(study2, answer):
    assert utterance_read(study2, answer) == " "


# A quote alone on its line below a lead closed by a colon is judged with the lead's words,
# as on one line: said not to be, rejected or someone else's words, it gives nothing, a
# whole sentence of the set no more than a frame (the lead is no heading with the quote
# below it read apart); nor does one after such a lead and a colon on the same line; a
# self-correction after it gives none.
@pytest.mark.parametrize(
    "answer",
    [
        'Tom disliked it, so he would not say:\n\n"It was awful."',
        'He would not say "It was awful."',
        'She would never say:\n\n"It was nice."',
        'I doubt she would say:\n\n"It wasn\'t great."',
        'She\'d avoid saying:\n\n"It was lovely."',
        'A blunt critic would say:\n\n"It was awful."',
        'A blunt critic would say "It was awful."',
        'Someone less kind might say:\n\n"It wasn\'t great."',
        'Her mother would say:\n\n> "It wasn\'t great."',
        'He\'d go for:\n\n"It was nice."\n\nOn second thought, "It wasn\'t great."',
        'He would never say:\n\n"It was bad."',
        'A blunt critic would say:\n\n"It was bad."',
        'Her mother would say:\n"It wasn\'t good."',
        'Tom disliked the cake. He would never say:\n\n"It was bad."\n\nHe is kind.',
        'She\'d avoid saying: "It was bad."',
        'He would not say: "It was amazing."',
    ],
)
def test_a_quote_below_a_lead_that_sets_it_aside_is_no_answer(study2, answer):
    assert utterance_read(study2, answer) == " "


# Near cases: the answerer's own lead (or the scenario's goal restated before it, or the
# answerer in the speaker's place) keeps its reading, frame alone or the whole sentence.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ('He would most likely say:\n\n"It was nice."', "was "),
        ("He'd most likely say something honest but soft:\n\n\"It wasn't great.\"", "wasn't "),
        ('He\'d most likely say something honest but soft:\n\n"It was bad."', "was bad"),
        ('She\'d say:\n\n"It was lovely."', "was "),
        ('He would say:\n\n"It wasn\'t great."', "wasn't "),
        ('If Emily wanted to make Tom feel good, she would say:\n\n"It was nice."', "was "),
        ('If I were Tom, I would say:\n\n"It was awful."', "was "),
        ('He would say: "It was bad."', "was bad"),
        ('**Answer:**\n\n"It was good."', "was good"),
        ('He would not say: "It was bad." He would say: "It was good."', "was good"),
    ],
)
def test_near_a_quote_below_the_answerers_own_lead_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
