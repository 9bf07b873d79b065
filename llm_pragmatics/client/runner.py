"""RequestRunner: a batch of requests, sent concurrently, retried, journalled, watched.

- A bounded window of requests in flight (`concurrency`) keeps the engine's batch full.
- With `batching`, up to `Batching.size` requests travel as one HTTP request (one attempt,
  one retry, one slot of the window) and are journalled one by one from its reply.
- A failed attempt is tried again if the retry policy calls it transient, after a backoff;
  a request the server refuses, or one that fails `max_attempts` times, fails the batch.
- Once a request has failed for good nothing new is sent, and the requests in flight are let
  finish and are journalled: their work is not thrown away.
- A server that has gone fails the batch at once: the runner asks (Transport.server_gone)
  after a failed attempt and whenever no reply has come for `stall_seconds` while requests
  are in flight, instead of waiting out `timeout_seconds`. Replies received before are
  journalled; the requests in flight are abandoned.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from ..config import Model
from ..errors import RequestFailed, ServerGone, WorkflowError
from .endpoint import Endpoint
from .journal import Journal, JournalWriter, request_key
from .progress import Progress
from .request import Batching, Completed, Request, RequestSettings
from .retry import RetryPolicy
from .transport import OpenAITransport, Transport, TransportFailure

log = logging.getLogger(__name__)


class RequestRunner:
    """Runs a batch of requests against one endpoint, journalled and retried."""

    def __init__(
        self,
        endpoint: Endpoint | Callable[[], Endpoint],
        model: Model,
        journal: Journal,
        settings: RequestSettings,
        label: str,
        validate: Callable[[dict], None] | None = None,
        transport: Callable[[Endpoint, RequestSettings], Transport] = OpenAITransport,
        batching: Batching | None = None,
    ):
        # A callable is only called when something must be sent: a rerun whose requests
        # are all journalled never waits for a server.
        self.endpoint = endpoint
        self.model = model
        self.journal = journal
        self.settings = settings
        self.label = label
        # Raises on a reply that lacks what the stage needs (treated as a transient fault).
        self.validate = validate if validate is not None else (lambda response: None)
        self.transport = transport
        self.batching = batching
        self.policy = RetryPolicy.from_settings(settings)

    def run(self, requests: list[Request]) -> list[Completed]:
        return asyncio.run(self.run_async(requests))

    async def run_async(self, requests: list[Request]) -> list[Completed]:
        keys = [request_key(self.model.identity, r.path, r.body) for r in requests]
        recorded = self.journal.get_many(keys)
        results: dict[str, Completed] = {
            key: Completed(**record, from_journal=True) for key, record in recorded.items()
        }
        pending = {
            key: request for key, request in zip(keys, requests, strict=True) if key not in results
        }
        progress = Progress(
            self.label,
            total=len(set(keys)),
            from_journal=len(results),
            interval=self.settings.progress_interval_seconds,
        )
        units = self._units(pending)
        log.info(
            "%s: %d requests, %d already in the journal, %d to send in %d HTTP requests",
            self.label,
            progress.total,
            len(results),
            len(pending),
            len(units),
        )
        if pending:
            endpoint = self.endpoint
            if callable(endpoint):
                endpoint = await asyncio.to_thread(endpoint)
            batch = _Batch(self, self.transport(endpoint, self.settings), progress)
            try:
                await batch.send_all(units, results)
            finally:
                await batch.transport.aclose()
        log.info(progress.line())
        return [results[key] for key in keys]

    def _units(self, pending: dict[str, Request]) -> list[dict[str, Request]]:
        """The pending requests grouped as they are sent: one per HTTP request."""
        size = self.batching.size if self.batching else 1
        items = list(pending.items())
        return [dict(items[start : start + size]) for start in range(0, len(items), size)]

    def request_for(self, parts: list[Request]) -> Request:
        """What goes to the server for `parts`: the request itself, or their batch."""
        return self.batching.combine(parts) if self.batching else parts[0]

    def replies_of(self, parts: list[Request], response: dict) -> list[dict]:
        """Each part's reply, validated (raises on a reply that lacks what is needed)."""
        replies = self.batching.split(parts, response) if self.batching else [response]
        if len(replies) != len(parts):
            raise ValueError(f"{len(replies)} replies for {len(parts)} requests")
        for reply in replies:
            self.validate(reply)
        return replies


