"""What the request layer sends and returns, and the settings it sends with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Request:
    """One call: the API path (e.g. /v1/chat/completions, /tokenize) and its JSON body."""

    path: str
    body: dict


@dataclass(frozen=True)
class Batching:
    """How the runner sends up to `size` requests as one HTTP request.

    `combine(parts)` is the one request that asks for every part; `split(parts, reply)` is
    each part's reply, in order, shaped as if the part had been sent alone. Each part is
    journalled under its own key with its own reply, so the journal does not depend on how
    parts were grouped: a rerun after an interruption regroups the missing parts freely, and
    a journal written one request at a time answers a batched run (and the reverse).
    """

    size: int
    combine: Callable[[list[Request]], Request]
    split: Callable[[list[Request], dict], list[dict]]


@dataclass(frozen=True)
class Completed:
    """A request's reply (the server's JSON), when it arrived and how long it took."""

    response: dict
    completed_at: str
    elapsed_ms: float
    from_journal: bool


@dataclass(frozen=True)
class RequestSettings:
    """The `requests:` block of the config (config/schema/config.schema.yaml says what each is)."""

    concurrency: int = 64
    max_attempts: int = 6
    timeout_seconds: float = 600
    progress_interval_seconds: float = 15
    backoff_seconds: float = 1.0
    backoff_max_seconds: float = 30.0
    stall_seconds: float = 10

    @classmethod
    def from_config(cls, config: dict) -> RequestSettings:
        return cls(**config)
