"""The one scorer: exact probabilities of response options, P(option | prompt), from vLLM.

P(option | prompt) is the product over all the option's tokens of each token's probability
given the prompt and the option's earlier tokens (docs/scoring.md). The option is the start
of the assistant's turn under the model's chat template (for base models: after the plain
prompt, its answer cue and a space). Its tokens are the ones the server's own tokenizer gives
it in that context, the suffix of tokenize(prompt + option) after tokenize(prompt), never the
option tokenized alone: a leading space or a merge with the template's last characters
changes them.
The client needs no tokenizer of its own, so this is exact for any model the server runs.

How the logprobs are read: a prefix tree over each distribution's option token ids. Each
tree node (the prompt followed by an option prefix) is one /v1/completions request with
max_tokens 1 whose `logprob_token_ids` lists the node's child tokens; vLLM returns each
child's full-vocabulary logprob at the next position, whatever its rank. These are ordinary
prompts, so the prefix cache serves the shared prompt and the engine computes a row's prompt
about once, then a few tokens per node. (Requests with `prompt_logprobs` skip the prefix
cache and recompute the whole prompt for every option; /generative_scoring returns one label
per item, so it needs one engine request per tree edge instead of per node.)

Requests go in waves, because requests scheduled together all miss the cache: first the root
of the first distribution of each group (an input row; its prompt fills the cache), then the
other roots, then the nodes one depth at a time. Every request goes through RequestRunner:
journalled (a rerun resumes), retried, concurrent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from .client import Endpoint, Journal, Request, RequestRunner, RequestSettings
from .config import Model, messages_for
from .errors import WorkflowError

TOKEN_ID_PREFIX = "token_id:"


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


def option_suffixes(task: ScoringTask, prompt: list[int], full: list[list[int]]) -> list[tuple]:
    """Each option's token ids in context; raises if an option cannot be scored exactly."""
    suffixes = []
    for text, ids in zip(task.options, full, strict=True):
        if ids[: len(prompt)] != prompt:
            raise ScoringError(
                f"the option {text!r} merges with the end of the prompt under the model's "
                "tokenizer (the prompt's token ids are not a prefix of prompt + option), so "
                "P(option | prompt) is not defined by a token sequence; end the prompt "
                f"differently. Prompt ends with {task.user[-40:]!r}"
            )
        suffix = tuple(ids[len(prompt) :])
        if not suffix:
            raise ScoringError(f"the option {text!r} adds no token after the prompt")
        suffixes.append(suffix)
    for (text, ids), (other_text, other_ids) in _pairs(zip(task.options, suffixes, strict=True)):
        if other_ids[: len(ids)] == ids:
            raise ScoringError(
                f"the option {text!r} is a token prefix of the option {other_text!r}, so its "
                f"probability would include the other's; end the options with the terminator "
                "the prompt asks for (for instance '%' or '.')"
            )
    return suffixes


def _pairs(items):
    items = list(items)
    return [(a, b) for a in items for b in items if a is not b]


class OptionScorer:
    """Scores distributions on one model server; see the module's docstring for how."""

    def __init__(
        self,
        endpoint: Endpoint | Callable[[], Endpoint],
        model: Model,
        journal: Journal,
        settings: RequestSettings,
        label: str,
    ):
        self.endpoint, self.model, self.journal = endpoint, model, journal
        self.settings, self.label = settings, label

    def _runner(self, what: str, validate) -> RequestRunner:
        return RequestRunner(
            self.endpoint,
            self.model,
            self.journal,
            self.settings,
            label=f"{self.label} {what}",
            validate=validate,
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
        requests = []
        for task in tasks:
            requests.append(tokenize_request(self.model, task.system, task.user, None))
            for option in task.options:
                requests.append(tokenize_request(self.model, task.system, task.user, option))
        replies = iter(self._runner("tokenize", token_ids_of).run(requests))
        prompts, suffixes = [], []
        for task in tasks:
            prompt = token_ids_of(next(replies).response)
            full = [token_ids_of(next(replies).response) for _ in task.options]
            prompts.append(tuple(prompt))
            suffixes.append(option_suffixes(task, prompt, full))
        return prompts, suffixes

    def read_trees(self, tasks, prompts, suffixes) -> dict[tuple, dict[int, float]]:
        """(prompt ids, option prefix) -> {child token id: logprob} for every tree node."""
        children: dict[tuple, set[int]] = {}
        wave_of: dict[tuple, int] = {}
        seen_groups: set = set()
        for task, prompt, options in zip(tasks, prompts, suffixes, strict=True):
            leader = task.group is None or task.group not in seen_groups
            seen_groups.add(task.group)
            for ids in options:
                for depth, token in enumerate(ids):
                    node = (prompt, ids[:depth])
                    children.setdefault(node, set()).add(token)
                    wave = (0 if leader else 1) if depth == 0 else 1 + depth
                    wave_of[node] = min(wave, wave_of.get(node, wave))
        runner = self._runner("option logprobs", next_token_logprobs)
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