class _Batch:
    """The state of one run's sending: the window, the first failure, the stall watch."""

    def __init__(self, runner: RequestRunner, transport: Transport, progress: Progress):
        self.runner, self.transport, self.progress = runner, transport, progress
        self.label = runner.label
        self.window = asyncio.Semaphore(runner.settings.concurrency)
        self.failure: WorkflowError | None = None  # the first failure for good
        self.tasks: list[asyncio.Task] = []
        self.in_flight = 0
        self.last_reply = time.monotonic()

    async def send_all(self, units: list[dict[str, Request]], results: dict[str, Completed]):
        async with JournalWriter(self.runner.journal) as writer:
            self.tasks = [asyncio.create_task(self._one(unit, writer, results)) for unit in units]
            helpers = [
                asyncio.create_task(self.progress.report_periodically()),
                asyncio.create_task(self._watch_server()),
            ]
            try:
                outcomes = await asyncio.gather(*self.tasks, return_exceptions=True)
            finally:
                for task in self.tasks + helpers:
                    task.cancel()
                await asyncio.gather(*self.tasks, *helpers, return_exceptions=True)
        if self.failure is not None:
            log.info(self.progress.line())
            raise self.failure
        for outcome in outcomes:  # a bug, not a request's failure: show it as it is
            if isinstance(outcome, Exception):
                raise outcome

    async def _one(self, unit: dict[str, Request], writer: JournalWriter, results):
        """Send one unit (a request, or a batch of them); journal each of its parts."""
        async with self.window:
            if self.failure is not None:
                return
            self.in_flight += len(unit)
            try:
                completed = await self._send(list(unit.values()))
            except ServerGone as error:
                self._abandon(error)
                return
            except WorkflowError as error:
                self._fail(error)
                return
            finally:
                self.in_flight -= len(unit)
                self.last_reply = time.monotonic()
        if completed is None:
            return
        await writer.put_all(
            [
                (key, request.body, done)
                for (key, request), done in zip(unit.items(), completed, strict=True)
            ]
        )
        results.update(zip(unit, completed, strict=True))
        self.progress.done += len(unit)

    def _fail(self, error: WorkflowError) -> None:
        if self.failure is None:
            self.failure = error

    def _abandon(self, error: ServerGone) -> None:
        """Fail the batch and cancel the requests in flight: their server will not answer.
        Replies already received are still committed (JournalWriter)."""
        self._fail(error)
        for task in self.tasks:
            if task is not asyncio.current_task():
                task.cancel()

    async def _send(self, parts: list[Request]) -> list[Completed] | None:
        """Each part's reply, after retries; None if the batch failed meanwhile."""
        policy = self.runner.policy
        request = self.runner.request_for(parts)
        for attempt in range(1, policy.max_attempts + 1):
            started = time.monotonic()
            try:
                response = await self.transport.send(request)
                try:
                    replies = self.runner.replies_of(parts, response)
                except (ValueError, KeyError, IndexError, TypeError) as error:
                    raise TransportFailure(f"malformed reply: {error}") from None
                elapsed_ms = round((time.monotonic() - started) * 1000, 1)
                completed_at = _utc_now()
                return [Completed(reply, completed_at, elapsed_ms, False) for reply in replies]
            except TransportFailure as failure:
                if not policy.is_transient(failure):
                    raise RequestFailed(
                        f"{self.label}: the model API refused a request on {request.path}: "
                        f"{failure}"
                    ) from None
                if self.failure is not None:  # no point in retrying
                    return None
                gone = await self.transport.server_gone()
                if gone:
                    raise self._server_gone(gone) from None
                if attempt == policy.max_attempts:
                    raise RequestFailed(
                        f"{self.label}: a request failed {attempt} times in a row "
                        f"(requests.max_attempts); last error: {failure}"
                    ) from None
                self.progress.retries += 1
                delay = policy.delay(attempt)
                log.warning(
                    "%s: attempt %d/%d failed (%s); retrying in %.1f s",
                    self.label,
                    attempt,
                    policy.max_attempts,
                    failure,
                    delay,
                )
                await asyncio.sleep(delay)
                if self.failure is not None:  # failed meanwhile: nothing new is sent
                    return None
        raise AssertionError("unreachable")

    async def _watch_server(self):
        """While requests are in flight and no reply has come for `stall_seconds`, ask whether
        the server has gone (again every `stall_seconds` while it lasts); if so, fail the batch
        and abandon the requests in flight."""
        stall = self.runner.settings.stall_seconds
        checked = time.monotonic()
        while True:
            await asyncio.sleep(min(1.0, stall / 4))
            now = time.monotonic()
            if self.in_flight == 0 or now - max(self.last_reply, checked) < stall:
                continue
            checked = now
            gone = await self.transport.server_gone()
            if gone:
                self._abandon(self._server_gone(gone))
                return

    def _server_gone(self, reason: str) -> ServerGone:
        return ServerGone(
            f"{self.label}: the model server has gone ({reason}), with {self.in_flight} "
            f"requests in flight; the {self.progress.done} completed requests are journalled "
            "and a rerun sends only the others"
        )


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")
