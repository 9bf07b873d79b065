"""The probability stage: its numbers, its summary statistics, its provenance and its gate."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from llm_pragmatics.client import Journal, RequestSettings
from llm_pragmatics.errors import OutputError, WorkflowError
from llm_pragmatics.inputs import read_study_input
from llm_pragmatics.probabilities import (
    build_probability_table,
    distribution,
    read_provenance,
    write_provenance_atomically,
)
from llm_pragmatics.questions import ProbabilityDesign
from llm_pragmatics.schemas import probabilities_schema, validate
from llm_pragmatics.scoring import OptionScorer

from .reference import TransformersReference

ROWS = 2  # per study: enough for two groups, cheap on two cores


def inputs_of(study, rows=ROWS) -> pd.DataFrame:
    return read_study_input(study, study.example_input).head(rows)


def scorer_on(server, model, journal_path, label: str, **method) -> OptionScorer:
    return OptionScorer(
        server, model, Journal(journal_path), RequestSettings(concurrency=32), label, **method
    )


@pytest.fixture(scope="module")
def stage_outputs(vllm_server, model, studies, tmp_path_factory):
    """Both studies' tables and provenance, computed once on the real server."""
    folder = tmp_path_factory.mktemp("probabilities")
    outputs = {}
    for name in ("study1", "study2"):
        study = studies[name]
        design = ProbabilityDesign.of(study)
        inputs = inputs_of(study)
        scorer = scorer_on(vllm_server, model, folder / f"{name}.sqlite", f"test {name}")
        table, provenance = build_probability_table(study, design, model, inputs, scorer)
        path = folder / f"{name}.provenance.jsonl.gz"
        write_provenance_atomically(provenance, path)
        outputs[name] = (study, design, inputs, table, read_provenance(path))
    return outputs


@pytest.mark.server
def test_the_tables_equal_those_of_one_request_per_option_prefix(
    stage_outputs, vllm_server, model, tmp_path
):
    """The stage's batched requests and derived option ids change no number: the tables of
    the straightforward method (every option tokenized after its prompt, one tree node per
    request) agree to float32 precision. Not exactly: the engine's float32 numbers move in
    the sixth decimal (a 0-100 mean in the fourth) with what the prefix cache holds and
    which requests share a step, for either method run twice (bench/scoring_tables.py
    prints the methods' differences beside each method's difference with itself)."""
    for name, (study, design, inputs, table, _) in stage_outputs.items():
        scorer = scorer_on(
            vllm_server,
            model,
            tmp_path / f"{name}.sqlite",
            f"test {name} one by one",
            prompts_per_request=1,
            derive_option_ids=False,
        )
        expected, _ = build_probability_table(study, design, model, inputs, scorer)
        pd.testing.assert_frame_equal(table, expected, check_exact=False, rtol=1e-5, atol=1e-5)


def entropy(p) -> float:
    p = np.asarray(p, dtype=float)
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


@pytest.mark.server
@pytest.mark.parametrize("name", ["study1", "study2"])
def test_the_table_passes_its_schema_with_the_spec_columns_in_input_order(stage_outputs, name):
    study, design, inputs, table, provenance = stage_outputs[name]
    validate(probabilities_schema(study, inputs, design), table, name)
    assert list(table.columns) == study.output_input_columns + design.output_columns
    assert len(provenance) == len(inputs) * len(design.questions)
    if name == "study1":
        assert "state3_prob_100" in table and "state0_std" in table and "entropy_knowledge" in table
    else:
        assert {"prob_wasnt_amazing", "prob_was", "entropy_frame", "entropy_joint"} <= set(table)


@pytest.mark.server
def test_the_stage_equals_a_transformers_forward_pass(stage_outputs, model_weights):
    """Renormalised probabilities and option masses from an independent computation."""
    reference = TransformersReference(model_weights)
    checked = 0
    for name, questions in (("study1", {"state0", "state3", "knowledge"}), ("study2", None)):
        study, design, inputs, table, provenance = stage_outputs[name]
        by_name = {question.name: question for question in design.questions}
        for record in provenance:
            if record["row"] != 1 or (questions and record["question"] not in questions):
                continue
            question = by_name[record["question"]]
            logprobs = []
            for option in question.options:
                logprob, ids = reference.option_logprob(
                    record["system"], record["user"], option.text
                )
                logprobs.append(logprob)
            expected = np.exp(logprobs)
            row = table.iloc[0]
            got = row[list(question.probability_columns)].to_numpy(dtype=float)
            np.testing.assert_allclose(got, expected / expected.sum(), atol=1e-3)
            mass = row[question.summary_columns["option_mass"]]
            assert mass == pytest.approx(expected.sum(), abs=1e-3)
            checked += 1
    assert checked == 4


