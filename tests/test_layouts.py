"""Layouts read by inference (extraction/layouts.py and the doubts markup leaves): drawn
tables, printed lists and columns of other languages, JSON Lines and records, ranged lists,
ticks and strike-throughs, comments dropped. Each is read, refused where it does not pair,
and never read as beyond doubt."""

from __future__ import annotations

import pytest

from llm_pragmatics.extraction import ExtractionSpec
from llm_pragmatics.extraction.combine import combine
from llm_pragmatics.extraction.readers import LOOSE

from .test_readers import STUDIES, parsed, utterance_read, values_read


@pytest.fixture(scope="module")
def specs(studies) -> dict[str, ExtractionSpec]:
    return {name: ExtractionSpec.from_study(studies[name]) for name in STUDIES}


# --- Layouts translated by inference: read, refused where they do not pair, never sure ----

LAYOUTS_READ_BY_INFERENCE = [
    # a table drawn with double-line box characters
    (
        "╔═══════════╦═══════╗\n║ Prior     ║ 1     ║\n╠═══════════╬═══════╣\n"
        "║ Bet on 0  ║ 15%   ║\n║ Bet on 1  ║ 70%   ║\n║ Bet on 2  ║ 10%   ║\n"
        "║ Bet on 3  ║ 5%    ║\n╚═══════════╩═══════╝",
        {"Prior_A": 1, "probability_1": 70, "probability_3": 5},
    ),
    # ... with heavy lines, the states as columns
    (
        "┏━━━━━━┳━━━━┳━━━━━┳━━━━━┳━━━━┓\n┃ state┃ 0  ┃ 1   ┃ 2   ┃ 3  ┃\n"
        "┣━━━━━━╋━━━━╋━━━━━╋━━━━━╋━━━━┫\n┃ bet  ┃ 0% ┃ 25% ┃ 50% ┃ 25%┃\n"
        "┗━━━━━━┻━━━━┻━━━━━┻━━━━━┻━━━━┛",
        {"probability_0": 0, "probability_2": 50, "probability_3": 25},
    ),
    # a list as R prints it: "[1]" vectors and a named vector
    (
        '$prior\n[1] 0\n\n$bets\n  0   1   2   3 \n 85  10   5   0 \n\n$knows\n[1] "yes"',
        {"Prior_A": 0, "probability_0": 85, "probability_2": 5, "Knowledge_A": "yes"},
    ),
    # JSON Lines of records that pair a name with its value
    (
        '{"field": "prior", "value": 1}\n{"field": "knowledge", "value": "no"}',
        {"Prior_A": 1, "Knowledge_A": "no"},
    ),
    # ... and a JSON list of such records
    (
        '[\n  {"question": 1, "answer": 0},\n  {"question": 3, "answer": false}\n]',
        {"Prior_A": 0, "Knowledge_A": "no"},
    ),
    # a label that names the range of states over a list of as many amounts
    (
        "Prior: 2\nBets (0-3): 5% / 10% / 60% / 25%",
        {"probability_0": 5, "probability_2": 60, "probability_3": 25},
    ),
    ('{"prior": 1, "bet_0_to_3": [20, 50, 30, 0]}', {"probability_1": 50, "probability_3": 0}),
    # ... or that lists the options, the amounts as many after it, one unit for all
    (
        "prior 2; wagers 0, 1, 2, 3 = 15/25/50/10 %; knows: no",
        {"Prior_A": 2, "probability_1": 25, "probability_2": 50, "Knowledge_A": "no"},
    ),
    ("Prior: 0\nBets (3/2/1/0): $5, $5, $10, $80", {"probability_0": 80, "probability_3": 5}),
    # boxes, one ticked among others
    ("Prior: 3\nDoes he know exactly?\n☐ yes\n☑ no", {"Prior_A": 3, "Knowledge_A": "no"}),
    # a bubble sheet: the filled bubble is the choice, the others show their letter or are
    # empty; the options' own numbers are no values
    (
        "Q1   (a) 0   (b) 1   (◉) 2   (d) 3\nQ2   0 - 5%   1 - 20%   2 - 50%   3 - 25%\n"
        "Q3   (a) yes   (●) no",
        {"Prior_A": 2, "probability_1": 20, "probability_3": 25, "Knowledge_A": "no"},
    ),
    (
        "1)  (○) 0   (○) 1   (○) 2   (●) 3\n2)  0 = $0   1 = $10   2 = $30   3 = $60\n"
        "3)  (●) yes   (○) no",
        {"Prior_A": 3, "probability_0": 0, "probability_2": 30, "Knowledge_A": "yes"},
    ),
    (
        "Ellen, before the call:  (A) 0  (B) 1  (●) 2  (D) 3\nDoes she know?  (●) NO  (B) YES",
        {"Prior_A": 2, "Knowledge_A": "no"},
    ),
    # ... and numbered lines of options and of bets, spaced alike, are a list, not a table
    # whose header is the options
    (
        "1.  (A) 0   (B) 1   (C) 2   (D) 3\n2.  0: 5%   1: 20%   2: 50%   3: 25%",
        {"probability_1": 20, "probability_3": 25},
    ),
    # names led to their values by dots, as on a printed form
    (
        "Prior .......... 0\nBet on 0 ....... 92.5%\nBet on 1 ....... 7.5%\n"
        "Bet on 2 ....... 0%\nBet on 3 ....... 0%\nKnows . . . . no",
        {"Prior_A": 0, "probability_0": 92.5, "probability_1": 7.5, "Knowledge_A": "no"},
    ),
    # a key's option as an index in brackets
    (
        "prior = 2\nbets[0] = 0\nbets[1] = 30\nbets (2) = 70\nbets[3] = 0",
        {"probability_1": 30, "probability_2": 70},
    ),
    # columns as a program prints them: a series of names and values, a data frame
    ("initial    1\nknows      yes\nName: reply, dtype: object", {"Knowledge_A": "yes"}),
    (
        "   prior p.0 p.1 p.2 p.3 knowledge\nr1     3   0   5  15  80        no",
        {"Prior_A": 3, "probability_2": 15, "probability_3": 80, "Knowledge_A": "no"},
    ),
    # records of a question's number and its answer inside a list, names abbreviated
    (
        '{"results": [{"q": 1, "a": 2}, {"q": 2, "a": {"0": 5, "1": 15, "2": 70, "3": 10}}, '
        '{"q": 3, "a": "yes"}]}',
        {"Prior_A": 2, "probability_2": 70, "Knowledge_A": "yes"},
    ),
    # lines keyed by the question's number and the option together
    (
        "Question 1 = 2\nquestion 2_0 = 10\nquestion 2_1 = 20\nquestion 2_2 = 30\n"
        "question 2_3 = 40\nQuestion 3 = no",
        {"Prior_A": 2, "probability_1": 20, "probability_3": 40, "Knowledge_A": "no"},
    ),
    (
        "q1: 1\nq2[0]: $5\nq2[1]: $85\nq2[2]: $10\nq2[3]: $0\nq3: yes",
        {"Prior_A": 1, "probability_1": 85, "probability_3": 0, "Knowledge_A": "yes"},
    ),
    # a question as a key: a table's row, a dotted leader
    (
        "| Question | Reply |\n|---|---|\n| Guess before the call | 1 |\n"
        "| Tom knows the exact number? | Yes |",
        {"Prior_A": 1, "Knowledge_A": "yes"},
    ),
    (
        "RESULTS\n  before the call ..... 2\n  Tom knows? ...... yes",
        {"Prior_A": 2, "Knowledge_A": "yes"},
    ),
    # a table constructor's keys in brackets (Lua, C#), quoted or not
    (
        "local answer = {\n  prior = 1,\n  bets = { [0] = 10, [1] = 70, [2] = 20, [3] = 0 },\n}",
        {"Prior_A": 1, "probability_0": 10, "probability_1": 70, "probability_3": 0},
    ),
    (
        'prior: 2\nbets: { ["0"] = 0, ["1"] = 25, ["2"] = 50, ["3"] = 25 }\nknows: no',
        {"Prior_A": 2, "probability_1": 25, "probability_2": 50, "Knowledge_A": "no"},
    ),
]


@pytest.mark.parametrize(("answer", "values"), LAYOUTS_READ_BY_INFERENCE)
def test_study1_layouts_read_by_inference_are_below_full_confidence(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert {name: reading.values.get(name) for name in values} == values
    assert combine(specs["study1"], reading, None, []).confidence < 0.9


@pytest.mark.parametrize("markers", [("I.", "II.", "III."), ("i)", "ii)", "iii)")])
def test_study1_questions_numbered_in_roman_numerals_below_full_confidence(specs, markers):
    items = ["Two of them", "$0 on 0, $0 on 1, $60 on 2, $40 on 3", "No, he opened one."]
    answer = "\n".join(f"{marker} {item}" for marker, item in zip(markers, items, strict=True))
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(n) for n in ("Prior_A", "probability_2", "Knowledge_A")] == [
        2,
        60,
        "no",
    ]
    assert combine(specs["study1"], reading, None, []).confidence < 0.9


@pytest.mark.parametrize(
    ("answer", "absent"),
    [
        # a range over fewer amounts than it names: which is which is unknown
        ("Prior: 2\nBets 0 to 3: 40%, 60%", "probability_0"),
        ("Prior: 2\nBets 0/1/2/3 = 40/60", "probability_0"),
        # ... or an option named twice
        ("Prior: 2\nBets 2/2/3 = 40/30/30", "probability_2"),
        # boxes all ticked or several ticked: no one of them chosen
        ("Prior: 1\nKnows exactly?\n[x] yes\n[x] no\n[ ] not sure", "Knowledge_A"),
        # a labelled answer struck out and written again is an answer revised
        ("Prior: 1\n~~Knowledge: no~~\nKnowledge: yes", "Knowledge_A"),
        # a bubble sheet with no bubble filled: the options' numbers are no bets
        ("1.  (A) 0   (B) 1   (C) 2   (D) 3\n2.  (A) 0   (B) 1   (C) 2   (D) 3", "probability_1"),
        # a header whose values do not line up under it
        ("  prior bet0 bet1 bet2 bet3\n 2 10  20   60 10", "probability_1"),
        # an R element that is neither a vector nor a named vector
        ("$prior\nsomewhere between 1 and 3\n", "Prior_A"),
        # two lines keyed by a question and an option: a question's parts, not a run of bets
        ("Q1: 3\nQ2-0: 0%\nQ2-1: 100%\nQ3: yes", "probability_1"),
        # an option keyed twice in the run
        ("Q1: 3\nQ2-0: 0%\nQ2-1: 50%\nQ2-1: 50%\nQ2-3: 0%\nQ3: yes", "probability_1"),
    ],
)
def test_study1_layouts_that_do_not_pair_are_not_read(specs, answer, absent):
    assert values_read(specs["study1"], answer, [absent]) == {absent: None}


