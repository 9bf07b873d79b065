"""The structured stage's readers and parser, without a model: the patterns answers use,
values checked against their fields, truncated answers, and no text that crashes them."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from llm_pragmatics.extraction import ExtractionSpec, Field, Rejected, build_structured_table
from llm_pragmatics.extraction.fields import CHOICE, NUMBER, WHOLE
from llm_pragmatics.extraction.readers import ANSWER, CLEAR, DIRECT, LOOSE, SECTION, library_readers

from .labelled import LABELLED, REPO, labelled, raw_table

POOL = REPO / "tests" / "data" / "pool"

STUDIES = ["study1", "study2"]


@pytest.fixture(scope="module")
def specs(studies) -> dict[str, ExtractionSpec]:
    return {name: ExtractionSpec.from_study(studies[name]) for name in STUDIES}


def parsed(spec: ExtractionSpec, answer: str, finish_reason: str = "stop"):
    from llm_pragmatics.extraction import parse

    return parse(spec, answer, finish_reason)


def bets_read(reading) -> list:
    """The four bets a reading holds, in option order (None: not read)."""
    return [reading.values.get(f"probability_{i}") for i in range(4)]


def utterance_read(spec: ExtractionSpec, answer: str) -> str:
    """The sentence the parser reads, as "frame word" ("" for a field not read)."""
    values = parsed(spec, answer).values
    return f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}"


def values_read(spec: ExtractionSpec, answer: str, names) -> dict:
    """The values the parser reads from an answer for the fields named (None: not read)."""
    reading = parsed(spec, answer)
    return {name: reading.values.get(name) for name in names}


# --- Values are checked against their field where they are read ---------------------------

COUNT = Field("n", WHOLE, "count", None, "a count", minimum=0, maximum=3)
AMOUNT = Field("bet", NUMBER, "bet", None, "a bet", minimum=0, maximum=100)
YES_NO = Field("yn", CHOICE, "yes_no", None, "yes or no", allowed=("yes", "no"))

NOT_VALUES = [
    "0.6666666666666667",  # the fraction that crashed the stage (issue 10, item 7)
    0.5,
    -1,
    "-0",
    4,
    10**400,  # too big for a float
    "1e400",
    float("nan"),
    float("inf"),
    "three",
    "",
    None,
    "None",
    "null",
    "NaN",
    "２.５",
    "½",
    "٣٣",
    True,
    [2],
]


@pytest.mark.parametrize("value", NOT_VALUES, ids=repr)
def test_a_count_takes_only_whole_numbers_in_range(value):
    if str(value) in ("-0",):
        assert COUNT.check(value) == 0
        return
    with pytest.raises(Rejected):
        COUNT.check(value)


@pytest.mark.parametrize("value", NOT_VALUES, ids=repr)
def test_a_bet_takes_only_finite_numbers_in_range(value):
    accepted = {"0.6666666666666667": 0.6666666666666667, 0.5: 0.5, "-0": 0, 4: 4}
    if isinstance(value, str | float | int) and value in accepted:
        assert AMOUNT.check(value) == accepted[value]
        return
    with pytest.raises(Rejected):
        AMOUNT.check(value)


@pytest.mark.parametrize("value", [*NOT_VALUES, "Yes", "YES", "y", "no ", "maybe"], ids=repr)
def test_a_choice_takes_only_its_allowed_values(value):
    with pytest.raises(Rejected):
        YES_NO.check(value)
    assert YES_NO.check("yes") == "yes" and YES_NO.check("no") == "no"


def test_numbers_of_every_kind_are_numbers():
    import numpy as np

    assert COUNT.check(np.int64(2)) == 2 and COUNT.check(2.0) == 2 and COUNT.check(" 3 ") == 3
    assert AMOUNT.check(np.float64(33.3)) == 33.3 and AMOUNT.check("12.5") == 12.5


def test_a_rejection_says_what_and_why():
    with pytest.raises(Rejected, match=r"^0\.6666666666666667 is not a whole number$"):
        COUNT.check("0.6666666666666667")
    with pytest.raises(Rejected, match=r"^5 is out of range$"):
        COUNT.check(5)
    with pytest.raises(Rejected, match=r"^'lots' is not a number$"):
        AMOUNT.check("lots")


READER_INPUTS = [
    "",
    " ",
    "\n\n\n",
    "0.6666666666666667",
    "-3",
    "99999999999999999999999999999",
    "1e400",
    "three point five",
    "None",
    "null",
    "N/A",
    "½ ¾ ２ ٣",
    "😀 ✓ → ← ✔",
    "\u200b\u200d\ufeff",
    "((((((",
    "))))",
    "|||",
    '"""',
    "$$$ %%% ---",
    "0: 1: 2: 3:",
    "it was it wasn't it was",
]


@pytest.mark.parametrize("text", READER_INPUTS, ids=repr)
@pytest.mark.parametrize("scope", [SECTION, ANSWER])
def test_every_reader_returns_found_values_or_nothing_on_odd_text(specs, text, scope):
    from llm_pragmatics.extraction.readers import Unreadable
    from llm_pragmatics.extraction.text import normalise

    readers = library_readers()
    for spec in specs.values():
        for f in spec.fields:
            try:
                found = readers[f.reader](normalise(text), f, scope)
            except Unreadable:
                continue
            for x in found:
                assert 0 <= x.start <= x.end <= len(normalise(text))


# --- The patterns of issue 10 --------------------------------------------------------------

BET_CASES = [
    # bets tied to options by words, one amount for several options, a noun phrase between
    (
        "Prior: 3\nBets: I'd put $25 on option 1 and $75 on option 2. "
        "$0 on options 0 and 3.\nKnowledge: no",
        {"probability_0": 0, "probability_1": 25, "probability_2": 75, "probability_3": 0},
    ),
    (
        "Prior: 3\nBets: $0 on options 0, 1 and 2, $100 for the option 3\nKnowledge: yes",
        {"probability_0": 0, "probability_1": 0, "probability_2": 0, "probability_3": 100},
    ),
    (
        "Prior: 3\nBets:\n0 phones with burned-out transistors: $0\n"
        "1 phone with burned-out transistors: $0\n2 phones with burned-out transistors: $10\n"
        "3 phones with burned-out transistors: $90\nKnowledge: no",
        {"probability_0": 0, "probability_1": 0, "probability_2": 10, "probability_3": 90},
    ),
    # spread over several sentences, and "nothing on the others"
    (
        "I would say all three at first. Then I'd bet $70 on 3. And $30 goes on 2. "
        "Nothing on the others.",
        {"probability_0": 0, "probability_1": 0, "probability_2": 30, "probability_3": 70},
    ),
]


@pytest.mark.parametrize(("answer", "bets"), BET_CASES)
def test_bets_tied_to_options_by_words(specs, answer, bets):
    reading = parsed(specs["study1"], answer)
    assert {name: reading.values.get(name) for name in bets} == bets


SECTION_CASES = [
    # German labels (the study's aliases)
    ("Vorher: 2\nNachher: 0: 0%, 1: 20%, 2: 50%, 3: 30%\nWeiß sie es genau? nein", 2),
    ("Erste Schätzung: 1\nEinsätze: 1: 100%\nWissen: ja", 1),
    ("Initial answer: 2\nAfter the statement: 0: 0%, 1: 20%, 2: 50%, 3: 30%\nKnowledge: no", 2),
    ("1. 3\n2. 0: 0%, 1: 0%, 2: 50%, 3: 50%\n3. No", 3),
    ("Q1 - 1\nQ2 - 0: 50%, 1: 50%, 2: 0%, 3: 0%\nQ3 - yes", 1),
    ("Part A: 3\nPart B: 0: 0%, 1: 10%, 2: 30%, 3: 60%\nPart C: no", 3),
    (
        "It is highly likely that all three have passed.\n\n"
        "$10 on 1, $40 on 2 and $50 on 3.\n\nNo, Mark doesn't know exactly.",
        3,
    ),
    ("I'd say two before the call. After it: 10% on 1, 90% on 2. He doesn't know exactly.", 2),
    ("Initially: 1 of them.\nAfterwards: 0: 0%, 1: 60%, 2: 40%, 3: 0%\nKnowledge: no", 1),
    ("Beforehand - two\nAfterwards - 0: 0%, 1: 10%, 2: 90%, 3: 0%\nKnowledge - no", 2),
]


@pytest.mark.parametrize(("answer", "prior"), SECTION_CASES)
def test_sections_under_other_labels_or_none(specs, answer, prior):
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Prior_A") == prior
    bets = [reading.values.get(f"probability_{option}", 0) for option in range(4)]
    assert sum(bets) == 100 and not reading.problems


KNOWLEDGE_CASES = [
    ("it is unlikely that she knows exactly", "no"),
    ("Not likely that he knows.", "no"),
    ("She only knows for certain about one of the jars; she doesn't know exactly.", "no"),
    ("Yes, since he looked at all three.", "yes"),
    ("He knows exactly how many, he checked every one.", "yes"),
    ("Probably not.", "no"),
    ("I'm not sure whether she knows.", None),
    ("Maybe.", None),
    ("I don't know.", None),
    # a hedge that leans one way; the yes and no of German
    ("Presumably not, he tasted only one cake.", "no"),
    ("apparently not", "no"),
    ("Ja.", "yes"),
    ("nein - sie hat nur einen Brief gelesen", "no"),
    ("ja, er hat alle drei angesehen", "yes"),
]


@pytest.mark.parametrize(("answer", "knowledge"), KNOWLEDGE_CASES)
def test_hedged_and_negated_knowledge(specs, answer, knowledge):
    reading = parsed(specs["study1"], f"Prior: 3\nBets: 3: 100%\nKnowledge: {answer}")
    assert reading.values.get("Knowledge_A") == knowledge
    assert "Knowledge_A" not in reading.problems


@pytest.mark.parametrize(
    "answer", ["ja or nein, I can't decide", "nein / ja", "Yes - or nein", "Ja, no."]
)
def test_knowledge_given_both_ways_in_either_language_is_empty(specs, answer):
    reading = parsed(specs["study1"], f"Prior: 3\nBets: 3: 100%\nKnowledge: {answer}")
    assert reading.values.get("Knowledge_A") is None


def test_a_truncated_answer_keeps_its_complete_fields(specs):
    answer = "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 3"
    reading = parsed(specs["study1"], answer, "length")
    assert reading.values == {"Prior_A": 3, "probability_0": 0, "probability_1": 10}
    assert reading.problems == {
        "probability_2": "probability_2: cut off (the answer was truncated)"
    }
    # The same text, complete, is read whole.
    assert parsed(specs["study1"], answer, "stop").values["probability_2"] == 3


@pytest.mark.parametrize(
    "answer",
    [
        "1. It was terrible.\n2. It wasn't bad.\n3. It was amazing.",
        "Options:\n- It was terrible\n- It was good\n- It was amazing",
        'Either "It was good" or "It wasn\'t bad" would work.',
        "It was good. Actually, it wasn't good.",
        # List items, each with a note on it.
        "| sentence | why |\n|---|---|\n| It was amazing | flattering |\n| It was bad | true |",
        "It was terrible - too blunt\nIt wasn't good - softer",
        "It was good: encouraging\nIt was bad: truthful",
    ],
)
def test_candidates_without_a_choice_are_no_answer(specs, answer):
    reading = parsed(specs["study2"], answer)
    assert reading.values == {}
    assert set(reading.problems) == {"Was_Wasnt", "Assessment"}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("1. It was terrible.\n2. It wasn't bad. <- my answer\n3. It was amazing.", "wasn't bad"),
        ("Options: it was good, it was amazing.\nI'd say: It was amazing.", "was amazing"),
        ('The cake was bad, but I\'d say "It was good".', "was good"),
        ("She'd tell him it was not bad at all.", "wasn't bad"),
        # Beside what else might be said.
        (
            'Wanting to inform, he would say "It was terrible." If he only wanted to be nice, '
            'he might have said "It wasn\'t terrible."',
            "was terrible",
        ),
        (
            'Between "It was good" and "It was amazing", she\'d pick "It was amazing".',
            "was amazing",
        ),
        ("If I were Ben, I'd say \"It wasn't good.\"", "wasn't good"),
        ('"It was amazing when you sang," she says.', "was amazing"),
    ],
)
def test_the_sentence_given_as_the_answer_is_read(specs, answer, utterance):
    reading = parsed(specs["study2"], answer)
    assert f"{reading.values.get('Was_Wasnt')} {reading.values.get('Assessment')}" == utterance


def test_a_cut_off_word_is_not_a_value(specs):
    reading = parsed(specs["study2"], "It was terr", "length")
    assert "Assessment" not in reading.values


def test_a_fraction_for_a_count_is_empty_with_its_reason_not_a_crash(specs, studies):
    answers = ["Prior: 0.6666666666666667", "Prior: 0.5 is not 0.5 but 1.17"]
    reading = parsed(specs["study1"], answers[0])
    assert reading.problems["Prior_A"] == "Prior_A: 0.6666666666666667 is not a whole number"
    raw = raw_table(studies["study1"], answers)
    table, _ = build_structured_table(specs["study1"], raw, None, None, {})
    assert table["Prior_A"].isna().all()
    assert table["extraction_errors"].str.contains("not a whole number").all()


# --- No answer text crashes the parser ----------------------------------------------------


ALPHABET = (
    "abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 .,;:!?-+*/%$|()[]{}<>\"'`\n\t"
    "’“”–—→✓½²٣２\u200b\U0001f600"
)


def _mutations(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 8)):
        kind = rng.random()
        where = rng.randint(0, len(chars))
        if kind < 0.3 and chars:
            del chars[min(where, len(chars) - 1)]
        elif kind < 0.6:
            chars.insert(where, rng.choice(ALPHABET))
        elif kind < 0.8:
            chars = chars[:where]  # cut off
        else:
            piece = chars[where : where + rng.randint(1, 40)]
            chars[rng.randint(0, len(chars)) : 0] = piece  # a repeated span
    return "".join(chars)


# Objects, tables and elements that only look like data ("{[1]: 2}": a key that cannot be one).
DATA_THAT_IS_NO_DATA = [
    "{[1]: 2}",
    "{{1}: 2}",
    "{" * 200 + "}" * 200,
    "{'a': {1, 2}, 'b': b'x', 'c': 1e999}",
    "a,b\n,\n,",
    "x|y\n--+--\n|",
    '<bet outcome="">%</bet><prior name="">',
    "q: ?\na:\nq: ?\na:",
]


@pytest.mark.parametrize("study", STUDIES)
def test_no_answer_text_crashes_the_parser(specs, studies, study):
    """Random text and mutations of the development answers and of real local-model answers:
    the table is always built and always passes the stage's schema."""
    from llm_pragmatics.schemas import structured_schema, validate

    rng = random.Random(20240610)
    seeds = labelled(study)["response"].tolist() if LABELLED.is_dir() else []
    if (POOL / f"{study}.csv").exists():
        seeds += pd.read_csv(POOL / f"{study}.csv", dtype=str, keep_default_na=False)[
            "model_response"
        ].tolist()
    answers = [
        "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 300))) for _ in range(300)
    ]
    answers += [_mutations(rng.choice(seeds), rng) for _ in range(700)] if seeds else []
    answers += DATA_THAT_IS_NO_DATA
    reasons = [rng.choice(["stop", "length"]) for _ in answers]
    raw = raw_table(studies[study], answers, reasons)
    table, extractions = build_structured_table(specs[study], raw, None, None, {})
    validate(structured_schema(studies[study], raw, specs[study]), table, study)
    assert len(extractions) == len(answers)


@pytest.mark.parametrize("study", STUDIES)
def test_the_stage_reads_a_pool_of_real_local_model_answers(specs, studies, study):
    """Real answers of the local model (bench/answer_pool.py, another seed than the
    config's): every one is read into a table that passes the stage's schema, and every
    value in it is of its field's type."""
    from llm_pragmatics.schemas import structured_schema, validate

    pool = pd.read_csv(POOL / f"{study}.csv", dtype=str, keep_default_na=False, na_values={})
    assert len(pool) >= 100
    raw = raw_table(studies[study], pool["model_response"].tolist(), pool["finish_reason"].tolist())
    table, extractions = build_structured_table(specs[study], raw, None, None, {})
    validate(structured_schema(studies[study], raw, specs[study]), table, study)
    for f in specs[study].fields:
        for value in table[f.name]:
            if value is not pd.NA and value != "":
                assert f.check(value) == value


def test_a_question_repeated_under_another_number_answers_its_own_section(specs):
    """The study names the words of its knowledge question; an answer that repeats that
    question as "Question 2" still answers it there."""
    answer = (
        "Question 1: How many of the 3 letters have checks inside?\nThe answer is 3\n\n"
        "Question 2: Do you think Laura knows exactly how many of the 3 letters have checks "
        "inside?\nThe answer is no"
    )
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Knowledge_A") == "no"
    assert not any(name.startswith("probability") for name in reading.values)


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        ("Mark has looked at all 3 exams.\nYes", "yes"),
        ("The correct answer is no.", "no"),
        ("How many of the 3 exams passed?\nNo.", None),  # a yes/no after another question
        ("1. Yes, I can help.\n2. Yes.\n3. Yes.\n4. No.", None),  # items of a list
        ("No, I cannot give you a number.", None),  # a refusal, not an answer
        ("So Laura knows exactly how many there are.\n\nAnswer: no", None),  # both
    ],
)
def test_a_yes_or_no_standing_alone_answers_the_yes_no_question(specs, answer, knowledge):
    assert parsed(specs["study1"], answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("It was NOT good", "it wasn't good"),
        ("“It wasn’t bad”", '"it wasn\'t bad"'),
        ("**Prior:** three", "prior: 3"),
        ("twenty-five percent", "25%"),
        ("25 dollars on one", "$25 on 1"),
        ("sure that two did, and no one else", "sure that 2 did, and no one else"),
        ("$0 $0 $20 $80 for 0 1 2 3", "$0 $0 $20 $80 for 0 1 2 3"),
        ("$P(3)=70\\%$", "p(3)=70%"),
        ("Bets: 0: <percent>%", "bets: 0:  %"),
        ("It was ___.", "it was ___."),
        ("It was... not bad. It wasn't [good].", "it wasn't bad. it wasn't good."),
        (
            "&quot;It wasn&#39;t bad&quot; „It was good“ ‹It was bad›",
            '"it wasn\'t bad" "it was good" "it was bad"',
        ),
        ('{"a_b": 1, "c": {"0": "5%"}}', "a b: 1\nc: 0: 5%"),
    ],
)
def test_answers_are_normalised_before_they_are_read(text, normalised):
    from llm_pragmatics.extraction import normalise

    assert normalise(text) == normalised


# --- Readers refuse what they cannot read unambiguously (second round of issue 10) ------
# Each case is written for this test (not taken from the labelled sets): the pattern, and
# other wordings of it. `absent` fields must stay empty.

REFUSED_STUDY1 = [
    # arithmetic is no bet
    ("Step 2: 2 jars - 1 = 1 jar, 3 jars + 0 = 3 jars", ["probability_1", "probability_3"]),
    ("Bets: 4 - 1 = 3; 3 - 1 = 2", ["probability_2", "probability_3"]),
    # a negative prior is out of range, not 1
    ("Prior: -1\nBets: 3: 100%\nKnowledge: no", ["Prior_A"]),
    ("Before: -2 exams", ["Prior_A"]),
    # yes and no both
    ("Prior: 3\nBets: 3: 100%\nKnowledge: yes, no", ["Knowledge_A"]),
    ("Prior: 3\nBets: 3: 100%\nKnowledge: No / yes.", ["Knowledge_A"]),
    # a yes/no word used as a key is no answer
    ("Question 3:\nTrue: 2:15%\nFalse: 1:40%", ["Knowledge_A"]),
    # a part that lists several candidate counts, or one number over a list item
    ("Question 1:\n1. 1 of them\n2. 2 of them\n3. 2 of them", ["Prior_A"]),
    ("Question 1:\n1.\nYes, that seems fine", ["Prior_A"]),
    # the same sentence again with other numbers
    (
        "2 of the 3 seeds sprouted.\n\n3 of the 3 seeds sprouted.\n\n1 of the 3 seeds sprouted.",
        ["Prior_A", "probability_3"],
    ),
    # half is no amount, and the option it goes to is not among "the others"
    (
        "Bets: half the money on 1 and half on 2, nothing on the rest",
        ["probability_1", "probability_2"],
    ),
    # a revision elsewhere in the answer: stated twice differently
    (
        "Prior: 2\nBets: 0: 0%, 1: 0%, 2: 50%, 3: 50%\nKnowledge: no\n"
        "Edit: I'd change the bet on 2 to 30%.",
        ["probability_2"],
    ),
    ("Prior: 2\nBets: 2: 100%\nKnowledge: no\n\nActually, let me revise my prior: 3.", ["Prior_A"]),
    (
        "Prior: 2\nBets: 2: 100%\nKnowledge: no. On second thought, she does know exactly.",
        ["Knowledge_A"],
    ),
    ("Prior: 2\nBets: 2: 100%\nKnowledge: yes\nSo knowledge: no after all.", ["Knowledge_A"]),
    # a hedge that closes what came before is no marker of what follows
    ("Most pass, so 3 is likely, 1 is possible.", ["Prior_A"]),
    # a claim about something else, under a condition, or taken back
    (
        "Prior: 1\nBets: 1: 100%\nKnowledge: She knows exactly which jars she opened.",
        ["Knowledge_A"],
    ),
    (
        "Prior: 1\nBets: 1: 100%\nKnowledge: She would know exactly if she opened all.",
        ["Knowledge_A"],
    ),
    (
        "Prior: 1\nBets: 1: 100%\nKnowledge: She knows exactly. Actually, she doesn't.",
        ["Knowledge_A"],
    ),
    # a count, then another the part says is its answer; numbers in a row
    ("Prior: 1 of the 3 did, I'd guess 2\nBets: 2: 100%", ["Prior_A"]),
    ("Prior: 0 1 2\nBets: 2: 100%", ["Prior_A"]),
    # a summary that disagrees
    (
        "Prior: 1\nBets: 0: 0%, 1: 50%, 2: 50%, 3: 0%\nKnowledge: no\n\n"
        "Summary: prior 2, bets 0/40/60/0, no.",
        ["Prior_A", "probability_1", "probability_2"],
    ),
    # a count with an alternative aside
    ("Prior: 3 (though it might also be 2)\nBets: 3: 100%", ["Prior_A"]),
]


@pytest.mark.parametrize(("answer", "absent"), REFUSED_STUDY1)
def test_study1_readers_refuse_what_is_no_single_value(specs, answer, absent):
    reading = parsed(specs["study1"], answer)
    assert {name: reading.values[name] for name in absent if name in reading.values} == {}


# --- Ninth round: a second value beside the first, and layouts not seen before --------------
# Each case is written for this test: the pattern, and other wordings of it.

