"""The input gate: every kind of bad input is rejected naming file, row and column."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import pytest

from llm_pragmatics.errors import InputError
from llm_pragmatics.inputs import read_study_input

REPO = Path(__file__).resolve().parents[1]
STUDIES = REPO / "config" / "studies"


def example_rows(study_name: str) -> list[list[str]]:
    """The project's example input as records, header first."""
    with open(STUDIES / study_name / "example.csv", newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


def set_cell(rows: list[list[str]], row: int, column: str, value: str) -> None:
    """Set data row `row` (counted from 1, as the gate does) in `column`."""
    rows[row][rows[0].index(column)] = value


def rejection(study, path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_study_input(study, path)
    message = str(caught.value)
    assert str(path) in message
    return message


def problem_lines(message: str) -> list[str]:
    return [line.strip() for line in message.splitlines()[1:]]


# --- the header ------------------------------------------------------------------------


def test_missing_column(studies, tmp_path):
    rows = example_rows("study1")
    drop = rows[0].index("access")
    rows = [row[:drop] + row[drop + 1 :] for row in rows]
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert "column 'access' is missing" in message
    assert "observe" not in message.split("expected:")[0]


def test_misspelled_column_suggests_the_right_name(studies, tmp_path):
    rows = example_rows("study1")
    rows[0][rows[0].index("knowledgeQ")] = "knowlegeQ"
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert "column 'knowledgeQ' is missing (the file has 'knowlegeQ': misspelled?)" in message


def test_missing_and_unknown_columns_reported_together(studies, tmp_path):
    rows = example_rows("study2")
    rows[0][rows[0].index("SP_Name")] = "Speaker"
    rows[0][rows[0].index("State")] = "Stat"
    message = rejection(studies["study2"], write_rows(tmp_path / "in.csv", rows))
    assert "column 'SP_Name' is missing" in message
    assert "column 'Speaker' is not a column of study2" in message
    assert "column 'State' is missing (the file has 'Stat': misspelled?)" in message


# --- cells -----------------------------------------------------------------------------


def test_wrong_type(studies, tmp_path):
    rows = example_rows("study1")
    set_cell(rows, 3, "access", "two")
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert problem_lines(message) == [
        "row 3 (line 4), column 'access': 'two' is not a whole number"
    ]
    assert "TypeError" not in message


def test_wrong_type_does_not_hide_other_rows_problems(studies, tmp_path):
    rows = example_rows("study1")
    set_cell(rows, 2, "access", "1")
    set_cell(rows, 2, "observe", "2")
    set_cell(rows, 5, "access", "two")
    set_cell(rows, 7, "participant_id", "")
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert "3 problem(s)" in message
    lines = problem_lines(message)
    assert lines[0].startswith("row 2 (line 3), columns observe, access (observe=2, access=1)")
    assert lines[1] == "row 5 (line 6), column 'access': 'two' is not a whole number"
    assert lines[2] == "row 7 (line 8), column 'participant_id': '' is not a whole number"


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("access", "0", "0 is below the minimum 1"),
        ("access", "4", "4 is above the maximum 3"),
        ("observe", "0", "0 is below the minimum 1"),
        ("observe", "4", "4 is above the maximum 3"),
    ],
)
def test_out_of_range(studies, tmp_path, column, value, problem):
    rows = example_rows("study1")
    set_cell(rows, 4, column, value)
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert f"row 4 (line 5), column '{column}': {problem}" in message


def test_several_range_problems_at_once(studies, tmp_path):
    rows = example_rows("study1")
    set_cell(rows, 1, "observe", "0")
    set_cell(rows, 9, "access", "4")
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert "row 1 (line 2), column 'observe': 0 is below the minimum 1" in message
    assert "row 9 (line 10), column 'access': 4 is above the maximum 3" in message


def test_observe_above_access(studies, tmp_path):
    rows = example_rows("study1")
    set_cell(rows, 2, "access", "1")
    set_cell(rows, 2, "observe", "3")
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    # One line for the row, naming the check's two columns, not every column of the row.
    assert problem_lines(message) == [
        "row 2 (line 3), columns observe, access (observe=3, access=1): the speaker cannot "
        "observe more objects than they looked at (observe > access)"
    ]