BETS = [f"probability_{i}" for i in range(4)]


# A form's fields, each "Bet on N" then its amount after spaces: an amount ending one line
# is no amount for the option the next line names.
@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        (
            "Guess (prior)     1\nBet on 0          15 %\nBet on 1          45 %\n"
            "Bet on 2          30 %\nBet on 3          10 %\nExact?            yes",
            [15, 45, 30, 10],
        ),
        # a field wording no layout knows: nothing read, not each amount one option late
        (
            "Prior: 2\nPut on 0    5%\nPut on 1    35%\nPut on 2    40%\nPut on 3    20%",
            [None, None, None, None],
        ),
    ],
)
def test_study1_a_form_of_bet_fields_pairs_each_amount_with_its_own_line(specs, answer, bets):
    assert list(values_read(specs["study1"], answer, BETS).values()) == bets


# A lone "N: X" in a part that only its place in question order ties to the bets: N could
# as well be a question's number. Empty, with the reason named.
@pytest.mark.parametrize("answer", ["2\n2: 40%\nyes", "1\n3: $15\nno", "0\n0: 100%\nno"])
def test_study1_a_lone_pair_in_a_part_placed_by_position_is_no_bet(specs, answer):
    reading = parsed(specs["study1"], answer)
    assert not any(name in reading.values for name in BETS), reading.values
    assert any("placed by position" in p for p in reading.problems.values()), reading.problems


def test_study1_pairs_listing_the_options_in_a_placed_part_are_still_bets(specs):
    answer = "1\n0: 5%, 1: 55%, 2: 30%, 3: 10%\nno"
    assert list(values_read(specs["study1"], answer, BETS).values()) == [5, 55, 30, 10]


RECORD_BETS = [5, 15, 55, 25]
# Records of one key for the option and another for the amount, in several notations, each
# written from the four (option, amount) pairs.
RECORD_NOTATIONS = {
    "json under a key": lambda pairs: (
        '{"prior": 2, "bets": ['
        + ", ".join(f'{{"state": {o}, "amount": {a}}}' for o, a in pairs)
        + '], "knowledge": "yes"}'
    ),
    "json, the amount first": lambda pairs: (
        "Bets: [" + ", ".join(f'{{"share": {a}, "count": {o}}}' for o, a in pairs) + "]"
    ),
    "yaml list of maps": lambda pairs: (
        "bets:\n" + "".join(f"  - outcome: {o}\n    wager: {a}\n" for o, a in pairs)
    ),
    "braces, percent": lambda pairs: (
        "Bets " + " ".join(f"{{ n: {o} percent: {a} }}" for o, a in pairs)
    ),
    # the amount written first: each record starts with it, not with the option before
    "yaml items, the amount first": lambda pairs: (
        "Bets:\n" + "\n".join(f"- bet: {a}, option: {o}" for o, a in pairs)
    ),
}


@pytest.mark.parametrize("notation", RECORD_NOTATIONS)
def test_study1_records_of_an_option_and_its_amount(specs, notation):
    answer = RECORD_NOTATIONS[notation](list(enumerate(RECORD_BETS)))
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in BETS] == RECORD_BETS
    assert all(reading.grades[name] == LOOSE for name in BETS)


def test_study1_a_table_of_an_option_column_and_an_amount_column(specs):
    # (a table's rows say which value is whose: read as the table it is)
    answer = "| option | stake |\n|---|---|\n| 0 | $0 |\n| 1 | $10 |\n| 2 | $30 |\n| 3 | $60 |"
    assert list(values_read(specs["study1"], answer, BETS).values()) == [0, 10, 30, 60]


def test_study1_a_single_record_of_an_option_and_an_amount_is_not_paired(specs):
    # one record alone is no list of records: its keys are read as they stand
    assert values_read(specs["study1"], "Prior: 3\nNotes: option: 2, bet: 100", BETS) == {
        name: None for name in BETS
    }


def test_study2_a_ticked_box_is_the_choice_below_full_confidence(specs):
    """A ticked box marks its candidate as chosen; two ticked are no choice."""
    spec = specs["study2"]
    reading = parsed(spec, "* [ ] It was amazing\n* [X] It was good\n* [ ] It wasn't good")
    assert reading.values == {"Was_Wasnt": "was", "Assessment": "good"}
    assert combine(spec, reading, None, []).confidence < 0.9
    assert utterance_read(spec, "[x] It was amazing\n[x] It was good\n[ ] It was bad") == " "


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a column of ticks marks one row of a table
        (
            "| Sentence | Pick |\n|---|---|\n| It was terrible | |\n| It wasn't bad | ✔ |",
            "wasn't bad",
        ),
        (
            "| Candidate | Share | Chosen |\n| --- | --- | --- |\n| It was amazing | 20% | - |\n"
            "| It was good | 80% | x |",
            "was good",
        ),
        # a radio button chosen, an HTML option selected, a tick after an item
        ("(x) It wasn't good\n( ) It was amazing\n( ) It was bad", "wasn't good"),
        (
            "<select>\n<option>It was amazing</option>\n<option selected>It was bad</option>\n"
            "</select>",
            "was bad",
        ),
        (
            '<input type="radio" checked> It was terrible <input type="radio"> It was good',
            "was terrible",
        ),
        ("Candidates:\n- It wasn't bad\n- It was good ✓\n- It was terrible", "was good"),
        ("a) It was bad ✘\nb) It was amazing ✔", "was amazing"),
        # a yes or a no under a header that names the choice, in a table or a CSV block
        (
            "| Line | Selected |\n|---|---|\n| It was terrible | yes |\n| It was bad | no |",
            "was terrible",
        ),
        ("candidate;picked\nIt wasn't good;false\nIt wasn't terrible;true", "wasn't terrible"),
        # a JSON list of records, one marked true by a key that names the choice
        (
            '[{"line": "It was bad", "chosen": true}, {"line": "It was good", "chosen": false}]',
            "was bad",
        ),
        ('[{"line": "It was bad", "chosen": true}, {"line": "It was good", "chosen": true}]', " "),
        # items struck through are rejected: what is left is the choice
        ("- ~~It was amazing~~\n- It wasn't bad\n- ~~It was bad~~", "wasn't bad"),
        ("~~It was good~~\nIt was bad\nIt was terrible", " "),
        # ... two ticked rows are no choice
        ("| Sentence | Pick |\n|---|---|\n| It was bad | ✓ |\n| It was good | ✓ |", " "),
    ],
)
def test_study2_a_ticked_row_of_a_table_is_the_choice(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


@pytest.mark.parametrize(
    ("comment", "sure"),
    [
        ("  # or 1, if one was seen", False),
        (" <!-- maybe 1 -->", False),
        ("  // 1 at a stretch", False),
        ("  # a whole count", True),
    ],
)
def test_study1_a_comment_dropped_with_a_number_in_it_leaves_doubt(specs, comment, sure):
    """A comment is dropped before reading; one that holds a number may hold a second
    value, so no value of that answer is read as beyond doubt."""
    spec = specs["study1"]
    reading = parsed(spec, f"prior: 2{comment}\nbets: 0: 0%, 1: 10%, 2: 70%, 3: 20%\nknowledge: no")
    assert reading.values["Prior_A"] == 2
    assert (combine(spec, reading, None, []).confidence >= 0.9) is sure


def test_study1_a_reason_column_with_a_number_in_it_leaves_doubt(specs):
    """A table's reason column is left out; a number in it may be a second value."""
    spec = specs["study1"]
    table = "| Item | Value | Why |\n|---|---|---|\n| Prior | 1 | {why} |\n| Knowledge | yes | |"
    doubted = parsed(spec, table.format(why="though 2 is not out"))
    sure = parsed(spec, table.format(why="the base rate"))
    assert doubted.values == sure.values == {"Prior_A": 1, "Knowledge_A": "yes"}
    assert set(doubted.grades.values()) == {LOOSE}
    assert LOOSE not in sure.grades.values()
    assert combine(spec, doubted, None, []).confidence < combine(spec, sure, None, []).confidence


def test_only_a_translation_marks_an_answer_as_read_by_inference():
    from llm_pragmatics.extraction.layouts import INFERRED
    from llm_pragmatics.extraction.text import normalise_marked

    assert normalise_marked("Prior: 3" + INFERRED) == ("prior: 3\n", False)
    assert normalise_marked("[ ] yes\n[x] no") == ("no", True)


# --- Numbers no reader reads --------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "unread"),
    [
        # a vulgar fraction of the money is no amount (NFKC would make "1⁄4" of it)
        (
            "Prior: 2\nBets: 0: 0, 1: ⅓, 2: ⅔, 3: 0\nKnowledge: no",
            ["probability_1", "probability_2"],
        ),
        ("Bets: $¾ on 2 and $¼ on 3", ["probability_2", "probability_3"]),
        # ... nor is a mixed number of dollars, its whole part included (a percent's is a
        # decimal: "37½%" is 37.5, test_study1_notations_of_code_forms_logs_and_maths)
        ("Prior: 1\nBets: 0: $20, 1: $37½, 2: $30, 3: $12 ½", ["probability_1", "probability_3"]),
        # ... nor one written with the fraction slash
        ("Prior: 1\nBets: 0: 0, 1: 3⁄4, 2: 1⁄4, 3: 0", ["probability_1", "probability_2"]),
        # a raised or lowered digit alone is no count or amount
        ("Prior: ²\nBets: 2: 100%", ["Prior_A"]),
        ("Prior: 1₂\nBets: 1: 100%", ["Prior_A"]),
    ],
)
def test_study1_fractions_and_raised_digits_are_never_read_as_digits(specs, answer, unread):
    reading = parsed(specs["study1"], answer)
    assert all(name not in reading.values for name in unread), reading.values
    # what stands beside them is read as usual
    assert reading.values.get("probability_0", 0) in (0, 20)


