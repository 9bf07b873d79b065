"""A study is a folder: loading and checking it, its own code, the stages it defines, and
what the plan and the figures make of it."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml

from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.errors import InputError, WorkflowError
from llm_pragmatics.extraction import ExtractionSpec, extraction_request
from llm_pragmatics.figures import figure_specs
from llm_pragmatics.inputs import read_study_input
from llm_pragmatics.plan import build_plan, requests_per_model
from llm_pragmatics.raw import raw_request, row_seed
from llm_pragmatics.studies import Study, input_file, load_studies, skipped_stages

from .conftest import REPO

CONFIG = load_yaml(REPO / "config" / "config.yaml")
CATALOG = load_yaml(REPO / "config" / "models.yaml")
SCALAR = REPO / "tests" / "data" / "studies" / "scalar"
STAGES = ["raw", "probabilities", "structured"]


def study_copy(tmp_path: Path, source: Path, name: str, change=None) -> Path:
    """A copy of a study folder under another name, its definition changed by `change`."""
    folder = tmp_path / name
    shutil.copytree(source, folder)
    if change is not None:
        definition = load_yaml(folder / "study.yaml")
        change(definition)
        (folder / "study.yaml").write_text(yaml.safe_dump(definition, sort_keys=False))
    return folder


def without(*blocks):
    def change(definition):
        for block in blocks:
            definition.pop(block, None)

    return change


def failure(function, *args) -> str:
    with pytest.raises(WorkflowError) as caught:
        function(*args)
    return str(caught.value)


# --- loading ---------------------------------------------------------------------------


def test_every_study_folder_loads_with_its_key_as_name_and_its_folder_as_id():
    folders = {**CONFIG["studies"], "scalar": SCALAR}
    for key, folder in folders.items():
        study = Study.load(key, REPO / folder)
        assert (study.name, study.id) == (key, Path(folder).name)
        assert study.definition_file.is_file() and study.example_input.is_file()
        assert set(study.planned_stages(STAGES)) == set(STAGES)
    assert [path.name for path in Study.load("s", SCALAR).code_files] == ["scalar.py"]


def test_a_renamed_key_sends_the_same_requests():
    """Seeds and requests depend on the folder (the id), not on the config's key."""
    original = Study.load("study1", REPO / "config" / "studies" / "study1")
    renamed = Study.load("knowledge", REPO / "config" / "studies" / "study1")
    row = read_study_input(original, original.example_input).iloc[0].to_dict()
    sampling = CONFIG["sampling"]
    model = Model.from_catalog(CATALOG, "smollm2")
    seeds = [row_seed(sampling["seed"], study, row, 1) for study in (original, renamed)]
    assert seeds[0] == seeds[1]
    requests = [raw_request(s, model, row, sampling, seeds[0]) for s in (original, renamed)]
    assert requests[0] == requests[1]
    extraction = [
        extraction_request(ExtractionSpec.from_study(s), model, "Prior: 2", [], {})
        for s in (original, renamed)
    ]
    assert extraction[0] == extraction[1]
    assert extraction[0].body["response_format"]["json_schema"]["name"] == "study1_fields"


def test_an_invalid_definition_is_refused_naming_the_file_and_the_key(tmp_path):
    def change(definition):
        definition["columns"]["access"]["type"] = "integer"
        definition["prompts"]["raw"]["usr"] = definition["prompts"]["raw"].pop("user")

    folder = study_copy(tmp_path, REPO / "config" / "studies" / "study1", "broken", change)
    message = failure(Study.load, "study1", folder)
    assert str(folder / "study.yaml") in message
    assert "columns/access/type: 'integer' is not one of ['int', 'str']" in message
    assert "prompts/raw: 'user' is a required property" in message


def test_a_folder_without_a_definition_is_refused(tmp_path):
    message = failure(Study.load, "ghost", tmp_path)
    assert f"{tmp_path / 'study.yaml'} not found" in message


# --- the study's own code --------------------------------------------------------------


def test_a_function_ref_names_a_function_of_the_folders_module():
    study = Study.load("scalar", SCALAR)
    alternative = study.function({"function": "scalar.alternative"})
    assert alternative({"statement": "Some of the cookies are burnt."}) == (
        "All of the cookies are burnt."
    )
    assert study.function("scalar.alternative") is alternative


@pytest.mark.parametrize(
    ("ref", "problem"),
    [
        ("missing.alternative", "missing.py does not exist"),
        ("scalar.nothing", "has no function 'nothing'"),
        ("alternative", "a function is written <module>.<name>"),
    ],
)
def test_a_wrong_function_ref_names_the_definition(ref, problem):
    study = Study.load("scalar", SCALAR)
    message = failure(study.function, {"function": ref})
    assert str(study.definition_file) in message and problem in message


def test_a_derived_column_naming_a_missing_function_fails_when_the_study_loads(tmp_path):
    def change(definition):
        definition["derived"]["alternative"]["function"] = "scalar.altrenative"

    folder = study_copy(tmp_path, SCALAR, "scalar", change)
    assert "has no function 'altrenative'" in failure(Study.load, "scalar", folder)


def test_a_module_that_fails_to_import_is_named(tmp_path):
    folder = study_copy(tmp_path, SCALAR, "scalar")
    (folder / "scalar.py").write_text("def alternative(row):\n    return (\n")
    message = failure(Study.load, "scalar", folder)
    assert str(folder / "scalar.py") in message and "fails to import" in message


