"""Study 2's readers on answers in the voices of open-weight chat models (DeepSeek's
tables and "most likely" headings, Llama's bold answer followed by its reasons, check-mark
columns and emoji ticks, candidates judged one by one): each pattern in a few wordings,
and a near case that must stay empty, with its reason."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an emoji tick in a column named for the choice marks its row, in a table of two
        (
            "| Rank | Sentence | Pick |\n|---|---|---|\n| 1 | It was good | |\n"
            "| 2 | It wasn't bad | ✅ |",
            "wasn't bad",
        ),
        (
            "| Line | Chosen? |\n|---|---|\n| It was amazing | ✅ |\n| It was good | |",
            "was amazing",
        ),
        # an emoji tick closing one line of a list of candidates, the others unmarked
        ("- It wasn't terrible\n- It wasn't bad ✅\n- It was good", "wasn't bad"),
        ("1. It was good ✅\n2. It was amazing ❌\n3. It wasn't bad", "was good"),
        # near: two ticked is no choice; a tick under a column of a quality is no pick
        ("| Line | Pick |\n|---|---|\n| It was bad | ✅ |\n| It wasn't good | ✅ |", " "),
        ("| Line | Kind? |\n|---|---|\n| It was good | ✅ |\n| It was bad | |", " "),
        # ... nor ticks closing lines of other forms
        ("- Feeling: 1 heart ✅\n- It wasn't bad\n- It was good", " "),
    ],
)
def test_an_emoji_tick_marks_the_line_chosen(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


def test_two_ticked_rows_are_no_choice_with_a_reason(study2):
    reading = parsed(
        study2, "| Line | Pick |\n|---|---|\n| It was bad | ✅ |\n| It wasn't good | ✅ |"
    )
    assert not reading.values
    assert set(reading.problems) == {"Was_Wasnt", "Assessment"}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a quote judged, then "this"/"that" pointing back at it to reject it: weighed
        ('"It was bad" is honest. Still, this would sting, so Ann would avoid this.', " "),
        ("'It was amazing' - that one is out, Greg only felt 1 heart.", " "),
        ('"It was good" sounds kind, but this one is too generous.', " "),
        # ... to pick it: the choice, though other quotes were weighed before
        (
            '"It was terrible" is true, but this would crush him. "It wasn\'t good" is '
            "gentler; this is what Sam would say.",
            "wasn't good",
        ),
        ('"It was amazing" - too much.\n"It was good" - fair. I\'d go with that.', "was good"),
        # a rejected one, then another picked
        (
            '"It was good" would be kind. This one is too generous, though.\n\n'
            "So he'd say \"It wasn't bad.\"",
            "wasn't bad",
        ),
        # the second sentence unfinished before the next quote; "avoid saying this"
        (
            "'It was bad' is the truth. Kim would avoid saying this and tell him "
            '"It wasn\'t terrible."',
            "wasn't terrible",
        ),
        # near: a rejection under a condition rejects nothing
        ('"It was good" is my answer; I\'d skip this only if she were blunt.', "was good"),
        # near: "that" opening a clause points at nothing
        ("'It was bad' - she wouldn't say that it was awful, though.", "was bad"),
    ],
)
def test_this_or_that_pointing_back_at_a_judged_quote(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the second of two quotes judged with its verb left out ("... and 'B' too harsh"):
        # weighed as the first is, then declined
        ('"It was amazing" is too sweet and "It was bad" too blunt. None of them fits.', " "),
        ("'It wasn't good' seems cold, 'It was good' far too kind.", " "),
        # ... with a pick after it
        (
            '"It was good" is too kind and "It was bad" too cold, so: "It wasn\'t bad."',
            "wasn't bad",
        ),
        # near: "too" as "also" after the sentence given is no judgement
        ('Nina would say "It was good" too, like everyone.', "was good"),
    ],
)
def test_a_quote_judged_with_its_verb_left_out_is_weighed(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # the answer on its line, then, in a paragraph of reasons, the candidates it beat
        # judged one by one: the answer stands (no list in a row across the break)
        (
            '**"It wasn\'t terrible."**\n\n"It was bad" would overstate the harm, and '
            '"It was good" would flatter him.',
            "wasn't terrible",
        ),
        ('It was amazing.\n\n"It was good" would undersell it.', "was amazing"),
        ("It wasn't good.\n\n'It was terrible' is too harsh.", "wasn't good"),
        # near: sentences in a row on one line are still a list with no choice
        ("It was good. It wasn't bad. It was amazing.", " "),
        # ... and a second sentence on its own line is still a second answer
        ("It was good.\n\nIt wasn't bad.", " "),
    ],
)
def test_candidates_judged_after_the_answer_line_leave_the_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "if I were the speaker" with no comma: the answerer in her place, saying it
        ("If I was in Tom's shoes I would say it wasn't bad.", "wasn't bad"),
        ("if i were jake i'd say it was amazing", "was amazing"),
        # near: a condition on the speaker or on saying it supposes the sentence
        ("If he told her it was terrible she would cry.", " "),
        ("If she wanted to cheer him up she'd say amazing.\nMy answer: It was bad.", "was bad"),
    ],
)
def test_if_i_were_the_speaker_then_the_sentence_is_the_answer(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