# A second answer to one field in the answer is a conflict (empty, with its reason), never
# a confident first value: a label of the section later in its own line (an alias after
# words of the part: no second part, its words read too); a count the part says is its
# answer taken back for another; a summary that says a value differently.
SECOND_VALUES = [
    ("Prior: 2 -- my guess -- and 3 is possible\nBets: 2: 100%\nKnowledge: no", "Prior_A"),
    ("Prior: 3 - my estimate - though 2 is possible\nBets: 3: 100%\nKnowledge: no", "Prior_A"),
    ("Prior: 1; initial guess: 2\nBets: 2: 100%\nKnowledge: no", "Prior_A"),
    ("Prior: two, expected count: three\nBets: 2: 100%\nKnowledge: no", "Prior_A"),
    ("Prior: 2\nBets: 2: 100%\nKnowledge: no -- certain: yes", "Knowledge_A"),
    ("Knowledge: yes (knows exactly: no)\nPrior: 2\nBets: 2: 100%", "Knowledge_A"),
    (
        "Prior: 2\nBets: 1: 40%, 2: 60% (distribution: 1: 50%, 2: 50%)\nKnowledge: no",
        "probability_1",
    ),
    ("Prior: I'd say 2... actually no, given how often they fail, 3.\nBets: 2: 100%", "Prior_A"),
    ("Prior: I think 1... no wait, make it 2.\nBets: 2: 100%", "Prior_A"),
    ("Prior: my guess is 3, or actually 2.\nBets: 2: 100%", "Prior_A"),
    ("Before the call: probably 0 -- correction, 1.\nBets: 1: 100%", "Prior_A"),
    (
        "Prior: 2\nBets: 0: 5%, 1: 15%, 2: 50%, 3: 30%\nKnowledge: no\n"
        "To sum up: two before the call, then 40% on exactly 2 and 30% on 3; she cannot know.",
        "probability_2",
    ),
    (
        "Prior: 1\nBets: 0: 10%, 1: 60%, 2: 20%, 3: 10%\nKnowledge: no\n\n"
        "Overall, I'd say 3 before the call, mostly 1 after, and she doesn't know.",
        "Prior_A",
    ),
    (
        "Prior: 1\nBets: 0: 10%, 1: 60%, 2: 20%, 3: 10%\nKnowledge: no\n\n"
        "Bottom line: 3 before the call, 60% on 1 after, and no.",
        "Prior_A",
    ),
]


@pytest.mark.parametrize(("answer", "name"), SECOND_VALUES)
def test_a_second_value_of_a_field_is_a_conflict(specs, answer, name):
    reading = parsed(specs["study1"], answer)
    assert name not in reading.values
    assert "conflicting" in reading.problems[name]


# What is read, and how surely (None: any grade).
READ_NINTH_ROUND = [
    # the section named again in its line with no second value
    ("Prior: 2 -- my guess -- and that is final\nBets: 2: 100%", {"Prior_A": 2}, None),
    ("Prior: 2 (my estimate: 2)\nBets: 2: 100%\nKnowledge: no", {"Prior_A": 2}, None),
    ("Prior: my guess: 1\nBets: 1: 100%\nKnowledge: no", {"Prior_A": 1}, None),
    (
        "## Question 1 — Before the call\n\nI'd say all 3.\n\n## Question 2 — After the call"
        "\n\n2: 100%\n\n## Question 3\n\nNo.",
        {"Prior_A": 3, "probability_2": 100, "Knowledge_A": "no"},
        None,
    ),
    # a count the part says is its answer, another count beside it: not beyond doubt
    ("Prior: I'd say 2, because 1 of them failed.\nBets: 2: 100%", {"Prior_A": 2}, LOOSE),
    # a summary that agrees: the values, none beyond doubt
    (
        "Prior: 1\nBets: 0: 10%, 1: 60%, 2: 20%, 3: 10%\nKnowledge: yes\n\n"
        "TL;DR: I guessed 1, most weight (60%) on 1, and yes, he knows exactly.",
        {"Prior_A": 1, "probability_1": 60, "Knowledge_A": "yes"},
        LOOSE,
    ),
    # one record of a wide table under named columns with option columns between them
    (
        "| Initial guess | 0 | 1 | 2 | 3 | Knowledge |\n|:--|:-:|:-:|:-:|:-:|:--|\n"
        "| 1 | 10 % | 50 % | 30 % | 10 % | yes |",
        {"Prior_A": 1, "probability_1": 50, "probability_3": 10, "Knowledge_A": "yes"},
        None,
    ),
    (
        "+--------+----+----+----+----+\n| prior  | 0  | 1  | 2  | 3  |\n"
        "+--------+----+----+----+----+\n| 2      | 5% | 5% | 80%| 10%|\n"
        "+--------+----+----+----+----+\nKnowledge: no",
        {"Prior_A": 2, "probability_0": 5, "probability_2": 80, "Knowledge_A": "no"},
        None,
    ),
    # a heading that names the question in words of its own, a blank line, the answer
    (
        "### Question 1: Thinking about it beforehand\n\nMy best estimate is that two of them "
        "work.\n\n### Question 2: Once she has spoken\n\n- 0: 0%\n- 1: 10%\n- 2: 60%\n"
        "- 3: 30%\n\n### Question 3: Does she know?\n\nNo.",
        {"Prior_A": 2, "probability_2": 60, "Knowledge_A": "no"},
        None,
    ),
    # a name that only holds values ("[answers]", "results") over the question's name
    (
        "[answers]\nprior = 3\n\n[bets]\n0 = 0\n1 = 5\n2 = 40\n3 = 55\n\n[knowledge]\n"
        "knows_exactly = no",
        {"Prior_A": 3, "probability_3": 55, "Knowledge_A": "no"},
        LOOSE,
    ),
    (
        "[results]\nbefore = 1\n[bets]\n1 = 100\n[knowledge]\nanswer = yes",
        {"Prior_A": 1, "probability_1": 100, "Knowledge_A": "yes"},
        LOOSE,
    ),
    (
        '{"answers": {"prior": 2}, "bets": {"0": 0, "1": 10, "2": 70, "3": 20}, "knowledge": "no"}',
        {"Prior_A": 2, "probability_2": 70, "Knowledge_A": "no"},
        LOOSE,
    ),
    # an unlabelled prior the answer says is its guess, with words between
    (
        "The cups rarely break. Before the call, my best guess for how many are whole would be"
        " all three, since breakage is rare. Then Ali says",
        {"Prior_A": 3},
        LOOSE,
    ),
    ("My honest estimate of the number beforehand is two.", {"Prior_A": 2}, LOOSE),
    # an option handed its amount ("I'd give all three 70%"): a form not asked for
    (
        "Prior: 3\nBets: I'd give 1 jar 10%. I would give two of them 20%. "
        "I'd give all three 70%. None gets nothing.",
        {"probability_1": 10, "probability_2": 20, "probability_3": 70},
        LOOSE,
    ),
    # labels after a connective that joins steps (a Gherkin scenario, a list of steps)
    (
        "Given most cups survive, then Prior: 3\nWhen Ali says 2 of 3 are chipped\n"
        "Then Bets: 0: 0%, 1: 0%, 2: 100%, 3: 0%\nAnd Knowledge: yes",
        {"Prior_A": 3, "probability_2": 100, "Knowledge_A": "yes"},
        None,
    ),
    (
        "Step 1, then prior: 2\nAnd then bets: 2: 100%\nAlso knowledge: no",
        {"Prior_A": 2, "probability_2": 100, "Knowledge_A": "no"},
        None,
    ),
]


@pytest.mark.parametrize(("answer", "values", "grade"), READ_NINTH_ROUND)
def test_values_read_in_the_ninth_rounds_layouts(specs, answer, values, grade):
    reading = parsed(specs["study1"], answer)
    assert {name: reading.values.get(name) for name in values} == values
    assert grade is None or {reading.grades[name] for name in values} == {grade}


def test_the_answer_below_a_question_title_is_read_loosely(specs):
    answer = "Question 1: Thinking about it beforehand\n\nTwo of them, I'd say.\n\nBets: 2: 100%"
    reading = parsed(specs["study1"], answer)
    assert (reading.values["Prior_A"], reading.grades["Prior_A"]) == (2, LOOSE)


def test_no_answer_below_a_question_title_stays_empty(specs):
    answer = (
        "Question 1: Before Ann's message\n\nHard to say without more information.\n\n"
        "Question 2: After Ann's message\n\n2: 100%\n\nQuestion 3: No."
    )
    assert "Prior_A" in parsed(specs["study1"], answer).missing


READ_STUDY1 = [
    # tables: rows are options; columns are options under a row name; columns alone
    (
        "Bets:\n| Outcome | Share |\n|---|---|\n| 0 | 5% |\n| 1 | 15% |\n| 2 | 30% |\n| 3 | 50% |",
        {"probability_0": 5, "probability_1": 15, "probability_2": 30, "probability_3": 50},
    ),
    (
        "| | 0 | 1 | 2 | 3 |\n|---|---|---|---|---|\n| Bet | 10% | 20% | 30% | 40% |",
        {"probability_0": 10, "probability_1": 20, "probability_2": 30, "probability_3": 40},
    ),
    (
        "Bets\n+----+----+----+----+\n| 0  | 1  | 2  | 3  |\n+----+----+----+----+\n"
        "| 0% | 0% | 60% | 40% |\n+----+----+----+----+",
        {"probability_0": 0, "probability_1": 0, "probability_2": 60, "probability_3": 40},
    ),
    (
        "| Question | Answer |\n|---|---|\n| Prior | two |\n| Knowledge | yes |",
        {"Prior_A": 2, "Knowledge_A": "yes"},
    ),
    # bets: a bare list in brackets, a share after a word, side by side in a list, chance
    # words without "of", a negated bet, "over 0 / 1 / 2 / 3"
    (
        "Prior = 1, Bets = [25, 25, 25, 25], Knowledge = no",
        {"Prior_A": 1, "probability_0": 25, "probability_3": 25, "Knowledge_A": "no"},
    ),
    (
        "After the call:\n0 heads: ruled out (0%)\n1 head: possible (35%)",
        {"probability_0": 0, "probability_1": 35},
    ),
    (
        "Second question: none 0%, one 10%, two 30%, all three 60%.",
        {"probability_0": 0, "probability_1": 10, "probability_2": 30, "probability_3": 60},
    ),
    (
        "Bets: maybe a 45% chance exactly one did, and a 55% chance two did.",
        {"probability_1": 45, "probability_2": 55},
    ),
    (
        "I would not put any money on 0; $60 on 3 and $40 on 2.",
        {"probability_0": 0, "probability_3": 60},
    ),
    (
        "Bets: $10 / $20 / $30 / $40 across 0 / 1 / 2 / 3",
        {"probability_0": 10, "probability_3": 40},
    ),
    ("Bets: 0: 05%, 1: 15%, 2: 30%, 3: 50%", {"probability_0": 5}),
    # bets in words: number words after "that", amounts after "gets", the others
    (
        "Bets: a 70 percent chance that two did and 30 percent that all three did.",
        {"probability_2": 70, "probability_3": 30},
    ),
    (
        "Bets: One gets 10, two gets 90, the rest get nothing.",
        {"probability_0": 0, "probability_1": 10, "probability_2": 90, "probability_3": 0},
    ),
    # "each" goes to the options its sentence names, or to every option without an amount
    (
        "Bets: it's 1 or 2, 50% each",
        {"probability_0": None, "probability_1": 50, "probability_2": 50, "probability_3": None},
    ),
    (
        "Bets: 3: 40%, and 20% each for the rest",
        {"probability_0": 20, "probability_1": 20, "probability_2": 20, "probability_3": 40},
    ),
    # ... or, after a list of options, that list's
    (
        "Bets: most of it on 2 - I'd say 70% - and the remaining 30% over 1 and 3 (15% each)",
        {"probability_0": None, "probability_1": 15, "probability_2": None, "probability_3": 15},
    ),
    (
        "Bets: 0 or 1 - 10% each, 80% on 2 and nothing on 3.",
        {"probability_0": 10, "probability_1": 10, "probability_2": 80, "probability_3": 0},
    ),
    # the first question asked in the answer's own words, with the objects named
    (
        "**How many jars before the statement?** All three - sealing is the norm.\n\n"
        "Bets: 0: 0%, 1: 10%, 2: 80%, 3: 10%\n\nDoes she know exactly? No.",
        {"Prior_A": 3, "Knowledge_A": "no"},
    ),
    ("Expected before the phone call: 1\nKnows exactly: yes", {"Prior_A": 1}),
    # a later sentence of a part that starts by naming another question is that question's
    (
        "Prior: 1\nAfter the statement I'd say 2 of the jars are sealed.\n"
        "Bets: 0: 0%, 1: 0%, 2: 100%, 3: 0%\nKnowledge: yes",
        {"Prior_A": 1, "probability_2": 100},
    ),
    # "almost everything" is less than the total, by an amount unsaid: not 100
    (
        "Bets: almost everything on 2, the rest on 3, nothing on 0 or 1.",
        {"probability_0": 0, "probability_2": None, "probability_3": None},
    ),
    ("Bets: I'd put pretty much all of it on 3.", {"probability_3": None}),
    # sections: ordinals, numbered with spaces, one line per question, an echoed question
    # and its answer on its line, symbols and tags at a line's start
    (
        "First answer: two. Second answer: 0: 0%, 1: 0%, 2: 70%, 3: 30%. Final answer: no.",
        {"Prior_A": 2, "probability_2": 70, "Knowledge_A": "no"},
    ),
    ("Q1   1\nQ2   0: 40%, 1: 60%, 2: 0%, 3: 0%\nQ3   yes", {"Prior_A": 1, "Knowledge_A": "yes"}),
    (
        "Prior: 1 Bets: 0: 0%, 1: 90%, 2: 10%, 3: 0% Knowledge: yes",
        {"Prior_A": 1, "probability_1": 90, "Knowledge_A": "yes"},
    ),
    ("Answer:\n2\n0%, 10%, 60%, 30%\nno", {"Prior_A": 2, "probability_2": 60, "Knowledge_A": "no"}),
    (
        "How many jars do you think are sealed? 3\n\nAnd now? 0: 0%, 1: 0%, 2: 20%, 3: 80%\n\n"
        "Does she know exactly? -> yes",
        {"Prior_A": 3, "probability_3": 80, "Knowledge_A": "yes"},
    ),
    (
        "➡️ Prior: 1\n⭐ Bets: 1: 100%\n<i>Knowledge:</i> no",
        {"Prior_A": 1, "probability_1": 100, "Knowledge_A": "no"},
    ),
    (
        "My answers: (1) 2; (2) 0: 10%, 1: 20%, 2: 50%, 3: 20%; (3) yes.",
        {"Prior_A": 2, "probability_2": 50, "Knowledge_A": "yes"},
    ),
    (
        "1. Before the call: 1\n2. After: $0 / $70 / $30 / $0\n3. Yes",
        {"Prior_A": 1, "probability_1": 70, "Knowledge_A": "yes"},
    ),
    # one line per question under keys the study does not name
    (
        "Count: 2\nShares: 10%, 20%, 30%, 40%\nVerdict: yes",
        {"Prior_A": 2, "probability_0": 10, "probability_3": 40, "Knowledge_A": "yes"},
    ),
    (
        "Question 3: Does she know?\nI went by the count.\nThe answer to the question is no.",
        {"Knowledge_A": "no"},
    ),
    # elements named for what they hold, objects inside objects, labels with arrows
    (
        "<prior>1</prior>\n<bets>0: 0%, 1: 100%, 2: 0%, 3: 0%</bets>\n<knowledge>yes</knowledge>",
        {"Prior_A": 1, "probability_1": 100, "Knowledge_A": "yes"},
    ),
    (
        '{"result": {"prior": 2, "bets": [5, 15, 60, 20], "knowledge": "no"}}',
        {"Prior_A": 2, "probability_2": 60, "Knowledge_A": "no"},
    ),
    ("Prior -> 2\nBets -> 2: 100%\nKnowledge -> no", {"Prior_A": 2, "Knowledge_A": "no"}),
    (
        '{"prior": 1, "prior_confidence": 0.7, "bets": {"1": 100}, "knowledge": "yes", '
        '"knowledge_reason": "she opened all"}',
        {"Prior_A": 1, "probability_1": 100, "Knowledge_A": "yes"},
    ),
    # prose: counts and yes/no; an amount on an option after "I would bet" is no count
    ("I'd guess 2 of them. I would bet 0 on 0, 0 on 1, 90 on 2 and 10 on 3.", {"Prior_A": 2}),
    ("Prior: going by the base rate, I'd start at 2.", {"Prior_A": 2}),
    ("Prior: my guess would have been that every one of the 3 did.", {"Prior_A": 3}),
    (
        "Prior: 2\nBets: 2: 100%\nKnowledge: I believe so, since he read them all.",
        {"Knowledge_A": "yes"},
    ),
    ("Prior: 2\nBets: 2: 100%\nKnowledge: She saw only one. Not exactly.", {"Knowledge_A": "no"}),
    ("Prior: 2\nBets: 2: 100%\nKnowledge: she read every letter, so yes.", {"Knowledge_A": "yes"}),
    ("Prior: 2\nBets: 2: 100%\nKnowledge: nobody knows exactly how many.", {"Knowledge_A": "no"}),
    ("Prior: 2\nBets: 2: 100%\nKnowledge: I'd say no.", {"Knowledge_A": "no"}),
    # a revision that names a question but states no other value of it
    (
        "Prior: 1\nBets: 1: 100%\nKnowledge: no\n\nEdit: fixed a typo in the last question.",
        {"Prior_A": 1, "Knowledge_A": "no"},
    ),
    (
        "Prior: 1\nBets: 1: 100%\nKnowledge: no\n\nP.S. On reflection, question 3 is still no.",
        {"Prior_A": 1, "Knowledge_A": "no"},
    ),
    # header lines as HTTP writes them: the "x-" of a custom header is no part of the name
    (
        "X-Prior: 0\nX-Bet-0: 70\nX-Bet-1: 30\nX-Bet-2: 0\nX-Bet-3: 0\nX-Knowledge: yes",
        {"Prior_A": 0, "probability_0": 70, "probability_1": 30, "Knowledge_A": "yes"},
    ),
    (
        "HTTP/1.1 200 OK\nContent-Type: text/plain\nX-Initial-Guess: 1\nX-Knows: no",
        {"Prior_A": 1, "Knowledge_A": "no"},
    ),
    (
        "Prior: 2\nBets: 2: 100%\nKnowledge: x-rays showed only one box, so no",
        {"Prior_A": 2, "Knowledge_A": "no"},
    ),
    # one line of three terse sentences, one per question in order
    (
        "2. 10%/20%/50%/20%. no.",
        {"Prior_A": 2, "probability_1": 20, "probability_3": 20, "Knowledge_A": "no"},
    ),
    (
        "Two. $0, $10, $80, $10. Nope.",
        {"Prior_A": 2, "probability_2": 80, "Knowledge_A": "no"},
    ),
    ("All three. 5 pct/5 pct/10 pct/80 pct. Yes.", {"probability_3": 80, "Knowledge_A": "yes"}),
    # ... not bare numbers there, nor sentences of prose
    ("1. 0/70/30/0. no.", {"Prior_A": 1, "probability_1": None, "Knowledge_A": "no"}),
    (
        "I would guess 1. The odds favour one of them, 70 percent or so. No.",
        {"probability_1": None},
    ),
    # a count in a supposition ("let's say 1 of them ...") is no second answer
    (
        "Prior: 2. Let's say 1 of the three letters got lost: 2 still reach her.",
        {"Prior_A": 2},
    ),
    ("Prior: 3 (I'll say 3 again: the shop rarely sells a dud.)", {"Prior_A": 3}),
]


@pytest.mark.parametrize(("answer", "values"), READ_STUDY1)
def test_study1_readers_read_general_layouts(specs, answer, values):
    assert values_read(specs["study1"], answer, values) == values


REFUSED_STUDY2 = [
    # the speaker would NOT say it
    'He would never say "It was terrible" to her.',
    "I don't think she'd say 'It was amazing'.",
    # answers under conditions
    'If she wants to be kind, "It wasn\'t bad". If she wants to be honest, "It was terrible".',
    '"It was good" when polite, "It was bad" when blunt.',
    # candidates in a row, with shares or asides, or a distribution
    'Likely replies: "It was good" (50%), "It wasn\'t bad" (30%), "It was amazing" (20%).',
    "It was bad: 0.6\nIt wasn't good: 0.3\nIt was terrible: 0.1",
    "She might say it was good, it wasn't bad, or it was amazing.",
    # a sentence about something else, two evaluations, a story's line
    "It's so nice that you came!",
    '"It was lovely, really. Not bad at all."',
    "I'm bad at this, sorry.",
    # someone's opinion is not what the speaker says
    "Tom thinks the song was terrible.",
    # a correction
    "She'd say it was good. Just kidding: it was amazing.",
    # a phrase about another thing ("it was good to ...", "it's bad that ...")
    "It was good to hear from you!",
    "It's amazing that you finished it.",
    # another word offered later in the sentence, a correction with "or rather"
    "It was bad, I suppose - or maybe terrible.",
    "It wasn't good, or rather it was bad.",
    # a phrase offered with an alternative the cut left out
    "It was bad or",
    # a ranking without a heading that says which end is first
    "It was good > It wasn't bad",
    # two offered, with hedges or verbs between them
    "He'd probably say 'It wasn't bad', or possibly even 'It was good'.",
    'Either she tells him "It was good" or she goes with "It wasn\'t bad".',
    # a pick, then other picks offered after it
    'I\'d say "It was amazing". Then again, she could also say "It wasn\'t bad" or "It was good".',
    # a summary or a correction note that gives another sentence
    'Final answer: It wasn\'t bad.\n\nIn summary, Amy would say "It was good."',
    'It was bad. (Correction: the answer should be "It wasn\'t good.")',
    # another sentence of the phrases' form, outside the set, given as what is said
    'She would say "It was great". Or rather, she would say "It was good".',
    'He would say "It was nice", and later he would say "It was good".',
    # a mix of two
    'A blend of "It was bad" and "It wasn\'t terrible".',
    "Her answer would be a combination of 'It was good' and 'It wasn't amazing'.",
    # the template's frame and nothing else
    "It is",
    # a word or a sentence taken back for another
    "It was good... no wait, amazing.",
    "She says 'It was good.' Hmm, no: 'It wasn't bad.'",
    'She would say, "It was good." Or she might say, "It wasn\'t bad."',
    'It was good!\n\nWait - since she felt 0 hearts, it should be "It was terrible".',
    # shares given to several phrases, whatever stands between them
    "Probably: It wasn't good (55%), perhaps: It was bad (45%)",
    # no one sentence
    "It wasn't [good or bad].",
    "It was (not) good.",
    "Lena's reply was cruel and unfair.",
    "It was a good thing you stayed home.",
    "She would never mention that it was a bad meal.",
    # two picks, marked or in a sequence, or a pick and an edit
    'First she\'d say "It wasn\'t bad", and then "It was good".',
    'She\'d say "It was good" (edit: "It wasn\'t bad").',
    "Option 2: It wasn't bad ✓\nOption 3: It was good ✓",
    "Luckily he knew it was a good idea.",
]


