"""The scorer against an independent transformers computation, on the real vLLM server."""

from __future__ import annotations

import dataclasses
import math

import pytest

from llm_pragmatics.client import Journal, RequestSettings
from llm_pragmatics.inputs import read_study_input
from llm_pragmatics.probabilities import scoring_tasks
from llm_pragmatics.questions import ProbabilityDesign
from llm_pragmatics.scoring import PROBE_USERS, OptionScorer, ScoringError, ScoringTask

from .reference import TransformersReference

pytestmark = pytest.mark.server

SYSTEM = "You are a participant in a study of how people understand what others say."
PERCENT_QUESTION = (
    "Ana has looked at 2 of the 3 jars; 2 of them have sealed lids. What percentage "
    "probability do you assign that exactly 3 of the 3 jars have sealed lids? Answer with "
    "one percentage: 0%, 10%, 20%, ..., or 100%."
)
YES_NO_QUESTION = "Does Ana know exactly how many of the 3 jars have sealed lids? Answer yes or no."
TOLERANCE = 1e-3


@pytest.fixture(scope="module")
def reference(model_weights) -> TransformersReference:
    return TransformersReference(model_weights)


@pytest.fixture
def scorer(vllm_server, model, tmp_path) -> OptionScorer:
    journal = Journal(tmp_path / "journal.sqlite")
    return OptionScorer(vllm_server, model, journal, RequestSettings(concurrency=16), "test")


def check_against_reference(reference, task: ScoringTask, scored, chat=True):
    """Every option: same token ids in context, probability equal within TOLERANCE."""
    for option in scored.options:
        expected, expected_ids = reference.option_logprob(task.system, task.user, option.text, chat)
        assert list(option.token_ids) == expected_ids, option.text
        assert math.exp(option.logprob) == pytest.approx(math.exp(expected), abs=TOLERANCE)
        # Stronger than the probabilities: the logprobs themselves agree (float32 engines).
        assert option.logprob == pytest.approx(expected, abs=TOLERANCE), option.text


def test_percentages_sharing_tokens_get_their_own_exact_probabilities(scorer, reference):
    options = ("0%", "10%", "50%", "100%")
    task = ScoringTask(SYSTEM, PERCENT_QUESTION, options)
    [scored] = scorer.score([task])
    check_against_reference(reference, task, scored)
    ten, hundred = scored.options[1], scored.options[3]
    # "10%" and "100%" share their first two tokens and still differ: the "%" ends each.
    assert ten.token_ids[:2] == hundred.token_ids[:2]
    assert len(hundred.token_ids) == len(ten.token_ids) + 1
    assert ten.logprob != pytest.approx(hundred.logprob, abs=1e-3)
    assert scored.prompt_token_ids == tuple(
        reference.token_ids(SYSTEM, PERCENT_QUESTION, None, True)["input_ids"]
    )


def test_an_option_far_outside_the_top_20_gets_its_exact_probability(scorer, reference):
    options = ("Yes", "No", "Zebra crossing")
    task = ScoringTask(SYSTEM, YES_NO_QUESTION, options)
    assert reference.rank_of_first_token(SYSTEM, YES_NO_QUESTION, "Zebra crossing") > 100
    [scored] = scorer.score([task])
    check_against_reference(reference, task, scored)
    assert math.exp(scored.options[2].logprob) < 1e-6


def test_leading_space_variants_are_different_tokens_scored_in_context(scorer, reference):
    options = ("yes", " yes", "Yes", " Yes")
    task = ScoringTask(SYSTEM, YES_NO_QUESTION, options)
    [scored] = scorer.score([task])
    check_against_reference(reference, task, scored)
    ids = [option.token_ids for option in scored.options]
    assert len(set(ids)) == 4
    assert scored.options[0].logprob != pytest.approx(scored.options[1].logprob, abs=1e-3)


