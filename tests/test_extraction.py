"""The structured stage's extraction: the parser, the model path, the output gate.

The labelled answers (tests/data/labelled/<study>_dev.csv; README.md there) were written
for the project in many voices, or are real answers of the local model, labelled by hand;
"" in a label means the answer does not state the field.
"""

from __future__ import annotations

import json

import jsonschema
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

from .labelled import extraction_settings, labelled, model_runner, raw_table, score, table

STUDIES = ["study1", "study2"]


@pytest.fixture(scope="module")
def specs(studies) -> dict[str, ExtractionSpec]:
    return {name: ExtractionSpec.from_study(studies[name]) for name in STUDIES}


def test_the_labelled_sets_have_at_least_60_answers_each(specs):
    for name in STUDIES:
        cases = labelled(name)
        assert len(cases) >= 60
        assert set(specs[name].names) <= set(cases.columns)


def _assert_dev_standard(scores, what: str) -> None:
    """Issue 10's standard on the development half: every field at least 98% right,
    nothing invented, no wrong value in a row with confidence >= 0.9."""
    print(f"\n{what}:\n{table(scores)}")
    for name, result in scores.items():
        for mistake in result.mistakes:
            print(f"  {name}: {mistake}")
    for name, result in scores.items():
        assert result.accuracy >= 0.98, f"{what}: {name} {result.accuracy:.1%}"
        assert result.invented == 0, f"{what}: {name} invented {result.invented}"
        assert result.confident_wrong == 0, f"{what}: {name} wrong at >= 0.9"


@pytest.mark.parametrize("study", STUDIES)
def test_the_parser_alone_invents_nothing(studies, study):
    scores, _ = score(studies[study], None, None, {})
    print(f"\n{study}, parser alone:\n{table(scores)}")
    assert sum(s.invented for s in scores.values()) == 0


@pytest.mark.parametrize("study", STUDIES)
def test_the_parser_alone_meets_the_standard_on_the_development_half(studies, study):
    scores, _ = score(studies[study], None, None, {})
    _assert_dev_standard(scores, f"{study} dev, parser alone")


# Every k-th development answer, for the parser with the model (about a minute on 2 cores).
MODEL_SUBSET = 40