# Weighing that marks no choice, and phrases that are not given as said.
UNMARKED_STUDY2 = [
    # a ranking whose first label is not the top; shares with no conclusion
    "Next: It was good. Then: It wasn't bad.",
    "It was good: 50%\nIt wasn't bad: 50%",
    # an answer after a conclusion, then another sentence given
    "Final answer: It was good. Actually, it was amazing.",
    "It was bad. So the answer: it was terrible.",
    # a phrase inside a sentence about something else
    "He left early because it was bad.",
    "The review talked about it was good and more.",
    "It's amazing how much work went into it.",
    # quoted phrases discussed, or listed, none given
    "'It was good' means she liked it; 'It wasn't bad' is vaguer.",
    "Three choices: 'It was good', 'It was bad', 'It was amazing'.",
    # the options declined; one offered, then another after a colon
    "She'd say it wasn't any of these.",
    "It was good. Or maybe: it wasn't bad.",
    # another word offered in the next sentence
    "It wasn't bad, I suppose. Or good.",
    # taken back after a dash
    "It wasn't good—no, it wasn't bad.",
    # the echoed template pointed at by the instruction, and nothing else
    'Answer with "It was ___" or "It wasn\'t ___".',
]


@pytest.mark.parametrize("answer", REFUSED_STUDY2 + UNMARKED_STUDY2)
def test_study2_readers_refuse_what_is_no_choice(specs, answer):
    reading = parsed(specs["study2"], answer)
    assert reading.values == {}


READ_STUDY2 = [
    ('She would never say "It was terrible"; she\'d go with "It wasn\'t bad".', "wasn't bad"),
    ('Her honest opinion: the pie was bad. What she says: "It wasn\'t bad."', "wasn't bad"),
    ("Most likely first: It was good > It wasn't bad > It was amazing", "was good"),
    ("It was ___ -> terrible", "was terrible"),
    ("Frame: It was\nWord: good", "was good"),
    ("Answer: Bad\n\nShe feels the meal was not good at all.", " bad"),
    ('It was amazing.\n\nReasoning: saying "It was good" would undersell it.', "was amazing"),
    ("Option A: It was terrible\nOption B: It wasn't good\nI pick option B.", "wasn't good"),
    ('Jo would reply, "It was alright."', "was "),
    ("It wasn't [bad].", "wasn't bad"),
    # beside the phrase as it is said, one that names the thing describes it
    ("It wasn't good.\n\nAlthough the soup was bad, Lee wants to be kind.", "wasn't good"),
    ('The show was terrible. Kind Ada would say "It wasn\'t terrible."', "wasn't terrible"),
    ("Your essay was amazing!", "was amazing"),
]


# Structure marks the choice: a conclusion, the top of a ranking, a sentence reported as said.
STRUCTURE_STUDY2 = [
    # a conclusion closes the weighing before it
    (
        '"It was bad" 40%\n"It wasn\'t good" 60%\n\nMy final answer: It wasn\'t good.',
        "wasn't good",
    ),
    (
        "'It was amazing'? Too much. 'It was good' suits her. Final choice: It was good.",
        "was good",
    ),
    ("Options: it was bad / good / amazing.\n\nThus: it wasn't bad.", "wasn't bad"),
    # the top of a ranking
    ("Top pick: It wasn't bad. Runner-up: It was good.", "wasn't bad"),
    ('1st - "It was good" (55%)\n2nd - "It was amazing" (45%)', "was good"),
    # hesitations inside the phrase
    ("It was... uh... amazing!", "was amazing"),
    ("It was, um... not bad.", "wasn't bad"),
    ("It was—hmm—good.", "was good"),
    # a mark after the phrase's own aside
    ('- "It was bad" (blunt)\n- "It wasn\'t good" (gentler) <- this one', "wasn't good"),
    ('"It was bad" - fairly likely. "It was good" - the most likely of all.', "was good"),
    # reported as said
    ("Mina tells him it wasn't terrible.", "wasn't terrible"),
    ("The kindest thing to say is that it was good.", "was good"),
    # a lesser alternative under a condition
    (
        "She'd go with 'It was good', or maybe 'It was amazing' if she felt generous.",
        "was good",
    ),
    # corner brackets, words set as math
    ("『It wasn't good.』", "wasn't good"),
    ("$It was bad$", "was bad"),
]


USED_STUDY2 = [
    # a description the answer gives as its own answer
    ('You would describe the concert as "It was amazing" to cheer him up.', "was amazing"),
    ('He gives feedback that described the talk as "it wasn\'t bad".', "wasn't bad"),
    # an analysis of another sentence, then the answer
    (
        "Analyzing the options: 'It was terrible' means honesty at all costs. "
        "I'd say \"It wasn't bad\".",
        "wasn't bad",
    ),
]

FRAME_ONLY_STUDY2 = [
    # a frame with a word outside the four: the frame alone
    ("Frankly, it wasn't wonderful.", "wasn't "),
    ("To be fair, it was alright.", "was "),
    ("It was fine \u2014 nothing special.", "was "),
    ("It was the nicest cake we've had.", "was "),
    # two evaluations still give nothing
    ("Honestly, it was fine, it was great.", " "),
]


@pytest.mark.parametrize(
    ("answer", "utterance"), READ_STUDY2 + STRUCTURE_STUDY2 + USED_STUDY2 + FRAME_ONLY_STUDY2
)
def test_study2_readers_read_the_choice(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


def test_a_frame_cut_off_in_an_open_quote_keeps_the_frame(specs):
    reading = parsed(specs["study2"], "Kim would probably say \"It wasn't terr", "length")
    assert reading.values == {"Was_Wasnt": "wasn't"}


@pytest.mark.parametrize(
    "answer",
    [
        "Prior: 1\nBets: 1: 100%\nKnowledge: Yes - well, no: she saw just one.",
        "Prior: 1\nBets: 1: 100%\nKnowledge: Yes. Actually no, she saw just one.",
    ],
)
def test_a_yes_taken_back_is_both(specs, answer):
    reading = parsed(specs["study1"], answer)
    assert "Knowledge_A" not in reading.values
    assert "conflicting" in reading.problems["Knowledge_A"]


def test_a_phrase_pointed_at_as_said_is_no_description(specs):
    """A sentence with a named subject that a marker gives as what is said is not set
    aside for a later pronoun sentence about the thing."""
    reading = parsed(specs["study2"], 'I\'d tell him "Your song was good." It was bad, though.')
    assert reading.values.get("Assessment") != "bad"
    assert reading.values.get("Was_Wasnt") in (None, "was")


# --- Answers that offer several sentences, waver or correct themselves ---------------------


@pytest.mark.parametrize(
    "answer",
    [
        "She'd say 'It wasn't bad' rather than 'It was terrible' or 'It was bad'.",
        "He wouldn't say 'It was amazing' or 'It was good'; he'd say 'It wasn't bad'.",
        "It might be 'It was good' or 'It wasn't bad', but in the end she'd say 'It wasn't bad'.",
        "Answer: It wasn't bad.\nReasoning: 'It was terrible' is too blunt; 'It was good' a lie.",
        "It depends on her mood. Maybe 'It wasn't bad'.",
    ],
)
def test_study2_a_choice_beside_other_phrases_is_read_loosely(specs, answer):
    """A choice is kept when the answer commits to it, but with other phrases of the set
    beside it its confidence stays below 0.9."""
    reading = parsed(specs["study2"], answer)
    assert reading.values == {"Was_Wasnt": "wasn't", "Assessment": "bad"}
    assert set(reading.grades.values()) == {LOOSE}
    assert parsed(specs["study2"], "It wasn't bad.").grades["Assessment"] == DIRECT


ASKED = "Prior: {p}\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnowledge: {k}"


@pytest.mark.parametrize(
    ("answer", "emptied"),
    [
        (ASKED.format(p=2, k="no") + "\n\nP.S. I miscounted: the prior should be 3.", "Prior_A"),
        (ASKED.format(p="2 (actually, 3 on reflection)", k="no"), "Prior_A"),
        (ASKED.format(p="1 (make that 2)", k="no"), "Prior_A"),
        (ASKED.format(p="3 (or 2 if one was a dud)", k="no"), "Prior_A"),
        (ASKED.format(p=2, k="no") + "\n\nUpdate: my prior is now 3.", "Prior_A"),
        (ASKED.format(p=2, k="yes") + "\n\nEdit: knowledge should read no.", "Knowledge_A"),
        (
            ASKED.format(p=2, k="yes") + "\n\nIn summary: she doesn't know exactly how many.",
            "Knowledge_A",
        ),
        (ASKED.format(p=2, k="She knows exactly how many. That is wrong."), "Knowledge_A"),
        (ASKED.format(p="3 - no wait, 2", k="no"), "Prior_A"),
        (ASKED.format(p="3. Hmm, make it 2", k="no"), "Prior_A"),
        (ASKED.format(p=3, k="no") + "\n\nUpon reflection the prior is 2.", "Prior_A"),
        (ASKED.format(p=2, k="no (well, maybe yes)"), "Knowledge_A"),
        (ASKED.format(p=2, k="yes, though not exactly"), "Knowledge_A"),
        (ASKED.format(p=2, k="no - well, she saw all three, so yes"), "Knowledge_A"),
        (ASKED.format(p=2, k="No. Wait, actually yes, she checked them all."), "Knowledge_A"),
        (ASKED.format(p=2, k="no") + "\n\nHmm, or maybe the prior is 3.", "Prior_A"),
        (ASKED.format(p=2, k="no") + "\n\nIf I had to answer again, I'd say 1.", "Prior_A"),
        # a revision that names the question by its place, not its label
        (
            ASKED.format(p=2, k="yes") + "\n\nP.S. On second thought, question 3 should be no.",
            "Knowledge_A",
        ),
        (ASKED.format(p=2, k="no") + "\n\nEdit: the first question should have been 3.", "Prior_A"),
        (
            ASKED.format(p=2, k="no") + "\n\nUpdate: my answer to the final question is now yes.",
            "Knowledge_A",
        ),
        # a later count the words give as the answer anew, ending its sentence
        (ASKED.format(p="1. Then again, the lab is careful. Let's say 2.", k="no"), "Prior_A"),
        (ASKED.format(p="3 at first sight; thinking it over, I'll go with 2", k="no"), "Prior_A"),
        (
            ASKED.format(p="0. Hmm, not quite: the forecast is often right, call it 1.", k="no"),
            "Prior_A",
        ),
        (ASKED.format(p="two, or so I thought - I'm going to say three.", k="no"), "Prior_A"),
        (ASKED.format(p="3... ok, I will just pick 2.", k="no"), "Prior_A"),
    ],
)
def test_study1_a_field_stated_again_differently_is_empty(specs, answer, emptied):
    reading = parsed(specs["study1"], answer)
    assert emptied not in reading.values
    others = {"Prior_A": 2, "Knowledge_A": "no", "probability_2": 60}
    assert {k: reading.values.get(k) for k in others if k != emptied} == {
        k: v for k, v in others.items() if k != emptied
    }


@pytest.mark.parametrize(
    "revision",
    [
        "Correction: the bet on 3 should be 50% and on 2 40%.",
        "Wait, I meant 0: 0%, 1: 10%, 2: 40%, 3: 50%.",
        "Hmm, actually make 3 50% and 2 40%.",
        # an option given what its amount now is
        "Edit: thinking it over, 2 should be 40% and 3 becomes 50%.",
        "P.S. I'd move things around: 2 is now 40%, 3 only 50%.",
        "On reflection 3 goes up to 50% and 2 down to 40%.",
    ],
)
def test_study1_a_bet_revised_empties_the_bets_it_changes_and_doubts_every_field(specs, revision):
    reading = parsed(specs["study1"], ASKED.format(p=3, k="no") + "\n\n" + revision)
    assert "probability_2" not in reading.values and "probability_3" not in reading.values
    assert reading.values["probability_1"] == 10 and reading.values["Prior_A"] == 3
    assert set(reading.grades.values()) == {LOOSE}


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "Prior: 3\nBets: 2 gets 30% and 3 gets the remaining 70%.\nKnowledge: no",
            {"probability_2": 30, "probability_3": 70},
        ),
        (
            "Initial guess: 2\nBets: 2: 50%, 3: 50%\nThe speaker knows exactly: no",
            {"Knowledge_A": "no"},
        ),
        ("Prior: 3\nBets: 3: 100%\nDoes she know exactly = yes", {"Knowledge_A": "yes"}),
    ],
)
def test_study1_an_amount_left_and_a_claim_used_as_a_key(specs, answer, values):
    assert values_read(specs["study1"], answer, [*values, "probability_0"]) == {
        **values,
        "probability_0": None,
    }


def test_study1_a_yes_or_no_about_something_else_is_no_answer(specs):
    """In an answer that never speaks of what the speaker knows, a yes or no followed by
    more about another matter answers that matter; as the answer's last word it answers
    the yes/no question."""
    off_topic = "The answer is yes. You can build four towers from those blocks."
    assert "Knowledge_A" not in parsed(specs["study1"], off_topic).values
    assert (
        parsed(specs["study1"], "Three phones, all burned out. So, yes.").values["Knowledge_A"]
        == "yes"
    )


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("Filling it in: It wasn't [good].", "wasn't good"),
        ("It was terrible, if you ask me.", "was terrible"),
        ("Hmm, it wasn't great.", "wasn't "),
        ("It wasn't (really) good.", "wasn't good"),
        ("It was a bad attempt, sadly.", "was bad"),
        ('Sam replies, "Your poem was okay."', "was "),
        ("The answer is: It was fine.", "was "),
        ('She would likely say, "It was a lovely little tune."', "was "),
        (
            "Most likely: 'It wasn't bad'. Less likely: 'It was good'. "
            "Least likely: 'It was terrible'.",
            "wasn't bad",
        ),
    ],
)
def test_study2_other_wordings_of_one_sentence_are_read(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance
    # none in the asked form: below full confidence
    assert set(parsed(specs["study2"], answer).grades.values()) <= {LOOSE, CLEAR}


def test_study2_a_frame_before_a_word_cut_off_after_a_marker_is_kept(specs):
    reading = parsed(specs["study2"], "Priya would reply: It wasn't terr", "length")
    assert reading.values == {"Was_Wasnt": "wasn't"}


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "- Q1 → 2\n- Q2 → 0: 0%, 1: 25%, 2: 50%, 3: 25%\n- Q3 → yes",
            {"Prior_A": 2, "probability_1": 25, "Knowledge_A": "yes"},
        ),
        (
            "Prior ⟶ 1\nBets ⟶ 0⟶10%, 1⟶60%, 2⟶20%, 3⟶10%\nKnowledge ⟶ no",
            {"Prior_A": 1, "probability_1": 60, "Knowledge_A": "no"},
        ),
        (
            "Prior: 2\nBets: for 0 I give 5%, for 1 I'd put 15%, for 2 I give 60%, "
            "for 3 I give 20%",
            {"probability_0": 5, "probability_1": 15, "probability_2": 60, "probability_3": 20},
        ),
        (
            "count_before,bet_0,bet_1,bet_2,bet_3,knows\n2,10,20,40,30,no",
            {"probability_0": 10, "probability_3": 30},
        ),
        ("Prior: 3\nBets: 3: 100%\nKnowledge: most likely no", {"Knowledge_A": "no"}),
        (
            "Prior: 2\nBets: 0: 2,5%; 1: 12,5%; 2: 60%; 3: 25%\nKnowledge: no",
            {"probability_0": 2.5, "probability_1": 12.5, "probability_3": 25},
        ),
        ("Prior: 2\nBets: 0: 2,5%, 1: 12,5%, 2: 60%, 3: 25%", {"probability_1": None}),
        # ... a decimal comma in a list separated by bars
        (
            "Bets: 0: 12,5% | 1: 37,5% | 2: 30% | 3: 20%",
            {"probability_0": 12.5, "probability_1": 37.5, "probability_2": 30},
        ),
        # marks beside labelled lines are no ticks of a list: every line stays
        (
            "- Prior: 2 ✅\n- Bets: 2: 100% ✓\n- Knowledge: no ✗",
            {"Prior_A": 2, "Knowledge_A": "no"},
        ),
        # an amount with its unit left in the template's brackets
        ("Prior: <1>\nBets: 0: <$5>, 1: <60%>", {"Prior_A": 1, "probability_0": 5}),
        ("prior=2 bets=[see below] knowledge=yes", {"Prior_A": 2, "Knowledge_A": "yes"}),
        (
            "Prior: 2\nBets: Zero is out, so nothing there. One is possible but unlikely, say "
            "10%. Two looks right to me at 60%. Three gets what is left, 30%.\nKnowledge: no",
            {"probability_1": 10, "probability_2": 60, "probability_3": 30},
        ),
        (
            "Prior 1, bets (0/1/2/3) 10/70/20/0, knowledge no",
            {"probability_0": 10, "probability_1": 70, "probability_3": 0, "Knowledge_A": "no"},
        ),
        (
            "Prior: 1\nBets: $0 on each of options 0, 2 and 3, all $100 on option 1.",
            {"probability_0": 0, "probability_1": 100, "probability_2": 0, "probability_3": 0},
        ),
        (
            "Prior: 1\nBets: Nothing on 0. The last $30 I put on 2, and $70 I'd put on 1.",
            {"probability_2": 30, "probability_1": 70},
        ),
        (
            "Prior: 1\nBets: 1: 100%\nKnowledge: he knows for sure that one is broken, but he "
            "cannot know exactly how many are",
            {"Knowledge_A": "no"},
        ),
    ],
)
def test_study1_more_layouts_are_read(specs, answer, values):
    assert values_read(specs["study1"], answer, values) == values


def test_study1_an_answer_that_revises_itself_is_below_full_confidence(specs):
    """A revision that the readers cannot tie to a field ("I could also see 3 as the
    prior") leaves the values as they are, but none of them beyond doubt."""
    reading = parsed(
        specs["study1"], ASKED.format(p=2, k="no") + "\n\nI could also see 3 as the prior."
    )
    assert reading.values["Prior_A"] == 2
    assert set(reading.grades.values()) == {LOOSE}


# --- Round four: markup translated in one place, pairing, structure over wording ----------


MARKUP_STUDY1 = [
    # HTML: block elements are lines, cells a table, entities and inline tags plain
    (
        "<p><b>Prior:</b> 2</p><p><b>Bets:</b> 0: 5%, 1: 15%, 2: 60%, 3: 20%</p>"
        "<p><b>Knowledge:</b> no</p>",
        {"Prior_A": 2, "probability_2": 60, "Knowledge_A": "no"},
    ),
    (
        "<table><tr><th>State</th><th>Bet</th></tr><tr><td>0</td><td>10%</td></tr>"
        "<tr><td>1</td><td>20%</td></tr><tr><td>2</td><td>30%</td></tr>"
        "<tr><td>3</td><td>40%</td></tr></table>",
        {"probability_0": 10, "probability_3": 40},
    ),
    ("Prior: 1<br>Bets: 1: 100%<br>Knowledge: yes", {"Prior_A": 1, "Knowledge_A": "yes"}),
    # LaTeX: rows, commands, escaped percent signs, a tabular
    (
        "\\begin{itemize}\\item Prior: \\textbf{1} \\item Bets: 0: 0\\%, 1: 70\\%, "
        "2: 20\\%, 3: 10\\% \\item Knowledge: yes\\end{itemize}",
        {"Prior_A": 1, "probability_1": 70, "probability_3": 10, "Knowledge_A": "yes"},
    ),
    (
        "\\begin{tabular}{ll}\\hline State & Bet \\\\ 0 & 0\\% \\\\ 1 & 25\\% \\\\ "
        "2 & 25\\% \\\\ 3 & 50\\% \\\\ \\hline\\end{tabular}",
        {"probability_1": 25, "probability_3": 50},
    ),
    # the template's brackets left around the values; a percent sign before the number
    ("Prior: <2>\nBets: 0: <0>%, 1: <20>%, 2: <50>%, 3: <30>%", {"probability_2": 50}),
    ("Prior: 2\nBets: 0: %5, 1: %5, 2: %45, 3: %45", {"probability_0": 5, "probability_3": 45}),
    # YAML with a comment, a code fence
    (
        "```yaml\nprior: 0\nbets: [70, 20, 10, 0]  # states 0..3\nknowledge: no\n```",
        {"Prior_A": 0, "probability_0": 70, "probability_3": 0, "Knowledge_A": "no"},
    ),
    # a table with a column of reasons; one line of cells between pipes
    (
        "| | Value | Reason |\n|---|---|---|\n| Prior | 1 | lamps often fail |\n"
        "| 0 | 10% | |\n| 1 | 60% | he tried one |\n| 2 | 20% | |\n| 3 | 10% | |",
        {"Prior_A": 1, "probability_1": 60, "probability_3": 10},
    ),
    ("1 | 0%/50%/50%/0% | yes", {"Prior_A": 1, "probability_2": 50, "Knowledge_A": "yes"}),
    # a header row and a value row, cells apart by tabs or runs of spaces
    ("Prior: 2\nState\t0\t1\t2\t3\nBet\t5%\t15%\t60%\t20%", {"probability_2": 60}),
    (
        "Prior: 2\nBets:\n0    1    2    3\n5%   5%   70%  20%",
        {"probability_0": 5, "probability_3": 20},
    ),
    # one record under named columns
    (
        "| Prior | Bet on 0 | Bet on 1 | Bet on 2 | Bet on 3 | Knows |\n|--|--|--|--|--|--|\n"
        "| 1 | 10% | 70% | 15% | 5% | yes |",
        {"Prior_A": 1, "probability_1": 70, "probability_3": 5},
    ),
]


PAIRED_STUDY1 = [
    # options and amounts one by one, in either order, with words between
    (
        "Prior: 2\nBets: 2 boxes sealed gets 55%, 3 sealed gets 40%, 1 sealed gets 5%, "
        "0 sealed gets nothing.",
        {"probability_0": 0, "probability_1": 5, "probability_2": 55, "probability_3": 40},
    ),
    (
        "Prior: 2\nBets: a 65% chance that 2 lamps work and a 35% chance that 3 do.",
        {"probability_2": 65, "probability_3": 35, "probability_0": None},
    ),
    ("Prior: 2\nBets: All my $100 goes on option 2.", {"probability_2": 100}),
    (
        "Prior: 2\nBets: 0 0% | 1 10% | 2 60% | 3 30%",
        {"probability_0": 0, "probability_2": 60},
    ),
    # a list of amounts with its options in an aside, or after a few words
    ("Prior: 2\nBets: 5, 15, 50, 30 (for 0, 1, 2, 3)", {"probability_1": 15, "probability_3": 30}),
    ("Prior: 2\nBets: I'd split it 5/15/50/30.", {"probability_0": 5, "probability_2": 50}),
    # word amounts after an option
    (
        "Prior: 3\nBets: 0: zero, 1: nothing, 2: nothing, 3: everything",
        {"probability_0": 0, "probability_2": 0, "probability_3": 100},
    ),
    # an amount's target is no start of a list that shares another amount
    (
        "Prior: 3\nBets: 60% goes to three, 40% goes to two, and zero and one get nothing.",
        {"probability_0": 0, "probability_1": 0, "probability_3": 60},
    ),
    ("Prior: 3\nBets: 0, 1 and 2: 0%, 3: 100%", {"probability_1": 0, "probability_3": 100}),
    # "no <objects>" names the bet on none
    (
        "Prior: 3\nBets:\nno apples - $5\n1 apple - $15\n2 apples - $30\nall 3 apples - $50",
        {"probability_0": 5, "probability_3": 50},
    ),
]


