"""The structured stage's extraction: the parser, the model path, the output gate.

The labelled answers (tests/data/labelled/, development halves) were written for the
project in the styles chat models answer in, or are real answers of the local model; "" in
a label means the answer does not state the field.
"""

from __future__ import annotations

import json

import jsonschema
import pandas as pd
import pytest

from llm_pragmatics.extraction import (
    NOT_STATED,
    ExtractionSpec,
    build_structured_table,
    combine,
    extraction_request,
    parse,
    response_schema,
    summarise,
)
from llm_pragmatics.schemas import structured_schema, validate

from .labelled import extraction_settings, labelled, model_runner, score, table

STUDIES = ["study1", "study2"]


@pytest.fixture(scope="module")
def specs(studies) -> dict[str, ExtractionSpec]:
    return {name: ExtractionSpec.from_study(studies[name]) for name in STUDIES}


def test_the_labelled_sets_have_at_least_60_answers_each(specs):
    for name in STUDIES:
        cases = labelled(name)
        assert len(cases) >= 60
        assert set(specs[name].names) <= set(cases.columns)


@pytest.mark.parametrize("study", STUDIES)
def test_the_parser_alone_invents_nothing(studies, study):
    scores, _ = score(studies[study], None, None, {})
    print(f"\n{study}, parser alone:\n{table(scores)}")
    assert sum(s.invented for s in scores.values()) == 0


@pytest.mark.server
@pytest.mark.parametrize("study", STUDIES)
def test_parser_and_model_reach_98_percent_with_nothing_invented(
    studies, study, vllm_server, model, tmp_path
):
    runner = model_runner(vllm_server, model, tmp_path / "journal.sqlite", study)
    scores, extractions = score(studies[study], runner, model, extraction_settings())
    print(f"\n{study}, parser + {model.key}:\n{table(scores)}")
    for name, result in scores.items():
        for wrong in result.wrong:
            print(f"  {name}: {wrong}")
    correct = sum(s.correct for s in scores.values())
    total = sum(s.total for s in scores.values())
    assert sum(s.invented for s in scores.values()) == 0
    assert correct / total >= 0.98
    assert any(e.method == "parser+model" for e in extractions)  # the model path ran


@pytest.mark.server
def test_the_model_output_is_constrained_to_the_schema(specs, vllm_server, model, tmp_path):
    """Asked for every field, the real model only ever emits the schema's JSON and values."""
    answers = {
        "study1": ["I would rather not bet.", "Prior: 2\nKnowledge: yes", "Three, I think."],
        "study2": ["Honestly? Good.", "I can't say.", "It wasn't amazing, sorry."],
    }
    for name, texts in answers.items():
        spec = specs[name]
        fields = list(spec.fields)
        runner = model_runner(vllm_server, model, tmp_path / f"{name}.sqlite", name)
        requests = [
            extraction_request(spec, model, text, fields, extraction_settings()) for text in texts
        ]
        schema = response_schema(fields)
        for done in runner.run(requests):
            content = json.loads(done.response["choices"][0]["message"]["content"])
            jsonschema.validate(content, schema)
            for f in fields:
                assert content[f.name]["value"] in [*f.choices(), NOT_STATED]


def _reply(payload: dict) -> dict:
    return {"choices": [{"message": {"content": json.dumps(payload)}}]}


def test_model_values_the_answer_does_not_support_are_rejected(specs):
    spec = specs["study1"]
    answer = "I'm sorry, I can't pick a number from 0 to 3. Ana looked at 2 of the 3 jars."
    reading = parse(spec, answer)
    asked = [f for f in spec.fields if f.name in reading.missing]
    invented = {
        "Prior_A": {"quote": "Prior: 2", "value": "2"},  # not in the answer
        "probability_0": {"quote": "from 0 to 3", "value": "0"},  # no bet there
        "probability_1": {"quote": "", "value": "50"},
        "probability_2": {"quote": "looked at 2 of the 3 jars", "value": "2"},
        "probability_3": {"quote": "3", "value": NOT_STATED},
        "Knowledge_A": {"quote": "I can't pick", "value": "no"},  # says nothing of knowing
    }
    result = combine(spec, answer, reading, _reply(invented), asked)
    assert result.values == {}
    assert result.confidence == 0.0
    assert "Prior_A: not stated (model value '2' rejected: not in the answer)" in result.errors
    assert "probability_3: not stated" in result.errors


