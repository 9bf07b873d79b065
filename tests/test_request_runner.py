"""The request layer's retry, cancellation and journalling, without a server.

A scripted transport stands in for the server, for what a real one cannot be made to do on
cue: fail a given attempt, hang, go away. tests/test_request_layer.py runs the same layer
against the real server.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from llm_pragmatics.client import (
    Batching,
    Completed,
    Journal,
    Request,
    RequestRunner,
    RequestSettings,
    request_key,
)
from llm_pragmatics.client.journal import JournalWriter
from llm_pragmatics.client.progress import Progress
from llm_pragmatics.client.retry import RetryPolicy
from llm_pragmatics.client.transport import TransportFailure
from llm_pragmatics.config import Model
from llm_pragmatics.errors import RequestFailed, ServerGone

MODEL = Model.from_entry("fake", {"weights": {"path": "fake"}})
FAST = RequestSettings(
    concurrency=4,
    max_attempts=3,
    timeout_seconds=600,
    backoff_seconds=0.01,
    backoff_max_seconds=0.05,
    stall_seconds=0.2,
)


def requests(count: int) -> list[Request]:
    return [Request("/v1/completions", {"prompt": f"p{i}", "seed": i}) for i in range(count)]


def reply(request: Request) -> dict:
    return {"choices": [{"text": "answer to " + request.body["prompt"]}]}


class ScriptedServer:
    """A transport whose every attempt does what `script(prompt, attempt)` says: return a
    reply (None), raise a failure (an HTTP status, or 0 for no answer), or "hang"."""

    def __init__(self, script=lambda prompt, attempt: None, gone=lambda: None):
        self.script, self.gone = script, gone
        self.attempts: Counter[str] = Counter()
        self.sent: list[str] = []  # prompts, in the order their attempts started
        self.health_checks = 0
        self.closed = False

    def __call__(self, endpoint, settings):  # the runner's transport factory
        return self

    async def send(self, request: Request) -> dict:
        prompt = request.body["prompt"]
        self.attempts[prompt] += 1
        self.sent.append(prompt)
        await asyncio.sleep(0.01)
        outcome = self.script(prompt, self.attempts[prompt])
        if outcome == "hang":
            await asyncio.sleep(3600)
        if outcome is not None:
            message = f"HTTP {outcome}" if outcome else "ConnectError"
            raise TransportFailure(message, outcome or None)
        return reply(request)

    async def server_gone(self) -> str | None:
        self.health_checks += 1
        return self.gone()

    async def aclose(self) -> None:
        self.closed = True


def run(server, batch, tmp_path, settings=FAST, validate=None):
    # The endpoint is not used: the scripted transport stands for it.
    with Journal(tmp_path / "journal.sqlite") as journal:
        runner = RequestRunner(object(), MODEL, journal, settings, "test", validate, server)
        return runner.run(batch)


def journalled(tmp_path) -> set[str]:
    with Journal(tmp_path / "journal.sqlite") as journal:
        rows = journal._db.execute("SELECT request FROM completed").fetchall()
    return {json.loads(request)["prompt"] for (request,) in rows}


def test_transient_failures_are_retried_until_they_succeed(tmp_path):
    statuses = {1: 500, 2: 0}  # HTTP 500, then no answer at all, then a reply
    server = ScriptedServer(lambda prompt, n: statuses.get(n) if prompt == "p1" else None)
    completed = run(server, requests(3), tmp_path)
    assert server.attempts == {"p0": 1, "p1": 3, "p2": 1}
    assert [done.response for done in completed] == [reply(r) for r in requests(3)]
    assert server.closed


def test_a_malformed_reply_is_retried(tmp_path):
    checked = Counter()

    def validate(response):
        checked["calls"] += 1
        if checked["calls"] == 1:
            raise KeyError("usage")

    server = ScriptedServer()
    run(server, requests(1), tmp_path, validate=validate)
    assert server.attempts["p0"] == 2


def test_retries_stop_at_max_attempts_and_completed_requests_are_kept(tmp_path):
    server = ScriptedServer(lambda prompt, n: 503 if prompt == "p2" else None)
    with pytest.raises(RequestFailed, match="failed 3 times in a row.*HTTP 503"):
        run(server, requests(6), tmp_path)
    assert server.attempts["p2"] == FAST.max_attempts
    # Requests that completed before the failure are journalled.
    assert {"p0", "p1"} <= journalled(tmp_path)
    assert "p2" not in journalled(tmp_path)


def test_a_refused_request_fails_at_once_and_nothing_new_is_sent(tmp_path):
    # p0 is refused while p1..p3 are in flight (window of 4); those finish and are kept.
    server = ScriptedServer(lambda prompt, n: 400 if prompt == "p0" else None)
    with pytest.raises(RequestFailed, match="refused a request on /v1/completions: HTTP 400"):
        run(server, requests(12), tmp_path)
    assert server.attempts["p0"] == 1  # not retried
    assert server.health_checks == 0  # a refusal says nothing about the server's health
    assert set(server.sent) == {"p0", "p1", "p2", "p3"}  # nothing new after the refusal
    assert journalled(tmp_path) == {"p1", "p2", "p3"}


def test_no_retry_once_another_request_has_failed_for_good(tmp_path):
    # p0 fails (transient) and backs off; meanwhile p1 is refused: p0 is not tried again.
    # p2 fails (transient) after the refusal: not retried either.
    def script(prompt, attempt):
        return {"p0": 500, "p1": 400, "p2": 500}.get(prompt)

    server = ScriptedServer(script)
    original = server.send

    async def staggered(request):
        await asyncio.sleep({"p0": 0, "p1": 0.05, "p2": 0.1}[request.body["prompt"]])
        return await original(request)

    server.send = staggered
    settings = RequestSettings(
        **{**FAST.__dict__, "backoff_seconds": 0.4, "backoff_max_seconds": 0.4}
    )
    with pytest.raises(RequestFailed, match="HTTP 400"):
        run(server, requests(3), tmp_path, settings)
    assert server.attempts == {"p0": 1, "p1": 1, "p2": 1}


def test_a_server_that_has_gone_fails_the_batch_without_retries(tmp_path):
    server = ScriptedServer(
        lambda prompt, n: 0 if prompt == "p3" else None, gone=lambda: "nothing answers"
    )
    with pytest.raises(ServerGone, match="nothing answers"):
        run(server, requests(4), tmp_path)
    assert server.attempts["p3"] == 1  # no backoff and retries against a server that is gone
    assert journalled(tmp_path) == {"p0", "p1", "p2"}


def test_a_stalled_batch_asks_about_the_server_and_fails_within_seconds(tmp_path):
    """Requests that never return, against a 600 s timeout: the stall check finds the server
    gone and the batch fails at once; what completed before is journalled."""
    asked = {"n": 0}

    def gone():
        asked["n"] += 1
        return "its launcher marked it stopped" if asked["n"] >= 2 else None

    server = ScriptedServer(lambda prompt, n: "hang" if prompt >= "p2" else None, gone)
    started = time.monotonic()
    with pytest.raises(ServerGone, match="marked it stopped.*2 requests in flight") as failure:
        run(server, requests(4), tmp_path)
    assert time.monotonic() - started < 5
    assert server.health_checks == 2  # once healthy (still waiting), then gone
    assert "the 2 completed requests are journalled" in str(failure.value)
    assert journalled(tmp_path) == {"p0", "p1"}


def test_a_slow_healthy_server_is_waited_for(tmp_path):
    server = ScriptedServer(lambda prompt, n: None)

    async def slow_send(request):
        await asyncio.sleep(0.7)  # several stall periods
        return reply(request)

    server.send = slow_send
    completed = run(server, requests(2), tmp_path)
    assert len(completed) == 2
    assert server.health_checks >= 2


def interrupt_after(seconds: float, runner: RequestRunner, batch: list[Request]) -> None:
    """Run `batch` and cancel the run after `seconds`, as Ctrl-C or a signal would."""

    async def interrupted():
        task = asyncio.create_task(runner.run_async(batch))
        await asyncio.sleep(seconds)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(interrupted())


def test_an_interrupted_run_keeps_every_reply_it_received(tmp_path):
    """The run is cancelled (Ctrl-C, a signal) while requests are in flight: the replies that
    arrived are committed, and a rerun sends only the others."""
    server = ScriptedServer(lambda prompt, n: "hang" if prompt in {"p5", "p6", "p7"} else None)
    journal = Journal(tmp_path / "journal.sqlite")
    runner = RequestRunner(object(), MODEL, journal, FAST, "test", None, server)
    interrupt_after(0.5, runner, requests(8))
    assert journalled(tmp_path) == {f"p{i}" for i in range(5)}
    again = ScriptedServer()
    completed = RequestRunner(object(), MODEL, journal, FAST, "test", None, again).run(requests(8))
    assert sorted(again.sent) == ["p5", "p6", "p7"]
    assert [done.from_journal for done in completed] == [True] * 5 + [False] * 3


def batching(size: int) -> Batching:
    """Requests joined into one whose prompt is theirs joined by "+"; split back from the
    reply's text."""

    def combine(parts):
        return Request(parts[0].path, {"prompt": "+".join(p.body["prompt"] for p in parts)})

    def split(parts, response):
        answered = response["choices"][0]["text"].removeprefix("answer to ").split("+")
        return [{"choices": [{"text": "answer to " + prompt}]} for prompt in answered]

    return Batching(size, combine, split)