@pytest.mark.parametrize(
    ("answer", "absent"),
    [
        # a number beside an amount that could be a count, not an option
        ("Prior: 2\nBets: the chance of 3 broken cups is tiny, about 2%.", ["probability_3"]),
        # two options, one amount: which?
        ("Prior: 2\nBets: 2 or 3 seem likely, $50.", ["probability_2", "probability_3"]),
        # a count and a year in the sentence read another way
        ("Prior: 2\nBets: in 2023 about 3 of them got 40%.", ["probability_3"]),
        # pairs joined as a range
        ("Prior: 2\nThe bet moves from 0: 10% to 1: 90% after the call.", ["probability_0"]),
    ],
)
def test_study1_pairing_refuses_what_reads_another_way(specs, answer, absent):
    reading = parsed(specs["study1"], answer)
    assert all(name not in reading.values for name in absent)


WHOLE_ANSWER_STUDY1 = [
    # a yes or no that is not the first word of the part
    ("Prior: 1\nBets: 1: 100%\nKnowledge: honestly no.", {"Knowledge_A": "no"}),
    (
        "Prior: 1\nBets: 1: 100%\nKnowledge: I'd say yes, she checked them.",
        {"Knowledge_A": "yes"},
    ),
    (
        "Prior: 1\nBets: 1: 100%\nKnowledge: depends whether he tasted both; he did, so yes",
        {"Knowledge_A": "yes"},
    ),
    # the answerer's own ignorance is no answer
    ("Prior: 1\nBets: 1: 100%\nKnowledge: No clue, honestly.", {"Knowledge_A": None}),
    # a yes taken back at once, or said with its claim the other way: both
    ("Prior: 1\nBets: 1: 100%\nKnowledge: no - scratch that, yes", {"Knowledge_A": None}),
    ("Prior: 1\nBets: 1: 100%\nKnowledge: yes, he doesn't know.", {"Knowledge_A": None}),
    (
        "Prior: 1\nBets: 1: 100%\nKnowledge: yes\n\n(reading it again: no)",
        {"Knowledge_A": None},
    ),
    # reasoning before the labels that states another prior; a candidate turned from
    (
        "Before the call I'd say all 3.\n\nPrior: 1\nBets: 1: 100%\nKnowledge: no",
        {"Prior_A": None, "probability_1": 100},
    ),
    (
        "I first thought of putting 50% on 2, but the call changes that.\n\n"
        "Prior: 1\nBets: 0: 0%, 1: 80%, 2: 20%, 3: 0%\nKnowledge: no",
        {"probability_2": 20, "Prior_A": 1},
    ),
    # numbers that count only the questions without a name of their own
    (
        "Q1: 1\nBets: 0: 10%, 1: 60%, 2: 20%, 3: 10%\nQ2: yes, he opened all of them",
        {"Prior_A": 1, "probability_1": 60, "Knowledge_A": "yes"},
    ),
    # a numbered label that runs into its answer
    (
        "The answer to question 1 is 3. For question 2, I bet 5% on 0, 5% on 1, 30% on 2, "
        "60% on 3. For question 3, no.",
        {"Prior_A": 3, "probability_3": 60, "Knowledge_A": "no"},
    ),
    # an aside about another question inside a part is that question's business
    ("Prior: 2 (after the call I'd say 1)\nBets: 1: 100%", {"Prior_A": 2}),
    # a prior stated after the bets, in a sentence that names its question
    (
        "$0 on 0, $0 on 1, $40 on 2 and $60 on 3. Before the phone call I would have said 3.",
        {"Prior_A": 3, "probability_3": 60},
    ),
]


# Data layouts: delimited blocks, attributes, dicts, transcripts, inline sections
LAYOUTS_STUDY1 = [
    # a CSV block, narrow (a name and its value a line) under a header ...
    (
        "field,value\nprior,1\nbet_zero,0\nknows,no\n",
        {"Prior_A": 1, "Knowledge_A": "no"},
    ),
    # ... and wide, its keys' digits apart, with semicolons
    (
        "prior;p0;p1;p2;p3;knows\n2;5;15;70;10;yes",
        {"Prior_A": 2, "probability_2": 70, "Knowledge_A": "yes"},
    ),
    # names beside their values, no header
    (
        "Prior , 0\nbet on 0 , 80\nbet on 1 , 20\nbet on 2 , 0\nbet on 3 , 0\nKnows , yes",
        {"Prior_A": 0, "probability_0": 80, "probability_1": 20, "Knowledge_A": "yes"},
    ),
    # a psql result: header, "--+--" rule, values, booleans as t/f
    (
        " before | p_0 | p_1 | p_2 | p_3 | knows\n--------+-----+-----+-----+-----+-------\n"
        "      1 |  20 |  60 |  20 |   0 | t\n(1 row)",
        {"Prior_A": 1, "probability_1": 60, "Knowledge_A": "yes"},
    ),
    # a table with its unit in a column's header, or in a row's first cell
    (
        "Prior: 2\n\nstate | stake (%)\n0 | 5\n1 | 25\n2 | 60\n3 | 10\n\nKnowledge: no",
        {"probability_1": 25, "probability_2": 60},
    ),
    (
        "Prior: 2\n\n| | 0 | 1 | 2 | 3 |\n|---|---|---|---|---|\n| wager in $ | 0 | 30 | 70 | 0 |",
        {"probability_1": 30, "probability_2": 70},
    ),
    # a header of options' numbers alone over amounts with their unit, without outer pipes
    (
        "Prior: 1\nBets:\n0 | 1 | 2 | 3\n5% | 15% | 60% | 20%\nKnowledge: yes",
        {"Prior_A": 1, "probability_0": 5, "probability_2": 60},
    ),
    ("0;1;2;3\n5;15;60;20\n\nPrior: 1", {"probability_0": None}),
    # CSV cells in quotes; tab-separated names and values
    (
        '"Prior","0"\n"Bet on 0","90"\n"Bet on 1","10"\n"Bet on 2","0"\n"Bet on 3","0"',
        {"Prior_A": 0, "probability_0": 90, "probability_1": 10},
    ),
    (
        "before\t3\nbet 0\t0\nbet 1\t0\nbet 2\t25\nbet 3\t75\nknows\tyes",
        {"Prior_A": 3, "probability_3": 75, "Knowledge_A": "yes"},
    ),
    # a value keyed "value" under its section's heading (TOML, YAML)
    ("[prior]\nvalue = 1\n\n[knowledge]\nvalue = 'yes'", {"Prior_A": 1, "Knowledge_A": "yes"}),
    # lines of code in backticks; labelled segments apart by pipes with no spaces
    (
        "`prior := 0`\n`bets := (70, 30, 0, 0)`\n`knows := true`",
        {"Prior_A": 0, "probability_0": 70, "probability_1": 30, "Knowledge_A": "yes"},
    ),
    (
        "prior:1|bets:0/100/0/0|knowledge:yes",
        {"Prior_A": 1, "probability_1": 100, "Knowledge_A": "yes"},
    ),
    # a list's markers alone on their lines, each item on the next
    (
        "1.\nI'd guess 2.\n2.\n0: 10%, 1: 20%, 2: 50%, 3: 20%\n3.\nProbably not.",
        {"Prior_A": 2, "probability_2": 50, "Knowledge_A": "no"},
    ),
    # keys in snake case
    (
        "prior_estimate = 1\nbet_distribution = 0: 20%, 1: 80%, 2: 0%, 3: 0%\n"
        "does_she_know_exactly = no",
        {"Prior_A": 1, "probability_1": 80, "Knowledge_A": "no"},
    ),
    # key=value pairs on one line
    ("prior=0 knowledge=yes", {"Prior_A": 0, "Knowledge_A": "yes"}),
    # XML whose elements carry their option or their name in an attribute
    (
        '<reply>\n<item name="prior">1</item>\n<stake state="3">0</stake>\n'
        '<stake state="0">10</stake>\n<stake state="1">85</stake>\n<stake state="2">5</stake>\n'
        "</reply>",
        {"Prior_A": 1, "probability_0": 10, "probability_1": 85, "probability_3": 0},
    ),
    (
        '<prior>2</prior>\n<bet option="0" percent="0"/>\n<bet option="1" percent="0"/>\n'
        '<bet option="2" percent="40"/>\n<bet option="3" percent="60"/>\n<knows>no</knows>',
        {"probability_2": 40, "probability_3": 60, "Knowledge_A": "no"},
    ),
    # a Python dict: single quotes, numbers as keys, True
    (
        "result = {'prior': 1, 'bets': {0: 10, 1: 70, 2: 20, 3: 0}, 'knows': True}",
        {"Prior_A": 1, "probability_1": 70, "Knowledge_A": "yes"},
    ),
    # a transcript: each question line labels the answer under it, by its words, in any order
    (
        "Researcher: Does she know exactly, do you think?\nParticipant: I don't think so.\n"
        "Researcher: What was your guess before the call?\nParticipant: Just one.\n"
        "Researcher: And how are you placing your bets?\n"
        "Participant: 0: 0%, 1: 50%, 2: 50%, 3: 0%",
        {"Prior_A": 1, "probability_2": 50, "Knowledge_A": "no"},
    ),
    # ... also with no speakers' tags; a question in the place of the one section no
    # question names is that section's
    (
        "What number would you have guessed at first?\n2\nWhat are your wagers?\n"
        "0: 5%, 1: 5%, 2: 80%, 3: 10%\nDoes she know exactly?\nProbably not.",
        {"Prior_A": 2, "probability_2": 80, "Knowledge_A": "no"},
    ),
    # a number with the section's name in brackets
    (
        "1 (prior) = 0\n2 (bets) = 0: 100%, 1: 0%, 2: 0%, 3: 0%\n3 (knowledge) = yes",
        {"Prior_A": 0, "probability_0": 100, "Knowledge_A": "yes"},
    ),
    # labelled segments on one line after reasoning ending in a final answer: the reasoning
    # is no second answer
    (
        "She saw 1 of them, so 1 is certain at least.\n\n"
        "Final answers - prior 3 | bets 0: 0%, 1: 10%, 2: 30%, 3: 60% | knowledge no",
        {"Prior_A": 3, "probability_3": 60, "Knowledge_A": "no"},
    ),
]

# ... and layouts that only look like them
LOOKALIKE_LAYOUTS_STUDY1 = [
    # lines that share a delimiter but are prose, not a table under a header or pairs
    ("Yes, 2 of them.\nNo, not 3.\nSo, 2 it is.\n\nPrior: 2", {"Prior_A": 2}),
    (
        "Well, I think 2 passed.\nStill, 3 is possible.\nSo, my prior: 2",
        {"Prior_A": 2},
    ),
    # a transcript question that names no section labels nothing: its answer is no prior
    (
        "Q: Is that clear?\nA: 3.\nQ: Anything else?\nA: No.",
        {"Prior_A": None, "Knowledge_A": None},
    ),
    # a list offered as options answers no question an item
    ("The options:\n1. 0: 50%\n2. 1: 50%\n3. yes", {"probability_1": None}),
    # a note beside a value, in a table's column or an element's attribute, is read with
    # it: a second value there is a second answer
    ("item,value,note\nprior,3,or 2\nknows,no,", {"Prior_A": None, "Knowledge_A": "no"}),
    ('<prior remark="might be 1">2</prior>', {"Prior_A": None}),
    # an element with an attribute but no value states nothing
    ('<bet state="1"/>\nPrior: 2', {"probability_1": None, "Prior_A": 2}),
]


# Notations that pair names with values, whatever the marks between them: an
# s-expression, a URL's query string, log lines, INI sections, boxes in a row, an object
# whose one key names its value. Each is read by inference: below full confidence.
NOTATIONS_STUDY1 = [
    (
        "(reply\n  (before 1)\n  (stakes (0 20) (1 60) (2 20) (3 0))\n  (knows yes))",
        {"Prior_A": 1, "probability_1": 60, "probability_3": 0, "Knowledge_A": "yes"},
    ),
    (
        "https://survey.example/submit?prior=2&p0=5&p1=15&p2=60&p3=20&knows=false",
        {"Prior_A": 2, "probability_2": 60, "Knowledge_A": "no"},
    ),
    (
        "2026-01-05T10:00:00Z [info] prior=1\n"
        "2026-01-05T10:00:01Z [info] stake[0]=10% stake[1]=70% stake[2]=20% stake[3]=0%\n"
        "2026-01-05T10:00:02Z [info] knows=true",
        {"Prior_A": 1, "probability_0": 10, "probability_1": 70, "Knowledge_A": "yes"},
    ),
    (
        "[initial]\nguess = 0\n\n[wagers]\nnone = 60\none = 40\ntwo = 0\nthree = 0\n\n"
        "[certainty]\nvalue = no",
        {"Prior_A": 0, "probability_0": 60, "probability_1": 40, "Knowledge_A": "no"},
    ),
    (
        "Prior: ( ) 0  ( ) 1  (x) 2  ( ) 3\nKnows exactly? ☐ yes ☑ no",
        {"Prior_A": 2, "Knowledge_A": "no"},
    ),
    ('{"q1": {"estimate": 2}, "q3": {"answer": "no"}}', {"Prior_A": 2, "Knowledge_A": "no"}),
    (
        "| # | Answer | Certainty |\n|---|---|---|\n| 1 | 2 | 80% |\n| 3 | yes | 60% |",
        {"Prior_A": 2, "Knowledge_A": "yes"},
    ),
    # function calls: keyword arguments, or one call a value (an option and its amount)
    (
        "reply(before=2, p0=0, p1=25, p2=50, p3=25, knows=True)",
        {"Prior_A": 2, "probability_1": 25, "probability_2": 50, "Knowledge_A": "yes"},
    ),
    (
        "initial(1);\nstake(0, 30);\nstake(1, 70);\nstake(2, 0);\nstake(3, 0);\nknows(yes);",
        {"Prior_A": 1, "probability_0": 30, "probability_1": 70, "Knowledge_A": "yes"},
    ),
    # a command line's options
    (
        "$ submit --initial 0 --bets 50%,50%,0%,0% --knows false",
        {"Prior_A": 0, "probability_0": 50, "probability_1": 50, "Knowledge_A": "no"},
    ),
    # any other run of names and values (separators "=", ":", "->", "<-", ":=", or spaces;
    # names numbered for the options in several ways; arrays): shell exports, a command
    # word before every line, several names a line
    (
        "export GUESS=1\nexport STAKE_0=30 STAKE_1=50 STAKE_2=20 STAKE_3=0\nexport KNOWS=yes",
        {"Prior_A": 1, "probability_1": 50, "probability_3": 0, "Knowledge_A": "yes"},
    ),
    # ... a config file of numbered names and amounts with spaces between
    (
        "PRIOR 1\nWAGER_0 10\nWAGER_1 60\nWAGER_2 20\nWAGER_3 10\nKNOWS no",
        {"probability_0": 10, "probability_1": 60, "probability_3": 10},
    ),
    # ... R's assignment and a vector
    (
        "before <- 2\nbets <- c(5, 15, 60, 20)\nknows <- FALSE",
        {"Prior_A": 2, "probability_0": 5, "probability_2": 60, "Knowledge_A": "no"},
    ),
    # ... Pascal's assignment, dotted numbers, lines ended by a semicolon
    (
        "initial := 0;\nstake.0 := 70;\nstake.1 := 30;\nstake.2 := 0;\nstake.3 := 0;\nsure := no;",
        {"Prior_A": 0, "probability_0": 70, "probability_1": 30, "Knowledge_A": "no"},
    ),
    # ... an assignment's ":=" or "<-" after names numbered as the readers read them
    # ("wager_2"): the assignment is what the readers do not know
    (
        "GUESS := 2\nWAGER_0 := 15\nWAGER_1 := 25\nWAGER_2 := 45\nWAGER_3 := 15\nCERTAIN := no",
        {"Prior_A": 2, "probability_0": 15, "probability_2": 45, "Knowledge_A": "no"},
    ),
    (
        "prior <- 0\nbet_0 <- 85\nbet_1 <- 5\nbet_2 <- 5\nbet_3 <- 5\nknows <- TRUE",
        {"Prior_A": 0, "probability_0": 85, "probability_3": 5, "Knowledge_A": "yes"},
    ),
    # ... a label and an arrow over items between bars, the option a bracket's parameter
    (
        "Answer -> prior: 2 | Pr(K=0): 5% | Pr(K=1): 15% | Pr(K=2): 60% | Pr(K=3): 20% | knows: no",
        {"Prior_A": 2, "probability_0": 5, "probability_2": 60, "Knowledge_A": "no"},
    ),
    # ... the option a parameter after a semicolon, the lines in any order
    (
        "STAKE;N=0:25\nSTAKE;N=1:25\nSTAKE;N=2:40\nSTAKE;N=3:10\nPRIOR:2\nKNOWS:NO",
        {"Prior_A": 2, "probability_2": 40, "probability_3": 10, "Knowledge_A": "no"},
    ),
    # ... an array in braces with a comment after it
    (
        "guess = 3;\nstakes = {0, 10, 30, 60}; // for 0, 1, 2, 3\nknows = 'yes';",
        {"Prior_A": 3, "probability_1": 10, "probability_3": 60, "Knowledge_A": "yes"},
    ),
]

_NO_BETS = dict.fromkeys(f"probability_{i}" for i in range(4))

# ... and what only looks like one: two boxes ticked are two answers; a field in prose is
# no record; a tag of one letter is a ticked box, not a log's
LOOKALIKE_NOTATIONS_STUDY1 = [
    ("Knowledge: (x) yes (x) no\nPrior: 1", {"Knowledge_A": None, "Prior_A": 1}),
    ("Prior: [x] 1 [x] 2\nKnowledge: no", {"Prior_A": None, "Knowledge_A": "no"}),
    ("I set n=3 and k=2 in my head first.\nPrior: 2", {"Prior_A": 2}),
    # a run whose numbered names name no options: an option numbered twice, two numbered
    # names, numbers from 1 ("4" is no option), numbered names that hold words
    ("prior = 2;\nstake-1 = 20%;\nstake-1 = 30%;\nstake-2 = 50%;\nstake-3 = 0%;", _NO_BETS),
    ("prior := 1;\nbet.0 := 10;\nbet.1 := 90;\nknows := no;", _NO_BETS),
    ("prior = 2;\nbet-1 = 0%;\nbet-2 = 5%;\nbet-3 = 35%;\nbet-4 = 60%;", _NO_BETS),
    ("env BET_0=none BET_1=some BET_2=most BET_3=all", _NO_BETS),
    ("(prior 1) (prior 2)", {"Prior_A": None}),
    # a name given twice holds two answers; a log tag that numbers a question names it
    ("knows=no&prior=1&prior=2", {"Prior_A": None, "Knowledge_A": "no"}),
    ("[question 1] value=0\n[question 3] value=yes", {"Prior_A": 0, "Knowledge_A": "yes"}),
    # words in square brackets after a value are an aside, as in round ones; an arrow from
    # one count to another changes the answer
    ("Prior: 2 [could be 1]\nKnowledge: no", {"Prior_A": None, "Knowledge_A": "no"}),
    ("Prior: 1 → 3\nKnowledge: yes", {"Prior_A": None, "Knowledge_A": "yes"}),
    # dashes around words are no options
    ("Prior: 2 -- my guess --start 3\nKnowledge: no", {"Prior_A": 2, "Knowledge_A": "no"}),
    # a second count offered beside the first ("... is possible") is a second answer
    ("Prior: 1, though 2 seems quite plausible\nKnowledge: no", {"Prior_A": None}),
]


# Under no label, "none" alone names nothing it counts (a refusal, or a bare "no", as
# much as a count); "none" of something, or under the question's label, is a count.
BARE_NONE_STUDY1 = [
    ("None!", {"Prior_A": None}),
    ("none, sorry", {"Prior_A": None}),
    ("None of the three.", {"Prior_A": 0}),
    ("None have it, I'd say.", {"Prior_A": 0}),
    ("Before: none\nAfter: 0: 100%, 1: 0%, 2: 0%, 3: 0%", {"Prior_A": 0}),
]


# Numbered steps of reasoning above a heading that announces the answer: the steps are
# no parts, their numbers no second answer; with no labels under the heading, the steps
# stay the parts.
ANSWER_HEADING_STUDY1 = [
    (
        "Part 1: most of them pass, so I start high, maybe 3.\nPart 2: she saw 1 of the 3.\n\n"
        "### Final answers\nPrior: 2\nBets: 0: 0%, 1: 20%, 2: 50%, 3: 30%\nKnowledge: no",
        {"Prior_A": 2, "probability_1": 20, "Knowledge_A": "no"},
    ),
    (
        "1) Base rate: about 2 of 3.\n2) Update on the one seen.\n\nMy answer:\n"
        "Before: 1\nAfter: 0: 10%, 1: 60%, 2: 30%, 3: 0%\nKnows exactly: yes",
        {"Prior_A": 1, "probability_1": 60, "Knowledge_A": "yes"},
    ),
    ("Step 1: 2\nStep 2: 0: 0%, 1: 0%, 2: 100%, 3: 0%\nStep 3: no\n\nAnswer\n", {"Prior_A": 2}),
]


# One amount shared among several options by a word before or after the preposition
SHARED_AMOUNT_STUDY1 = [
    (
        "Bets: $10 apiece for 0 and 1; $40 for both 2 and 3",
        {"probability_0": 10, "probability_1": 10, "probability_2": 40, "probability_3": 40},
    ),
    (
        "Bets: 0% on both of 0 and 3, 50% apiece on 1 and 2",
        {"probability_0": 0, "probability_1": 50, "probability_2": 50, "probability_3": 0},
    ),
    # "nothing on any other count": the options given no amount yet
    (
        "Bets: I'd put $80 on exactly 3, $20 on 2 and zero on every other number",
        {"probability_0": 0, "probability_1": 0, "probability_2": 20, "probability_3": 80},
    ),
    # ... not "any other answer": no option
    ("Bets: 0: <percent>%\nA share is given like any other answer: 0.5", {"probability_0": None}),
    # ... but an amount before a comma and the next option's own phrase is that option's
    (
        "Bets: on 0 I put 10%, on 1 I put 20%, on 2 I put 30%, on 3 I put 40%",
        {"probability_0": 10, "probability_1": 20, "probability_2": 30},
    ),
]


# A one-line answer in question order, its parts apart by " | " as by " / " or ";"
ONE_LINE_STUDY1 = [
    (
        "1 | 0: 20%, 1: 60%, 2: 20%, 3: 0% | no",
        {"Prior_A": 1, "probability_1": 60, "Knowledge_A": "no"},
    ),
    ("2 | 5%, 15%, 50%, 30% | yes", {"Prior_A": 2, "probability_3": 30, "Knowledge_A": "yes"}),
    # ... bare numbers there could be anything
    ("2 | 5, 15, 50, 30 | yes", {"probability_0": None, "Knowledge_A": "yes"}),
]