def test_study1_a_superscript_after_a_value_is_a_mark_not_more_digits(specs):
    reading = parsed(specs["study1"], "Prior: 2³\nBets: 0: 0%, 1: 30%¹, 2: 50%, 3: 20%")
    assert reading.values.get("Prior_A") == 2
    assert reading.values.get("probability_1") == 30


@pytest.mark.parametrize(
    ("answer", "formula", "read"),
    [
        # a spreadsheet's cells, one holding a formula: that cell is empty, the others read
        (
            "C1: Prior  D1: 1\nC2: Bet 0  D2: 5%\nC3: Bet 1  D3: =100%-D2-D4-D5\n"
            "C4: Bet 2  D4: 15%\nC5: Bet 3  D5: 5%",
            "probability_1",
            {"probability_0": 5, "probability_2": 15},
        ),
        (
            "Prior: 2\nBets: 0: 10%, 1: 20%, 2: =average(b1:b3), 3: 10%",
            "probability_2",
            {"probability_1": 20, "probability_3": 10},
        ),
    ],
)
def test_study1_a_formula_in_one_cell_empties_that_cell_only(specs, answer, formula, read):
    reading = parsed(specs["study1"], answer)
    assert formula not in reading.values
    assert {name: reading.values.get(name) for name in read} == read


def test_study1_amounts_joined_by_operators_without_cells_are_no_formula(specs):
    reading = parsed(specs["study1"], "1; 0/1/2/3 = 10%/40%/40%/10%; yes")
    assert reading.values.get("probability_1") == 40


def test_study1_an_entry_of_braced_values_reads_as_name_value_lines_by_inference(specs):
    answer = "@reply{seeds,\n  initial = {2},\n  bet_2 = {70},\n  bet_3 = {30},\n  knows = {no}\n}"
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(n) for n in ("Prior_A", "Knowledge_A")] == [2, "no"]
    assert combine(specs["study1"], reading, None, []).confidence < 0.9