def test_model_values_the_answer_states_are_kept_and_discounted(specs):
    spec = specs["study2"]
    answer = "Hmm, I suppose the speaker, wanting to be kind, goes with: it was, um, amazing"
    reading = parse(spec, answer)
    asked = [f for f in spec.fields if f.name in reading.missing]
    assert [f.name for f in asked] == ["Was_Wasnt", "Assessment"]
    reply = _reply(
        {
            "Was_Wasnt": {"quote": "it was, um", "value": "was"},
            "Assessment": {"quote": "amazing", "value": "amazing"},
        }
    )
    result = combine(spec, answer, reading, reply, asked)
    assert result.values == {"Was_Wasnt": "was", "Assessment": "amazing"}
    assert result.method == "parser+model" and result.errors == []
    assert result.confidence == 0.75


def test_an_unreadable_model_reply_leaves_the_fields_empty(specs):
    spec = specs["study2"]
    reading = parse(spec, "Well, let me think about it.")
    asked = list(spec.fields)
    reply = {"choices": [{"message": {"content": '{"Was_Wasnt": {"quote": "'}}]}
    result = combine(spec, "Well, let me think about it.", reading, reply, asked)
    assert result.values == {} and len(result.errors) == 2


def test_bets_off_100_are_kept_as_stated_and_flagged(specs):
    spec = specs["study1"]
    answer = "Prior: 3\nBets: 0: 10%, 1: 20%, 2: 30%, 3: 50%\nKnowledge: no"
    result = combine(spec, answer, parse(spec, answer), None, [])
    assert [result.values[f"probability_{s}"] for s in range(4)] == [10, 20, 30, 50]
    assert result.errors == ["bets sum to 110, not 100"] and result.flagged
    assert result.confidence == 0.5


def test_conflicts_and_out_of_range_values_are_not_sent_to_the_model(specs):
    spec = specs["study1"]
    answer = "Prior: 5\nBets: 0: 0%, 1: 0%, 2: 0%, 3: 100%\nKnowledge: yes\nKnowledge: no"
    reading = parse(spec, answer)
    assert reading.missing == []
    assert reading.problems == {
        "Prior_A": "Prior_A: 5 is out of range",
        "Knowledge_A": "Knowledge_A: conflicting answers (no, yes)",
    }


def _raw_table(study, answers: list[str]) -> pd.DataFrame:
    rows = []
    for index, answer in enumerate(answers):
        row = {name: "x" if c["type"] == "str" else index for name, c in study.columns.items()}
        row.update({name: "x" for name in study.derived})
        row.update(
            {
                "replicate": 1,
                "model_name": "m",
                "model_response": answer,
                "finish_reason": "stop",
                "prompt_tokens": 10,
                "completion_tokens": 5,
                "response_timestamp": "2025-01-01T00:00:00.000+00:00",
                "processing_time_ms": 1.0,
                "seed": 1,
            }
        )
        rows.append(row)
    return pd.DataFrame(rows)


@pytest.mark.parametrize("study", STUDIES)
def test_the_output_passes_its_schema_and_the_summary_counts_by_method(studies, specs, study):
    spec = specs[study]
    answers = labelled(study)["response"].tolist()
    raw = _raw_table(studies[study], answers)
    frame, extractions = build_structured_table(spec, raw, None, None, {})
    schema = structured_schema(
        studies[study], raw, studies[study].structured["fields"], spec.cleaned_column
    )
    validate(schema, frame, study)
    assert list(frame.columns) == list(raw.columns) + spec.output_columns
    summary = summarise(spec, extractions).set_index("extraction_method")
    assert summary.loc["all", "rows"] == len(answers)
    assert summary.loc["all", "rows_complete"] == sum(
        len(e.values) == len(spec.fields) for e in extractions
    )
    # An empty field without its error fails the gate.
    broken = frame.copy()
    broken["extraction_errors"] = ""
    with pytest.raises(Exception, match="an empty field not named in extraction_errors"):
        validate(schema, broken, study)