@pytest.mark.server
@pytest.mark.parametrize("study", STUDIES)
def test_parser_and_model_reach_98_percent_with_nothing_invented(
    studies, study, vllm_server, model, tmp_path
):
    cases = labelled(study)
    subset = cases.iloc[:: max(1, len(cases) // MODEL_SUBSET)].reset_index(drop=True)
    runner = model_runner(vllm_server, model, tmp_path / "journal.sqlite", study)
    scores, extractions = score(studies[study], runner, model, extraction_settings(), cases=subset)
    _assert_dev_standard(scores, f"{study} dev subset of {len(subset)}, parser + {model.key}")
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
    result = combine(spec, reading, _reply(invented), asked)
    assert result.values == {}
    assert result.confidence == 0.0
    assert "Prior_A: not stated (model value '2' rejected: not in the answer)" in result.errors
    assert "probability_3: not stated" in result.errors


def test_model_values_the_answer_states_are_kept_and_discounted(specs):
    spec = specs["study2"]
    answer = "Hmm, I suppose the speaker, wanting to be kind, goes with: it was -- gosh -- amazing"
    reading = parse(spec, answer)
    asked = [f for f in spec.fields if f.name in reading.missing]
    assert [f.name for f in asked] == ["Was_Wasnt", "Assessment"]
    reply = _reply(
        {
            "Was_Wasnt": {"quote": "it was -- gosh", "value": "was"},
            "Assessment": {"quote": "amazing", "value": "amazing"},
        }
    )
    result = combine(spec, reading, reply, asked)
    assert result.values == {"Was_Wasnt": "was", "Assessment": "amazing"}
    assert result.method == "parser+model" and result.errors == []
    assert result.confidence == 0.75


def test_an_unreadable_model_reply_leaves_the_fields_empty(specs):
    spec = specs["study2"]
    reading = parse(spec, "Well, let me think about it.")
    asked = list(spec.fields)
    reply = {"choices": [{"message": {"content": '{"Was_Wasnt": {"quote": "'}}]}
    result = combine(spec, reading, reply, asked)
    assert result.values == {} and len(result.errors) == 2


def test_bets_off_100_are_kept_as_stated_and_flagged(specs):
    spec = specs["study1"]
    answer = "Prior: 3\nBets: 0: 10%, 1: 20%, 2: 30%, 3: 50%\nKnowledge: no"
    result = combine(spec, parse(spec, answer), None, [])
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


@pytest.mark.parametrize("study", STUDIES)
def test_the_output_passes_its_schema_and_the_summary_counts_by_method(studies, specs, study):
    spec = specs[study]
    answers = labelled(study)["response"].tolist()
    raw = raw_table(studies[study], answers)
    frame, extractions = build_structured_table(spec, raw, None, None, {})
    schema = structured_schema(studies[study], raw, spec)
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


def _ask(spec, answer: str, payload: dict, finish_reason: str = "stop"):
    reading = parse(spec, answer, finish_reason)
    asked = [f for f in spec.fields if f.name in reading.missing]
    return combine(spec, reading, _reply(payload), asked)


def test_a_quote_is_evidence_only_from_its_own_question_and_standing_alone(specs):
    spec = specs["study1"]
    unlabelled = "Ana looked at 1 of the 3 jars. $50 on 2 and $50 on 3."
    cases = [
        # a bare number that is somewhere in the answer
        (unlabelled, {"quote": "1", "value": "1"}, "the quote is a bare value"),
        # a number the quote gives, but not as the answer to the question
        (unlabelled, {"quote": "looked at 1 of the 3 jars", "value": "1"}, "alone gives nothing"),
        # a quote from another question's part
        (
            "Prior: I can't tell.\nBets: 0: 0%, 1: 0%, 2: 50%, 3: 50%\nKnowledge: no",
            {"quote": "2: 50%", "value": "2"},
            "quoted from the part about another question",
        ),
        # a quote that states a value, where the answer also gives another
        (
            "Hmm, all three, I'd guess? $50 on 2 and $50 on 3; I'd say 2.",
            {"quote": "all three, I'd guess", "value": "3"},
            "the answer also gives 2",
        ),
        # a statement that reads alone as the answer, but not where it stands: the answer
        # retells (under no label a count is taken only where it is given as the answer)
        (
            "Ana opened 1 jar. 1 jar has cookies. 1 jar has cookies. 1 jar has cookies.",
            {"quote": "1 jar has cookies", "value": "1"},
            "read where it stands, gives nothing",
        ),
        # a value out of the field's range
        (unlabelled, {"quote": "Ana looked at", "value": "7"}, "7 is out of range"),
    ]
    for answer, prior, why in cases:
        result = _ask(
            spec,
            answer,
            {f.name: {"quote": "", "value": NOT_STATED} for f in spec.fields} | {"Prior_A": prior},
        )
        assert "Prior_A" not in result.values, answer
        (error,) = [e for e in result.errors if e.startswith("Prior_A:")]
        assert why in error, error


def test_a_quote_that_states_its_field_alone_is_kept_below_confident(specs):
    spec = specs["study1"]
    answer = (
        "Prior: Let me think. Jam jars almost always have sealed lids... all of them, then.\n"
        "Bets: 0: 0%, 1: 0%, 2: 20%, 3: 80%\nKnowledge: no"
    )
    result = _ask(spec, answer, {"Prior_A": {"quote": "all of them, then", "value": "3"}})
    assert result.values["Prior_A"] == 3 and result.by_model == ["Prior_A"]
    assert result.confidence == 0.75 and not result.format_followed


def test_the_summary_reports_format_compliance(specs):
    spec = specs["study1"]
    answers = [
        ("Prior: 3\nBets: 0: 0%, 1: 0%, 2: 20%, 3: 80%\nKnowledge: no", "stop"),
        (
            "I'd say 3. I'd bet $20 on 2 and $80 on 3, nothing on 0 and 1. "
            "She doesn't know exactly.",
            "stop",
        ),
        ("Prior: 3\nBets: 0: 0%, 1: 0%, 2: 20%", "length"),
        ("I can't answer that.", "stop"),
    ]
    extractions = [combine(spec, parse(spec, a, r), None, []) for a, r in answers]
    assert [e.format_followed for e in extractions] == [True, False, False, False]
    summary = summarise(spec, extractions).set_index("extraction_method").loc["all"]
    assert summary["rows_following_format"] == 1 and summary["share_following_format"] == 0.25
    assert summary["rows_incomplete"] == 2 and summary["share_incomplete"] == 0.5
    assert summary["rows_truncated"] == 1 and summary["rows_needing_model"] == 0
    assert [e.confidence >= 0.9 for e in extractions] == [True, False, False, False]


def test_a_quote_is_read_as_the_parser_read_its_field(specs):
    """A quote must state the field as the parser would read it in that answer: in an answer
    with no bets label, "N: X" alone is no bet (it could answer another question), and a
    quote that labels only another question gives nothing for this one."""
    spec = specs["study1"]
    unlabelled = "I'm torn. 1: 30%. Honestly the first one: 30% sure."
    no_values = {f.name: {"quote": "", "value": NOT_STATED} for f in spec.fields}
    for quote in ("1: 30%. Honestly the first", "Question 1: 30%"):
        answer = unlabelled if "Question" not in quote else f"{quote}\nSo that is that."
        reply = no_values | {"probability_1": {"quote": quote, "value": "30"}}
        result = _ask(spec, answer, reply)
        assert "probability_1" not in result.values, quote
        (error,) = [e for e in result.errors if e.startswith("probability_1:")]
        assert "the quote alone gives nothing" in error, error