def test_two_folders_modules_of_the_same_name_stay_apart(tmp_path):
    studies = []
    for name, word in (("one", "Most"), ("two", "Few")):
        folder = study_copy(tmp_path, SCALAR, name)
        (folder / "scalar.py").write_text(
            f"def alternative(row):\n    return {word!r} + row['statement'][4:]\n"
        )
        studies.append(Study.load(name, folder))
    row = {"statement": "Some of them."}
    assert [s.function("scalar.alternative")(row) for s in studies] == [
        "Most of them.",
        "Few of them.",
    ]


def test_a_derived_column_from_the_studys_code_passes_the_gate_and_names_a_bad_row(tmp_path):
    study = Study.load("scalar", SCALAR)
    frame = read_study_input(study, study.example_input)
    assert list(frame.columns)[-1] == "alternative"
    for statement, alternative in zip(frame["statement"], frame["alternative"], strict=True):
        assert alternative.split(" ", 1)[1] == statement.split(" ", 1)[1]
        assert {alternative.split()[0], statement.split()[0]} == {"Some", "All"}
    lines = study.example_input.read_text().splitlines()
    lines[3] = lines[3].replace("Some of the apples", "Most of the apples")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as caught:
        read_study_input(study, bad)
    message = str(caught.value)
    assert "row 3 (line 4), column 'alternative'" in message and "Most of the apples" in message


# --- stages a study does not define ----------------------------------------------------


def test_a_stage_a_study_does_not_define_is_skipped_with_its_reason(tmp_path):
    folder = study_copy(
        tmp_path, REPO / "config" / "studies" / "study2", "talk", without("probabilities")
    )
    study = Study.load("talk", folder)
    assert study.planned_stages(STAGES) == ["raw", "structured"]
    assert (
        study.missing_for("probabilities") == f"{folder / 'study.yaml'} defines no `probabilities`"
    )
    lines = skipped_stages({"talk": study}, STAGES)
    assert lines == [f"talk skips the probabilities stage: {study.missing_for('probabilities')}"]


def test_structured_needs_the_raw_prompt(tmp_path):
    def change(definition):
        del definition["prompts"]["raw"]

    study = Study.load("s", study_copy(tmp_path, SCALAR, "s", change))
    assert study.planned_stages(STAGES) == ["probabilities"]
    assert "defines no `prompts.raw`" in study.missing_for("structured")


def test_inputs_default_to_the_folders_example_and_unknown_keys_are_refused():
    config = {"studies": {"study1": "config/studies/study1"}, "inputs": {}}
    assert input_file(config, "study1") == "config/studies/study1/example.csv"
    config["inputs"] = {"study1": "/data/study1.csv"}
    assert input_file(config, "study1") == "/data/study1.csv"
    config["inputs"] = {"studdy1": "/data/study1.csv"}
    message = failure(load_studies, config, REPO)
    assert "'studdy1'" in message and "not a configured study" in message


# --- the plan and the figures count only planned stages ---------------------------------


def plan_config(tmp_path: Path, stages: list[str]) -> tuple[dict, dict]:
    folder = study_copy(
        tmp_path,
        REPO / "config" / "studies" / "study2",
        "talk",
        without("probabilities", "figures"),
    )
    config = copy.deepcopy(CONFIG)
    config["studies"] = {"study1": str(REPO / "config" / "studies" / "study1"), "talk": str(folder)}
    config["stages"] = stages
    return config, load_studies(config)


def test_the_plan_counts_only_the_stages_each_study_defines(tmp_path):
    config, studies = plan_config(tmp_path, ["raw"])
    # Before: every plan counted option sequences for every study, and raised for this one.
    plans = build_plan(config, CATALOG, studies)
    loads = {(plan.group, load.stage): load.requests for plan in plans for load in plan.loads}
    assert loads == {("model_smollm2", "raw"): 12 + 12}
    config["stages"] = STAGES
    counts = requests_per_model(config, load_studies(config))
    assert counts == {"raw": 24, "probabilities": 12 * (4 * 11 + 2), "structured": 24}


def test_figures_are_drawn_for_the_planned_stages_only(tmp_path):
    config, studies = plan_config(tmp_path, STAGES)
    drawn = {(s.study, s.name, s.stage) for s in figure_specs(studies, STAGES)}
    assert drawn == {
        ("study1", "probability_heatmaps", "probabilities"),
        ("study1", "expected_state", "probabilities"),
        ("study1", "throughput", "raw"),
        ("study1", "extraction", "structured"),
        ("talk", "throughput", "raw"),
        ("talk", "extraction", "structured"),
    }
    assert {s.name for s in figure_specs(studies, ["raw"])} == {"throughput"}


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"kind": "pie"}, "has kind 'pie'; the kinds are"),
        ({"colour": "red"}, "'colour' is not a parameter"),
        ({"kind": "throughput"}, "are drawn for every study"),
        ({"columns": "quantfier"}, "columns: 'quantfier' is not a column of the input"),
    ],
)
def test_a_wrong_figure_is_refused_naming_the_file(tmp_path, change, problem):
    def edit(definition):
        definition["figures"]["counts"].update(change)

    folder = study_copy(tmp_path, SCALAR, "scalar", edit)
    studies = {"scalar": Study.load("scalar", folder)}
    message = failure(figure_specs, studies, STAGES)
    assert f"{folder / 'study.yaml'}: figure 'counts'" in message and problem in message
