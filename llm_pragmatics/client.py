"""The one request layer: every call to a model goes through `RequestRunner`.

It keeps a bounded window of requests in flight (enough to fill the engine's batch),
retries transient failures with exponential backoff, journals every completed request as it
completes, and logs a progress line with rate and ETA.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from .config import Model
from .errors import ModelError, RequestFailed
from .journal import Journal, request_key

log = logging.getLogger(__name__)

# HTTP statuses worth retrying: rate limiting and server-side trouble.
TRANSIENT_STATUSES = {408, 409, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Endpoint:
    base_url: str
    api_key: str | None = None

    def __repr__(self) -> str:  # never print the key
        return f"Endpoint({self.base_url!r})"


@dataclass(frozen=True)
class RequestSettings:
    concurrency: int = 64
    max_attempts: int = 6
    timeout_seconds: float = 600
    progress_interval_seconds: float = 15
    backoff_seconds: float = 1.0
    backoff_max_seconds: float = 30.0

    @classmethod
    def from_config(cls, config: dict) -> RequestSettings:
        return cls(**config)


@dataclass(frozen=True)
class Request:
    path: str
    body: dict


@dataclass(frozen=True)
class Completed:
    response: dict
    completed_at: str
    elapsed_ms: float
    from_journal: bool


class _Transient(Exception):
    pass


def read_endpoint_file(path: str | Path) -> dict | None:
    try:
        return json.loads(Path(path).read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def wait_for_server(endpoint_file: str | Path, timeout_seconds: float) -> Endpoint:
    """Wait until the model server beside this job answers; return its endpoint.

    The server's launcher writes the endpoint file: first with status "starting", then
    "ready" with the URL once the server answers, or "failed" if it died while starting.
    """
    deadline = time.monotonic() + timeout_seconds
    announced = False
    info = None
    while time.monotonic() < deadline:
        info = read_endpoint_file(endpoint_file)
        status = (info or {}).get("status")
        if status == "failed":
            raise ModelError(
                f"the model server failed to start ({info.get('reason', 'see its log')}); "
                f"its log: {info.get('log')}"
            )
        if status == "ready":
            endpoint = Endpoint(info["base_url"])
            try:
                httpx.get(endpoint.base_url + "/v1/models", timeout=10).raise_for_status()
                return endpoint
            except httpx.HTTPError:
                pass  # restarting or going away; keep waiting until the deadline
        if not announced:
            log.info("waiting for the model server (%s)", endpoint_file)
            announced = True
        time.sleep(1)
    where = (info or {}).get("log") or "logs/<model>/serve.log"
    raise ModelError(
        f"the model server did not become ready within {timeout_seconds:.0f} s "
        f"(server.startup_timeout_seconds); its log: {where}"
    )


def resolve_endpoint(model: Model, endpoint_file: str | None, timeout_seconds: float) -> Endpoint:
    """The endpoint a stage sends its requests to: our server, or the model's external API."""
    if model.self_hosted:
        if not endpoint_file:
            raise ModelError(f"model {model.key!r} is self-hosted but no server was started")
        return wait_for_server(endpoint_file, timeout_seconds)
    variable = model.endpoint.get("api_key_env")
    key = os.environ.get(variable) if variable else None
    if variable and not key:
        raise ModelError(
            f"model {model.key!r} uses an external API whose key is read from the "
            f"environment variable {variable}, which is not set"
        )
    return Endpoint(model.endpoint["base_url"].rstrip("/").removesuffix("/v1"), key)


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Progress:
    """Periodic progress lines: done, from the journal, rate of new requests, ETA."""

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
    ):
        # A callable is only called when something must be sent: a rerun whose requests
        # are all journalled never waits for a server.
        self.endpoint = endpoint
        self.model = model
        self.journal = journal
        self.settings = settings
        self.label = label
        # Raises on a reply that lacks what the stage needs (treated as a transient fault).
        self.validate = validate or (lambda response: None)

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
        log.info(
            "%s: %d requests, %d already in the journal, %d to send",
            self.label,
            progress.total,
            len(results),
            len(pending),
        )
        if pending:
            await self._send_all(pending, results, progress)
        log.info(progress.line())
        return [results[key] for key in keys]

    async def _send_all(self, pending: dict[str, Request], results, progress: Progress):
        endpoint = self.endpoint
        if callable(endpoint):
            endpoint = await asyncio.to_thread(endpoint)
        headers = {}
        if endpoint.api_key:
            headers["Authorization"] = f"Bearer {endpoint.api_key}"
        limits = httpx.Limits(
            max_connections=self.settings.concurrency,
            max_keepalive_connections=self.settings.concurrency,
        )
        window = asyncio.Semaphore(self.settings.concurrency)
        async with httpx.AsyncClient(
            base_url=endpoint.base_url,
            headers=headers,
            limits=limits,
            timeout=self.settings.timeout_seconds,
        ) as http:
            # Once a request has failed for good, nothing new is sent, but the requests in
            # flight are let finish and are journalled: their work is not thrown away.
            failed: list[RequestFailed] = []

            async def one(key: str, request: Request):
                async with window:
                    if failed:
                        return
                    try:
                        completed = await self._send(http, request, progress, failed)
                    except RequestFailed as error:
                        failed.append(error)
                        return
                self.journal.put(
                    key,
                    request.body,
                    completed.response,
                    completed.completed_at,
                    completed.elapsed_ms,
                )
                results[key] = completed
                progress.done += 1

            reporter = asyncio.create_task(progress.report_periodically())
            tasks = [asyncio.create_task(one(k, r)) for k, r in pending.items()]
            try:
                await asyncio.gather(*tasks)
            finally:
                reporter.cancel()
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
            if failed:
                log.info(progress.line())
                raise failed[0]

    async def _send(
        self, http: httpx.AsyncClient, request: Request, progress, failed: list
    ) -> Completed:
        attempts = self.settings.max_attempts
        for attempt in range(1, attempts + 1):
            started = time.monotonic()
            try:
                response = await http.post(request.path, json=request.body)
                if response.status_code in TRANSIENT_STATUSES:
                    raise _Transient(f"HTTP {response.status_code}: {response.text[:200]}")
                if response.status_code >= 400:
                    raise RequestFailed(
                        f"{self.label}: the model API refused a request "
                        f"(HTTP {response.status_code} on {request.path}): "
                        f"{response.text[:500]}"
                    )
                try:
                    payload = response.json()
                    self.validate(payload)
                except (ValueError, KeyError, IndexError, TypeError) as error:
                    raise _Transient(f"malformed reply: {error}") from None
                elapsed_ms = (time.monotonic() - started) * 1000
                return Completed(payload, _utc_now(), round(elapsed_ms, 1), False)
            except (_Transient, httpx.TransportError) as error:
                if failed:  # another request failed for good: no point in retrying
                    raise failed[0] from None
                if attempt == attempts:
                    raise RequestFailed(
                        f"{self.label}: a request failed {attempts} times in a row "
                        f"(requests.max_attempts); last error: {_describe(error)}"
                    ) from None
                progress.retries += 1
                delay = min(
                    self.settings.backoff_seconds * 2 ** (attempt - 1),
                    self.settings.backoff_max_seconds,
                ) * random.uniform(0.5, 1.0)
                log.warning(
                    "%s: attempt %d/%d failed (%s); retrying in %.1f s",
                    self.label,
                    attempt,
                    attempts,
                    _describe(error),
                    delay,
                )
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")


def _describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
