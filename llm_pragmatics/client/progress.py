"""A stage's progress lines: done, from the journal, rate of new requests, retries, ETA."""

from __future__ import annotations

import asyncio
import logging
import time

log = logging.getLogger(__name__)


class Progress:
    def __init__(self, label: str, total: int, from_journal: int, interval: float):
        self.label, self.total, self.interval = label, total, interval
        self.done = from_journal
        self.from_journal = from_journal
        self.retries = 0
        self.started = time.monotonic()

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        fresh = self.done - self.from_journal
        rate = fresh / elapsed if elapsed > 0 else 0.0
        remaining = self.total - self.done
        eta = f"{remaining / rate:,.0f} s" if rate > 0 else "?"
        return (
            f"{self.label}: {self.done}/{self.total} done "
            f"({self.from_journal} from journal), {rate:.2f} requests/s, "
            f"{self.retries} retries, ETA {eta}"
        )

    async def report_periodically(self):
        while True:
            await asyncio.sleep(self.interval)
            log.info(self.line())