def test_batched_requests_are_journalled_one_by_one_and_regrouped_on_a_rerun(tmp_path):
    """Three requests per HTTP request; the batch holding p6 and p7 never returns and the run
    is interrupted: the completed batches' requests are journalled under their own keys, and
    a rerun with another batch size sends only p6 and p7."""
    server = ScriptedServer(lambda prompt, n: "hang" if "p6" in prompt else None)
    journal = Journal(tmp_path / "journal.sqlite")
    runner = RequestRunner(object(), MODEL, journal, FAST, "test", None, server, batching(3))
    interrupt_after(0.5, runner, requests(8))
    assert sorted(server.sent) == ["p0+p1+p2", "p3+p4+p5", "p6+p7"]
    assert journalled(tmp_path) == {f"p{i}" for i in range(6)}
    again = ScriptedServer()
    completed = RequestRunner(object(), MODEL, journal, FAST, "test", None, again, batching(5)).run(
        requests(8)
    )
    assert again.sent == ["p6+p7"]
    assert [done.response for done in completed] == [reply(r) for r in requests(8)]
    assert [done.from_journal for done in completed] == [True] * 6 + [False] * 2


def test_a_batch_reply_that_does_not_split_into_its_requests_is_retried(tmp_path):
    split_calls = Counter()
    base = batching(2)

    def short_once(parts, response):
        split_calls["n"] += 1
        replies = base.split(parts, response)
        return replies[:1] if split_calls["n"] == 1 else replies

    server = ScriptedServer()
    with Journal(tmp_path / "journal.sqlite") as journal:
        short = Batching(2, base.combine, short_once)
        runner = RequestRunner(object(), MODEL, journal, FAST, "test", None, server, short)
        completed = runner.run(requests(2))
    assert server.attempts == {"p0+p1": 2}
    assert [done.response for done in completed] == [reply(r) for r in requests(2)]