def test_several_prompts_in_one_batch_and_a_base_model_prompt(scorer, reference, model):
    tasks = [
        ScoringTask(SYSTEM, PERCENT_QUESTION, ("20%", "70%", "100%"), group=1),
        ScoringTask(SYSTEM, YES_NO_QUESTION, ("Yes", "No"), group=1),
        ScoringTask(
            None,
            "Leo read Mia's essay. How was it? Say one sentence.",
            ("It was terrible", "It wasn't bad", "It was amazing"),
            group=2,
        ),
    ]
    for task, scored in zip(tasks, scorer.score(tasks), strict=True):
        check_against_reference(reference, task, scored)
    # The same server as a base model: plain prompt, answer cue, option after a space.
    base = dataclasses.replace(model, chat=False)
    base_scorer = OptionScorer(scorer.endpoint, base, scorer.journal, scorer.settings, "base")
    [scored] = base_scorer.score([tasks[0]])
    check_against_reference(reference, tasks[0], scored, chat=False)


def test_a_rerun_is_answered_from_the_journal_with_the_same_numbers(scorer):
    task = ScoringTask(SYSTEM, YES_NO_QUESTION, ("Yes", "No"))
    first = scorer.score([task])
    scorer.endpoint = None  # nothing may be sent now: every request is journalled
    assert scorer.score([task]) == first


def test_an_option_that_is_a_token_prefix_of_another_is_refused(scorer):
    task = ScoringTask(SYSTEM, PERCENT_QUESTION, ("10", "100"))
    with pytest.raises(ScoringError, match="token prefix"):
        scorer.score([task])


def shipped_tasks(studies, rows: int = 1) -> list[ScoringTask]:
    """The first example rows' distributions of every shipped study: every option set the
    studies score, after the prompts the stage builds."""
    tasks = []
    for study in studies.values():
        design = ProbabilityDesign.of(study)
        inputs = read_study_input(study, study.example_input).head(rows)
        tasks += [task for _, _, task in scoring_tasks(study, design, inputs)]
    return tasks


@pytest.mark.parametrize("chat", [True, False], ids=["chat template", "base prompt"])
def test_derived_option_ids_equal_every_shipped_option_tokenized_after_its_prompt(
    vllm_server, model, studies, tmp_path, chat
):
    """The derivation against its definition: the suffix of tokenize(prompt + option) after
    tokenize(prompt), for every option of every shipped option set."""
    model = dataclasses.replace(model, chat=chat)
    tasks = shipped_tasks(studies)
    settings = RequestSettings(concurrency=16)
    derived = OptionScorer(vllm_server, model, Journal(tmp_path / "d.sqlite"), settings, "d")
    in_place = OptionScorer(
        vllm_server, model, Journal(tmp_path / "p.sqlite"), settings, "p", derive_option_ids=False
    )
    assert derived.tokenize(tasks) == in_place.tokenize(tasks)
    # The derivation held everywhere: one /tokenize per prompt and per option, none after
    # a prompt (a prompt that did not end with the tail would have had its options' own).
    options = {option for task in tasks for option in task.options}
    prompts = {(task.system, task.user) for task in tasks}
    assert len(derived.journal) == len(prompts) + len(PROBE_USERS) + len(options)
    assert len(in_place.journal) == len(prompts) + sum(len(task.options) for task in tasks)


def test_batched_nodes_give_the_numbers_of_one_node_per_request_journalled_per_node(
    vllm_server, model, studies, tmp_path
):
    tasks = shipped_tasks(studies)
    settings = RequestSettings(concurrency=16)
    journal = Journal(tmp_path / "batched.sqlite")
    batched = OptionScorer(vllm_server, model, journal, settings, "batched").score(tasks)
    one_by_one = OptionScorer(
        vllm_server,
        model,
        Journal(tmp_path / "one.sqlite"),
        settings,
        "one by one",
        prompts_per_request=1,
        derive_option_ids=False,
    ).score(tasks)
    for mine, theirs in zip(batched, one_by_one, strict=True):
        assert mine.prompt_token_ids == theirs.prompt_token_ids
        for option, other in zip(mine.options, theirs.options, strict=True):
            assert option.token_ids == other.token_ids
            # float32 logprobs: the engine's batch composition changes the order of its sums,
            # which moved a logprob of -2.69 by 1.5e-5 in one run (5e-6 relative); a wrong
            # node or a misplaced option differs by orders of magnitude more
            assert option.token_logprobs == pytest.approx(other.token_logprobs, abs=1e-4)
    # Each node has its own journal entry, whatever the grouping: a run that groups the
    # nodes differently finds every one of them and sends nothing.
    regrouped = OptionScorer(None, model, journal, settings, "regrouped", prompts_per_request=5)
    assert regrouped.score(tasks) == batched
