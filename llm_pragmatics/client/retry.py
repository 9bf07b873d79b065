"""Which failed attempts are tried again, how often, and after how long."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .request import RequestSettings
from .transport import TransportFailure

# HTTP statuses worth another attempt: rate limiting and server-side trouble. Any other
# status of 400 or above is the server refusing the request (a prompt longer than the
# model's context, say), which no retry changes.
TRANSIENT_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int
    backoff_seconds: float
    backoff_max_seconds: float

    @classmethod
    def from_settings(cls, settings: RequestSettings) -> RetryPolicy:
        return cls(settings.max_attempts, settings.backoff_seconds, settings.backoff_max_seconds)

    @staticmethod
    def is_transient(failure: TransportFailure) -> bool:
        """No HTTP answer (connection error, timeout), an unreadable reply, or a status above."""
        return failure.status is None or failure.status in TRANSIENT_STATUSES

    def delay(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number `attempt` (from 1): exponential, capped,
        with jitter so that requests that failed together do not come back together."""
        ceiling = min(self.backoff_seconds * 2 ** (attempt - 1), self.backoff_max_seconds)
        return ceiling * random.uniform(0.5, 1.0)