def test_a_rerun_sends_nothing_and_needs_no_endpoint(tmp_path):
    run(ScriptedServer(), requests(3), tmp_path)
    journal = Journal(tmp_path / "journal.sqlite")

    def no_endpoint():
        raise AssertionError("a rerun whose requests are all journalled waits for no server")

    completed = RequestRunner(no_endpoint, MODEL, journal, FAST, "test").run(requests(3))
    assert all(done.from_journal for done in completed)


def test_the_retry_policy():
    policy = RetryPolicy(max_attempts=6, backoff_seconds=1.0, backoff_max_seconds=5.0)
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (9, 5.0)]:
        delays = [policy.delay(attempt) for _ in range(200)]
        assert ceiling / 2 <= min(delays) and max(delays) <= ceiling
    assert policy.is_transient(TransportFailure("ConnectError"))
    for status in (408, 429, 500, 502, 503, 504):
        assert policy.is_transient(TransportFailure("", status))
    for status in (400, 401, 403, 404, 422):
        assert not policy.is_transient(TransportFailure("", status))


def test_the_progress_line():
    progress = Progress("m s raw", total=100, from_journal=20, interval=15)
    progress.started -= 10  # ten seconds ago
    progress.done, progress.retries = 40, 3
    line = progress.line()
    assert line.startswith("m s raw: 40/100 done (20 from journal), 2.0")
    assert "3 retries, ETA 30 s" in line  # 60 left at 2 new requests/s