@pytest.mark.server
def test_study1_summary_statistics_follow_from_the_provenance(stage_outputs):
    study, design, inputs, table, provenance = stage_outputs["study1"]
    values = np.arange(0, 101, 10, dtype=float)
    for record in provenance:
        row = table.iloc[record["row"] - 1]
        logprobs = [sum(option["token_logprobs"]) for option in record["options"]]
        p = np.exp(logprobs) / np.exp(logprobs).sum()
        if record["question"] == "knowledge":
            assert row["prob_knowledge_yes"] == pytest.approx(p[0], abs=1e-9)
            assert row["entropy_knowledge"] == pytest.approx(entropy(p), abs=1e-9)
            continue
        state = record["question"]
        mean = float((p * values).sum())
        assert row[f"{state}_mean"] == pytest.approx(mean, abs=1e-9)
        assert row[f"{state}_std"] == pytest.approx(
            math.sqrt(float((p * (values - mean) ** 2).sum())), abs=1e-9
        )
        assert row[f"{state}_entropy"] == pytest.approx(entropy(p), abs=1e-9)
        assert row[f"{state}_option_mass"] == pytest.approx(np.exp(logprobs).sum(), rel=1e-9)
        assert row[f"{state}_prob_100"] == pytest.approx(p[-1], abs=1e-12)


@pytest.mark.server
def test_study2_marginals_and_entropies_follow_from_the_joint(stage_outputs):
    study, design, inputs, table, provenance = stage_outputs["study2"]
    for _, row in table.iterrows():
        joint = np.array(
            [
                [row[f"prob_{frame}_{word}"] for word in ("terrible", "bad", "good", "amazing")]
                for frame in ("was", "wasnt")
            ]
        )
        assert joint.sum() == pytest.approx(1, abs=1e-9)
        assert [row["prob_was"], row["prob_wasnt"]] == pytest.approx(joint.sum(axis=1).tolist())
        assessments = [row[f"prob_{word}"] for word in ("terrible", "bad", "good", "amazing")]
        assert assessments == pytest.approx(joint.sum(axis=0).tolist())
        assert row["entropy_frame"] == pytest.approx(entropy(joint.sum(axis=1)), abs=1e-9)
        assert row["entropy_assessment"] == pytest.approx(entropy(joint.sum(axis=0)), abs=1e-9)
        assert row["entropy_joint"] == pytest.approx(entropy(joint.ravel()), abs=1e-9)
        assert 0 < row["utterance_option_mass"] <= 1


@pytest.mark.server
def test_the_schema_rejects_a_bad_distribution_and_a_mismatched_table(stage_outputs):
    study, design, inputs, table, _ = stage_outputs["study1"]
    schema = probabilities_schema(study, inputs, design)
    broken = table.copy()
    broken.loc[0, "state2_prob_50"] += 0.01  # no longer sums to 1
    with pytest.raises(OutputError, match="state2 distribution does not sum to 1"):
        validate(schema, broken, "broken")
    broken = table.copy()
    broken.loc[1, "knowledge_option_mass"] = 0.0
    with pytest.raises(OutputError, match="knowledge_option_mass"):
        validate(schema, broken, "broken")
    broken = table.copy()
    broken.loc[0, "entropy_knowledge"] = 1.5  # above log2(2)
    with pytest.raises(OutputError, match="entropy_knowledge"):
        validate(schema, broken, "broken")
    with pytest.raises(OutputError, match="input's trial ids in input order"):
        validate(schema, table.iloc[::-1].reset_index(drop=True), "reordered")


def test_renormalisation_keeps_tail_options_and_the_mass():
    probabilities, mass = distribution([-800.0, -801.0, -900.0])
    # exp(-800) underflows to 0 in floating point; the log-scale sum does not.
    assert probabilities[0] / probabilities[1] == pytest.approx(math.e)
    assert sum(probabilities) == pytest.approx(1, abs=1e-12)
    assert mass == 0.0
    probabilities, mass = distribution([math.log(0.3), math.log(0.1)])
    assert probabilities == pytest.approx([0.75, 0.25]) and mass == pytest.approx(0.4)


def test_a_question_set_with_a_repeated_column_or_a_missing_value_is_refused():
    definition = {
        "probabilities": {
            "option_sets": {
                "two": {"options": [{"label": "a", "text": "A"}, {"label": "b", "text": "B"}]}
            },
            "questions": [
                {
                    "name": "q{{ i }}",
                    "for_each": {"i": [1, 2]},
                    "option_set": "two",
                    "question": "?",
                    "columns": {"probability": "p_{{ label }}", "option_mass": "m{{ i }}"},
                }
            ],
        }
    }
    with pytest.raises(WorkflowError, match="output columns repeated: p_a, p_b"):
        ProbabilityDesign.from_definition(definition, "test")
    question = definition["probabilities"]["questions"][0]
    question["columns"] = {
        "probability": "p{{ i }}_{{ label }}",
        "option_mass": "m{{ i }}",
        "mean": "mean{{ i }}",
    }
    with pytest.raises(WorkflowError, match="mean and std need a `value`"):
        ProbabilityDesign.from_definition(definition, "test")