@pytest.mark.parametrize("wording", ["4 hearts", "3 heart", "three hearts", ""])
def test_unknown_state_wording(studies, tmp_path, wording):
    rows = example_rows("study2")
    set_cell(rows, 6, "State", wording)
    message = rejection(studies["study2"], write_rows(tmp_path / "in.csv", rows))
    assert f"row 6 (line 7), column 'State': {wording!r}" in message
    assert "is not one of '0 hearts', '1 heart', '2 hearts', '3 hearts'" in message


def test_unknown_goal_wording(studies, tmp_path):
    rows = example_rows("study2")
    set_cell(rows, 2, "Goal", "If Nora wanted to be nice")
    set_cell(rows, 8, "State", "3 heart")
    message = rejection(studies["study2"], write_rows(tmp_path / "in.csv", rows))
    assert "2 problem(s)" in message
    assert (
        "row 2 (line 3), column 'Goal': 'If Nora wanted to be nice' matches none of the "
        "known wordings, so Goal_simplified cannot be derived"
    ) in message
    assert "row 8 (line 9), column 'State': '3 heart'" in message


def test_empty_text_cell(studies, tmp_path):
    rows = example_rows("study2")
    set_cell(rows, 3, "SP_Name", "")
    set_cell(rows, 4, "Utterance", "")  # may be empty
    message = rejection(studies["study2"], write_rows(tmp_path / "in.csv", rows))
    assert problem_lines(message) == ["row 3 (line 4), column 'SP_Name': '' is empty"]


def test_duplicate_trial(studies, tmp_path):
    rows = example_rows("study1")
    assert studies["study1"].trial_id == ["participant_id", "story_shortname"]
    rows[5] = list(rows[2])
    rows[5][rows[0].index("access")] = "3"  # same trial, other condition: still a duplicate
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    participant, story = rows[2][0], rows[2][1]
    assert problem_lines(message) == [
        f"row 2 (line 3), duplicate trial: participant_id={int(participant)}, "
        f"story_shortname={story!r} is also row 5",
        f"row 5 (line 6), duplicate trial: participant_id={int(participant)}, "
        f"story_shortname={story!r} is also row 2",
    ]


def test_same_participant_other_story_is_not_a_duplicate(studies, tmp_path):
    rows = example_rows("study2")
    assert studies["study2"].trial_id == ["Participant_ID", "Domain"]
    set_cell(rows, 5, "Participant_ID", rows[1][0])
    assert rows[5][1] != rows[1][1]
    frame = read_study_input(studies["study2"], write_rows(tmp_path / "in.csv", rows))
    assert len(frame) == len(rows) - 1


# --- whole files -----------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\n \t\r\n"], ids=["zero-bytes", "whitespace"])
def test_empty_file(studies, tmp_path, content):
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    assert rejection(studies["study1"], path) == f"{path}: the file is empty"


def test_header_without_rows(studies, tmp_path):
    path = write_rows(tmp_path / "in.csv", example_rows("study2")[:1])
    message = rejection(studies["study2"], path)
    assert message == f"{path}: the file has a header but no data rows"


@pytest.mark.parametrize("indent", [None, 2])
def test_json_document(studies, tmp_path, indent):
    rows = example_rows("study1")
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    path = tmp_path / "in.csv"
    path.write_text(json.dumps(records, indent=indent), encoding="utf-8")
    message = rejection(studies["study1"], path)
    assert "not a CSV file (it looks like JSON)" in message


def test_zip_file(studies, tmp_path):
    path = tmp_path / "in.csv"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(STUDIES / "study1" / "example.csv", "study1.csv")
    message = rejection(studies["study1"], path)
    assert "not a CSV file (it is a zip archive" in message