# --- The journal ------------------------------------------------------------------------


def test_journal_keys_are_those_of_earlier_versions():
    """Keys computed before the request layer was split (these digests): a journal written
    then is still found."""
    body = {
        "model": "smollm2",
        "messages": [{"role": "user", "content": "Wie viele? – drei"}],
        "seed": 7,
        "temperature": 0.7,
    }
    assert (
        request_key("0123456789abcdef", "/v1/chat/completions", body)
        == "4971165930a2566319d4f168b025550bd1ecb2250207fb235fb88aab148282ff"
    )
    tokenize = {"model": "smollm2", "prompt": "x", "add_special_tokens": True}
    assert (
        request_key("0123456789abcdef", "/tokenize", tokenize)
        == "6a4f3884c79df246a208924b29583bfa47d5ab64595ec4b2ecd4d8f716791cb7"
    )


def test_a_journal_written_in_wal_mode_is_read_and_converted(tmp_path):
    """A journal as the earlier version wrote it (WAL, same table): its requests are answered
    from it, and it is converted to rollback mode, with no side files left."""
    path = tmp_path / "journal.sqlite"
    batch = requests(2)
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("PRAGMA journal_mode=WAL")
    old.execute(
        "CREATE TABLE completed (key TEXT PRIMARY KEY, request TEXT NOT NULL,"
        " response TEXT NOT NULL, completed_at TEXT NOT NULL, elapsed_ms REAL NOT NULL)"
    )
    for request in batch:
        key = request_key(MODEL.identity, request.path, request.body)
        row = (key, json.dumps(request.body), json.dumps(reply(request)), "2025-01-01", 5.0)
        old.execute("INSERT INTO completed VALUES (?, ?, ?, ?, ?)", row)
    old.close()

    server = ScriptedServer()
    journal = Journal(path)
    completed = RequestRunner(object(), MODEL, journal, FAST, "test", None, server).run(batch)
    journal.close()
    assert server.sent == []
    assert [done.response for done in completed] == [reply(r) for r in batch]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite"]


def test_replies_that_arrive_together_are_committed_together(tmp_path):
    async def many():
        with Journal(tmp_path / "journal.sqlite") as journal:
            async with JournalWriter(journal) as writer:
                done = Completed({"choices": []}, "2025-01-01", 1.0, False)
                await asyncio.gather(*(writer.put(f"k{i}", {"i": i}, done) for i in range(200)))
            return writer.commits, len(journal)

    commits, rows = asyncio.run(many())
    assert rows == 200
    assert commits < 20  # one commit per reply would be 200


KILLED_WRITER = """
import asyncio, sys
from llm_pragmatics.client import Completed, Journal
from llm_pragmatics.client.journal import JournalWriter

async def main():
    async with JournalWriter(Journal(sys.argv[1])) as writer:
        done = Completed({"choices": [{"text": "x" * 2000}]}, "2025-01-01", 1.0, False)
        async def worker(first):  # 64 of them, like the runner's window of requests
            for i in range(first, 10**9, 64):
                await writer.put(f"k{i}", {"i": i}, done)
                print(i, flush=True)  # acknowledged: committed
        await asyncio.gather(*(worker(first) for first in range(64)))

asyncio.run(main())
"""


def test_a_writer_killed_mid_stream_loses_no_acknowledged_record(tmp_path):
    """kill -9 while commits are under way: every record acknowledged as committed is in the
    journal once it is opened again (which rolls back a commit cut short), the file is
    intact and in rollback mode, and it reads read-only, as the provenance job reads it."""
    path = tmp_path / "journal.sqlite"
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    acknowledged = set()
    for line in writer.stdout:
        acknowledged.add(f"k{line.strip()}")
        if len(acknowledged) >= 1000:
            break
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    Journal(path).close()  # what the stage's rerun does first
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        keys = {key for (key,) in db.execute("SELECT key FROM completed")}
    assert acknowledged <= keys