def test_study1_a_json_object_keeps_its_braces(specs):
    reading = parsed(specs["study1"], '{\n  "prior": 1,\n  "knowledge": "yes"\n}')
    assert [reading.values.get(n) for n in ("Prior_A", "Knowledge_A")] == [1, "yes"]


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # an attribute that is a word beside words is a field of its own
        ("<reply frame='was'>amazing</reply>", "was amazing"),
        ('<say frame="wasn\'t" tone="polite">terrible</say>', "wasn't terrible"),
    ],
)
def test_study2_an_element_whose_attribute_names_a_field(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


# --- Notations of code, forms, logs and maths (round 15): each family's general rule, read
# in wordings and languages of its own, and the near-misses that must stay empty ----------

FIELDS = ["Prior_A", *BETS, "Knowledge_A"]
NOTATIONS_READ = [
    # Positional records and literals in any language: an array literal given as a value
    # is the plain list whatever its type or constructor ...
    (
        "val reply = Reply(prior = 2, bets = listOf(5, 15, 60, 20), knows = false)",
        [2, 5, 15, 60, 20, "no"],
    ),
    (
        "Reply{\n\tPrior: 1,\n\tBets: []int{10, 70, 20, 0},\n\tKnows: true,\n}",
        [1, 10, 70, 20, 0, "yes"],
    ),
    (
        "var reply = new Reply { Prior = 0, Bets = new[] { 85, 10, 5, 0 }, Knows = true };",
        [0, 85, 10, 5, 0, "yes"],
    ),
    (
        "Reply {\n    prior: 3,\n    bets: vec![0, 5, 25, 70],\n    knows: false,\n}",
        [3, 0, 5, 25, 70, "no"],
    ),
    (
        "reply = dict(prior=2, bets=np.array([0, 30, 50, 20]), knows=False)",
        [2, 0, 30, 50, 20, "no"],
    ),
    # ... an EDN map's keywords and spaced pairs are keys and pairs ...
    ("{:prior 1 :bets [15 60 20 5] :knows :yes}", [1, 15, 60, 20, 5, "yes"]),
    ("{:prior 2, :bets {0 0, 1 25, 2 50, 3 25}, :knows false}", [2, 0, 25, 50, 25, "no"]),
    ("val bets = mapOf(0 to 5, 1 to 15, 2 to 60, 3 to 20)", [None, 5, 15, 60, 20, None]),
    # ... and a record whose comment names its items, as many as they, is named so.
    (
        "reply = (2, {0: 10, 1: 20, 2: 50, 3: 20}, False)  # prior, bets, knows",
        [2, 10, 20, 50, 20, "no"],
    ),
    (
        "Reply r = new Reply(0, new int[] {90, 10, 0, 0}, true); // (prior, bets, knowledge)",
        [0, 90, 10, 0, 0, "yes"],
    ),
    (
        "let reply: (Int, [Int], Bool) = (3, [0, 0, 20, 80], false) // prior, bets, knows",
        [3, 0, 0, 20, 80, "no"],
    ),
    # ... and a label naming the options' range over a list of as many in brackets.
    ("prior=1 stakes_0to3=[10,60,25,5] knows=yes", [1, 10, 60, 25, 5, "yes"]),
    ("Prior: 2\nwagers (0, 1, 2, 3) = ($5, $15, $60, $20)", [2, 5, 15, 60, 20, None]),
    # A data frame printed with its rows' numbers, the header one cell short: they go.
    (
        "Prior: 1\n\n   state  stake\n1      0    $10\n2      1    $70\n3      2    $20\n"
        "4      3     $0\n\nKnows: yes",
        [1, 10, 70, 20, 0, "yes"],
    ),
    (
        "     n_exams  share\n0          0    5.0\n1          1   15.0\n2          2   60.0\n"
        "3          3   20.0",
        [None, 5, 15, 60, 20, None],
    ),
    # ... and a record built by position of a type the answer declares with its fields.
    (
        "data class Reply(val prior: Int, val bets: List<Int>, val knows: Boolean)\n\n"
        "Reply(3, listOf(0, 20, 45, 35), false)",
        [3, 0, 20, 45, 35, "no"],
    ),
    (
        "type Reply struct {\n\tPrior int\n\tBets  [4]int\n\tKnows bool\n}\n\n"
        "r := Reply{2, [4]int{5, 15, 60, 20}, true}",
        [2, 5, 15, 60, 20, "yes"],
    ),
    (
        "(defrecord Reply [prior bets knows])\n(->Reply 1 [10 70 20 0] false)",
        [1, 10, 70, 20, 0, "no"],
    ),
    (
        'Reply = namedtuple("Reply", "prior bets knows")\nReply(0, [90, 10, 0, 0], True)',
        [0, 90, 10, 0, 0, "yes"],
    ),
    (
        "@dataclass\nclass Reply:\n    prior: int\n    bets: list[int]\n    knows: bool\n\n"
        "Reply(3, [0, 0, 25, 75], False)",
        [3, 0, 0, 25, 75, "no"],
    ),
    # Forms and sheets: a filled-in blank is its value, a bracket's options are no pairs.
    (
        "ANSWER SHEET\nQ1: ___1___\nQ2 (0 / 1 / 2 / 3): __20%__ / __60%__ / __15%__ / __5%__\n"
        "Q3: __yes__",
        [1, 20, 60, 15, 5, "yes"],
    ),
    (
        "Prior: __ 2 __\nBets: 0: __0%__, 1: __10%__, 2: __70%__, 3: __20%__",
        [2, 0, 10, 70, 20, None],
    ),
    # ... a printed form's led lines drop the label and the word every one of them repeats
    (
        "WAGER TICKET\nPick: none ........ stake $5\nPick: one ........ stake $15\n"
        "Pick: two ........ stake $60\nPick: all three ........ stake $20\nKnows? no",
        [None, 5, 15, 60, 20, "no"],
    ),
    # ... and a spaced slash after an amount separates option pairs ("0:5% / 1:20%").
    ("prior -> 0\nbets -> 0:60% / 1:30% / 2:10% / 3:0%\nknows -> no", [0, 60, 30, 10, 0, "no"]),
    # Logs and transcripts: a log's times and radio procedure words go; a spaced ellipsis
    # leads a name to its short value.
    (
        "[2026-11-30 14:02:11] PRIOR ... TWO, OVER\n[2026-11-30 14:02:30] BET ZERO ... 5 PCT, "
        "OVER\n[2026-11-30 14:02:41] BET ONE ... 15 PCT, OVER\n[2026-11-30 14:02:52] BET TWO "
        "... 60 PCT, OVER\n[2026-11-30 14:03:05] BET THREE ... 20 PCT, OVER\n"
        "[2026-11-30 14:03:20] KNOWS ... NEGATIVE, OVER AND OUT",
        [2, 5, 15, 60, 20, "no"],
    ),
    (
        "08:01:17 prior=1\n08:01:18 bet_0=10 bet_1=60 bet_2=25 bet_3=5\n08:01:19 knows=yes",
        [1, 10, 60, 25, 5, "yes"],
    ),
    # ... a transcript's or a card's question may go on after its mark between two tags.
    (
        "Reporter: How many phones had burned-out transistors? (before the call)\n"
        "Guest: Two.\nReporter: Does Ben know exactly? Just yes or no.\nGuest: No.",
        [2, None, None, None, None, "no"],
    ),
    (
        "Front: Before the call, how many of the 3 fruits have dry pith?\nBack: 1\n---\n"
        "Front: Does Monica know exactly? (yes/no)\nBack: Yes",
        [1, None, None, None, None, "yes"],
    ),
    # ... and a speaker's tag may be a call sign ("UNIT 7:"), procedure words in prose.
    (
        "BASE: Unit 7, your count before the call, over.\nUNIT 7: Prior is two, over.\n"
        "BASE: Copy. Bets?\nUNIT 7: Zero on none, ten on one, sixty on two, thirty on three, "
        "over.\nBASE: Does Ben know exactly?\nUNIT 7: Negative. Over and out.",
        [2, 0, 10, 60, 30, "no"],
    ),
    # Instructions that move a number into a name (assembly), three or more.
    (
        "LD prior, 2\nLD bet_0, 10\nLD bet_1, 20\nLD bet_2, 50\nLD bet_3, 20",
        [2, 10, 20, 50, 20, None],
    ),
    # Equations and maths notation: names paired with values in LaTeX, a sum of named
    # terms equal to a sum of as many amounts, a whole percent and a unicode fraction.
    (
        "Prior: 3\n$\\Pr[X=0]=0.05$, $\\Pr[X=1]=0.1$, $\\Pr[X=2]=0.35$, $\\Pr[X=3]=0.5$",
        [3, 0.05, 0.1, 0.35, 0.5, None],
    ),
    (
        "$$p_0 = 5\\%,\\quad p_1 = 10\\%,\\quad p_2 = 35\\%,\\quad p_3 = 50\\%$$",
        [None, 5, 10, 35, 50, None],
    ),
    (
        "Prior = 1\nbet_0 + bet_1 + bet_2 + bet_3 = $10 + $60 + $25 + $5 = $100\nKnows = yes",
        [1, 10, 60, 25, 5, "yes"],
    ),
    ("Prior: 2\nP(N=0)=0, P(N=1)=.05, P(N=2)=.6, P(N=3)=.35", [2, 0, 0.05, 0.6, 0.35, None]),
    ("Prior: 2\nBets: 0: 2½%, 1: 7 ½ percent, 2: 60%, 3: 30%", [2, 2.5, 7.5, 60, 30, None]),
]

NOTATIONS_LEFT_EMPTY = [
    # a tuple of four numbers that no name ties to the bets
    "answer = (0, 10, 80, 10)  # my guesses, for what they are worth",
    "Reply r = new Reply(3, new int[] {0, 20, 45, 35}, false);",
    # rows whose first cells are no row numbers (from 2) under a short header
    "Prior: 1\n\n   count  pct\n2      0    10\n3      1    70\n4      2    20\n5      3     0",
    # a record built with more items than its declared type has fields, or of another type
    "class Reply(prior: Int, bets: List<Int>)\nReply(3, listOf(0, 20, 45, 35), false)",
    "data class Reply(val prior: Int, val bets: List<Int>)\nGuess(3, listOf(0, 20, 45, 35))",
    # a range that is no options' over a bracketed list
    "Prior: 2\nscores 1-4: [3, 4, 5, 6]",
    # a record whose comment names fewer items than it has
    "reply = (2, [0, 30, 50, 20], False)  # prior, bets",
    # a fraction of the money, and a fraction whose decimal does not end
    "Bets: 0: ½, 1: ¼, 2: ¼, 3: ⅛",
    "Bets: 0: 33⅓%, 1: 33⅓%, 2: 33⅓%, 3: 0⅓%",
    # led lines whose words before the value differ, not a column's
    "Ticket: 0 ........ odds 5\nTicket: 1 ........ stake 15\nTicket: 2 ........ line 60",
    # a map of two pairs only
    "mapOf(1 to 20, 3 to 80)",
    # a log line's frequency and times are no values
    "[09:14] TUNED TO 146.52 MHZ ... OK\n[09:15] CALL AT 09:20 ... OK\n[09:16] SIGNAL ... 5",
    # a sum of amounts with no names, and names summed to fewer amounts
    "P(0) + P(1) = 10% + 20% + 70%",
    # a blank left empty on a form
    "Q1: ______\nQ2: ___ / ___ / ___ / ___\nQ3: ______",
    # instructions that move no number, or only two lines of them
    "MOV prior, 3\nMOV knows, 0",
]


@pytest.mark.parametrize(("answer", "values"), NOTATIONS_READ)
def test_study1_notations_of_code_forms_logs_and_maths(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


@pytest.mark.parametrize("answer", NOTATIONS_LEFT_EMPTY)
def test_study1_notations_that_state_no_bets_stay_empty(specs, answer):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in BETS] == [None] * 4


def test_study1_a_filled_bubble_in_a_row_is_the_value(specs):
    answer = "Prior: ○ 0 ○ 1 ● 2 ○ 3\nBets: 0: 0%, 1: 10%, 2: 80%, 3: 10%\nKnowledge: ○ yes ◉ no"
    values = values_read(specs["study1"], answer, ["Prior_A", "Knowledge_A"])
    assert values == {"Prior_A": 2, "Knowledge_A": "no"}


def test_study1_a_bubble_sheet_row_left_blank_under_a_question_number_states_nothing(specs):
    # the question's number before a row of lettered bubbles is no key of a bubble sheet's
    # option: the row with none filled stays, so the prior is empty and the rows keep
    # their places
    answer = (
        "1.  (A) 0   (B) 1   (C) 2   (D) 3\n"
        "2.  0 ▸ 0%   1 ▸ 5%   2 ▸ 25%   3 ▸ 70%\n"
        "3.  (●) YES   (○) NO"
    )
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == [None, 0, 5, 25, 70, "yes"]


# --- Keys joined to values inside a notation's marks (extraction/wrapped_pairs.py) -------
# The general rule: a field's key, a separator, a value, whatever marks wrap the three
# (markup, sigils, brackets of any script, a language's booleans, camel case, a record on
# one line, a notation's own pair element). None of these notations is in the labelled sets.

WRAPPED_PAIRS_READ = [
    # TOML inline table
    (
        "answer = { prior = 2, bets = [5, 25, 50, 20], knows_exactly = false }",
        [2, 5, 25, 50, 20, "no"],
    ),
    # Lua table, a camel-case key
    (
        "local answer = { prior = 1, bets = { 10, 60, 20, 10 }, knowsExactly = false }",
        [1, 10, 60, 20, 10, "no"],
    ),
    # R list with a vector inside
    ("list(prior = 3, bets = c(0, 10, 30, 60), knows = FALSE)", [3, 0, 10, 30, 60, "no"]),
    # GraphQL arguments, camel-case numbered keys
    (
        "mutation { submit(prior: 3, betOn0: 0, betOn1: 0, betOn2: 15, betOn3: 85, "
        "knowsExactly: false) { id } }",
        [3, 0, 0, 15, 85, "no"],
    ),
    # org-mode properties: a colon before each key
    (
        ":PROPERTIES:\n:PRIOR: 2\n:BET_0: 5%\n:BET_1: 20%\n:BET_2: 55%\n:BET_3: 20%\n"
        ":KNOWLEDGE: no\n:END:",
        [2, 5, 20, 55, 20, "no"],
    ),
    # Nix attribute set: semicolons, a list apart by spaces, a trailing separator
    ("{ prior = 2; bets = [ 0 20 60 20 ]; knowsExactly = false; }", [2, 0, 20, 60, 20, "no"]),
    # CSS custom properties
    (
        "--prior: 3;\n--bet-0: 0%;\n--bet-1: 5%;\n--bet-2: 20%;\n--bet-3: 75%;\n--knowledge: no;",
        [3, 0, 5, 20, 75, "no"],
    ),
    # BBCode tags nested, any tag the text closes
    (
        "[url=https://example.org][b]Prior[/b][/url]: 3\n[i]Bets:[/i] 0: 0%, 1: 10%, 2: 40%, "
        "3: 50%\n[u]Knowledge:[/u] [spoiler]no[/spoiler]",
        [3, 0, 10, 40, 50, "no"],
    ),
    # tortoise-shell brackets around labels
    (
        "〔Prior〕2\n〔Bets〕0: 10% / 1: 30% / 2: 40% / 3: 20%\n〔Knowledge〕No",
        [2, 10, 30, 40, 20, "no"],
    ),
    # Reddit spoilers
    (
        "Prior: >!3!<\nBets: 0: >!0%!<, 1: >!10%!<, 2: >!30%!<, 3: >!60%!<\nKnowledge: >!yes!<",
        [3, 0, 10, 30, 60, "yes"],
    ),
    # a property list on one line, a string value and a boolean element
    (
        "<dict><key>prior</key><string>2</string><key>knowledge</key><true/></dict>",
        [2, None, None, None, None, "yes"],
    ),
    # a Julia session: prompts over printed values
    ("julia> prior\n1\njulia> knows\nfalse", [1, None, None, None, None, "no"]),
    # Scheme's booleans in an association list's lines
    ("prior = 0\nbets = 80, 15, 5, 0\nknows = #f", [0, 80, 15, 5, 0, "no"]),
    # an Elixir keyword list, and Erlang's tuples of a name and a value as lines
    ("[prior: 1, bets: [15, 70, 10, 5], knows_exactly: false]", [1, 15, 70, 10, 5, "no"]),
    ("{prior, 0}.\n{knows, true}.", [0, None, None, None, None, "yes"]),
    # a form's boxes around the amounts
    (
        "Prior: [ 2 ]\nBet on 0: [ 5 ]\nBet on 1: [ 25 ]\nBet on 2: [ 50 ]\nBet on 3: [ 20 ]",
        [2, 5, 25, 50, 20, None],
    ),
]

WRAPPED_PAIRS_LEFT_EMPTY = [
    # two values inside the markup
    ("[b]Prior:[/b] [b]2[/b] or [b]3[/b]\n[b]Knowledge:[/b] [i]maybe[/i]", [None] * 6),
    # a key given twice in one record
    ("{ prior = 2; prior = 3; knowsExactly = false }", [None] * 5 + ["no"]),
    # tag pairs holding no single value
    ('[Prior "2 or 3"]\n[Bet0 "?"]\n[Bet1 "?"]\n[Knowledge "unsure"]', [None] * 6),
    # out of range behind sigils
    ("$prior: 4;\n$knowledge: maybe;", [None] * 6),
    # a fraction in a property list
    ("<dict><key>Prior</key><real>2.5</real></dict>", [None] * 6),
    # spoilers over no answer
    ("Prior: ||?||\nBets: ||most on 3||\nKnowledge: ||not sure||", [None] * 6),
    # a range in other brackets
    ("【Prior】2-3\n【Knowledge】maybe", [None] * 6),
    # numbered pairs in prose, and words in round brackets, are no record
    (
        "I counted the pairs (0, 5), (1, 35), (2, 40) but I won't answer (honest, harsh).",
        [None] * 6,
    ),
    # a list of pairs that runs past the options
    (
        "Answer { bets = [(0, 5), (1, 35), (2, 40), (3, 20), (4, 0)], knowsExactly = Nothing }",
        [None] * 6,
    ),
]


@pytest.mark.parametrize(("answer", "values"), WRAPPED_PAIRS_READ + WRAPPED_PAIRS_LEFT_EMPTY)
def test_study1_keys_and_values_wrapped_in_a_notations_marks(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


def test_camel_case_splits_keys_only():
    from llm_pragmatics.extraction.wrapped_pairs import camel_case_keys

    assert (
        camel_case_keys("knowsExactly = False; betOn2: 5") == "knows_Exactly = False; bet_On_2: 5"
    )
    # names, functions and words in prose stay
    for text in ("McDonald's iPhone", "mapOf(0 to 5)", "the openAI model said so"):
        assert camel_case_keys(text) == text


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a scale's options under their letters, none chosen: no prior, the rest read
        (
            "Prior: (a) 0 (b) 1 (c) 2 (d) 3\nBets: 0: 0%, 1: 10%, 2: 30%, 3: 60%\nKnowledge: no",
            [None, 0, 10, 30, 60, "no"],
        ),
        ("Before the call: (A) 0, (B) 1, (C) 2, (D) 3", [None] * 6),
        # ... one of them ticked is the answer
        ("Prior: (a) 0 (b) 1 (●) 2 (d) 3", [2, None, None, None, None, None]),
        # answers lettered by question are no options
        ("(a) 2\n(b) 0: 0%, 1: 10%, 2: 70%, 3: 20%\n(c) no", [2, 0, 10, 70, 20, "no"]),
    ],
)
def test_study1_lettered_options_none_chosen_state_no_count(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a scale's options under their letters, then the choice said after them
        ("Prior: (a) 0 (b) 1 (c) 2 (d) 3 -- my answer is (c) 2", [2] + [None] * 5),
        ("Q1: (a) 0 (b) 1 (c) 2 (d) 3. I'd go with (b) 1.", [1] + [None] * 5),
        # ... no choice, or none of them: no prior
        ("Q1: (a) 1 (b) 2 (c) 3 -- none fits", [None] * 6),
        ("Prior: (a) 0 (b) 1 (c) 2 (d) 3 -- none of these is right", [None] * 6),
        ("Prior: (a) 0 (b) 1 (c) 2 (d) 3 -- hard to pick", [None] * 6),
        # ... a letter that names no option as listed stays no answer
        ("Question 1: (a) 0 (b) 1 (c) 2 (d) 3 -- my answer: (c) 3", [None] * 6),
        # boxes offered and none ticked: no answer, the other lines read
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 20%, 3: 80%\nKnowledge: [ ] yes  [ ] no",
            [3, 0, 0, 20, 80, None],
        ),
        ("Does Laura know exactly? \u2610 Yes \u2610 No", [None] * 6),
        ("Prior: ( ) 0 ( ) 1 ( ) 2 ( ) 3", [None] * 6),
        ("Knowledge: [ ] yes [x] no", [None] * 5 + ["no"]),
    ],
)
def test_study1_options_offered_then_said_or_left_unticked(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values
    if "(a)" in answer:
        assert reading.grades.get("Prior_A", LOOSE) == LOOSE  # read by inference


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # four amounts with one unit written after the last: the bets in option order
        ("3 / 0/10/30/60 percent / no", [3, 0, 10, 30, 60, "no"]),
        (
            "I think all 3. I'd bet 0/10/30/60 percent. He doesn't know exactly.",
            [3, 0, 10, 30, 60, "no"],
        ),
        ("2\n5; 15; 60; 20 %\nyes", [2, 5, 15, 60, 20, "yes"]),
        # bare numbers with no unit stay a guess; a decimal comma inside the list is no list
        ("3; 0/10/30/60; no", [3, None, None, None, None, "no"]),
        ("Prior 2. Bets 2,5/7,5/30/60 %. No.", [2, None, None, None, None, "no"]),
        # a list of six amounts is no four options' bets
        ("1/2/5/10/30/60%", [None] * 6),
    ],
)
def test_study1_one_unit_after_a_list_of_amounts_is_each_ones(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a ledger's postings: the account's path is the key, the amount its value
        (
            '2026-12-01 * "Wager on the fruits"\n    Stake:Outcome0     10.00 EUR\n'
            "    Stake:Outcome1     60.00 EUR\n    Stake:Outcome2     25.00 EUR\n"
            "    Stake:Outcome3      5.00 EUR\n    Assets:Wallet   -100.00 EUR\n; prior: 1\n"
            "; knows exactly: no",
            [1, 10, 60, 25, 5, "no"],
        ),
        # a wiki table, the fields as columns under a header
        (
            '{| class="wikitable"\n! Prior !! Bet 0 !! Bet 1 !! Bet 2 !! Bet 3 !! Knows exactly\n'
            "|-\n| 2 || 5% || 20% || 50% || 25% || no\n|}",
            [2, 5, 20, 50, 25, "no"],
        ),
        # ... and rows holding no single value
        ("{|\n|-\n| Prior || 2 or 3\n|-\n| Knowledge || maybe\n|}", [None] * 6),
        # postings of accounts that name no field are read as none
        ("Time spent:\n  work:study   2  hours\n  work:email   3  hours", [None] * 6),
    ],
)
def test_study1_a_ledgers_postings_and_a_wiki_tables_rows_are_read(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # a one-line answer of short parts under an answer's label, below reasoning
        (
            "Laura saw one letter with a check, and these letters nearly always have them."
            "\n\nMy answers: all 3; 0%, 0%, 20%, 80%; no",
            [3, 0, 0, 20, 80, "no"],
        ),
        (
            "Seeds usually sprout.\n\nSummary: 3 / 0%, 5%, 15%, 80% / she doesn't know",
            [3, 0, 5, 15, 80, "no"],
        ),
        # ... its parts as they are: no single count, bare numbers
        ("Some thinking here.\n\nFinal answers: maybe 2 or 3 | not sure | no", [None] * 5 + ["no"]),
        # ... a line with no answer's label is reasoning, not parts
        ("Tickets win a lot.\n\nOn reflection: 3 | 0% | yes", [None] * 6),
    ],
)
def test_study1_a_labelled_answer_line_below_reasoning_is_read_in_order(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values
    assert all(grade == LOOSE for grade in reading.grades.values())


# --- Round 17 self-probe: Study 1 as chat models write it ----------------------------------

S1_FIELDS = ("Prior_A", "probability_0", "probability_1", "probability_2", "probability_3")
S1_ALL = (*S1_FIELDS, "Knowledge_A")

# A part under a heading that reasons first, then gives one "Answer:" line: the answer is
# that line's; the reasoning's numbers are the reasoning's. (An "Answer:" line inside one
# question's part is no heading that makes the labels above it reasoning steps.)
ANSWER_LINES_AFTER_REASONING = [
    (
        "### Question 1\nThe setup says students in the intro bio class *almost always* pass. "
        "With 3 exams, the most likely outcome is that all of them passed.\n\n**Answer:** 3\n\n"
        "### Question 2\nMark has looked at 2 of the 3 exams and says 2 have passing grades.\n\n"
        "**Answer:**\n- 0: 0%\n- 1: 0%\n- 2: 15%\n- 3: 85%\n\n### Question 3\nMark only looked "
        "at 2 of the 3 exams.\n\n**Answer:** No",
        (3, 0, 0, 15, 85, "no"),
    ),
    (
        "## Question 1\nCorendula seeds almost always sprout within a day, and two days have "
        "passed. One seed might be a dud, but that's rare.\n\n**Answer:** 3\n\n## Question 2\n"
        "Jim checked all three and all three sprouted.\n\n**Answer:** 0: 0%, 1: 0%, 2: 0%, "
        "3: 100%\n\n## Question 3\nHe looked at every seed.\n\n**Answer:** Yes",
        (3, 0, 0, 0, 100, "yes"),
    ),
    (
        "### Question 1\nLetters almost always have checks. It could be 2 if one is a bill, but "
        "the base rate is strong.\n\n**My answer:** 3\n\n### Question 2\nLaura opened all 3 "
        "letters and found a check in only 1.\n\n**My answer:** 0: 5%, 1: 90%, 2: 5%, 3: 0%\n\n"
        "### Question 3\n**My answer:** Yes",
        (3, 5, 90, 5, 0, "yes"),
    ),
    (
        "Part 1\nTickets in the DoubleDay lottery almost always win, so two or three; I go with "
        "the base rate.\nAnswer: 3\n\nPart 2\nJoe saw all three tickets.\nAnswer: "
        "0: 0%, 1: 5%, 2: 90%, 3: 5%\n\nPart 3\nAnswer: yes",
        (3, 0, 5, 90, 5, "yes"),
    ),
]


@pytest.mark.parametrize(("answer", "values"), ANSWER_LINES_AFTER_REASONING)
def test_study1_an_answer_line_after_reasoning_under_a_heading(specs, answer, values):
    assert tuple(values_read(specs["study1"], answer, S1_ALL).values()) == values


@pytest.mark.parametrize(
    "answer",
    [
        # a value on the label's line and another on an answer line: two answers
        "Prior: 2\nThe base rate is strong, though.\nAnswer: 3\n\nBets: 0: 0%, 1: 0%, 2: 10%, "
        "3: 90%\nKnowledge: no",
        # two answer lines under one heading: two answers
        "## Question 1\nAnswer: 2\nHmm, the phones almost always burn out.\nAnswer: 3\n\n"
        "## Question 2\n0: 0%, 1: 20%, 2: 70%, 3: 10%\n\n## Question 3\nNo",
    ],
)
def test_study1_a_second_answer_line_in_a_part_is_no_single_prior(specs, answer):
    assert values_read(specs["study1"], answer, ["Prior_A"])["Prior_A"] is None


# Cells on one line that are each a key and its value are the keys' answers, not names
# paired with values.
@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "After thinking it through:\n\nPrior = 3 | Bets = 0: 0%, 1: 5%, 2: 85%, 3: 10% | "
            "Knowledge = yes",
            (3, 0, 5, 85, 10, "yes"),
        ),
        (
            "prior = 1 | bets = 0: 10%, 1: 70%, 2: 15%, 3: 5% | knowledge = no",
            (1, 10, 70, 15, 5, "no"),
        ),
        (
            "Prior: 3 | Bets: 0: 0%, 1: 30%, 2: 60%, 3: 10% | Knowledge: no",
            (3, 0, 30, 60, 10, "no"),
        ),
    ],
)
def test_study1_keyed_cells_on_one_line(specs, answer, values):
    assert tuple(values_read(specs["study1"], answer, S1_ALL).values()) == values


