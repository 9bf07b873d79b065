"""The one scorer: exact probabilities of response options, P(option | prompt), from vLLM.

P(option | prompt) is the product over all the option's tokens of each token's probability
given the prompt and the option's earlier tokens (docs/scoring.md). The option is the start
of the assistant's turn under the model's chat template (for base models: after the plain
prompt, its answer cue and a space). Its tokens are the ones the server's own tokenizer gives
it in that context, the suffix of tokenize(prompt + option) after tokenize(prompt), never the
option tokenized alone: a leading space or a merge with the template's last characters
changes them.
The client needs no tokenizer of its own, so this is exact for any model the server runs.

Token ids, with one /tokenize per distinct prompt and one per distinct option text: every
prompt ends with the same tail (the chat template's opening of the assistant's turn, or the
base prompt's answer cue), which is where the option's text meets the prompt. The tail is
found by tokenizing two probe prompts that differ only in the user's text (their common
ending); an option's ids are read once, after a probe. A prompt whose ids do not end with
that tail (a merge across it is possible) gets its options tokenized after it, one by one.
tests/test_scoring.py checks the derivation against prompt + option on every option set of
the shipped studies.

How the logprobs are read: a prefix tree over each distribution's option token ids. Each
tree node (the prompt followed by an option prefix) asks /v1/completions, with max_tokens 1
and `logprob_token_ids` listing the node's child tokens, for each child's full-vocabulary
logprob at the next position, whatever its rank. These are ordinary prompts, so the prefix
cache serves the shared prompt and the engine computes a row's prompt about once, then a few
tokens per node. The endpoint takes a list of prompts, so up to `prompts_per_request` nodes
travel in one HTTP request, asking for the union of their children; the reply is split back
into one journal entry per node, shaped and keyed as that node's request alone (client's
`Batching`): an interrupted run keeps every completed batch, and what a rerun finds in the
journal does not depend on how nodes were grouped. (`prompt_logprobs`, and its restriction
to chosen positions, `prompt_logprob_token_ids`, skip the prefix cache and recompute the
whole prompt for every request, and the latter needs the V2 model runner, which the CPU
build lacks; /generative_scoring returns one label per item, so it needs one engine request
per tree edge instead of per node.)

Nodes go in three waves, because requests scheduled together all miss the cache: first the
root of the first distribution of each group (an input row; its prompt fills the cache),
then the other roots with the first distributions' deeper nodes, then the remaining nodes.
A deeper node needs only its own prompt cached (the option tokens it adds are computed
anyway), so depth needs no wave of its own. Every request goes through RequestRunner:
journalled (a rerun resumes), retried, concurrent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from .client import Batching, Endpoint, Journal, Request, RequestRunner, RequestSettings
from .config import Model, messages_for
from .errors import WorkflowError

TOKEN_ID_PREFIX = "token_id:"
# Nodes per /v1/completions request (bench/scoring_throughput.py measures the choice).
PROMPTS_PER_REQUEST = 64
# Two user texts that differ in their last token: the prompts built on them end in common
# with what the template (or the answer cue) adds after the user's text.
PROBE_USERS = ("x", "y")


class ScoringError(WorkflowError):
    """Options that cannot be scored as asked, or a server reply the scorer cannot use."""


@dataclass(frozen=True)
class ScoringTask:
    """One distribution to score: a prompt and the options that may start the answer."""

    system: str | None
    user: str
    options: tuple[str, ...]
    # Tasks of one group share most of their prompt (one input row's questions): the
    # first is computed alone first so that the others find the shared part cached.
    group: Hashable = None


@dataclass(frozen=True)
class ScoredOption:
    text: str
    token_ids: tuple[int, ...]  # as tokenized after the prompt
    token_logprobs: tuple[float, ...]  # natural log, each given the prompt and earlier tokens

    @property
    def logprob(self) -> float:
        return math.fsum(self.token_logprobs)


@dataclass(frozen=True)
class ScoredTask:
    prompt_token_ids: tuple[int, ...]
    options: tuple[ScoredOption, ...]


# A base model's prompt ends with this cue and the option follows after one space. A prompt
# ending in whitespace would not do: BPE tokenizers attach the last whitespace to the next
# word ("\n\n" + "10%" tokenizes as "\n", "\n1", ...), so the prompt's tokens would not be
# a prefix of prompt + option's.
BASE_ANSWER_CUE = "Answer:"
BASE_OPTION_DELIMITER = " "


def plain_prompt(system: str | None, user: str) -> str:
    """A base model's prompt: the raw stage's shape, then the answer cue."""
    text = f"{system}\n\n{user}" if system else user
    return f"{text}\n\n{BASE_ANSWER_CUE}"


def tokenize_request(model: Model, system: str | None, user: str, option: str | None) -> Request:
    """/tokenize of the prompt alone (option None) or of the prompt followed by the option."""
    if model.chat:
        messages = messages_for(model, system, user)
        if option is None:
            body = {"messages": messages, "add_generation_prompt": True}
        else:
            body = {
                "messages": [*messages, {"role": "assistant", "content": option}],
                "add_generation_prompt": False,
                "continue_final_message": True,
            }
        # The chat template writes the special tokens itself, as in a chat completion.
        body["add_special_tokens"] = False
    else:
        text = plain_prompt(system, user)
        if option is not None:
            text += BASE_OPTION_DELIMITER + option
        body = {"prompt": text, "add_special_tokens": True}
    return Request("/tokenize", {"model": model.served_name, **body})


def node_request(model: Model, context: Sequence[int], children: Sequence[int]) -> Request:
    """The logprobs of `children` as the next token after the token ids `context`."""
    return Request(
        "/v1/completions",
        {
            "model": model.served_name,
            "prompt": list(context),
            "max_tokens": 1,
            "temperature": 0,
            # Required beside logprob_token_ids; the listed ids come back whatever their rank.
            "logprobs": 0,
            "logprob_token_ids": sorted(children),
            # Keys "token_id:<id>": two different tokens may decode to the same text.
            "return_tokens_as_token_ids": True,
        },
    )


def combine_nodes(parts: list[Request]) -> Request:
    """One completion request for several nodes: their prompts, the union of their children."""
    body = dict(parts[0].body)
    body["prompt"] = [part.body["prompt"] for part in parts]
    body["logprob_token_ids"] = sorted(
        {t for part in parts for t in part.body["logprob_token_ids"]}
    )
    return Request(parts[0].path, body)


def split_nodes(parts: list[Request], response: dict) -> list[dict]:
    """Each node's reply from a combined one, as the node's request alone gets it: its own
    choice (index 0) with the logprobs of its own children only."""
    choices = sorted(response["choices"], key=lambda choice: choice["index"])
    if [choice["index"] for choice in choices] != list(range(len(parts))):
        raise ValueError("the choices do not match the prompts one to one")
    replies = []
    for part, choice in zip(parts, choices, strict=True):
        wanted = {f"{TOKEN_ID_PREFIX}{t}" for t in part.body["logprob_token_ids"]}
        logprobs = dict(choice["logprobs"])
        top = logprobs["top_logprobs"][0]
        logprobs["top_logprobs"] = [{key: top[key] for key in top if key in wanted}]
        replies.append({"choices": [{**choice, "index": 0, "logprobs": logprobs}]})
    return replies


def token_ids_of(response: dict) -> list[int]:
    """The token ids of a /tokenize reply (raises on any other shape)."""
    tokens = response["tokens"]
    if not isinstance(tokens, list) or not all(isinstance(t, int) for t in tokens):
        raise TypeError("`tokens` is not a list of token ids")
    return tokens


def next_token_logprobs(response: dict) -> dict[int, float]:
    """token id -> logprob at the next position, from a completion with max_tokens 1."""
    top = response["choices"][0]["logprobs"]["top_logprobs"][0]
    return {int(key.removeprefix(TOKEN_ID_PREFIX)): float(value) for key, value in top.items()}


def ids_after_prompt(option: str, prompt: Sequence[int], full: Sequence[int], user: str):
    """The option's token ids: `full` (prompt + option) after `prompt`; raises if the option
    merges with the prompt's end or adds nothing."""
    if list(full[: len(prompt)]) != list(prompt):
        raise ScoringError(
            f"the option {option!r} merges with the end of the prompt under the model's "
            "tokenizer (the prompt's token ids are not a prefix of prompt + option), so "
            "P(option | prompt) is not defined by a token sequence; end the prompt "
            f"differently. Prompt ends with {user[-40:]!r}"
        )
    suffix = tuple(full[len(prompt) :])
    if not suffix:
        raise ScoringError(f"the option {option!r} adds no token after the prompt")
    return suffix