@pytest.mark.parametrize(
    ("answer", "values"),
    ANSWER_HEADING_STUDY1 + ONE_LINE_STUDY1 + SHARED_AMOUNT_STUDY1 + BARE_NONE_STUDY1,
)
def test_study1_headings_bars_shared_amounts_and_a_bare_none(specs, answer, values):
    """Steps above an answer heading (ANSWER_HEADING), a one-line answer's parts apart by
    bars (ONE_LINE), one amount for several options (SHARED_AMOUNT), "none" alone
    (BARE_NONE)."""
    assert values_read(specs["study1"], answer, values) == values


@pytest.mark.parametrize(("answer", "values"), NOTATIONS_STUDY1 + LOOKALIKE_NOTATIONS_STUDY1)
def test_study1_notations_pairing_names_with_values(specs, answer, values):
    """A notation is read by its pairing of names with values, nested names joined; a
    reading of one is an inference (LOOSE), never beyond doubt."""
    reading = parsed(specs["study1"], answer)
    assert {name: reading.values.get(name) for name in values} == values
    if answer in dict(NOTATIONS_STUDY1):
        assert reading.grades and set(reading.grades.values()) == {LOOSE}


def test_study1_numbered_lines_the_readers_read_are_not_doubted(specs):
    """Lines the readers read as they are written ("bet_1 = 15%") are no notation to
    translate: they keep their confidence."""
    answer = "prior = 3\nbet_0 = 0%\nbet_1 = 15%\nbet_2 = 55%\nbet_3 = 30%\nknowledge = no"
    reading = parsed(specs["study1"], answer)
    assert reading.values["probability_2"] == 55
    assert reading.grades["probability_2"] != LOOSE


@pytest.mark.parametrize(
    ("answer", "values"),
    MARKUP_STUDY1 + PAIRED_STUDY1 + WHOLE_ANSWER_STUDY1 + LAYOUTS_STUDY1 + LOOKALIKE_LAYOUTS_STUDY1,
)
def test_study1_markup_pairs_and_the_whole_answer(specs, answer, values):
    """Markup read as the lines it stands for (MARKUP), bets paired with their options in
    any order (PAIRED), what the whole answer says of a field (WHOLE_ANSWER), data layouts
    (LAYOUTS) and what only looks like one (LOOKALIKE_LAYOUTS)."""
    assert values_read(specs["study1"], answer, values) == values


def test_study2_a_structural_choice_is_below_full_confidence(specs):
    """A choice read from a ranking or a conclusion after weighing is a loose reading."""
    for answer in (
        "Most likely: It wasn't bad. Next: It was good.",
        "It was good? No. Final: It wasn't bad.",
    ):
        reading = parsed(specs["study2"], answer)
        assert reading.grades and set(reading.grades.values()) == {LOOSE}


# --- Pairs that read another way, and lists that are not the options -----------------------

DOUBTED_STUDY1 = [
    # "N: X" lines without a bets label that do not list every option: items as much as bets
    ("0: 15%\n2: 45%\n3: 40%", {"probability_0": None, "probability_2": None}),
    ("1: $10\n2: $50\n3: $40", {"probability_1": None, "probability_3": None}),
    # ... and that list every option, in any order: bets
    ("3: 40%\n1: 10%\n0: 5%\n2: 45%", {"probability_0": 5, "probability_3": 40}),
    # a pair written as a clock time is no bet, and no other reading takes it up
    ("Prior: 1\nBets: 2:45 was when I decided; 3: 10%", {"probability_2": None}),
    ("Prior: 1\nBets: 1:05%", {"probability_1": None}),
    # the same option a time in one part and an amount in another: no amount beyond doubt
    ("Bets: 0:07%\nPrior: 2\nBets: 0: 20%", {"probability_0": None}),
    # compact pairs that list the options stay bets
    ("Prior: 1\nBets: 0:10,1:60,2:20,3:10", {"probability_0": 10, "probability_1": 60}),
]


def test_study1_a_pair_read_as_a_time_names_its_reason(specs):
    reading = parsed(specs["study1"], "Prior: 1\nBets: 2:30\nKnowledge: no")
    assert "probability_2" not in reading.values
    assert "time or a ratio" in reading.problems["probability_2"]


RANGES_STUDY1 = [
    # an amount on a range of options is no bet on any of them
    (
        "Prior: 2\nBets: 0: 5%, 1: 15%, 2 or more: 80%",
        {"probability_1": 15, "probability_2": None, "probability_3": None},
    ),
    ("Prior: 2\nBets: $70 on more than 1, $30 on 1", {"probability_2": None, "probability_1": 30}),
    ("Prior: 2\nBets: 0: 0%\n1+: 100%", {"probability_0": 0, "probability_1": None}),
    # "the others" after a range does not reach the options in it
    (
        "Prior: 3\nBets: at most one: 10%, nothing on the others",
        {"probability_0": None, "probability_1": None},
    ),
    # an option given its own amount beside a range keeps it
    (
        "Prior: 3\nBets: exactly 3: 55%, 2 or more: 90%",
        {"probability_3": 55, "probability_2": None},
    ),
    # a range in reasoning, with no amount on it, is no bet and doubts nothing
    (
        "He saw that at least 2 worked. Prior: 2\nBets: 0: 0%, 1: 0%, 2: 30%, 3: 70%",
        {"probability_2": 30, "probability_3": 70},
    ),
    # an amount that is a bound ("at least 10%") is no range of options
    ("Prior: 3\nBets: 3: at least 10%", {"probability_3": None}),
]


# --- Footnotes and second values beside a count ---------------------------------------------

FOOTNOTED_STUDY1 = [
    # a footnote that offers a second count: two values
    (
        "Prior: 1[^a]\nBets: 1: 100%\nKnowledge: no\n\n[^a]: none of them is possible too.",
        {"Prior_A": None, "probability_1": 100},
    ),
    ("Prior: 2†\nBets: 2: 100%\n\n† 3 could also be right", {"Prior_A": None}),
    ("Prior: 0¹\nKnowledge: no\n\n¹ 1 might also be the answer.", {"Prior_A": None}),
    # a footnote that explains the count keeps it
    ("Prior: 2*\nKnowledge: no\n\n* the story says they usually pass.", {"Prior_A": 2}),
    # stars of emphasis and bullets are no footnotes
    ("*Prior*: 2\n* Knowledge: yes", {"Prior_A": 2, "Knowledge_A": "yes"}),
    # a second count offered in the part itself
    ("Prior: 3, though 2 is also plausible\nKnowledge: no", {"Prior_A": None}),
    ("Prior: 3 (2 would be my second guess)\nKnowledge: no", {"Prior_A": 3}),
]


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Prior: 3 (one of them looked odd)\nBets: 3: 100%\nKnowledge: yes", "Prior_A"),
        ("Prior: 2[^n]\nBets: 2: 100%\n\n[^n]: 1 of them I am unsure of.", "Prior_A"),
        ("Prior: 1\nBets: 0: 0%, 1: 70% (it was 40% at first)", "probability_1"),
    ],
)
def test_study1_a_value_beside_another_of_its_kind_is_below_full_confidence(specs, answer, name):
    reading = parsed(specs["study1"], answer)
    assert name in reading.values and reading.grades[name] == LOOSE


def test_footnotes_are_placed_where_their_marks_stand():
    from llm_pragmatics.extraction.markup import footnotes

    assert footnotes("Bets: 2: 80%[1]\n\n[1]: or 70%") == "Bets: 2: 80% (or 70%)\n\n"
    # a mark that stands twice cannot be placed: left as it is
    text = "a[^1] b[^1]\n\n[^1]: note"
    assert footnotes(text) == text
    # several notes, each placed where its own mark stands (placing one moves the others)
    text = "Prior: 2¹\nKnowledge: no²\n\n¹ usually.\n² she saw one."
    assert footnotes(text) == "Prior: 2 (usually.)\nKnowledge: no (she saw one.)\n\n"


@pytest.mark.parametrize(
    ("answer", "absent"),
    [
        # a superscript mark no note explains never joins its number's digits
        ("Prior: 1\nBets: 0: 5¹, 1: 25, 2: 40, 3: 30", "probability_0"),
        ("Prior: 2\nBets: 0: 0%, 1: 2²%, 2: 68%, 3: 30%", "probability_1"),
    ],
)
def test_a_superscript_mark_without_a_note_is_no_digit(specs, answer, absent):
    reading = parsed(specs["study1"], answer)
    assert reading.values.get(absent) is None
    assert reading.values.get("probability_2") in (40, 68)


@pytest.mark.parametrize(
    "answer",
    [
        "| | 0 | 1 | 2 | 3 |\n|---|---|---|---|---|\n| bet | 0% | 10% | 70% | 20% |\n\n"
        "Prior: 2 and knowledge: no",
        "+---+---+---+---+---+\n|   | 0 | 1 | 2 | 3 |\n+---+---+---+---+---+\n"
        "| % | 0 | 10 | 70 | 20 |\n+---+---+---+---+---+\nPrior = 2; knows exactly = no",
    ],
)
def test_a_tables_header_of_numbers_under_an_empty_corner_is_no_list_of_counts(specs, answer):
    # (its numbers key the rows; alone on a line they read as counts, "0, 1, 2, 3")
    values = values_read(specs["study1"], answer, ["Prior_A", "probability_2"])
    assert values == {"Prior_A": 2, "probability_2": 70}


@pytest.mark.parametrize(
    "answer",
    [
        # a spaced middle dot or bullet inside a line separates its items
        "Prior: 2 · Bets: 2: 100% · Knowledge: no",
        "prior 2 • bets 2: 100% • knowledge no",
        # one answer object that holds the others, in TOML or JSON: its names are the labels
        '[answer]\nprior = 2\n\n[answer.bets]\n"2" = 100\n\n[answer.knowledge]\nvalue = "no"',
        '{"answer": {"prior": 2, "bets": {"2": 100}, "knowledge": "no"}}',
    ],
)
def test_items_separated_by_dots_and_an_answer_object_holding_the_others(specs, answer):
    values = values_read(specs["study1"], answer, ["Prior_A", "probability_2", "Knowledge_A"])
    assert values == {"Prior_A": 2, "probability_2": 100, "Knowledge_A": "no"}


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # a list of bare amounts with its unit after it in brackets: the unit is each one's
        ("prior 1, bets 10/60/20/10 (%), knowledge no", [10, 60, 20, 10]),
        ("Prior: 1\nBets: 10, 60, 20, 10 (in $)\nKnowledge: no", [10, 60, 20, 10]),
        # not where its separators differ (a decimal comma?) or it ends a longer list
        ("Prior: 1\nBets: 2,5/7,5/30/60 (%)\nKnowledge: no", [None] * 4),
        ("Prior: 1\nBets: 2,5, 7,5, 30, 60 (%)\nKnowledge: no", [None] * 4),
    ],
)
def test_a_unit_in_brackets_after_a_list_of_bare_amounts(specs, answer, bets):
    names = [f"probability_{i}" for i in range(4)]
    assert list(values_read(specs["study1"], answer, names).values()) == bets


def test_a_one_line_answer_in_parts_between_double_bars_is_read_by_position(specs):
    reading = parsed(specs["study1"], "1 || 0: 10%, 1: 70%, 2: 20%, 3: 0% || yes")
    assert (reading.values["Prior_A"], reading.values["Knowledge_A"]) == (1, "yes")
    assert reading.values["probability_1"] == 70 and reading.grades["Prior_A"] == LOOSE


ASIDES_STUDY1 = [
    # an aside that offers a second amount: that bet is in doubt, the others stand
    (
        "Prior: 1\nBets: 0: 10% (maybe 15%), 1: 60%, 2: 20%, 3: 10%",
        {"probability_0": None, "probability_1": 60},
    ),
    (
        "Prior: 1\nBets: 0: 5%, 1: 65% [55% would do as well], 2: 20%, 3: 10%",
        {"probability_1": None, "probability_2": 20},
    ),
    # the same amount in the other unit is no second amount
    ("Prior: 1\nBets: 0: 5% ($5), 1: 95%", {"probability_0": 5, "probability_1": 95}),
]


def test_study1_an_aside_offering_another_amount_names_its_reason(specs):
    reading = parsed(specs["study1"], "Prior: 1\nBets: 0: 5% (or 10%), 1: 95%")
    assert "second amount" in reading.problems["probability_0"]


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an adverb between "was" and "not" keeps the negation
        ("It was frankly not terrible.", "wasn't terrible"),
        ("She'd say: it was just not good.", "wasn't good"),
        ("It was really, truly not amazing", "wasn't amazing"),
        # a phrase the answerer only considered is no answer
        ("It wasn't bad.\n\nI thought about 'It was good', but that is too much.", "wasn't bad"),
        ('I was going to say "It was terrible" - in the end: It wasn\'t good.', "wasn't good"),
        ("It was bad. I toyed with 'It wasn't amazing' too.", "was bad"),
    ],
)
def test_study2_negations_with_adverbs_and_considered_phrases(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


@pytest.mark.parametrize(
    "answer",
    ['Her reply: "It was __."', "He would just say It wasn't __", "It was a *_*, honestly."],
)
def test_study2_a_short_blank_echoed_is_no_answer(specs, answer):
    assert not parsed(specs["study2"], answer).values


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a yes or no followed by the answerer's own inability answers another question
        ("Prior: 2\nBets: 2: 100%\nKnowledge: No, I cannot tell from this.", None),
        ("Prior: 2\nBets: 2: 100%\nKnowledge: yes, I'd rather not guess though", None),
        # ... not a reason about the speaker
        ("Prior: 2\nBets: 2: 100%\nKnowledge: No, she can't have seen the third.", "no"),
        # a claim given to someone else's view is the question turned round
        ("You would think Sara knows exactly how many are ripe.", None),
        ("They assume he knows exactly how many passed.", None),
        ("I believe he knows exactly how many passed.", "yes"),
    ],
)
def test_study1_a_refusal_or_someone_elses_view_is_no_knowledge_answer(specs, answer, knowledge):
    assert values_read(specs["study1"], answer, ["Knowledge_A"]) == {"Knowledge_A": knowledge}


COMPACT_STUDY1 = [
    # compact pairs in one list are bets, in any order and separated by spaces or lines
    ("Prior: 2\nBets: 3:5 2:70 1:20 0:5", {"probability_2": 70, "probability_0": 5}),
    ("Prior: 2\nBets:\n0:0\n1:10\n2:60\n3:30", {"probability_3": 30}),
    # pairs scattered through prose are times or ratios, not a list
    (
        "She left at 1:15. By 2:30 she had checked, at 3:45 she called. Prior: 2",
        {"probability_1": None, "probability_2": None, "probability_3": None},
    ),
    # one option twice in the run: no list of the options
    ("Prior: 2\nBets: 1:10, 2:40, 1:50", {"probability_1": None, "probability_2": None}),
]


@pytest.mark.parametrize(
    ("answer", "values"),
    DOUBTED_STUDY1 + RANGES_STUDY1 + FOOTNOTED_STUDY1 + ASIDES_STUDY1 + COMPACT_STUDY1,
)
def test_study1_a_value_that_reads_another_way_is_empty(specs, answer, values):
    """Pairs that read as times or items (DOUBTED), amounts on ranges of options (RANGES),
    footnotes and asides with a second value (FOOTNOTED, ASIDES), compact pairs scattered
    rather than listed (COMPACT): empty; the plain forms beside them are read."""
    assert values_read(specs["study1"], answer, values) == values


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a yes or no said with doubt is an answer, and a later other one conflicts with it
        ("I'd say 3 before. And no, Tom doesn't know exactly? Wait, he checked all, so yes.", None),
        ("I'd say 3 before. So yes, Tom knows exactly how many?", "yes"),
        # a question is still a question
        ("I'd say 3 before. Does Tom know exactly how many?", None),
    ],
)
def test_study1_a_yes_or_no_said_with_doubt_is_an_answer(specs, answer, knowledge):
    assert values_read(specs["study1"], answer, ["Knowledge_A"]) == {"Knowledge_A": knowledge}


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a table between "=====" borders, its rows cut at the border's columns
        (
            "======  =====\nItem    Value\n======  =====\nPrior   1\nP(0)    5%\n"
            "P(1)    95%\nP(2)    0%\nP(3)    0%\nKnows   no\n======  =====",
            {"Prior_A": 1, "probability_1": 95, "Knowledge_A": "no"},
        ),
        # a record of names and values, in SQL or as a tuple
        (
            "insert into reply (prior, p_0, p_1, p_2, p_3, knows)\n"
            "values (2, 10, 20, 60, 10, 'yes');",
            {"Prior_A": 2, "probability_2": 60, "Knowledge_A": "yes"},
        ),
        ("(Prior, Knowledge) = (0, 'no')", {"Prior_A": 0, "Knowledge_A": "no"}),
        # ... not when names and values are not as many
        ("(prior, knowledge) = (1)", {"Prior_A": None}),
        # keys with their number glued on, in an INI file
        (
            "[q1]\nprior=1\n[q2]\nbet0=0\nbet1=50\nbet2=50\nbet3=0",
            {"Prior_A": 1, "probability_1": 50, "probability_3": 0},
        ),
        # cells of names, then as many cells of values, on one line
        (
            "Prior: 2\nBets: 3 | 2 | 1 | 0 = $10 | $70 | $20 | $0",
            {"probability_3": 10, "probability_2": 70, "probability_0": 0},
        ),
        ("Prior: 2\nBets: 0 | 1 | 2 | 3 -> 10% | 90%", {"probability_0": None}),
        # an org-mode table, its rule joined by "+"
        (
            "| q | a |\n|----+----|\n| prior | 0 |\n| 0 | 90% |\n| 1 | 10% |\n| 2 | 0% |\n"
            "| 3 | 0% |",
            {"Prior_A": 0, "probability_0": 90},
        ),
    ],
)
def test_study1_tables_records_and_keys_are_read(specs, answer, values):
    assert values_read(specs["study1"], answer, values) == values


def test_study1_a_transcript_reading_is_below_full_confidence(specs):
    """A question line as a label is a reading of its own, not the prompt's format."""
    from llm_pragmatics.extraction.combine import combine

    spec = specs["study1"]
    reading = parsed(
        spec,
        "Q: How many before the call?\nA: 2\nQ: Your bets?\nA: 2: 100%\n"
        "Q: Does she know exactly?\nA: yes",
    )
    assert reading.values["Prior_A"] == 2
    assert combine(spec, reading, None, []).confidence < 0.9


def test_study2_delimited_candidates_with_shares_are_refused_with_a_reason(specs):
    """A CSV of sentences with shares (their unit in the header) is read as a table, and a
    table of shares is no choice."""
    reading = parsed(specs["study2"], "option;share (%)\nIt was good;35\nIt wasn't bad;65")
    assert reading.values == {}
    assert all("shares" in problem for problem in reading.problems.values())


# --- Round seven: a sentence mentioned is no sentence used ------------------------------

UNCHOSEN_STUDY2 = [
    # the sentence is the object of an analysis, then discussed: mention, not use
    "Let's examine the wording of Dana's reply: 'It was bad.' Here 'It was bad' suggests "
    "she is blunt; a kinder sentiment would be needed.",
    'First, interpreting the line "It wasn\'t good" - it conveys mild disappointment.',
    'Breaking down his reply, "It was amazing", we see it means pure praise.',
    # how someone once described the thing, not what the speaker would say
    'Lee never said "It was bad". He actually described the cake as "It wasn\'t good" '
    "at the party.",
    # two sentences offered one after the other
    'Ideally she would say "It was good" and then add "It wasn\'t bad" would help too.',
    # a place past the list's end names nothing
    "- It was good\n- It wasn't bad\n\nI'd pick the fourth one.",
    # two approved
    "'It was good' sounds right. 'It wasn't bad' also sounds right.",
    # boxes with none ticked
    "- [ ] It was good\n- [ ] It wasn't bad",
]


@pytest.mark.parametrize(
    ("answer", "absent"),
    [
        # a span of time is no count of the objects
        ("Three weeks ago the jars were sealed; the rest I can't tell.", "Prior_A"),
        ("2 hours later, she phoned.", "Prior_A"),
        # someone else's yes or no is not the answerer's
        ("Prior: 2\nBets: 2: 100%\nKnowledge: Mia's answer is yes.", "Knowledge_A"),
        ("Prior: 2\nBets: 2: 100%\nKnowledge: when asked, she replied no.", "Knowledge_A"),
        # a percentage taken of a number, its result, then a share: arithmetic
        ("Prior: 2\nBets: 1: 20% of 50 is 10 of 3 = 30 (20%)\nKnowledge: no", "probability_1"),
    ],
)
def test_study1_numbers_and_words_that_are_not_the_answerers_values(specs, answer, absent):
    assert absent not in parsed(specs["study1"], answer).values


def test_study1_a_count_beside_a_span_of_time_is_still_read(specs):
    reading = parsed(specs["study1"], "Two days on, I'd say 2 of the 3 have sprouted.")
    assert reading.values.get("Prior_A") == 2


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a list, then its item named by its place
        (
            "Candidates:\n* It wasn't bad\n* It was good\n* It was terrible\n\n"
            "I'll go with the third.",
            "was terrible",
        ),
        ("1) It was amazing\n2) It wasn't good\nMy choice: the last one.", "wasn't good"),
        # a top, and the others called lesser after them
        ("Probably 'It wasn't bad'; 'It was good' comes a close second.", "wasn't bad"),
        # a ticked box among empty ones; a share, then its mark
        ("* [ ] It was amazing\n* [x] It was good\n* [ ] It wasn't bad", "was good"),
        ("It wasn't bad: 70% <- my pick\nIt was good: 30%", "wasn't bad"),
        # the one a clause with a name's apostrophe and an aside says fits
        (
            "The sentence that suits Tom's aim (honest but warm) is \"It wasn't bad.\"",
            "wasn't bad",
        ),
        # one judged in a clause after it, then the answer
        (
            "The blunt reply would be 'It was terrible,' though that's unkind. "
            "She'd most likely say \"It wasn't bad.\"",
            "wasn't bad",
        ),
        # others weighed and set aside, then one approved
        (
            "'It was amazing' would be an exaggeration. 'It was good' sounds right to me.",
            "was good",
        ),
    ],
)
def test_study2_a_choice_marked_by_place_rank_or_approval_is_read_loosely(specs, answer, utterance):
    from llm_pragmatics.extraction.combine import combine

    spec = specs["study2"]
    assert utterance_read(spec, answer) == utterance
    assert combine(spec, parsed(spec, answer), None, []).confidence < 0.9


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # a conclusion after a clause closed by a comma
        ("Going by what the speaker said, the answer is no.", "no"),
        ("All things considered, my answer is yes.", "yes"),
        # one answer to several questions, only one of which asks yes or no
        ("My answer to all the questions is: no", "no"),
        # a yes or no, then the other: no single answer
        ("Yes, the answer is no.", None),
    ],
)
def test_study1_a_concluding_yes_or_no_after_a_lead_clause(specs, answer, knowledge):
    assert parsed(specs["study1"], answer).values.get("Knowledge_A") == knowledge


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a count of the objects after a bet is no amount
        (
            "Prior: 3\nBets: she opened all 3 and all 3 were fine, so $90 on 3 and $10 on 2.\n"
            "Knowledge: yes",
            {"probability_2": 10, "probability_3": 90},
        ),
        # "no" before a singular noun phrase and its separator names option 0
        (
            "Prior: 2\nBets:\n- no jar with a cracked lid: $5\n- one cracked jar: $15\n"
            "- two cracked jars: $50\n- all three cracked: $30\nKnowledge: no",
            {"probability_0": 5, "probability_1": 15},
        ),
    ],
)
def test_study1_options_named_by_words_and_counts_beside_them(specs, answer, values):
    assert values_read(specs["study1"], answer, values) == values