def test_binary_file(studies, tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(bytes(range(256)) * 4)
    assert "not a CSV file (it contains binary data)" in rejection(studies["study1"], path)


def test_latin1_file(studies, tmp_path):
    rows = example_rows("study2")
    set_cell(rows, 3, "SP_Name", "Zoë")
    path = tmp_path / "in.csv"
    with open(path, "w", newline="", encoding="latin-1") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    message = rejection(studies["study2"], path)
    assert "not UTF-8 text" in message
    assert "line 4" in message  # data row 3 is on line 4
    assert "save the file as UTF-8 CSV" in message


def test_wrong_number_of_fields(studies, tmp_path):
    rows = example_rows("study1")
    rows[4] = rows[4][:-1]
    rows[8] = rows[8] + ["extra"]
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert problem_lines(message) == [
        "row 4 (line 5): has 8 fields; the header has 9",
        "row 8 (line 9): has 10 fields; the header has 9",
    ]


def test_semicolon_separated_file(studies, tmp_path):
    path = tmp_path / "in.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(example_rows("study1"))
    message = rejection(studies["study1"], path)
    assert "the header has a single column: is this a CSV (comma-separated)?" in message


def test_missing_file(studies, tmp_path):
    path = tmp_path / "absent.csv"
    assert rejection(studies["study1"], path) == f"{path}: input file not found"


def test_multiline_field_keeps_line_numbers(studies, tmp_path):
    rows = example_rows("study1")
    set_cell(rows, 2, "story_setup", rows[2][rows[0].index("story_setup")] + "\nSecond line.")
    set_cell(rows, 5, "speach", "")
    path = write_rows(tmp_path / "in.csv", rows)
    assert path.read_text(encoding="utf-8").count("\n") == len(rows) + 1
    message = rejection(studies["study1"], path)
    # Data row 5 is on line 7: the header, rows 1-4 (row 2 takes two lines), then row 5.
    assert problem_lines(message) == ["row 5 (line 7), column 'speach': '' is empty"]


def test_blank_lines_keep_line_numbers(studies, tmp_path):
    rows = example_rows("study2")
    set_cell(rows, 3, "State", "4 hearts")
    path = tmp_path / "in.csv"
    text = "\n".join(",".join(_quote(cell) for cell in row) for row in rows)
    lines = text.split("\n")
    path.write_text("\n".join(lines[:2] + [""] + lines[2:]) + "\n", encoding="utf-8")
    message = rejection(studies["study2"], path)
    assert "row 3 (line 5), column 'State': '4 hearts'" in message


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


# --- inputs that pass ------------------------------------------------------------------

EXPECTED_GOAL = [
    ("BOTH make", "AND give accurate and informative feedback", "both"),
    ("make", "feel good, rather than give informative feedback", "social"),
    ("give as accurate and informative feedback as possible", "", "informative"),
]
EXPECTED_STATE = {"0 hearts": 0, "1 heart": 1, "2 hearts": 2, "3 hearts": 3}


def expected_goal(goal: str) -> str:
    """The Goal's kind, by the published wordings (docs/columns.md), independently of the
    study's patterns."""
    for start, end, kind in EXPECTED_GOAL:
        if start in goal and end in goal:
            return kind
    raise AssertionError(f"unexpected goal {goal!r}")


def check_study2(frame, rows: list[list[str]]) -> None:
    header = rows[0]
    assert list(frame.columns) == header + ["Goal_simplified", "State_number"]
    assert len(frame) == len(rows) - 1
    for record, row in zip(frame.to_dict("records"), rows[1:], strict=True):
        source = dict(zip(header, row, strict=True))
        assert record["Goal_simplified"] == expected_goal(source["Goal"])
        assert record["State_number"] == EXPECTED_STATE[source["State"]]
        assert record["Participant_ID"] == int(source["Participant_ID"])
        assert record["Scenario"] == source["Scenario"]


def test_example_study1_passes(studies):
    rows = example_rows("study1")
    frame = read_study_input(studies["study1"], studies["study1"].example_input)
    assert list(frame.columns) == rows[0]
    assert len(frame) == len(rows) - 1
    assert str(frame["access"].dtype) == "int64"
    assert frame["observe"].tolist() == [int(row[rows[0].index("observe")]) for row in rows[1:]]
    assert frame["story_setup"].tolist() == [row[2] for row in rows[1:]]


def test_example_study2_passes_with_derived_columns(studies):
    rows = example_rows("study2")
    frame = read_study_input(studies["study2"], studies["study2"].example_input)
    check_study2(frame, rows)
    # The examples cover every goal kind and every state.
    assert set(frame["Goal_simplified"]) == {"both", "social", "informative"}
    assert set(frame["State_number"]) == {0, 1, 2, 3}


def test_byte_order_mark_and_crlf_pass(studies, tmp_path):
    path = tmp_path / "in.csv"
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(example_rows("study2"))
    check_study2(read_study_input(studies["study2"], path), example_rows("study2"))


def _read_records(path: Path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return [row for row in csv.reader(handle) if row]


# --- what spreadsheet tools and pandas write ------------------------------------------------


def test_whole_numbers_with_a_zero_fraction_pass(studies, tmp_path):
    rows = example_rows("study1")
    expected = [int(row[rows[0].index("access")]) for row in rows[1:]]
    set_cell(rows, 1, "access", rows[1][rows[0].index("access")] + ".0")
    set_cell(rows, 2, "observe", " 1.00 ")
    set_cell(rows, 3, "participant_id", rows[3][0] + ".0")
    frame = read_study_input(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert frame["access"].tolist() == expected
    assert frame["observe"].iloc[1] == 1
    assert frame["participant_id"].iloc[2] == int(rows[3][0].removesuffix(".0"))
    assert str(frame["access"].dtype) == "int64"


@pytest.mark.parametrize("value", ["1.5", "2.01", "1.", "1e0", "2,0"])
def test_a_number_with_a_fraction_is_still_rejected(studies, tmp_path, value):
    rows = example_rows("study1")
    set_cell(rows, 3, "access", value)
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert problem_lines(message) == [
        f"row 3 (line 4), column 'access': {value!r} is not a whole number"
    ]


def test_rows_of_empty_cells_after_the_data_are_dropped(studies, tmp_path):
    rows = example_rows("study2")
    width = len(rows[0])
    # As a spreadsheet exports them (every cell empty, some with spaces), and shorter.
    tail = [[""] * width, [" "] * width, [""] * width, ["", ""]]
    frame = read_study_input(studies["study2"], write_rows(tmp_path / "in.csv", rows + tail))
    check_study2(frame, rows)


def test_a_pandas_export_with_an_empty_last_row_passes(studies, tmp_path):
    import pandas as pd

    rows = example_rows("study1")
    frame = pd.DataFrame(rows[1:], columns=rows[0])
    frame.loc[len(frame)] = [None] * len(rows[0])
    path = tmp_path / "in.csv"
    frame.to_csv(path, index=False)
    assert path.read_text().splitlines()[-1] == "," * (len(rows[0]) - 1)
    assert len(read_study_input(studies["study1"], path)) == len(rows) - 1


def test_a_blank_row_inside_the_data_is_reported_with_the_other_problems(studies, tmp_path):
    rows = example_rows("study1")
    set_cell(rows, 6, "access", "1.5")
    rows.insert(3, [""] * len(rows[0]))  # becomes data row 3; row 6 moves to row 7
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert problem_lines(message) == [
        "row 3 (line 4): every cell is empty (a blank row inside the data; rows of empty "
        "cells are only skipped at the end of the file)",
        "row 7 (line 8), column 'access': '1.5' is not a whole number",
    ]


def test_columns_without_name_or_value_are_dropped(studies, tmp_path):
    rows = [row + ["", ""] for row in example_rows("study2")]
    frame = read_study_input(studies["study2"], write_rows(tmp_path / "in.csv", rows))
    check_study2(frame, [row[:-2] for row in rows])


def test_an_unnamed_column_with_values_is_refused(studies, tmp_path):
    # pandas' to_csv(index=True) writes the index as a first column without a name.
    rows = example_rows("study1")
    rows = [[""] + rows[0]] + [[str(i)] + row for i, row in enumerate(rows[1:])]
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert "column(s) 1 of the header have no name but hold values" in message


NOTES = ["007", "NA", "", "a, b", 'Zoë said "fine"', "None", "1.0", "nan"]


def with_notes(rows: list[list[str]], position: int) -> list[list[str]]:
    """The rows with a `notes` column at `position`, holding values a reader might mangle."""
    out = [rows[0][:position] + ["notes"] + rows[0][position:]]
    for number, row in enumerate(rows[1:]):
        out.append(row[:position] + [NOTES[number % len(NOTES)]] + row[position:])
    return out


def test_an_extra_column_is_carried_along_as_written(studies, tmp_path):
    from llm_pragmatics.inputs import read_validated_input
    from llm_pragmatics.tables import write_csv_atomically

    study = studies["study2"]
    rows = with_notes(example_rows("study2"), 2)
    frame = read_study_input(study, write_rows(tmp_path / "in.csv", rows))
    # The study's columns, then the extra one, then the derived ones.
    assert list(frame.columns) == [*study.columns, "notes", *study.derived]
    expected = [row[2] for row in rows[1:]]
    assert frame["notes"].tolist() == expected
    # What the gate writes reads back the same: the stages see the notes as written.
    write_csv_atomically(frame, tmp_path / "gated.csv")
    again = read_validated_input(study, tmp_path / "gated.csv")
    assert again["notes"].tolist() == expected
    assert again["State_number"].tolist() == frame["State_number"].tolist()
    assert str(again["Participant_ID"].dtype) == "int64"


def test_an_extra_column_does_not_hide_a_misspelled_one(studies, tmp_path):
    rows = with_notes(example_rows("study1"), 0)
    rows[0][rows[0].index("knowledgeQ")] = "knowledge_Q"
    message = rejection(studies["study1"], write_rows(tmp_path / "in.csv", rows))
    assert "column 'knowledgeQ' is missing (the file has 'knowledge_Q': misspelled?)" in message
    assert "'knowledge_Q' is not a column" not in message


@pytest.mark.parametrize("name", ["State_number", "model_response", "replicate", "model"])
def test_an_extra_column_may_not_take_a_name_the_workflow_adds(studies, tmp_path, name):
    from llm_pragmatics.schemas import stage_column_names

    rows = example_rows("study2")
    rows[0].append(name)
    for row in rows[1:]:
        row.append("x")
    path = write_rows(tmp_path / "in.csv", rows)
    with pytest.raises(InputError) as caught:
        read_study_input(studies["study2"], path, stage_column_names(studies["study2"]))
    assert f"column {name!r} has the name of a column the workflow adds" in str(caught.value)


def test_the_stage_schemas_carry_an_extra_column_after_the_studys(studies, tmp_path):
    """Every stage's output starts with the gated input's columns, the extra one as text."""
    from llm_pragmatics.extraction import ExtractionSpec
    from llm_pragmatics.questions import ProbabilityDesign
    from llm_pragmatics.schemas import probabilities_schema, raw_schema, structured_schema

    study = studies["study2"]
    rows = with_notes(example_rows("study2"), 3)
    inputs = read_study_input(study, write_rows(tmp_path / "in.csv", rows))
    design = ProbabilityDesign.of(study)
    for schema in (raw_schema(study, inputs, 1), probabilities_schema(study, inputs, design)):
        assert list(schema.columns)[: len(inputs.columns)] == list(inputs.columns)
        assert schema.columns["notes"].dtype is not None
    raw = inputs.assign(model_response="It was good.")
    schema = structured_schema(study, raw, ExtractionSpec.from_study(study))
    assert "str" in str(schema.columns["notes"].dtype)


def test_real_study1_passes(studies, shared_data):
    frame = read_study_input(studies["study1"], shared_data / "study1.csv")
    assert len(frame) == 300
    assert (frame["observe"] <= frame["access"]).all()
    assert set(zip(frame["access"], frame["observe"], strict=True)) == {
        (1, 1),
        (2, 1),
        (2, 2),
        (3, 1),
        (3, 2),
        (3, 3),
    }
    assert frame["story_setup"].str.contains("<br>").all()


def test_real_study2_passes(studies, shared_data):
    path = shared_data / "study2.csv"
    frame = read_study_input(studies["study2"], path)
    assert len(frame) == 2424
    check_study2(frame, _read_records(path))