# "the other 2" counts objects; it is no amount on the other options.
@pytest.mark.parametrize(
    ("answer", "bets"),
    [
        (
            "**Prior: 3**\n\nAfter Monica's report: she examined only one fruit and found dried "
            "pith. That doesn't tell us much about the other two.\n\n**Bets: 0: 1%, 1: 4%, 2: "
            "20%, 3: 75%**\n\n**Knowledge: No**",
            (1, 4, 20, 75),
        ),
        (
            "Prior: 3\nBets: Ben checked 2 phones; the remaining 1 is unknown.\n0: 0%, 1: 25%, "
            "2: 60%, 3: 15%\nKnowledge: no",
            (0, 25, 60, 15),
        ),
        # near-misses: the others given an amount with a unit or after a key's mark
        ("Prior: 3\nBets: 3: 70%, 2: 30%, the others 0%\nKnowledge: no", (0, 0, 30, 70)),
        ("Prior: 3\nBets: 2: 60%, 3: 40%, the others: 0\nKnowledge: no", (0, 0, 60, 40)),
    ],
)
def test_study1_the_other_n_objects_is_no_amount(specs, answer, bets):
    assert tuple(values_read(specs["study1"], answer, S1_FIELDS[1:]).values()) == bets


# A sentence that opens on a question's number and then reasons ("For Question 1, the base
# rate suggests ..."): its answer is in the sentences that follow.
@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "Let me think about each question carefully.\n\nFor Question 1, the base rate "
            "suggests that seeds almost always sprout. So I'd expect all 3 have sprouted.\n\n"
            "For Question 2, Jim looked at all 3 seeds. 0: 0%, 1: 0%, 2: 5%, 3: 95%.\n\n"
            "For Question 3, yes, he looked at all of them.",
            (3, 0, 0, 5, 95, "yes"),
        ),
        (
            "In question 1, the phones almost always burn out, so I'd say 3.\nIn question 2, "
            "Ben found 1 of 2. Bets 0: 0%, 1: 20%, 2: 70%, 3: 10%.\nIn question 3, no.",
            (3, 0, 20, 70, 10, "no"),
        ),
    ],
)
def test_study1_a_sentence_opening_on_the_question_number(specs, answer, values):
    assert tuple(values_read(specs["study1"], answer, S1_ALL).values()) == values