# No single sentence of the set is committed to.
NO_CHOICE_STUDY2 = [
    # another of the words further down a list of adjectives, or joined by "but also"
    "It was dull, long, amazing and bad",
    "It was bad, but also amazing, to be honest.",
    "It wasn't good, and also terrible",
    # a conclusion whose sentence was given elsewhere running on with other words
    'Draft: "It was good, fine, amazing, fine."\n\nSo the answer is "It was good".',
    # a pick, then another offered after a hedge and a colon
    "It was bad. Or perhaps even: it was terrible.",
    "It wasn't good. Or maybe even: it wasn't bad.",
    # a phrase in the condition of a sentence whose main clause follows it
    'If she had simply told him "It was bad," it would have crushed him.',
    "If Omar replied 'It wasn't good', he would lose a friend.",
    # a condition on the speaker still sets its phrase aside
    "If he were cruel, it was terrible; if kind, it wasn't bad.",
    # whether it can be answered, not an evaluation of the thing
    "That is not possible.",
    "It isn't clear.",
    "It was not applicable here.",
    # the quoted utterance evaluates the thing again with another of the words
    "She'd say: \"It wasn't good. Honestly, it's lovely, amazing even.\"",
    'His reply: "It was bad. Still, it was warm, cosy, good."',
    # a place past the row's end names nothing
    "Between 'It was good' and 'It was bad', I'd pick the third.",
    # two called possible; two table rows, two sentences
    "'It was good' is possible. 'It wasn't bad' is possible.",
    "| Start | End |\n|---|---|\n| It was | good |\n| It wasn't | bad |",
    # a numbered list whose heading names no order, or the order from the least
    "Ideas:\n1. It was good\n2. It was amazing",
    "From least to most likely:\n1. It was bad\n2. It wasn't good",
]


@pytest.mark.parametrize("answer", UNCHOSEN_STUDY2 + NO_CHOICE_STUDY2)
def test_study2_sentences_analysed_weighed_or_not_picked_are_no_choice(specs, answer):
    assert parsed(specs["study2"], answer).values == {}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # other words in the run that are not of the set; a negated one explains
        ("It was bad, bland, cold, bad.", "was bad"),
        ("It was good, but not amazing.", "was good"),
        # the set written out with slashes, then the conclusion
        ("Options: It was bad / good / amazing. So: It was good.", "was good"),
        # a phrase in the consequence of a condition
        ('If she wants to spare him, she would say "It wasn\'t bad".', "wasn't bad"),
        # the other word is about something else in the utterance
        ('He\'d say: "It was good. The bad news is the ending."', "was good"),
        ('She\'d say: "It was amazing. I felt bad for missing the start."', "was amazing"),
        # a frame with a word outside the set: alone, after a marker with a later colon,
        # after a lead closed by a question or exclamation mark or dots, or in one sentence
        # whose first clause is short
        ("It wasn't great.", "wasn't "),
        ("My reply to the question would be: It was lovely.", "was "),
        ("The honest response in this case is: It wasn't great.", "wasn't "),
        ("Truly? It wasn't great.", "wasn't "),
        ("Gosh... it was fine.", "was "),
        ("It was the finest pie I have eaten in a very long while.", "was "),
    ],
)
def test_study2_other_words_leave_the_utterance_or_its_frame(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


@pytest.mark.parametrize(
    ("answer", "finish_reason", "utterance"),
    [
        # cut in a further answer: the one given could have been taken back
        ('She\'d answer "It was good." But then again, she might say', "length", " "),
        ("It wasn't bad.\n\nOn reflection, I think Dana would rather go with", "length", " "),
        # cut in an explanation (no one says anything more), or not cut at all
        ("It wasn't bad. She picked this since she wanted to", "length", "wasn't bad"),
        # ... or in one that points back at the answer given ("would say this because")
        ("It wasn't bad. Zack would say this because the dance had some", "length", "wasn't bad"),
        ("It was good. She'd say that since the cake was", "length", "was good"),
        # ... not one that may give another ("would say it ...", "would say that it ...")
        ("It was good. He would say it", "length", " "),
        ("It was good. She'd say that it", "length", " "),
        ('She\'d answer "It was good." But then again, she might say', "stop", "was good"),
    ],
)
def test_study2_a_truncated_answer_cut_in_another_answer_is_no_choice(
    specs, answer, finish_reason, utterance
):
    values = parsed(specs["study2"], answer, finish_reason).values
    assert f"{values.get('Was_Wasnt', '')} {values.get('Assessment', '')}" == utterance


@pytest.mark.parametrize(
    ("answer", "utterance", "loose"),
    [
        # a stage direction in brackets before the sentence
        ("(laughing nervously) It wasn't bad, honestly.", "wasn't bad", False),
        ("[shrugs] It was good.", "was good", True),
        # spoken fillers set off by commas: a new form, read loosely
        ("Um, so... it was, like, amazing!", "was amazing", True),
        ("It wasn't, you know, good.", "wasn't good", True),
        # a negated bare word with "at all": the word without a frame
        ("Not terrible at all.", " terrible", True),
        # a list written in a row, then one named by its place
        ("Of 'It was good' and 'It wasn't bad', she'd go with the first.", "was good", True),
        (
            'Options: "It was amazing", "It was good", "It wasn\'t bad". I\'d pick the last.',
            "wasn't bad",
            True,
        ),
        (
            'Between "It was terrible" and "It wasn\'t good", I\'d choose the second.',
            "wasn't good",
            True,
        ),
        # a condition on answering points at the answer
        (
            "Tough call: 'It was good' or 'It wasn't bad'. If I had to choose: It was good.",
            "was good",
            True,
        ),
        ("No idea, really... but if forced: it wasn't bad.", "wasn't bad", True),
        ("If we must decide, it wasn't good.", "wasn't good", True),
        # one pick, another called merely possible after it
        (
            "Most likely 'It wasn't bad', although 'It was good' is plausible too.",
            "wasn't bad",
            True,
        ),
        (
            'I\'d say "It was bad"; "It was terrible" is just possible if she is angry.',
            "was bad",
            True,
        ),
        # a phrase given in two parts: a table's row, a key and its word
        ("| Sentence start | Ending |\n|---|---|\n| It was | amazing |", "was amazing", True),
        ("It wasn't: good", "wasn't good", True),
    ],
)
def test_study2_new_forms_are_read_and_graded(specs, answer, utterance, loose):
    from llm_pragmatics.extraction.combine import combine

    spec = specs["study2"]
    assert utterance_read(spec, answer) == utterance
    assert (combine(spec, parsed(spec, answer), None, []).confidence < 0.9) == loose


# --- Round nine: one sentence committed to, or none ----------------------------------

# Each is (answer, a word of the reason the field is empty).
UNCOMMITTED_STUDY2 = [
    # a pick, then a second sentence given as well (not as a lesser alternative)
    ('She\'d reply "It was bad". She might also go with "It wasn\'t good" if kind.', "adds"),
    ("Probably it wasn't good, and perhaps also it was terrible, if he is blunt.", "adds"),
    ("Her words: 'It was amazing', as well as 'It was good'.", "adds"),
    # reasons for two, then the choice left open
    (
        'Kindness points to "It was good". Yet "It wasn\'t bad" is kinder without lying. '
        "I could picture her using either one.",
        "open",
    ),
    (
        'Her wish to please points to "It was amazing"; one heart suggests "It wasn\'t '
        'good" is more honest. Both would work.',
        "open",
    ),
    # a heading with a colon over items that each carry a note: candidates, none marked
    ("Candidates:\n* 'It was bad' - blunt\n* 'It wasn't good' - softer", "lists"),
    ("Possible replies:\n1. It was good: warm\n2. It was amazing: too much", "lists"),
    # two items each marked as the pick
    ("- It was good (I'd pick this one)\n- It wasn't bad (I'd pick this one)", "conflicting"),
    # a sentence of the set given, then another outside it as the answer
    ('At first: "It wasn\'t good." Final answer: "It wasn\'t lovely."', "another"),
]


@pytest.mark.parametrize(("answer", "reason"), UNCOMMITTED_STUDY2)
def test_study2_no_single_committed_sentence_is_refused_with_a_reason(specs, answer, reason):
    reading = parsed(specs["study2"], answer)
    assert reading.values == {}
    assert any(reason in problem for problem in reading.problems.values())


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # "also" naming a lesser alternative, or about another thing: the pick stands
        ("Most likely: 'It wasn't bad'\nAlso plausible: 'It was good'", "wasn't bad"),
        ('She\'d say "It was good", which is also polite.', "was good"),
        # "either" of a negation, "either way": no choice left open
        ("It wasn't bad, but it wasn't great either.", "wasn't bad"),
        ("Either way, he'd say 'It was amazing'.", "was amazing"),
        # a list item marked by a pick pointing at it
        ("- It was terrible\n- It wasn't good (I would choose this)\n- It was bad", "wasn't good"),
        ("1. It was amazing\n2. It was good (this one)", "was good"),
        # rows of candidates, then the line named as the pick after them
        (
            "| Line | Kind? |\n|---|---|\n| It was amazing | yes |\n| It was bad | no |\n\n"
            "All told, his likeliest line is 'It was amazing'.",
            "was amazing",
        ),
        # one item under a heading is the answer
        ("My pick:\n- 'It wasn't bad' (kind but true)", "wasn't bad"),
    ],
)
def test_study2_a_committed_sentence_beside_such_words_is_still_read(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


def test_study2_a_quote_a_sentence_opens_on_saying_is_spoken_of():
    """'Saying "X" when ... is not possible' speaks of X: no frame is read from it."""
    from llm_pragmatics.extraction.factors import partial_places
    from llm_pragmatics.extraction.phrase_forms import PhraseOption

    options = (PhraseOption("was_good", "it was good", (("frame", "was"), ("assessment", "good"))),)
    text = 'saying "it wasn\'t great" when she cried is not possible. she would nod.'
    assert partial_places(text, options) == []


# A label that gives its value as someone else's ("Prior (Jim's count): 2") answers nothing
# of the answerer's own: the field is refused by that cause, the other fields still read.
# Asides that say when, or are the answerer's own, attribute nothing (the prior is read).
LABEL_ASIDES = [
    ("Prior (what the speaker reported): 1", None),
    ("Prior (Ann's count): 1", None),
    ("Prior (as she said): 1", None),
    ("Prior (his estimate): 1", None),
    ("Prior (according to Tom): 1", None),
    ("Question 1 (the number Lisa gave): 1", None),
    ("Prior (reported by the caller): 1", None),
    ("Prior (before Ann's call): 1", 1),
    ("Prior (my own guess): 1", 1),
    ("Prior (before she said anything): 1", 1),
    ("Prior (as I said): 1", 1),
    ("Prior (out of 3): 1", 1),
]


@pytest.mark.parametrize(("label", "prior"), LABEL_ASIDES)
def test_a_label_attributing_the_value_to_someone_else_refuses_it(specs, label, prior):
    answer = f"{label}\nBets: 0: 10%, 1: 20%, 2: 30%, 3: 40%\nKnowledge: yes"
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Prior_A") == prior
    if prior is None:
        assert "someone else's" in reading.problems["Prior_A"]
    assert reading.values["probability_3"] == 40 and reading.values["Knowledge_A"] == "yes"


def test_the_answerers_own_part_is_read_beside_someone_elses(specs):
    answer = (
        "Prior (Ann's count): 2\nMy prior: 1\nBets: 0: 10%, 1: 20%, 2: 30%, 3: 40%\nKnowledge: yes"
    )
    assert parsed(specs["study1"], answer).values.get("Prior_A") == 1


# After an answer starts its bets again ("Wait, no: ..."), "the rest" is the options its
# new bets leave out: bets given before it disagree with those and are refused.
@pytest.mark.parametrize(
    "answer",
    [
        "I'll spread it: 25% on every option. Wait, no, Dana checked all of them. "
        "Starting over: 100% on 3 and nothing on the others.",
        "Bets: $30 on 0, $30 on 1, $40 on 2. Actually, let me redo it: $90 on 3, $0 on the rest.",
    ],
)
def test_the_rest_after_bets_started_again_is_what_the_new_bets_leave_out(specs, answer):
    reading = parsed(specs["study1"], answer)
    assert not any(f"probability_{i}" in reading.values for i in range(3))
    assert all("conflicting" in reading.problems[f"probability_{i}"] for i in range(3))


def test_the_rest_without_a_new_start_is_the_options_given_nothing_yet(specs):
    answer = "Bets: $30 on 1. $20 on 2, then $50 on 3 and nothing on the rest."
    values = parsed(specs["study1"], answer).values
    assert [values.get(f"probability_{i}") for i in range(4)] == [0, 30, 20, 50]


# Bets in layouts read by their general form, with new words:
BETS_LAYOUT_CASES = [
    # a spaced slash between "key: value" items separates them, as a semicolon would
    ("First guess - 2\nWagers - 0: 5 / 1: 15 / 2: 50 / 3: 30\nKnows - no", [5, 15, 50, 30]),
    ("Prior: 2 / Bets: 0: 5% / 1: 15% / 2: 50% / 3: 30% / Knowledge: no", [5, 15, 50, 30]),
    ("Bets: none: 5% / one: 15% / two: 50% / all: 30%\nPrior: 2", [5, 15, 50, 30]),
    # keys indexed in brackets on several lines are the word and its index
    ("Prior - 2\nStake(0) - 5%\nStake(1) - 15%\nStake(2) - 50%\nStake(3) - 30%", [5, 15, 50, 30]),
    (
        "Prior: 2\nwager[0] -> $5\nwager[1] -> $15\nwager[2] -> $50\nwager[3] -> $30",
        [5, 15, 50, 30],
    ),
    # an amount after a colon tied onward ("on 3: $70 on 3") is the onward option's
    ("Bulk on all three: $70 on three, $20 on two, $10 on one, $0 on none.", [0, 10, 20, 70]),
    ("Mostly on 3: 70% for 3, 20% for 2, 10% for 1, 0% for 0.", [0, 10, 20, 70]),
]


@pytest.mark.parametrize(("answer", "bets"), BETS_LAYOUT_CASES)
def test_bets_in_general_layouts(specs, answer, bets):
    values = parsed(specs["study1"], answer).values
    assert [values.get(f"probability_{i}") for i in range(4)] == bets
    assert "Prior_A" not in values or values["Prior_A"] == 2


def test_one_label_with_a_bracketed_number_is_not_an_indexed_key(specs):
    answer = "Prior(2): 3\nBets: 0: 5%, 1: 15%, 2: 50%, 3: 30%"
    assert "Prior_A" not in parsed(specs["study1"], answer).values


# Spreadsheet rows copied with their cell references: the rows alone, read by inference.
def test_spreadsheet_rows_with_cell_references_are_read_below_full_confidence(specs):
    answer = (
        "C4: Before the call   D4: 1\nC5: bet 0   D5: 10%\nC6: bet 1   D6: 60%\n"
        "C7: bet 2   D7: 30%\nC8: bet 3   D8: 0%\nC9: Knowledge   D9: no"
    )
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Prior_A") == 1 and reading.values.get("Knowledge_A") == "no"
    assert [reading.values.get(f"probability_{i}") for i in range(4)] == [10, 60, 30, 0]
    assert set(reading.grades.values()) == {LOOSE}


def test_numbered_labels_on_one_line_are_no_cell_references(specs):
    values = parsed(specs["study1"], "Q1: 3   Q2: 0: 10%, 1: 90%   Q3: no").values
    assert values.get("Prior_A") == 3 and values.get("probability_1") == 90


# --- Round ten: an answer given, then another one beside it or in its place --------------

# Each is an answer that names one sentence as what would be said and then another: a
# revision or two answers side by side, no single choice (rule 2 of the labelling README).
REVISED_OR_TWO_ANSWERS_STUDY2 = [
    # an answer marked, then a conclusion that names another ("I'll go with", "settle on")
    'I think Rosa would tell Ivan, "It was amazing" - though, to be fair to two hearts, '
    '"It wasn\'t bad" is nearer the truth. On balance, I\'ll go with "It wasn\'t bad."',
    "Dev would say 'It was good', yet I'd settle on 'It was bad' in the end.",
    # what is likely to be said, then a second sentence said as well
    'Mira is quite likely to say "It wasn\'t good", and she would also say "It was bad" '
    "about the soup later on.",
    # what the line "should be", then another named the right answer
    'The reply should be "It was terrible" while the correct reply is "It wasn\'t amazing".',
    # a conclusion's sentence with another offered after "or", of the set or not
    'So the answer would be "It was bad" or perhaps "It was so-so".',
    "Final answer: 'It wasn't good' or 'It was fine'",
]


@pytest.mark.parametrize("answer", REVISED_OR_TWO_ANSWERS_STUDY2)
def test_study2_an_answer_then_another_is_a_conflict(specs, answer):
    reading = parsed(specs["study2"], answer)
    assert reading.values == {}
    assert {"Was_Wasnt", "Assessment"} <= set(reading.problems)


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # what is likely to be said, named once: read
        ('Omar is most likely to say "It wasn\'t bad" to his aunt.', "wasn't bad"),
        ("The line should be: It was good.", "was good"),
        # a sentence rejected before the conclusion is no earlier answer
        ('She would not say "It was terrible". I\'ll go with "It wasn\'t good".', "wasn't good"),
        # not likely to be said: no marker, the pick elsewhere stands
        (
            'He would say "It was good". He would not be likely to say "It was terrific".',
            "was good",
        ),
    ],
)
def test_study2_one_answer_named_by_such_words_is_read(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a numbered list under a heading that says it runs from the likeliest down
        (
            "Sorted from most to least likely:\n1) 'It was amazing' - warm\n2) 'It was good'\n"
            "3) 'It wasn't bad'",
            "was amazing",
        ),
        ("In order of likelihood\n1. It wasn't good\n2. It was bad", "wasn't good"),
        # ranking labels after a quoted sentence; "second most likely" is below the top
        ("Most likely: 'It was bad.' Second most likely: 'It wasn't good.'", "was bad"),
        ('Top pick: "It wasn\'t terrible." Next most likely: "It was bad."', "wasn't terrible"),
        # a quoted sentence named the pick by the words after it, a lesser one beside it
        (
            'Honestly "It wasn\'t terrible" is the likeliest, though "It was bad" might also work.',
            "wasn't terrible",
        ),
        ("'It was good' would be my pick here.", "was good"),
        # the blank written as letter slots, a hint beside it, then filled: read loosely
        ("Complete it: It wasn't _ _ _ (3 letters) -> BAD", "wasn't bad"),
        ("It was _ _ _ _ _ _ _ _: terrible", "was terrible"),
    ],
)
def test_study2_rankings_picks_and_slots_not_asked_for_are_read_loosely(specs, answer, utterance):
    spec = specs["study2"]
    reading = parsed(spec, answer)
    assert utterance_read(spec, answer) == utterance
    assert set(reading.grades.values()) == {LOOSE}


def test_study2_most_likely_to_do_something_names_no_pick(specs):
    answer = '"It was terrible" is the most likely to upset her, so I\'d say "It wasn\'t good".'
    assert utterance_read(specs["study2"], answer) == "wasn't good"


@pytest.mark.parametrize(
    ("answer", "frame"),
    [
        # a frame given after a marker, the other rejected after "rather than"/"instead of"
        ("Maya would say 'It was' instead of 'It wasn't'.", "was"),
        ('I\'d go with "It wasn\'t" rather than "It was" here.', "wasn't"),
    ],
)
def test_study2_a_frame_chosen_over_the_other_is_read_alone(specs, answer, frame):
    reading = parsed(specs["study2"], answer)
    assert reading.values.get("Was_Wasnt") == frame
    assert "Assessment" not in reading.values
    assert reading.grades["Was_Wasnt"] == LOOSE


def test_study2_letter_slots_left_empty_are_no_answer(specs):
    assert parsed(specs["study2"], "Answer: It was _ _ _ _").values == {}


# --- Reasoning above a labelled answer that states a value the field cannot take ---------


@pytest.mark.parametrize(
    "reasoning",
    [
        "Each phone fails with about 90% chance, so I expect 2.7 of the 3 on average.",
        "On average I'd guess 1.5 of them, but a count must be whole.",
    ],
)
def test_study1_a_mean_in_the_reasoning_is_no_second_answer_but_a_doubt(specs, reasoning):
    answer = f"{reasoning}\n\nPrior: 3\nBets: 0: 0%, 1: 0%, 2: 20%, 3: 80%\nKnowledge: no"
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Prior_A") == 3
    assert reading.grades["Prior_A"] == LOOSE
    assert "Prior_A" not in reading.problems


def test_study1_a_whole_count_in_the_reasoning_still_conflicts(specs):
    answer = "Before the call I'd say 2 of the 3.\n\nPrior: 3\nKnowledge: no"
    reading = parsed(specs["study1"], answer)
    assert "Prior_A" not in reading.values
    assert "conflicting" in reading.problems["Prior_A"]


# --- An amount set off by commas before what it is on ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "option", "amount"),
    [
        ("So the whole stake, $100, on 2, and nothing anywhere else.", 2, 100),
        ("I'll put the bulk of it, 80%, on option 3; 0, 1 and 2 share the rest.", 3, 80),
    ],
)
def test_study1_an_amount_between_commas_is_the_bet_on_the_option_after_it(
    specs, sentence, option, amount
):
    answer = f"Prior: 3\n\n{sentence}\n\nKnowledge: no"
    assert values_read(specs["study1"], answer, [f"probability_{option}"]) == {
        f"probability_{option}": amount
    }


def test_study1_an_amount_between_commas_before_a_reason_is_no_bet(specs):
    answer = "Prior: 2\nBets: I give 2 the most, 60%, for 3 is less likely.\nKnowledge: no"
    assert values_read(specs["study1"], answer, ["probability_3"]) == {"probability_3": None}


def test_study1_one_amount_on_options_listed_with_a_serial_or(specs):
    answer = "Prior: 3\n\nBets: all $100 on exactly 3, and $0 on 0, 1, or 2.\n\nKnowledge: no"
    assert values_read(specs["study1"], answer, BET_FIELDS) == {
        "probability_0": 0,
        "probability_1": 0,
        "probability_2": 0,
        "probability_3": 100,
    }