def refuse_token_prefixes(options: Sequence[str], suffixes: Sequence[tuple]) -> None:
    """Raises if one option's ids start another's: its probability would include the other's."""
    for (text, ids), (other_text, other_ids) in _pairs(zip(options, suffixes, strict=True)):
        if other_ids[: len(ids)] == ids:
            raise ScoringError(
                f"the option {text!r} is a token prefix of the option {other_text!r}, so its "
                f"probability would include the other's; end the options with the terminator "
                "the prompt asks for (for instance '%' or '.')"
            )


def common_ending(first: Sequence[int], second: Sequence[int]) -> tuple[int, ...]:
    length = 0
    while length < min(len(first), len(second)) and first[-1 - length] == second[-1 - length]:
        length += 1
    return tuple(first[len(first) - length :])


def derivation(options: Sequence[str], probe_ids: Sequence[tuple]) -> tuple[dict, tuple]:
    """From the two probe prompts' ids and the first probe + each option's: option text ->
    its ids after the prompt (an option that merges with the probe is left out), and the
    tail the probes end with in common (empty without options)."""
    if not options:
        return {}, ()
    first, second, *fulls = probe_ids
    derived = {}
    for option, full in zip(options, fulls, strict=True):
        if full[: len(first)] == first and len(full) > len(first):
            derived[option] = tuple(full[len(first) :])
    return derived, common_ending(first, second)


