"""Prompt rendering, chat messages per model, and the per-request seed."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from llm_pragmatics.config import Model, messages_for
from llm_pragmatics.errors import WorkflowError
from llm_pragmatics.inputs import read_study_input
from llm_pragmatics.prompts import render
from llm_pragmatics.raw import row_seed

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def example_rows(studies) -> dict[str, list[dict]]:
    return {
        name: read_study_input(study, study.example_input).to_dict("records")
        for name, study in studies.items()
    }


# The row's own texts every prompt must carry, per study.
OWN_TEXTS = {
    "study1": ["priorQ", "speach", "speachQ", "knowledgeQ"],
    "study2": ["Precontext", "Scenario", "SP_Name", "LS_Name", "Domain", "State", "Goal"],
}


@pytest.mark.parametrize("study_name", ["study1", "study2"])
def test_every_example_row_renders(studies, example_rows, study_name):
    study = studies[study_name]
    rows = example_rows[study_name]
    assert len(rows) == 12
    prompts = set()
    for row in rows:
        system = render(study, "raw", "system", row)
        user = render(study, "raw", "user", row)
        assert system and user
        for text in (system, user):
            assert "{{" not in text and "}}" not in text
            assert "{%" not in text
            assert text == text.strip()
        for column in OWN_TEXTS[study_name]:
            assert row[column] in user, column
        prompts.add(user)
    assert len(prompts) == len(rows)  # every trial gets its own prompt


def test_study1_story_setup_line_break(studies, example_rows):
    study = studies["study1"]
    for row in example_rows["study1"]:
        before, after = (part.strip() for part in row["story_setup"].split("<br>"))
        user = render(study, "raw", "user", row)
        assert "<br>" not in user
        assert user.startswith(before + "\n")
        assert after in user.splitlines()[1]
        assert "Answer yes or no." in user


def test_study2_prompt_names_the_state_and_the_answer_form(studies, example_rows):
    study = studies["study2"]
    row = example_rows["study2"][0]
    user = render(study, "raw", "user", row)
    assert f"on a scale\nof 0 to 3 hearts: {row['State']}." in user
    assert f"what would {row['SP_Name']} be most likely to say?" in user
    assert "terrible, bad, good, amazing" in user
    assert row["Utterance"] not in user  # the human answer never reaches the model


def test_missing_variable_names_it(studies, example_rows):
    study = studies["study1"]
    row = dict(example_rows["study1"][0])
    del row["knowledgeQ"]
    with pytest.raises(WorkflowError) as caught:
        render(study, "raw", "user", row)
    message = str(caught.value)
    assert "'knowledgeQ' is undefined" in message
    assert "study1's raw prompt (user)" in message


def with_prompts(study, prompts):
    return dataclasses.replace(study, definition={**study.definition, "prompts": prompts})


def test_template_with_unknown_variable(studies, example_rows):
    prompts = {"raw": {"system": "Hello {{ participant_name }}.", "user": "{{ speach }}"}}
    study = with_prompts(studies["study1"], prompts)
    row = example_rows["study1"][0]
    assert render(study, "raw", "user", row) == row["speach"]
    with pytest.raises(WorkflowError, match="'participant_name' is undefined"):
        render(study, "raw", "system", row)


def test_invalid_template_and_unknown_stage(studies, example_rows):
    study = with_prompts(studies["study1"], {"raw": {"user": "{{ speach "}})
    row = example_rows["study1"][0]
    with pytest.raises(WorkflowError, match="is not a valid template"):
        render(study, "raw", "user", row)
    with pytest.raises(WorkflowError, match="defines no prompt for the probabilities stage"):
        render(study, "probabilities", "user", row)
    assert render(study, "raw", "system", row) == ""


# --- chat messages ---------------------------------------------------------------------


def test_no_system_role_gives_one_user_message(catalog, studies, example_rows):
    gemma = Model.from_catalog(catalog, "gemma-2-2b-it")
    assert not gemma.system_role
    study, row = studies["study2"], example_rows["study2"][3]
    system = render(study, "raw", "system", row)
    user = render(study, "raw", "user", row)
    messages = messages_for(gemma, system, user)
    assert len(messages) == 1
    assert messages[0]["role"] == "user"
    assert messages[0]["content"].startswith(system)
    assert messages[0]["content"] == f"{system}\n\n{user}"


def test_system_role_gives_system_and_user_messages(catalog, studies, example_rows):
    llama = Model.from_catalog(catalog, "llama-3.1-8b-instruct")
    assert llama.system_role
    study, row = studies["study1"], example_rows["study1"][3]
    system = render(study, "raw", "system", row)
    user = render(study, "raw", "user", row)
    assert messages_for(llama, system, user) == [
        {"role": "system", "content": system},
        {"role": "user", "content": user},
    ]


@pytest.mark.parametrize("key", ["gemma-2-9b-it", "smollm2"])
def test_no_system_text_gives_the_user_message_alone(catalog, key):
    model = Model.from_catalog(catalog, key)
    assert messages_for(model, "", "Hi") == [{"role": "user", "content": "Hi"}]
    assert messages_for(model, None, "Hi") == [{"role": "user", "content": "Hi"}]


# --- per-request seeds -----------------------------------------------------------------


def test_row_seed_deterministic_and_in_range(studies, example_rows):
    for name, study in studies.items():
        for row in example_rows[name]:
            seeds = [row_seed(20130101, study, row, replicate) for replicate in (1, 2, 3)]
            assert seeds == [row_seed(20130101, study, dict(row), r) for r in (1, 2, 3)]
            assert len(set(seeds)) == 3  # differs by replicate
            for seed in seeds:
                assert isinstance(seed, int)
                assert 0 <= seed < 2**31


def test_row_seed_differs_by_trial_and_base_seed(studies, example_rows):
    study = studies["study2"]
    rows = example_rows["study2"]
    seeds = [row_seed(7, study, row, 1) for row in rows]
    assert len(set(seeds)) == len(rows)
    assert row_seed(8, study, rows[0], 1) != seeds[0]
    # The same trial ids in the other study are another trial.
    other = {"participant_id": rows[0]["Participant_ID"], "story_shortname": rows[0]["Domain"]}
    assert row_seed(7, studies["study1"], other, 1) != seeds[0]


def test_row_seed_depends_on_trial_id_only(studies, example_rows):
    study = studies["study1"]
    rows = example_rows["study1"]
    forward = {(r["participant_id"], r["story_shortname"]): row_seed(1, study, r, 2) for r in rows}
    backward = {
        (r["participant_id"], r["story_shortname"]): row_seed(1, study, r, 2) for r in rows[::-1]
    }
    assert forward == backward
    # Columns outside the trial id do not change the seed; the trial id does.
    row = dict(rows[0])
    changed = {**row, "speach": "something else", "access": 3}
    assert row_seed(1, study, changed, 2) == row_seed(1, study, row, 2)
    assert row_seed(1, study, {**row, "participant_id": 999}, 2) != row_seed(1, study, row, 2)