BET_FIELDS = [f"probability_{i}" for i in range(4)]


# --- Round 15: a second value of the field's type beside the first ---------------------------
# General rule: a field's part that holds a second value of the field's type, offered as an
# alternative ("or", "maybe", "perhaps", "possibly", an aside) or put in the first one's place
# ("no wait", "actually", "I mean", "make it", "rather", "scratch that", "? No"), is stated
# twice differently: empty (rule 2), only that field. The same value said again keeps it.
P = ["Prior_A", "probability_0", "probability_1", "probability_2", "probability_3", "Knowledge_A"]
SECOND_VALUE_BESIDE = [
    # a bet with a second amount offered or put in its place
    (
        "Prior: 3\nBets: 0: 0%, 1: 20%, maybe 30%, 2: 30%, 3: 50%\nKnowledge: no",
        [3, 0, None, 30, 50, "no"],
    ),
    (
        "Prior: 3\nBets: 0: 0%, 1: $20 or $30, 2: $30, 3: $50\nKnowledge: no",
        [3, 0, None, 30, 50, "no"],
    ),
    (
        "Prior: 3\nBets: 0: 0%, 1: 20% - no wait, 10%, 2: 40%, 3: 50%\nKnowledge: no",
        [3, 0, None, 40, 50, "no"],
    ),
    (
        "Prior: 3\nBets: 0: 0%, 1: 20%; make it 25%, 2: 25%, 3: 50%\nKnowledge: no",
        [3, 0, None, 25, 50, "no"],
    ),
    (
        "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%, rather 60%\nKnowledge: no",
        [3, 0, 5, 25, None, "no"],
    ),
    (
        "Prior: 3\nBets: 0: $0, 1: $5, 2: $25 — actually $35, 3: $60\nKnowledge: no",
        [3, 0, 5, None, 60, "no"],
    ),
    (
        "Prior: 3\nBets: 0: $0, 1: $5, 2: $25, no, $35, 3: $60\nKnowledge: no",
        [3, 0, 5, None, 60, "no"],
    ),
    (
        "Before Ben's call: three. After: 0: 0%, 1: 10%, 2: 40%, or perhaps 50%, 3: 50%. "
        "Does he know exactly? No.",
        [3, 0, 10, None, 50, "no"],
    ),
    # ... also after the words of the option it is on, or between slashes
    (
        "Before Laura called I'd have said all three. Now I'd bet $10 on two, perhaps $15, "
        "and $90 on three, nothing on zero or one. Does she know? No.",
        [3, 0, 0, None, 90, "no"],
    ),
    (
        "Prior: 3\nBets: I'd put 20% on two (or 25%), 80% on three, and nothing on zero or "
        "one.\nKnowledge: no",
        [3, 0, 0, None, 80, "no"],
    ),
    (
        "Prior: 3\nBets: 20% on two — no, 30% — and 70% on three; nothing elsewhere.\n"
        "Knowledge: no",
        [3, 0, 0, None, 70, "no"],
    ),
    (
        "Prior: 3\nBets: 2: 30%/40%, 3: 70%/60%, 0: 0%, 1: 0%\nKnowledge: no",
        [3, 0, 0, None, None, "no"],
    ),
    # (a bet on another option after the first is no second amount; nor a list in order)
    (
        "Prior: 2\nBets: $40 on two, maybe $30 on three, $30 on one, nothing on zero\n"
        "Knowledge: no",
        [2, 0, 30, 40, 30, "no"],
    ),
    ("Prior: 3\nBets (0/1/2/3): 0%/0%/25%/75%\nKnowledge: no", [3, 0, 0, 25, 75, "no"]),
    # a bet asked about and taken back ("? No"), then given another amount
    (
        "Prior: 3\nBets: 1: 20%? No, 1: 10%; 0: 0%, 2: 30%, 3: 60%\nKnowledge: no",
        [3, 0, None, 30, 60, "no"],
    ),
    (
        "Prior: 3\nBets: 10% on none? No — 0: 0%, 1: 10%, 2: 30%, 3: 60%\nKnowledge: no",
        [3, None, 10, 30, 60, "no"],
    ),
    (
        "Prior: 2\nAfter the call: 5% on zero? Nah — he saw one sprout. So 0% on zero, 40% on "
        "one, 40% on two, 20% on three.\nKnows exactly? no",
        [2, None, 40, 40, 20, "no"],
    ),
    # a prior with a second count offered or put in its place
    ("Prior: 2... rather 3\nBets: 3: 100%\nKnowledge: no", [None, None, None, None, 100, "no"]),
    (
        "Prior: all three - scratch that, two\nBets: 3: 100%\nKnowledge: no",
        [None, None, None, None, 100, "no"],
    ),
    ("Prior: 2, make it 3\nBets: 3: 100%\nKnowledge: no", [None, None, None, None, 100, "no"]),
    (
        "Prior: two, perhaps three\nBets: 3: 100%\nKnowledge: no",
        [None, None, None, None, 100, "no"],
    ),
    ("Prior: 3 (possibly 2)\nBets: 3: 100%\nKnowledge: no", [None, None, None, None, 100, "no"]),
    ("Prior: 2? No wait, 3\nBets: 3: 100%\nKnowledge: no", [None, None, None, None, 100, "no"]),
    # knowledge with the other word put in its place
    ("Prior: 3\nBets: 3: 100%\nKnowledge: no... rather yes", [3, None, None, None, 100, None]),
    ("Prior: 3\nBets: 3: 100%\nKnowledge: No, make that yes", [3, None, None, None, 100, None]),
    ("Prior: 3\nBets: 3: 100%\nKnowledge: yes, or rather no", [3, None, None, None, 100, None]),
    ("Prior: 3\nBets: 3: 100%\nKnowledge: no (maybe yes)", [3, None, None, None, 100, None]),
    (
        "Prior: 3\nBets: 3: 100%\nKnowledge: Yes — or no, hard to say",
        [3, None, None, None, 100, None],
    ),
    ("Prior: 3\nBets: 3: 100%\nKnowledge: yes (or no)", [3, None, None, None, 100, None]),
    ("Prior: 3\nBets: 3: 100%\nKnowledge: nope; actually, yes", [3, None, None, None, 100, None]),
    # near misses: one value, said again or in other words, or hedged without a second one
    (
        "Prior: 3\nBets: 3: 100%\nKnowledge: yes, and no wonder: he looked at all three",
        [3, None, None, None, 100, "yes"],
    ),
    ("Prior: 3\nBets: 3: 100%\nKnowledge: No - no way he knows", [3, None, None, None, 100, "no"]),
    ("Prior: 3\nBets: 3: 100%\nKnowledge: No... not exactly", [3, None, None, None, 100, "no"]),
    ("Prior: 2 (two)\nBets: 2: 100%\nKnowledge: no", [2, None, None, 100, None, "no"]),
    ("Prior: 3 — all three\nBets: 3: 100%\nKnowledge: no", [3, None, None, None, 100, "no"]),
    ("Prior: 3, I mean 3\nBets: 3: 100%\nKnowledge: no", [3, None, None, None, 100, "no"]),
    (
        "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 30% -- I mean 30%, 3: 60%\nKnowledge: no",
        [3, 0, 10, 30, 60, "no"],
    ),
    (
        "Prior: 3\nBets: 0: 0%, 1: 20% (twenty percent), 2: 30%, 3: 50%\nKnowledge: no",
        [3, 0, 20, 30, 50, "no"],
    ),
    (
        "Prior: 3\nBets: 0: 0%, 1: 10% or so, 2: 30%, 3: 60%\nKnowledge: no",
        [3, 0, 10, 30, 60, "no"],
    ),
    (
        "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 30%, 3: 60%\nKnowledge: no — no, she doesn't",
        [3, 0, 10, 30, 60, "no"],
    ),
    (
        "Question 2: How would you bet your $100? 0: 0%, 1: 10%, 2: 30%, 3: 60%",
        [None, 0, 10, 30, 60, None],
    ),
]


@pytest.mark.parametrize(("answer", "expected"), SECOND_VALUE_BESIDE)
def test_a_second_value_beside_the_first_empties_only_its_field(specs, answer, expected):
    assert values_read(specs["study1"], answer, P) == dict(zip(P, expected, strict=True))


# "$0 to 0 or 1" gives one amount to a list of options (no range ends in a list); a range of
# amounts put on one option ("$10 to $20 on 2", "10 to 20%") is no amount.
AMOUNT_TO_OPTIONS = [
    ("Prior: 3\nBets: $0 to 0 or 1, $40 on 2, $60 on 3\nKnowledge: no", [3, 0, 0, 40, 60, "no"]),
    (
        "Before: all three. I'd give $0 to 0 or 1, $30 on 2 and $70 on 3. Knows? no",
        [3, 0, 0, 30, 70, "no"],
    ),
    ("Prior: 3\nBets: $0 to 0, 1 and 2, $100 to 3\nKnowledge: no", [3, 0, 0, 0, None, "no"]),
    (
        "Prior: 3\nBets: 0: 0%, 1: 10 to 20%, 2: 30%, 3: 50%\nKnowledge: no",
        [3, 0, None, 30, 50, "no"],
    ),
    ("Prior: 3\nBets: $10 to $20 on 2, $80 on 3\nKnowledge: no", [3, None, None, None, 80, "no"]),
]


@pytest.mark.parametrize(("answer", "expected"), AMOUNT_TO_OPTIONS)
def test_an_amount_to_a_list_of_options_is_no_range(specs, answer, expected):
    assert values_read(specs["study1"], answer, P) == dict(zip(P, expected, strict=True))


# Amounts in order for a run of options named by its ends ("for 0 through 3"): one each, in
# order; a run that does not match the amounts' count is none. A range of amounts on an
# option ("20-30% on two") is no amount.
OPTION_RUNS = [
    ("All 3. Bets: 0%, 5%, 25%, 70% for 0 through 3. No.", [0, 5, 25, 70]),
    ("Prior 2; I'd bet $10, $20, $30, $40 on 0 to 3; knowledge no", [10, 20, 30, 40]),
    ("I bet 5%, 10%, 25%, 60% for options 0-3.", [5, 10, 25, 60]),
    ("Bets: 10%, 20%, 70% for 1 thru 3", [None, 10, 20, 70]),
    ("Bets: 10%, 20%, 30%, 40% for 0 to 3 respectively.", [10, 20, 30, 40]),
    # a run of another length than the amounts: no pairing, no bet on its first option
    ("Bets: 30%, 70% for 0 through 3", [None] * 4),
    ("I'd put 70% for 0 through 3.", [None] * 4),
    # ranges of amounts
    ("After the call: around 20-30% on two and 70-80% on three.", [None] * 4),
    ("Bets: $10-$20 on 1, $80 on 3", [None, None, None, 80]),
    # ... with the unit on one end only ("$20-30", "20 to 30 dollars")
    ("I'd put around $20-30 on 2 and $70 on 3, nothing on 0 and 1.", [0, 0, None, 70]),
    ("Bets: 20 to 30 dollars on two, $70 on three", [None, None, None, 70]),
    ("My wager: $5\u201310 for 1 and $90 for 3.", [None, None, None, 90]),
    # near misses: an amount given to an option is no range
    ("I'd bet $0 on 0, $10 on 1, $30 on 2 and $60 on 3.", [0, 10, 30, 60]),
    ("Bets: $0 to 0 or 1, $30 on 2, $70 on 3", [0, 0, 30, 70]),
]


@pytest.mark.parametrize(("answer", "expected"), OPTION_RUNS)
def test_amounts_for_a_run_of_options_pair_in_order(specs, answer, expected):
    bets = P[1:5]
    assert values_read(specs["study1"], answer, bets) == dict(zip(bets, expected, strict=True))


# A one-line answer of short parts in question order over paragraphs that explain it: the
# line's parts (not a line of prose clauses split by semicolons).
ONE_LINE_OVER_REASONS = [
    (
        "Short answers: 3; 0%/0%/0%/100%; yes.\n\nLonger version: seeds of this kind nearly "
        "always sprout, and Jim looked at all three, so he knows the number exactly.",
        [3, 0, 0, 0, 100, "yes"],
    ),
    (
        "2 / 0%, 20%, 50%, 30% / no\n\nWhy: Mark saw two exams pass, but the third is unseen.",
        [2, 0, 20, 50, 30, "no"],
    ),
    (
        "All three; $0, $10, $30, $60; no\n\nThe fruit almost always dries out; Monica opened "
        "only one of them.",
        [3, 0, 10, 30, 60, "no"],
    ),
]


@pytest.mark.parametrize(("answer", "expected"), ONE_LINE_OVER_REASONS)
def test_a_one_line_answer_over_its_reasons(specs, answer, expected):
    assert values_read(specs["study1"], answer, P) == dict(zip(P, expected, strict=True))


# An amount, a comma, then "for"/"on" and a list of two or more options that closes its clause
# ("0%, for 0, 2 and 3;") is one amount for each of them; one option followed by more words is a
# reason ("60%, for 3 is more likely"), and a nonzero amount for "2 or 3" is for neither.
AMOUNT_COMMA_FOR_OPTIONS = [
    ("Q1: 3\nQ2: 0%, for 0, 2 and 3; 100% for 1\nQ3: yes", [3, 0, 100, 0, 0, "yes"]),
    ("Prior: 2\nBets: $0, on 0 and 1; $40 on 2; $60 on 3\nKnowledge: no", [2, 0, 0, 40, 60, "no"]),
    (
        "Before the call: all three phones.\nAfter: 0%, for 0 and 1. 45% on 2, 55% on 3.\n"
        "Does Ben know exactly? No",
        [3, 0, 0, 45, 55, "no"],
    ),
    (
        "Prior: 1\nBets: nothing, for 2 & 3; 30% on 0; 70% on 1\nKnowledge: no",
        [1, 30, 70, 0, 0, "no"],
    ),
    (
        "Prior: 3\nBets: 3: 60%, for 3 is more likely. 2: 40%\nKnowledge: no",
        [3, None, None, 40, 60, "no"],
    ),
    ("Prior: 3\nBets: 50%, for 2 or 3.\nKnowledge: no", [3, None, None, None, None, "no"]),
]


@pytest.mark.parametrize(("answer", "expected"), AMOUNT_COMMA_FOR_OPTIONS)
def test_an_amount_then_a_comma_and_its_options(specs, answer, expected):
    assert values_read(specs["study1"], answer, P) == dict(zip(P, expected, strict=True))


# In prose, a count the answer says is its answer, then a second count offered right after
# words of an alternative or a correction, is no single count; unless the sentence then comes
# back to the first ("..., but I'll go with two").
PRIOR_IN_PROSE_TWICE = [
    (
        "Before Mark's call I'd have guessed two of the exams passed, or maybe all three. "
        "After: 0: 0%, 1: 0%, 2: 30%, 3: 70%. Does he know? No.",
        [None, 0, 0, 30, 70, "no"],
    ),
    (
        "Before the call I'd say 3 - no, make that 2. Bets: 0: 0%, 1: 10%, 2: 60%, 3: 30%. "
        "Knows exactly? no",
        [None, 0, 10, 60, 30, "no"],
    ),
    (
        "I expected none of the tickets to win (perhaps one). Bets: 0: 50%, 1: 50%. Knowledge: no",
        [None, 50, 50, None, None, "no"],
    ),
    (
        "My guess is that one seed sprouted, possibly two. Bets: 1: 60%, 2: 40%. Knowledge: no",
        [None, None, 60, 40, None, "no"],
    ),
    (
        "I'd say all three fruits, actually two. Bets: 2: 70%, 3: 30%. Knowledge: no",
        [None, None, None, 70, 30, "no"],
    ),
    # near misses: the sentence settles on the first count, or says it again
    (
        "I'd guess one letter had a check - perhaps two, but I'll stick with one. Bets: 1: "
        "80%, 2: 20%. Knowledge: no",
        [1, None, 80, 20, None, "no"],
    ),
    (
        "I'd say two of the phones, yes, two. Bets: 2: 100%. Knowledge: no",
        [2, None, None, 100, None, "no"],
    ),
]


@pytest.mark.parametrize(("answer", "expected"), PRIOR_IN_PROSE_TWICE)
def test_a_count_in_prose_with_a_second_one_offered(specs, answer, expected):
    assert values_read(specs["study1"], answer, P) == dict(zip(P, expected, strict=True))


# Knowledge said as a statement, then the other way after words of an alternative or a
# correction ("- or maybe he does", "actually, yes"): both given, empty. Restated the same
# way ("No, I mean, he does not") keeps it.
KNOWLEDGE_TAKEN_BACK = [
    ("Prior: 3. Bets: 2: 40%, 3: 60%. I don't think Mark knows exactly - or maybe he does.", None),
    ("Prior: 2. Bets: 2: 100%. Laura doesn't know exactly, or perhaps she does.", None),
    ("Prior: 3. Bets: 3: 100%. Jim knows exactly how many - scratch that, he doesn't.", None),
    (
        "Prior: 3. Bets: 2: 40%, 3: 60%. Does she know exactly? Probably not... actually, yes, "
        "she looked at all three.",
        None,
    ),
    ("Prior: 3. Bets: 2: 40%, 3: 60%. Knows exactly? No, I mean, he does not.", "no"),
    ("Prior: 1. Bets: 1: 100%. Ben doesn't know exactly - no, he doesn't.", "no"),
]


@pytest.mark.parametrize(("answer", "knowledge"), KNOWLEDGE_TAKEN_BACK)
def test_knowledge_said_then_taken_back(specs, answer, knowledge):
    assert parsed(specs["study1"], answer).values.get("Knowledge_A") == knowledge


# A revision that gives a section's run of amounts again in the run's own notation (as many
# amounts, the same separator): the bets it changes are stated twice, the others stay.
@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        (
            "Prior: 2\nBets: 10/20/50/20\nKnowledge: no\n\nP.S. on reflection 10/10/60/20.",
            [10, None, None, 20],
        ),
        (
            "Prior: 1\nBets: $0 / $20 / $70 / $10\nKnowledge: yes\n\nEdit: changed to "
            "$0 / $30 / $60 / $10 since the tester was new.",
            [0, None, None, 10],
        ),
        (
            "Prior: 3\nBets (0-3): 5%, 25%, 50%, 20%\nKnowledge: no\n\n"
            "On second thought: 5%, 15%, 60%, 20%.",
            [5, None, None, 20],
        ),
        # the same run again, or a run of another shape (a date), changes nothing
        (
            "Prior: 3\nBets: 0/10/60/30\nKnowledge: no\n\nEdit: reformatted, still 0/10/60/30.",
            [0, 10, 60, 30],
        ),
        (
            "Prior: 3\nBets: 0/0/30/70\nKnowledge: no\n\nEdit: fixed the date, 12/05/2026.",
            [0, 0, 30, 70],
        ),
    ],
)
def test_study1_a_run_of_amounts_given_again_in_a_revision(specs, answer, bets):
    names = [f"probability_{i}" for i in range(4)]
    assert list(values_read(specs["study1"], answer, names).values()) == bets


# --- Round sixteen: what an audit of real local-model answers found -----------------------


# A percent sign written right after something is the unit of what it follows (a template's
# placeholder left unfilled, a value); only after a space, a line's start or a separator
# does it open the number after it ("%40", ": % 40"). An unfilled "1: <percent>%" followed
# by "2: ..." without a comma is no bet of 2 on option 1.
@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        (
            "Prior: 1\nBets: 0: <amount>% 1: <amount>% 2: <amount>% 3: <amount>%\nKnowledge: no",
            [None, None, None, None],
        ),
        ("Bets 0: ?% 1: ?% 2: ?% 3: ?%", [None, None, None, None]),
        (
            "Prior: 3\nBets: 0: {pct}% 1: {pct}% 2: {pct}% 3: {pct}%\nKnowledge: yes",
            [None, None, None, None],
        ),
        ("Prior: 2\nBets: 0: ...% 1: ...% 2: 40% 3: 60%", [None, None, 40, 60]),
        ("Prior: 2\nBets: 0: (percent)% 1: (percent)% 2: 35% 3: 65%", [None, None, 35, 65]),
        # a percent sign first, after a separator or a space, still opens its number
        ("Bets: 0:%10 1:%20 2:%30 3:%40", [10, 20, 30, 40]),
        ("Prior: 2\nBets: 0: % 15, 1: % 25, 2: % 35, 3: % 25", [15, 25, 35, 25]),
        # and a unit after a number is that number's
        ("Prior: 2\nBets: 0: 10% 1: 20% 2: 30% 3: 40%", [10, 20, 30, 40]),
    ],
)
def test_a_percent_sign_after_a_placeholder_is_its_unit(specs, answer, bets):
    names = [f"probability_{i}" for i in range(4)]
    assert list(values_read(specs["study1"], answer, names).values()) == bets


# A fraction given for the count ("5/15", "1/2") is no whole count, but it is a value given
# for the field: beside another count for it, the prior is stated twice (empty, with the
# reason), not read from the other one. A count of the total ("2/3", "3/3") stays a count.
@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        (
            "Prior: 2\nBets: 0: 10%, 1: 20%, 2: 30%, 3: 40%\nKnowledge: no\n\nPrior: 5/15",
            None,
        ),
        ("Q1: 1/2\nQ2: 0: 0%, 1: 50%, 2: 50%, 3: 0%\nQ3: yes\n\nQ1: 1", None),
        (
            "Question 1: 3\nQuestion 2: 3: 100%\nQuestion 3: no\n\nTrial again:\nQuestion 1: 4/6",
            None,
        ),
        ("Prior: 1 / 4\nBets: 1: 100%\nKnowledge: no", None),
        # near misses: a count of the total, a date, arithmetic with no count
        ("Prior: 2/3\nBets: 0: 10%, 1: 20%, 2: 30%, 3: 40%\nKnowledge: no", 2),
        ("Prior: 3/3 of them\nBets: 3: 100%\nKnowledge: yes", 3),
        ("Prior: 2 (checked on 12/05)\nBets: 2: 100%\nKnowledge: no", 2),
        ("Prior: 1\nBets: 1: 100%\nKnowledge: no\n\nWritten 3/4/2026.", 1),
    ],
)
def test_a_fraction_given_for_the_count_stands_against_another_count(specs, answer, prior):
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Prior_A") == prior
    if prior is None:
        assert "Prior_A" in reading.problems


# A yes or no standing alone may be quoted ('The answer is "no".') and may be followed by
# the answerer's own hedge that says it again ("No, I don't think so.", "Yes, I believe
# so."): that is the answer to the yes/no question. A hedge that says the other word, or
# the answerer's own words that are no such hedge, leave it empty.
@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        ("My final answer is 'no'.", "no"),
        ('Answer: "Yes".', "yes"),
        ('Prior: 1\nBets: 1: 100%\nKnowledge: The correct answer is "no."', "no"),
        ("No, I do not believe so.", "no"),
        ("Yes, I guess so!", "yes"),
        ("No, I doubt it.", "no"),
        ("Prior: 3\nBets: 3: 80%, 2: 20%\nKnowledge: yes, I think so", "yes"),
        # near misses: the hedge says the other word; the answerer's own words; a pair
        ("Yes, I don't think so.", None),
        ("No, I think so.", None),
        ("No, I can't tell how many.", None),
        ("The answer is 'yes' or 'no', I can't decide.", None),
    ],
)
def test_a_quoted_or_self_hedged_yes_or_no_answers_the_yes_no_question(specs, answer, knowledge):
    assert parsed(specs["study1"], answer).values.get("Knowledge_A") == knowledge