# A count after a clause giving its reason ("Since tickets almost always win, 3."), read
# below full confidence; a reason about the speaker's report gives his count, not a prior.
@pytest.mark.parametrize(
    ("answer", "prior"),
    [
        (
            "**Question 1:** Since tickets almost always win, 3.\n\n**Question 2:** 0: 0%, 1: 5%, "
            "2: 90%, 3: 5%\n\n**Question 3:** Yes",
            3,
        ),
        (
            "Q1: Because letters almost always hold checks, all three.\nQ2: 0: 5%, 1: 90%, 2: 5%, "
            "3: 0%\nQ3: yes",
            3,
        ),
        ("Q1: Since Ben said he found 1, 1.\nQ2: 0: 0%, 1: 30%, 2: 60%, 3: 10%\nQ3: no", None),
        (
            "Q1: Since the phones almost always burn out, 2 or 3.\nQ2: 0: 0%, 1: 30%, 2: 60%, "
            "3: 10%\nQ3: no",
            None,
        ),
    ],
)
def test_study1_a_count_after_its_reason(specs, answer, prior):
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Prior_A") == prior
    if prior is not None:
        assert reading.grades["Prior_A"] == LOOSE


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # "Final answer:" labels the whole answer, not the last question
        ("Final answer: 2 | 0%/10%/60%/30% | yes", [2, 0, 10, 60, 30, "yes"]),
        # ... also with a final newline, below reasoning
        (
            "Tom only opened one tin before he rang.\n\nFinal answer: 3 | 0% / 5% / 25% / 70%"
            " | no\n",
            [3, 0, 5, 25, 70, "no"],
        ),
        # one value per field, in field order, between pipes or slashes
        ("**Final answer:** 3 | 0% | 10% | 20% | 70% | no", [3, 0, 10, 20, 70, "no"]),
        ("Answers: 1 / $0 / $60 / $30 / $10 / yes", [1, 0, 60, 30, 10, "yes"]),
        ("Short answer: three | 5% | 5% | 40% | 50% | nope\n", [3, 5, 5, 40, 50, "no"]),
        # ... bare numbers there could be anything: the bets stay empty
        ("Final answer: 3 | 25/25/25/25 | no", [3, None, None, None, None, "no"]),
        ("Answers: 3 | 0 | 10 | 20 | 70 | no", [3, None, None, None, None, "no"]),
        # ... a count of values that fits neither the questions nor the fields: nothing
        ("Answers: 3 | 0% | 10% | 90% | no", [None] * 6),
        ("Final answer: 3 | 0% | 10% | 20% | 30% | 40% | no", [None] * 6),
        # ... after a label that ends in a dash
        ("Summary — 3 / 0% / 0% / 20% / 80% / no", [3, 0, 0, 20, 80, "no"]),
        ("Summary - it depends / 0% / 0% / 20% / 80% / no", [None, 0, 0, 20, 80, "no"]),
        # "the final question" is still the last question's label
        (
            "Prior: 2\nBets: 0: 0%, 1: 0%, 2: 100%, 3: 0%\nFinal question: yes",
            [2, 0, 0, 100, 0, "yes"],
        ),
    ],
)
def test_study1_a_final_answer_line_of_values_is_read_in_question_order(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # lettered sub-items with option words
        (
            "1. 2\n2.\n   a) none: 0%\n   b) one: 20%\n   c) two: 50%\n   d) three: 30%\n3. Yes",
            [2, 0, 20, 50, 30, "yes"],
        ),
        # roman sub-items under a label
        (
            "1. Three of them.\n2. Bets:\n   i. 0 letters: 0%\n   ii. 1 letter: 5%\n"
            "   iii. 2 letters: 15%\n   iv. 3 letters: 80%\n3. No, she doesn't know exactly.",
            [3, 0, 5, 15, 80, "no"],
        ),
        # bulleted sub-items
        (
            "1. 3\n2.\n   - 0 seeds: 0%\n   - 1 seed: 0%\n   - 2 seeds: 30%\n   - 3 seeds: 70%\n"
            "3. no",
            [3, 0, 0, 30, 70, "no"],
        ),
        # ... an item with two counts stays empty
        (
            "1. 2 or 3\n2.\n   a. 0: 0%\n   b. 1: 10%\n   c. 2: 40%\n   d. 3: 50%\n3. No",
            [None, 0, 10, 40, 50, "no"],
        ),
        # headings that are the questions' numbers
        ("## 1\n3\n\n## 2\n0: 5% · 1: 5% · 2: 30% · 3: 60%\n\n## 3\nYes", [3, 5, 5, 30, 60, "yes"]),
        # ... without blank lines, emphasis around values
        (
            "#### 1\n**2**\n#### 2\n**0:** 10% · **1:** 20% · **2:** 40% · **3:** 30%\n#### 3\n"
            "**no**",
            [2, 10, 20, 40, 30, "no"],
        ),
        # ... a count revised under its heading stays empty
        (
            "### 1\nProbably 3, though 2 is possible too... I'd go with 2.\n\n### 2\n"
            "0: 0% · 1: 10% · 2: 60% · 3: 30%\n\n### 3\nNo",
            [None, 0, 10, 60, 30, "no"],
        ),
        # ... a heading of a year is no question
        ("### 2024\nThe results are in.", [None] * 6),
    ],
)
def test_study1_numbered_items_with_sub_items_and_numbered_headings(specs, answer, values):
    """A numbered list's items may hold lettered, roman or bulleted sub-items (the bets);
    a heading that is only a number ("### 2") numbers its question as a list's marker."""
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


@pytest.mark.parametrize(
    ("answer", "values"),
    [
        # columns that are the times, rows that are the questions: read by column
        (
            "| | Before the call | After the call |\n|---|---|---|\n"
            "| How many got a check | 3 | 1 |\n| Bet on exactly 0 | n/a | 5% |\n"
            "| Bet on exactly 1 | n/a | 60% |\n| Bet on exactly 2 | n/a | 25% |\n"
            "| Bet on exactly 3 | n/a | 10% |\n| Does Laura know exactly? | n/a | yes |",
            [3, 5, 60, 25, 10, "yes"],
        ),
        # ... transposed, rows that are the times: read by row
        (
            "| | Count | Bet 0 | Bet 1 | Bet 2 | Bet 3 | Knows? |\n"
            "|---|---|---|---|---|---|---|\n| Before | 3 | - | - | - | - | - |\n"
            "| After | 2 | 0% | 10% | 60% | 30% | no |",
            [3, 0, 10, 60, 30, "no"],
        ),
        # ... a unit in the after column's header, the bets as option rows
        (
            "| | Before | After ($) |\n|---|---|---|\n| Estimate | 2 | — |\n"
            "| 0 sprouted | — | 10 |\n| 1 sprouted | — | 20 |\n| 2 sprouted | — | 50 |\n"
            "| 3 sprouted | — | 20 |\n| Knows exactly | — | no |",
            [2, 10, 20, 50, 20, "no"],
        ),
        # ... two counts in the before column stay two
        (
            "| | Before | After |\n|---|---|---|\n| Most likely count | 2 or 3 | 2 |\n"
            "| Bet on 0 | – | 0% |\n| Bet on 1 | – | 0% |\n| Bet on 2 | – | 50% |\n"
            "| Bet on 3 | – | 50% |\n| Knows exactly? | – | no |",
            [None, 0, 0, 50, 50, "no"],
        ),
        # ... a table of other things states nothing
        (
            "| | Mark | Laura |\n|---|---|---|\n| Tickets checked | 1 | - |\n"
            "| Winners seen | 1 | 3 |",
            [None] * 6,
        ),
        # ... too few rows to read by column: the knowledge is not guessed
        (
            "| | Before | After |\n|---|---|---|\n| Most likely count | 3 | 2 |\n"
            "| Knows exactly? | – | no |",
            [3, None, None, None, None, None],
        ),
        # a count given as someone else's is no prior
        (
            "Prior: Joe's count is 2\nBets: 0: 0%, 1: 0%, 2: 100%, 3: 0%\nKnowledge: yes",
            [None, 0, 0, 100, 0, "yes"],
        ),
        # the count or the question's words as the prior's key
        (
            "Prior: count is 2\nBets: 0: 0%, 1: 0%, 2: 100%, 3: 0%\nKnowledge: yes",
            [2, 0, 0, 100, 0, "yes"],
        ),
        (
            "Prior - how many passed: 3\nBets: 0: 0%, 1: 0%, 2: 10%, 3: 90%\nKnowledge: no",
            [3, 0, 0, 10, 90, "no"],
        ),
    ],
)
def test_study1_a_table_of_times_by_questions_is_read_by_its_answers(specs, answer, values):
    """A table under an empty corner whose few named columns are the answers (before and
    after the call) and whose rows are what each holds, some cells left blank, is read by
    column; a count keyed as the count or by the question's words is the prior."""
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