def _pairs(items):
    items = list(items)
    return [(a, b) for a in items for b in items if a is not b]


class OptionScorer:
    """Scores distributions on one model server; see the module's docstring for how.

    `derive_option_ids` False tokenizes every option after its own prompt (as P(option |
    prompt) defines its ids), and `prompts_per_request` 1 sends one node per request: the
    straightforward method the derivation and the batching are tested against.
    """

    def __init__(
        self,
        endpoint: Endpoint | Callable[[], Endpoint],
        model: Model,
        journal: Journal,
        settings: RequestSettings,
        label: str,
        prompts_per_request: int = PROMPTS_PER_REQUEST,
        derive_option_ids: bool = True,
    ):
        self.endpoint, self.model, self.journal = endpoint, model, journal
        self.settings, self.label = settings, label
        self.prompts_per_request = prompts_per_request
        self.derive_option_ids = derive_option_ids

    def _runner(self, what: str, validate, batching: Batching | None = None) -> RequestRunner:
        return RequestRunner(
            self.endpoint,
            self.model,
            self.journal,
            self.settings,
            label=f"{self.label} {what}",
            validate=validate,
            batching=batching,
        )

    def score(self, tasks: Sequence[ScoringTask]) -> list[ScoredTask]:
        prompts, suffixes = self.tokenize(tasks)
        logprobs = self.read_trees(tasks, prompts, suffixes)
        scored = []
        for task_index, (task, prompt) in enumerate(zip(tasks, prompts, strict=True)):
            options = []
            for text, ids in zip(task.options, suffixes[task_index], strict=True):
                read = [logprobs[(prompt, ids[:depth])][token] for depth, token in enumerate(ids)]
                options.append(ScoredOption(text, ids, tuple(read)))
            scored.append(ScoredTask(prompt, tuple(options)))
        return scored

    def tokenize(self, tasks: Sequence[ScoringTask]) -> tuple[list[tuple], list[list[tuple]]]:
        """Each task's prompt token ids and its options' token ids in that context."""
        texts = list(dict.fromkeys((task.system, task.user) for task in tasks))
        requests = [tokenize_request(self.model, system, user, None) for system, user in texts]
        options = []
        if self.derive_option_ids:
            options = list(dict.fromkeys(option for task in tasks for option in task.options))
            requests += [tokenize_request(self.model, None, user, None) for user in PROBE_USERS]
            requests += [
                tokenize_request(self.model, None, PROBE_USERS[0], option) for option in options
            ]
        ids = self.token_ids(requests)
        prompt_of = dict(zip(texts, ids[: len(texts)], strict=True))
        derived, tail = derivation(options, ids[len(texts) :])
        prompts = [prompt_of[(task.system, task.user)] for task in tasks]
        # Where the derivation does not hold, the options are tokenized after the prompt.
        undecided = [
            index
            for index, (task, prompt) in enumerate(zip(tasks, prompts, strict=True))
            if not tail
            or prompt[len(prompt) - len(tail) :] != tail
            or any(option not in derived for option in task.options)
        ]
        requests = [
            tokenize_request(self.model, tasks[index].system, tasks[index].user, option)
            for index in undecided
            for option in tasks[index].options
        ]
        in_context = iter(self.token_ids(requests))
        suffixes = [[derived.get(option) for option in task.options] for task in tasks]
        for index in undecided:
            task = tasks[index]
            suffixes[index] = [
                ids_after_prompt(option, prompts[index], next(in_context), task.user)
                for option in task.options
            ]
        for task, ids in zip(tasks, suffixes, strict=True):
            refuse_token_prefixes(task.options, ids)
        return prompts, suffixes

    def token_ids(self, requests: list[Request]) -> list[tuple[int, ...]]:
        """The token ids /tokenize gives for each request (journalled)."""
        if not requests:
            return []
        replies = self._runner("tokenize", token_ids_of).run(requests)
        return [tuple(token_ids_of(done.response)) for done in replies]

    def read_trees(self, tasks, prompts, suffixes) -> dict[tuple, dict[int, float]]:
        """(prompt ids, option prefix) -> {child token id: logprob} for every tree node."""
        children: dict[tuple, set[int]] = {}
        wave_of: dict[tuple, int] = {}
        seen_groups: set = set()
        for task, prompt, options in zip(tasks, prompts, suffixes, strict=True):
            # The group's first distribution fills the cache with the group's shared prompt.
            first = 0 if task.group is None or task.group not in seen_groups else 1
            seen_groups.add(task.group)
            for ids in options:
                for depth, token in enumerate(ids):
                    node = (prompt, ids[:depth])
                    children.setdefault(node, set()).add(token)
                    wave = first + (depth > 0)
                    wave_of[node] = min(wave, wave_of.get(node, wave))
        batching = Batching(self.prompts_per_request, combine_nodes, split_nodes)
        runner = self._runner("option logprobs", next_token_logprobs, batching)
        logprobs: dict[tuple, dict[int, float]] = {}
        for wave in sorted(set(wave_of.values())):
            nodes = [node for node, w in wave_of.items() if w == wave]
            requests = [
                node_request(self.model, p + prefix, children[(p, prefix)]) for p, prefix in nodes
            ]
            for node, done in zip(nodes, runner.run(requests), strict=True):
                read = next_token_logprobs(done.response)
                missing = children[node] - set(read)
                if missing:
                    raise ScoringError(
                        f"the server returned no logprob for token(s) {sorted(missing)}; it "
                        "must be a vLLM server that supports `logprob_token_ids`"
                    )
                logprobs[node] = read
        return logprobs