# A count said to exist ("there are 2 that passed", "there is probably 1 seed that
# sprouted") is the count, when the sentence goes on to what is so about them; a total of
# what there is ("there are 3 exams") is none. Read loosely: a new inference.
@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        (
            "Question 1: How many of the 3 letters do you think have checks inside?\n"
            "There are 3 letters with checks inside.\n\nQuestion 3: No.",
            3,
        ),
        ("Prior: there's 1 ticket that won, I reckon.\nBets: 1: 100%\nKnowledge: no", 1),
        ("Before the call: there are probably 2 phones which have burned-out parts.", 2),
        ("Q1: There would be 0 fruits that are dried out.\nQ3: yes", 0),
        ("Prior: There must be 2 that sprouted.\nBets: 2: 90%, 3: 10%\nKnowledge: yes", 2),
        # near misses: the total, two counts, a count that is no count of the objects
        ("Prior: There are 3 exams in total.\nBets: 2: 100%\nKnowledge: no", None),
        ("Prior: There are 3 exams; I would say 2 passed.\nBets: 2: 100%", 2),
        ("Prior: there are 2 or 3 that passed\nBets: 2: 50%, 3: 50%", None),
        ("Prior: There are 3 questions here, so: unknown.\nKnowledge: no", None),
    ],
)
def test_a_count_said_to_exist_answers_how_many(specs, answer, prior):
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Prior_A") == prior
    if prior is not None and "would say" not in answer:  # (that one says its count)
        assert reading.grades["Prior_A"] == LOOSE


# A field's own part given again with a short value no reader takes (a fraction in words
# or signs, a ratio, "50/50"): a second answer that cannot be read, so the first value is
# no longer beyond doubt (loose). Given again the same, as a placeholder or blank, or as
# the prompt's question echoed, the first stays as sure as it was.
FULL_ANSWER = "Prior: 2\nBets: 0: 10%, 1: 20%, 2: 50%, 3: 20%\nKnowledge: no\n\n"


@pytest.mark.parametrize(
    ("again", "name", "doubted"),
    [
        ("Prior: two-thirds", "Prior_A", True),
        ("Prior: ¾", "Prior_A", True),
        ("Prior: 2:1", "Prior_A", True),
        ("Knowledge: 50/50", "Knowledge_A", True),
        ("Knowledge: 60 / 40", "Knowledge_A", True),
        ("Prior: half of them", "Prior_A", True),
        # near misses
        ("Prior: 2\nKnowledge: no", "Prior_A", False),
        ("Prior: <number>\nKnowledge: <yes/no>", "Knowledge_A", False),
        ("Prior: ___", "Prior_A", False),
        ("Knowledge: Does Mark know exactly how many of the 3 exams passed?", "Knowledge_A", False),
    ],
)
def test_a_part_given_again_with_an_unreadable_value_doubts_the_first(specs, again, name, doubted):
    reading = parsed(specs["study1"], FULL_ANSWER + again)
    assert reading.values[name] == {"Prior_A": 2, "Knowledge_A": "no"}[name]
    assert (reading.grades[name] == LOOSE) == doubted


# A fraction of the money ("1/4 each", "1/2 on 2") is no amount (the prompt asks for
# percentages): neither its numerator nor its denominator is a bet. A run of amounts apart
# by slashes ("10/20/50/20") and pairs apart by a spaced slash stay bets.
@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        ("Prior: 2\nBets: 1/4 each\nKnowledge: no", [None, None, None, None]),
        ("Prior: 0\nBets: 1/4 on every option\nKnowledge: yes", [None, None, None, None]),
        ("Prior: 3\nBets: 1/2 on two, 1/2 on three\nKnowledge: no", [None, None, None, None]),
        ("Prior: 1\nBets: I'd put 1/3 on 1 and 2/3 on 2.\nKnowledge: no", [None, None, None, None]),
        ("Prior: 2\nBets: 1/5 on 0, 4/5 on 3", [None, None, None, None]),
        # near misses: runs and pairs that are bets
        ("Prior: 2\nBets: 10/20/50/20\nKnowledge: no", [10, 20, 50, 20]),
        ("Prior: 2\nBets: 0: 5 / 1: 15 / 2: 60 / 3: 20", [5, 15, 60, 20]),
        ("Prior: 2\nBets: 5% / 15% / 60% / 20%\nKnowledge: no", [5, 15, 60, 20]),
    ],
)
def test_a_fraction_of_the_money_is_no_bet(specs, answer, bets):
    names = [f"probability_{i}" for i in range(4)]
    assert list(values_read(specs["study1"], answer, names).values()) == bets


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # decimal commas in a sentence whose list is separated by semicolons, a line of
        # prose with other commas around it
        (
            "Prior: 2. Bets: 0: 5%; 1: 12,5%; 2: 62,5%; 3: 20%. Knowledge: no, she only saw one.",
            [2, 5, 12.5, 62.5, 20, "no"],
        ),
        (
            "I'd start with 3. Bets: 0: 0% | 1: 7,5% | 2: 22,5% | 3: 70%. Knows: yes, he "
            "checked all of them, one by one.",
            [3, 0, 7.5, 22.5, 70, "yes"],
        ),
        (
            "Prior: 1. Bets - none: 10%; one: 57,5%; two: 22,5%; three: 10%. No, Mark can't "
            "know exactly.",
            [1, 10, 57.5, 22.5, 10, "no"],
        ),
        # ... not in a sentence where a comma also separates the list: 2,5 or 2 and 5?
        (
            "I think 3. For the bets 0: 0%; 1: 2,5%; 2: 17,5%, 3: 80%. He does not know.",
            [3, None, None, None, None, "no"],
        ),
        ("Prior 3; bets 0%, 10%, 2,5%, 87,5%; no", [3, None, None, None, None, "no"]),
    ],
)
def test_study1_decimal_commas_in_a_sentence_of_a_semicolon_list(specs, answer, values):
    names = ["Prior_A", *(f"probability_{i}" for i in range(4)), "Knowledge_A"]
    assert list(values_read(specs["study1"], answer, names).values()) == values


# --- Round 17 mend D: values found by hand where the rules say empty -----------------------

BET_NAMES = [f"probability_{i}" for i in range(4)]


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # a bet revised on the next line or in the next sentence ("On reflection", "On
        # second thought"): that bet is stated twice, the others keep their value
        (
            "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 45%, 3: 50%\nOn second thought, 2 should be 35%.\n"
            "Knowledge: no",
            [0, 5, None, 50],
        ),
        (
            "**Bets**\n- zero seeds: 0%\n- one seed: 10%\n- two seeds: 30%\n- three seeds: 60%.\n"
            "On reflection three should get 70%.",
            [0, 10, 30, None],
        ),
        (
            "Bets: 0: $0, 1: $10, 2: $50, 3: $40. On reflection I'd raise 3 to $50.",
            [0, 10, 50, None],
        ),
        # near misses: a next sentence that starts with "on" or "for" and revises nothing
        ("Bets: 0: 0%, 1: 20%, 2: 50%, 3: 30%.\nOn balance these feel right.", [0, 20, 50, 30]),
        (
            "Bets: 0: 0%, 1: 20%, 2: 50%, 3: 30%\nOn average that puts the expected count near 2.",
            [0, 20, 50, 30],
        ),
        (
            "Bets: 0: 0%, 1: 20%, 2: 50%, 3: 30%\nFor what it's worth, 2 is my favourite.",
            [0, 20, 50, 30],
        ),
        # ... and an amount tied onward on its own line is still no bet of the key before it
        ("Bets: mostly on 3: $75 on 3, $25 on 2", [None, None, 25, 75]),
    ],
)
def test_study1_a_bet_revised_after_a_sentence_end_is_stated_twice(specs, answer, bets):
    assert list(values_read(specs["study1"], answer, BET_NAMES).values()) == bets


@pytest.mark.parametrize(
    ("answer", "knowledge"),
    [
        # the part's answer first, then a question of the answer's own that a yes or no
        # answers: that word is not the knowledge answer
        ("Knowledge: no. Is 2 the most likely? Yes - well, probably.", "no"),
        (
            "Prior: 2\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnowledge: No. Is three the safest "
            "bet then? Yes, probably.",
            "no",
        ),
        ("Knows exactly: yes. Did Mark open every jar? Yes.", "yes"),
        ("Question 3: no. Would two be my top pick? Yes.", "no"),
        ("Prior: 3\nKnowledge: no.\nIs 3 still the likeliest count? Yes.", "no"),
        ("Knowledge: No, she doesn't know exactly. Did I weigh 2 most? Yes.", "no"),
        # near misses: a question that may be the knowledge question again, in its words,
        # of the speaker, or short and doubting, leaves two answers
        ("Knowledge: no. Does Laura know exactly? Yes.", None),
        ("Knowledge: no. Could she have checked them all? Yes.", None),
        ("Knowledge: no. Wait, is it? Yes, he does know.", None),
        # ... and a question of another section after another part's answer is that one's
        (
            "Alright: my first answer is three. For the bets, I'll say zero on zero, zero on "
            "one, a hundred on two, and zero on three. And does Ana know exactly? Yes she does.",
            "yes",
        ),
    ],
)
def test_study1_a_yes_or_no_after_another_question_of_the_answer(specs, answer, knowledge):
    assert values_read(specs["study1"], answer, ["Knowledge_A"])["Knowledge_A"] == knowledge


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # a run of amounts after one option is not that option's amount
        ("Bets: 3 gets 10%, 20%, 70%", [None] * 4),
        ("Bets: 3: 10%, 20%, 70%", [None] * 4),
        ("Bets: 2 receives $10, $20, $70", [None] * 4),
        ("Bets: 3 gets 10 20 70 percent", [None] * 4),
        ("Bets: 2 gets 30, 60, 10%", [None] * 4),
        # near misses: one amount per option, options named between the amounts
        ("Bets: 2 gets 30%, 0 and 1 get 0%, 3 gets 70%", [0, 0, 30, 70]),
        ("Bets: 0 gets 5%, 1 gets 15%, 2 gets 30%, 3 gets 50%", [5, 15, 30, 50]),
        ("Bets: 3 is the likeliest at $70, 2 gets $30", [None, None, 30, 70]),
        # ... and a number in a reason before the amount is no run
        (
            "Bets: None is ruled out since Jim saw two sprout, 0%. One is impossible because "
            "he saw 2, 0%. Two: 40%. Three: 60%.",
            [0, 0, 40, 60],
        ),
    ],
)
def test_study1_a_run_of_amounts_after_one_option_is_no_bet(specs, answer, bets):
    assert list(values_read(specs["study1"], answer, BET_NAMES).values()) == bets


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an answer that is only someone else's words, quoted or not, states nothing
        ('A blunt friend might say "terrible".', " "),
        ("A blunt friend might say terrible.", " "),
        ("Her harsher sister would say 'bad'.", " "),
        ('A stricter critic might write "terrible."', " "),
        ("Another guest might say 'good'.", " "),
        ('Everyone else would say "amazing"!', " "),
        ("Others would say it wasn't good.", " "),
        # near misses: the speaker's own word, alone or after a marker, and the speaker's
        # sentence beside someone else's
        ('She\'d say "bad".', " bad"),
        ("Kim would say: bad.", " bad"),
        ('"Terrible."', " terrible"),
        ('Her friend might say "terrible", but she\'d say "It wasn\'t bad".', "wasn't bad"),
    ],
)
def test_study2_only_someone_elses_words_is_no_answer(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


# "a dollar" / "a buck" as an amount of $1 (not "not a dollar", nor "a dollar figure")
ONE_DOLLAR_SAID_AS_A = [
    ("Of my $100: a dollar on none, $14 on one, $45 on two, $40 on all three.", 1),
    ("Bets: 0 gets a buck, 1 gets $19, 2 gets $50, 3 gets $30", 1),
    ("I'd put a single dollar on 0 and split the rest: $29 on 1, $40 on 2, $30 on 3.", 1),
]


@pytest.mark.parametrize(("answer", "bet"), ONE_DOLLAR_SAID_AS_A)
def test_study1_a_dollar_said_with_a_is_one_dollar(specs, answer, bet):
    assert values_read(specs["study1"], answer, ["probability_0"]) == {"probability_0": bet}


@pytest.mark.parametrize(
    "answer",
    [
        "I can't put a dollar figure on 0; $10 on 1, $20 on 2, $70 on 3",
        "I'd not bet a dollar amount on 0: $10 on 1, $20 on 2, $70 on 3",
    ],
)
def test_study1_a_dollar_that_is_no_amount(specs, answer):
    assert values_read(specs["study1"], answer, ["probability_0"]) == {"probability_0": None}


BETS = [f"probability_{i}" for i in range(4)]


@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        # items "amount - option and the objects' words" in one line, closed by semicolons
        (
            "Prior: 3\nBets: $0 — 0 phones; $0 — 1 phone; $10 — 2 phones; $90 — 3 phones\n"
            "Knowledge: no",
            [0, 0, 10, 90],
        ),
        (
            "Prior: 2\nBets: 5% - 0 letters; 15% - 1 letter; 60% - 2 letters; 20% - 3 letters.\n"
            "Knowledge: no",
            [5, 15, 60, 20],
        ),
        (
            "Prior: 1\nBets: 10% -> 0 seeds; 50% -> 1 seed; 30% -> 2 seeds; 10% -> 3 seeds",
            [10, 50, 30, 10],
        ),
        # "no bet" is an amount of zero in words
        ("Prior: 3\nBets: No bet on 0, no bet on 1, $30 on 2, $70 on 3.", [0, 0, 30, 70]),
        (
            "Prior: 3. After his statement I'd place no bets on 0 or 1, $25 on 2 and $75 on 3.",
            [0, 0, 25, 75],
        ),
        ("Bets: no stake on 0, 20% on 1, 40% on 2, 40% on 3", [0, 20, 40, 40]),
        # near-misses: bare numbers after the dash (ranges as much), a number of objects
        # that is no option
        ("Prior: 2\nBets: $0 - 0; $0 - 1; $40 - 2; $60 - 3", [None, None, None, None]),
        ("Prior: 3\nBets: $20 - 30 exams; $80 - 3 exams", [None, None, None, 80]),
    ],
)
def test_study1_amounts_then_options_in_one_line_and_no_bet_in_words(specs, answer, bets):
    assert list(values_read(specs["study1"], answer, BETS).values()) == bets


FIELDS_STUDY1 = ["Prior_A", *BETS, "Knowledge_A"]


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a question's number alone on its line (a heading), its value opening the next
        # line with a number and a full stop: the value, not another item
        (
            "### 1.\n**2.** Two of the letters, I'd say.\n\n### 2.\n**0: 5%, 1: 15%, 2: 60%, "
            "3: 20%.**\n\n### 3.\n**No.** She opened only one.",
            [2, 5, 15, 60, 20, "no"],
        ),
        (
            "1.\n0. None of the seeds.\n2.\n0: 70%, 1: 20%, 2: 10%, 3: 0%\n3.\nYes.",
            [0, 70, 20, 10, 0, "yes"],
        ),
        # four bare numbers in a numbered item tied to Question 2 only by its number: no
        # bets; with their unit, or keyed to the states, they are
        ("1) 2\n2) 10 20 40 30\n3) no", [2, None, None, None, None, "no"]),
        ("1. all three\n2. 0; 0; 25; 75\n3. yes", [3, None, None, None, None, "yes"]),
        ("1. 3\n2. $0, $5, $15, $80\n3. yes", [3, 0, 5, 15, 80, "yes"]),
        ("1. 3\n2. 0: 0, 1: 5, 2: 15, 3: 80\n3. no", [3, 0, 5, 15, 80, "no"]),
        # "N of the 3 <the task's parts>" counts questions or answers, not the objects
        ("Two of the three questions are about the jars, and I can't answer them.", [None] * 6),
        ("2 of the 3 given answers are right, I think.", [None] * 6),
        ("I think 2 of the 3 letters have checks inside.", [2, None, None, None, None, None]),
        # an amount that is almost zero is no amount (as "almost everything" is no total)
        (
            "Most of my money on 3, some on 2, and next to nothing on 0 or 1. She doesn't "
            "know exactly.",
            [None, None, None, None, None, "no"],
        ),
        ("Bets: 0: almost nothing, 1: 5%, 2: 15%, 3: 80%", [None, None, 5, 15, 80, None]),
        ("Bets: 80% on 3, 20% on 2, and nothing on 0 or 1.", [None, 0, 0, 20, 80, None]),
        # a template's brackets around an amount with its unit, then the unit again: garbled
        ("Bets: 0: <5%>%, 1: <10%>%, 2: <25%>%, 3: <60%>%", [None] * 6),
        ("Bets: 0: <10>%, 1: <20>%, 2: <30>%, 3: <40>%", [None, 10, 20, 30, 40, None]),
        ("Bets: 0: <75%>", [None, 75, None, None, None, None]),
        # a yes that grants the asker leave answers a request, not the question
        ("Question 3: Yes, you can go on with the story.", [None] * 6),
        ("Knowledge: yes, you may ask the next one.", [None] * 6),
        ("Knowledge: Yes, you can be sure he knows exactly.", [None] * 5 + ["yes"]),
    ],
)
def test_study1_values_after_round_19_mend_a(specs, answer, values):
    assert list(values_read(specs["study1"], answer, FIELDS_STUDY1).values()) == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a sentence that ends on a count and a colon introduces a clean list of pairs: no
        # chain of keys ("... mostly on 2: 0: 5%, 1: 20%, ...")
        (
            "Prior: 2\nBets: my money goes mostly on 2: 0: 5%, 1: 20%, 2: 55%, 3: 20%\n"
            "Knowledge: no",
            [2, 5, 20, 55, 20, "no"],
        ),
        ("Bets: 1: 0: 50%, 2: 0: 30%, 3: 0: 20%", [None] * 6),
        ("Bets: 0: 100: 100%", [None] * 6),
        # "option is amount" with the sentence's unit on the others: the bare one too
        ("Bets: 0 is 0, 1 is 10%, 2 is 30%, 3 is 60%", [None, 0, 10, 30, 60, None]),
        ("Bets: 0 is 0, 1 is 10, 2 is 30, 3 is 60", [None] * 6),
        # a yes or no that is the whole first paragraph answers the yes/no question, whatever
        # rambles after it; not one that starts a sentence of another matter
        ("Yes.\n\nThe jars are on the shelf and the shop opens at nine.", [None] * 5 + ["yes"]),
        ("No!\n\nMark says he opened one of the exams.", [None] * 5 + ["no"]),
        ("No. The jars are on the shelf.", [None] * 6),
        ("Yes\n\nNo", [None] * 6),
    ],
)
def test_study1_values_after_round_19_mend_a_empties(specs, answer, values):
    assert list(values_read(specs["study1"], answer, FIELDS_STUDY1).values()) == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # an amount shared out over "all" ("each on all", "apiece on all of them", "on all
        # 4") is on every option, never on the one option "all" names
        ("I put 25% each on all", [None, 25, 25, 25, 25, None]),
        ("Prior: 1. Bets: 25% each on all four. Knowledge: no", [1, 25, 25, 25, 25, "no"]),
        ("Prior 0; bets: $25 apiece on all of them; no", [0, 25, 25, 25, 25, "no"]),
        ("Prior 2; bets: 25% on all 4 options; he doesn't know", [2, 25, 25, 25, 25, "no"]),
        ("I'd spread it, 25% each across all four outcomes.", [None, 25, 25, 25, 25, None]),
        ("Bets: I'd put $25 each on every one.", [None, 25, 25, 25, 25, None]),
        ("Bets: 25% each for all of the possibilities", [None, 25, 25, 25, 25, None]),
        ("Bets: 25% on each of the four", [None, 25, 25, 25, 25, None]),
        ("Bets: 25% on all of the four counts", [None, 25, 25, 25, 25, None]),
        # "all" without a word that shares out, or with the count of the objects, is 3
        ("Prior: 3. Bets: $100 on all three. Knowledge: no", [3, None, None, None, 100, "no"]),
        ("Bets: 50% on 2 and 50% on all.", [None, None, None, 50, 50, None]),
        ("Bets: 100% on all of the 3", [None, None, None, None, 100, None]),
        # an amount shared out ("each", "apiece") on one option only: on none of them
        ("Bets: 10% each on all of the three phones", [None] * 6),
        ("Bets: 25% each on all phones", [None] * 6),
        ("Bets: $50 apiece for 2", [None] * 6),
        ("Bets: $50 apiece for 2 and 3", [None, None, None, 50, 50, None]),
        # "all but ..." excepts some: not every option
        ("Bets: $0 on all options except 3, $100 on 3", [None] * 6),
        # a "#" column of a bets table numbered from 0 numbers the options; from 1 it numbers
        # the questions (a count and a yes or no), or the rows
        (
            "Prior: 1\n\n| # | Bet |\n|---|---|\n| 0 | 10% |\n| 1 | 50% |\n| 2 | 30% |\n"
            "| 3 | 10% |\n\nKnows: no",
            [1, 10, 50, 30, 10, "no"],
        ),
        (
            "| # | Stake |\n|---|---|\n| 1 | $5 |\n| 2 | $10 |\n| 3 | $25 |\n| 4 | $60 |",
            [None] * 6,
        ),
        (
            "| No. | Answer |\n|---|---|\n| 1 | 2 |\n| 2 | 40% |\n| 3 | no |",
            [2] + [None] * 4 + ["no"],
        ),
        # a dollar list in the answer's order is the bets; bare numbers there are not
        ("My answer:\ntwo\n$10, $20, $30, $40\nyes", [2, 10, 20, 30, 40, "yes"]),
        ("My answer:\ntwo\n10, 20, 30, 40\nyes", [2, None, None, None, None, "yes"]),
        # a one-value label opened mid-line with its value there ends at the line's end:
        # the reasoning's counts below are no second answer; a revision below still is one
        (
            "* Before the call my answer to Question 1 is **3**.\n* He checked 2 phones, so "
            "1 phone he checked is fine.\n* Bets: 0: 0%, 1: 20%, 2: 80%, 3: 0%\n* no",
            [3, 0, 20, 80, 0, "no"],
        ),
        (
            "So my answer to question 1 is 2, since two letters usually arrive.\nOf the 3 "
            "letters, 1 letter is late.",
            [2] + [None] * 5,
        ),
        ("Before the call, my answer to question 1 is 3.\nWait, actually 2.", [None] * 6),
        # ... and one whose line holds no number has its value on the next line
        ("As for Question 1, I would say\n2, since most are fine", [2] + [None] * 5),
    ],
)
def test_study1_values_after_round_19_mend_f(specs, answer, values):
    assert list(values_read(specs["study1"], answer, FIELDS_STUDY1).values()) == values