# --- Round 18 mend B: layouts whose values markup hid ---------------------------------------

LAYOUT_VALUES_UNHIDDEN = [
    # LaTeX's spacing marks ("\ ", "\,", "\;", "\:") between boxed answers are spaces
    (
        "So the answer:\n\\[\\boxed{\\text{Prior: } 2,\\ \\text{Bets: } 5\\%, 15\\%, 60\\%,"
        " 20\\%,\\ \\text{Knowledge: no}}\\]",
        [2, 5, 15, 60, 20, "no"],
    ),
    (
        "$$\\text{prior}=1,\\;\\text{bets}=10\\%,\\:70\\%,\\,15\\%,\\,5\\%,\\;"
        "\\text{knows}=\\text{no}$$",
        [1, 10, 70, 15, 5, "no"],
    ),
    # a probability's letter fused with its option ("P0", "p3") as a key
    (
        "Prior: 1\nP0: 20%\nP1: 50%\nP2: 20%\nP3: 10%\nKnows exactly: yes",
        [1, 20, 50, 20, 10, "yes"],
    ),
    ("```\nprior = 2\np1 = 0.3\np0 = 0.1\np3 = 0.2\np2 = 0.4\n```", [2, 0.1, 0.3, 0.4, 0.2, None]),
    # numbered <option> elements outside any form are the options' amounts
    (
        "<reply><initial>2</initial><wagers><option id='0'>10%</option>"
        "<option id='1'>20%</option><option id='2'>50%</option><option id='3'>20%</option>"
        "</wagers><knows>yes</knows></reply>",
        [2, 10, 20, 50, 20, "yes"],
    ),
    (
        '<bets>\n  <option value="3">45%</option>\n  <option value="2">45%</option>\n'
        '  <option value="1">10%</option>\n  <option value="0">0%</option>\n</bets>',
        [None, 0, 10, 45, 45, None],
    ),
]


@pytest.mark.parametrize(("answer", "values"), LAYOUT_VALUES_UNHIDDEN)
def test_study1_values_a_layouts_markup_hid(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


def test_study1_options_of_a_form_stay_choices(specs):
    answer = (
        '<select name="prior">\n<option value="1">1</option>\n'
        '<option value="2">2</option>\n</select>'
    )
    assert parsed(specs["study1"], answer).values.get("Prior_A") is None


COUNTS_KEYED_TO_A_REASON = [
    ("## Question 1\n- **2**: most phones survive a drop like that.", 2),
    ("**Q1**\n* **1**: the fruits are rarely ripe this early.", 1),
    ("Prior: 3: tickets from that stall usually win.\nBets: 0%, 0%, 20%, 80%", 3),
    ("### Before the call\n- **0**: letters with checks are rare.", 0),
]


@pytest.mark.parametrize(("answer", "prior"), COUNTS_KEYED_TO_A_REASON)
def test_study1_a_count_keyed_to_its_reason_reads_below_full_confidence(specs, answer, prior):
    reading = parsed(specs["study1"], answer)
    assert reading.values.get("Prior_A") == prior
    assert reading.grades["Prior_A"] == LOOSE


COUNTS_KEYED_THAT_ARE_NO_ANSWER = [
    # the options listed with what each means
    "## Question 1\n0: no seeds sprout\n1: just one sprouts\n2: two do\n3: every seed sprouts",
    # the key numbers the line; the count is in the words, or it is a yes or no
    "Question 1:\n1: he opened both letters, so that is settled.",
    "1: The answer is yes, that is my view.",
    # out of range
    "Prior:\n7: the exams were hard",
]


@pytest.mark.parametrize("answer", COUNTS_KEYED_THAT_ARE_NO_ANSWER)
def test_study1_keyed_lines_that_state_no_count(specs, answer):
    assert parsed(specs["study1"], answer).values.get("Prior_A") is None


NO_OBJECTS_LINES = [
    # a list's line of "no" before the objects, a dash, and the amount: option 0
    ("After her call:\n- no ripe fruit at all - 5%\n- one fruit - 25%", {"probability_0": 5}),
    ("Bets:\n* no exam with a passing grade — 0%\n* 1 exam — 10%", {"probability_0": 0}),
    ("Wagers:\n  no winning ticket - $2\n  one ticket - $18", {"probability_0": 2}),
]


@pytest.mark.parametrize(("answer", "bets"), NO_OBJECTS_LINES)
def test_study1_a_line_of_no_objects_and_its_amount_is_option_zero(specs, answer, bets):
    assert values_read(specs["study1"], answer, ["probability_0"]) == bets


NO_THAT_NAMES_NO_OPTION = [
    "Bets:\nNo doubt about it - 90% on 3, 10% on 2.",
    "Bets:\nno change from before - 20% / 30% / 30% / 20%",
    "Bets: I'd put no money on 2 phones - 40% on 3 though",
]


@pytest.mark.parametrize("answer", NO_THAT_NAMES_NO_OPTION)
def test_study1_a_no_that_names_no_option_is_no_bet_on_zero(specs, answer):
    assert parsed(specs["study1"], answer).values.get("probability_0") is None


# --- Round 18 (fix18d): a pick marked in a list, a table, YAML records or by its key ------

MARKED_PICKS_READ = [
    # a parenthesis after one item names it the pick, in other words than "(my pick)"
    (
        "Options:\n1. It was terrible\n2. It wasn't terrible (best option)\n3. It was bad",
        "wasn't terrible",
    ),
    ('* "It was amazing"\n* "It was good" (selected)\n* "It wasn\'t good"', "was good"),
    ("a) It wasn't bad\nb) It was bad (recommended)\nc) It was terrible", "was bad"),
    # one row of a table marked in a column of its own, the others' cells empty
    (
        "| Candidate | |\n|---|---|\n| It was good | |\n| It wasn't amazing | 👈 |\n"
        "| It was amazing | |",
        "wasn't amazing",
    ),
    (
        "| Pick | # | Line |\n|:-:|---|---|\n| | 1 | It wasn't bad |\n| | 2 | It was bad |\n"
        "| ✅ | 3 | It was terrible |",
        "was terrible",
    ),
    # YAML records whose flag names the choice, true on one
    (
        "candidates:\n  - sentence: It was amazing\n    selected: false\n"
        "  - sentence: It wasn't bad\n    selected: true\n  - sentence: It was bad\n"
        "    selected: false",
        "wasn't bad",
    ),
    (
        '- line: "It wasn\'t terrible"\n  pick: yes\n- line: "It was good"\n  pick: no',
        "wasn't terrible",
    ),
    # what the speaker thinks beside what she says: the said one is the answer
    ('{"real_opinion": "It was bad", "would_say": "It wasn\'t bad"}', "wasn't bad"),
    ('{"says": "It was amazing", "thought": "It was terrible", "why": "kindness"}', "was amazing"),
]

MARKED_PICKS_REFUSED = [
    # a parenthesis that names no pick
    "- It was good (kind)\n- It wasn't bad (honest)\n- It was bad (blunt)",
    # a mark column with two rows marked, or with none
    "| | Line |\n|---|---|\n| 👉 | It was bad |\n| | It was good |\n| 👉 | It wasn't good |",
    "| | Line |\n|---|---|\n| | It was bad |\n| | It was good |\n| | It wasn't good |",
    # YAML records all flagged, or none
    "- text: It was good\n  chosen: true\n- text: It wasn't terrible\n  chosen: true",
    "- text: It was good\n  chosen: false\n- text: It wasn't terrible\n  chosen: false",
    # what she thinks and what she says, the said one two sentences
    '{"thinks": "It was terrible", "says": "It was good or it was amazing"}',
]


@pytest.mark.parametrize(("answer", "utterance"), MARKED_PICKS_READ)
def test_a_pick_marked_in_a_list_table_or_records_is_read_loosely(specs, answer, utterance):
    reading = parsed(specs["study2"], answer)
    assert utterance_read(specs["study2"], answer) == utterance
    assert set(reading.grades.values()) == {LOOSE}


@pytest.mark.parametrize("answer", MARKED_PICKS_REFUSED)
def test_no_single_pick_marked_is_no_choice(specs, answer):
    assert parsed(specs["study2"], answer).values == {}


# An answer in the asked format (the asked labels, one per question, in order) above a
# heading that announces the answer is a first answer, not reasoning's steps: a block under
# the heading that changes a field empties that field (rule 2); one that repeats it keeps it.
@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 45%, 3: 55%\nKnowledge: No\n\nFinal answer:\n"
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 50%, 3: 50%\nKnowledge: No",
            [3, 0, 0, None, None, "no"],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnowledge: no\n\n**Final Answer**\n"
            "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnowledge: yes",
            [3, 0, 10, 60, 30, None],
        ),
        (
            "Prior: 2\nBets: 0: 0%, 1: 100%, 2: 0%, 3: 0%\nKnowledge: Yes\n\nAnswer\n"
            "Prior: 3\nBets: 0: 0%, 1: 100%, 2: 0%, 3: 0%\nKnowledge: Yes",
            [None, 0, 100, 0, 0, "yes"],
        ),
        # ... the same values under the heading: the answer, said twice
        (
            "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 20%, 3: 75%\nKnowledge: No\n\nConclusion:\n"
            "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 20%, 3: 75%\nKnowledge: No",
            [3, 0, 5, 20, 75, "no"],
        ),
        # ... steps with other labels above the heading are still reasoning
        (
            "Step 1: the seeds almost always sprout, so I expect 3.\nStep 2: Jim saw 2 of 3 "
            "sprout, 50/50 on the last.\nStep 3: he saw them all.\n\nFinal answer:\nPrior: 3\n"
            "Bets: 0: 0%, 1: 0%, 2: 10%, 3: 90%\nKnowledge: yes",
            [3, 0, 0, 10, 90, "yes"],
        ),
        (
            "Question 1: letters almost always have checks, so 3 is likely.\nQuestion 2: Laura "
            "saw all three and one had a check.\nQuestion 3: she looked at every letter.\n\n"
            "Final answer:\nPrior: 3\nBets: 0: 0%, 1: 95%, 2: 5%, 3: 0%\nKnowledge: Yes",
            [3, 0, 95, 5, 0, "yes"],
        ),
        # ... the asked labels over reasoning with no value that differs
        (
            "Prior: phones like these almost always burn out, so all three.\nBets: Ben found "
            "one fine phone among the two he checked.\nKnowledge: he skipped a phone.\n\n"
            "Final answer:\nPrior: 3\nBets: 0: 0%, 1: 25%, 2: 75%, 3: 0%\nKnowledge: No",
            [3, 0, 25, 75, 0, "no"],
        ),
    ],
)
def test_study1_an_asked_block_above_an_answer_heading_is_a_first_answer(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


# A question's number followed by a word saying its answer follows ("Question 3 answer:",
# "Q1's response -") labels that question: a later one that disagrees is a second answer.
@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "Q1 answer: 3\nQ2 answer: 0: 0%, 1: 10%, 2: 20%, 3: 70%\nQ3 answer: no",
            [3, 0, 10, 20, 70, "no"],
        ),
        (
            "Question 1's answer - three\nQuestion 2's answer - 0%, 0%, 20%, 80%\n"
            "Question 3's answer - no",
            [3, 0, 0, 20, 80, "no"],
        ),
        (
            "Question 1 response: 2\nQuestion 2 response: 0: 5%, 1: 15%, 2: 60%, 3: 20%\n"
            "Question 3 response: yes",
            [2, 5, 15, 60, 20, "yes"],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 20%, 3: 80%\nKnowledge: No\n\nQuestion 3 answer: Yes",
            [3, 0, 0, 20, 80, None],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 20%, 3: 80%\nKnowledge: No\n\nQuestion 1 answer: 2",
            [None, 0, 0, 20, 80, "no"],
        ),
        # ... the same value again is that value
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 40%, 3: 60%\nKnowledge: no\n\nQ3 answer: no",
            [3, 0, 0, 40, 60, "no"],
        ),
        # ... a number before "answer" that is no question's is no label
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 20%, 3: 80%\nKnowledge: No, she saw 1 answer: hers.",
            [3, 0, 0, 20, 80, "no"],
        ),
    ],
)
def test_study1_a_question_number_then_answer_labels_that_question(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


# A numbered list of one item per question right below the labelled answer says it again
# in another numbering: the same values keep it, a changed one empties its field (rule 2).
# ("No." abbreviates a number on its own line only: a "no" answer above a list is no label.)
@pytest.mark.parametrize(
    ("answer", "values"),
    [
        (
            "Prior: 3\nBets: 0: 0%, 1: 15%, 2: 35%, 3: 50%\nKnowledge: No\n\n1. 3\n"
            "2. 0%, 15%, 35%, 50%\n3. No",
            [3, 0, 15, 35, 50, "no"],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 15%, 2: 35%, 3: 50%\nKnowledge: No\n\n1. 2\n"
            "2. 0%, 15%, 35%, 50%\n3. No",
            [None, 0, 15, 35, 50, "no"],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 100%, 3: 0%\nKnowledge: yes\n1) 3\n"
            "2) 0: 0%, 1: 0%, 2: 100%, 3: 0%\n3) no",
            [3, 0, 0, 100, 0, None],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 25%, 3: 70%\nKnowledge: No\n\n1. three\n"
            "2. 0: 0%, 1: 10%, 2: 20%, 3: 70%\n3. no",
            [3, 0, None, None, 70, "no"],
        ),
        # ... a list of reasons under commentary is explanation, not a second answer
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 30%, 3: 70%\nKnowledge: No, he only saw two.\n\n"
            "Explanation:\n1. The exams almost always pass, so 3.\n2. Mark saw 2 passing.\n"
            "3. He did not see the third.",
            [3, 0, 0, 30, 70, "no"],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 30%, 3: 70%\nKnowledge: No\n1. Ben saw 2 phones\n"
            "2. one was fine\n3. the third is unknown",
            [3, 0, 0, 30, 70, "no"],
        ),
        # ... also below a heading that announces the answer
        (
            "Prior: 3\nBets: 0: 0%, 1: 0%, 2: 30%, 3: 70%\nKnowledge: no\n**Answers:**\n1. 3\n"
            "2. 0%, 0%, 30%, 70%\n3. yes",
            [3, 0, 0, 30, 70, None],
        ),
        (
            "Prior: 3\nBets: 0: 0%, 1: 5%, 2: 15%, 3: 80%\nKnowledge: No\n\nMy answers:\n1. 3\n"
            "2. 0%, 5%, 15%, 80%\n3. No",
            [3, 0, 5, 15, 80, "no"],
        ),
        # ... "No. 2" on one line is still a number's label
        ("No. 1: 3\nNo. 2: 0: 0%, 1: 20%, 2: 30%, 3: 50%\nNo. 3: no", [3, 0, 20, 30, 50, "no"]),
    ],
)
def test_study1_a_numbered_list_below_the_labelled_answer_answers_again(specs, answer, values):
    reading = parsed(specs["study1"], answer)
    assert [reading.values.get(name) for name in FIELDS] == values


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # CSV rows in quotes under a header of names are a table however few, a delimiter
        # inside the quotes the cell's
        ('line,why\n"It was amazing","she wants to cheer him up, kindly"', "was amazing"),
        (
            'utterance;reason\n"It wasn\'t terrible";"soft but honest; two hearts"',
            "wasn't terrible",
        ),
        ('sentence,probability\n"It was good","0.5"\n"It wasn\'t bad","0.5"', " "),
        # one record under two named columns, its first cell a sentence: a line per column
        ('| Says | Thinks |\n|---|---|\n| "It wasn\'t bad." | It was terrible. |', "wasn't bad"),
        # (what she thinks is her opinion, no second answer: the said sentence is read)
        (
            "| What Karen says | What Karen thinks |\n|---|---|\n| It was amazing! | It was bad. |",
            "was amazing",
        ),
        ("| Field | Value |\n|---|---|\n| Sentence | It was good |", "was good"),
        # a mark after a row's probability picks the row; none marked, no choice
        (
            "| Sentence | p |\n|---|---|\n| It wasn't bad | 0.7 ← |\n| It was good | 0.3 |",
            "wasn't bad",
        ),
        ("It was amazing: 0.1\nIt was good: 0.55 <- my pick\nIt wasn't bad: 0.35", "was good"),
        ("| Sentence | p |\n|---|---|\n| It wasn't bad | 0.7 |\n| It was good | 0.3 |", " "),
    ],
)
def test_study2_csv_records_and_marked_probability_rows(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # one row under a column for the sentence said and one for the speaker's opinion:
        # the said sentence is the answer, the opinion is not (a sentence is no row's name)
        ("| Sentence | Thinks |\n|---|---|\n| It wasn't bad | It was terrible |", "wasn't bad"),
        ("| Line she says | What she feels |\n|---|---|\n| It was good | It was bad |", "was good"),
        (
            "| Said aloud | Real opinion |\n|:--|:--|\n| It was amazing | it was good |",
            "was amazing",
        ),
        (
            "| What Omar tells Lisa | What Omar really thinks |\n|---|---|\n"
            "| It wasn't terrible | It was bad |",
            "wasn't terrible",
        ),
        ("| Thinks | Says |\n|---|---|\n| It was bad | It wasn't terrible |", "wasn't terrible"),
        ("What Dana thinks: It was terrible\nWhat Dana says: It was good", "was good"),
        # near misses: two sentences side by side are no choice; a frame and its word in
        # two cells are one sentence; a label for the answerer's own view keeps its value
        ("| Option A | Option B |\n|---|---|\n| It was good | It was amazing |", " "),
        ("| Frame | Word |\n|---|---|\n| It wasn't | good |", "wasn't good"),
        ("| Sentence | Likely? |\n|---|---|\n| It was good | yes |", "was good"),
        ("Final thoughts: It was good", "was good"),
    ],
)
def test_study2_the_sentence_said_beside_the_opinion_in_a_table(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a list of quoted options, its first item too, is no choice, not even of a frame
        ('options = ("It was", "It wasn\'t")', " "),
        ('Possible openings: "It was" / "It wasn\'t"', " "),
        ('"It was", "It wasn\'t" - both could work.', " "),
        ("frames: ['It wasn't', 'It was']", " "),
        # near misses: one picked after the list, one chosen over the other, a key's value
        # and a pair that is one sentence keep their value
        ('Options: "It was", "It wasn\'t". I\'d pick "It wasn\'t".', "wasn't "),
        ('he might say "It was" instead of "It wasn\'t"', "was "),
        ('frame = "It wasn\'t"', "wasn't "),
        ('answer = ("It wasn\'t", "bad")', "wasn't bad"),
    ],
)
def test_study2_a_list_of_options_is_no_choice_of_a_frame(specs, answer, utterance):
    assert utterance_read(specs["study2"], answer) == utterance
