"""A durable record of completed model requests, so an interrupted run never asks twice.

Each completed request is keyed by a hash of the model's identity, the API path and the
canonical request body (which holds the rendered prompt and the sampling parameters, seed
included), and is committed before the stage counts it as done.

The journal is SQLite in rollback-journal mode (DELETE) with synchronous=FULL, not WAL. On
the cluster the journals live on a shared CephFS volume and are read by the provenance job in
another pod; WAL keeps recent commits in a side file indexed through shared memory, which
only processes on one host can share, so SQLite does not support it over a network file
system. In rollback mode each commit is synced into the database file itself and the side
file is gone once the commit returns: the file alone holds every completed request, whoever
reads it, wherever. A journal written in WAL mode by an earlier version is converted on open.

Syncing costs a round trip to the disk per commit, so the writer commits in groups: each
commit carries every reply that arrived while the previous one was being written (see
JournalWriter). A request still counts as done only once its commit has returned.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
from pathlib import Path

from .request import Completed


def request_key(model_identity: str, path: str, body: dict) -> str:
    canonical = json.dumps(
        {"model": model_identity, "path": path, "body": body},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def journal_path(config: dict, model: str, study: str, stage: str) -> Path:
    """Where a stage output's journal lives: outside results/, so Snakemake never deletes it."""
    return Path(config["journal_dir"]) / model / f"{study}_{stage}.sqlite"


# key, request body, reply, completed_at, elapsed_ms
Record = tuple[str, dict, dict, str, float]


class Journal:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Used by one thread at a time: the stage's, or JournalWriter's commit thread.
        self._db = sqlite3.connect(
            self.path, timeout=60, isolation_level=None, check_same_thread=False
        )
        mode = self._db.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if mode != "delete":
            raise sqlite3.OperationalError(
                f"{self.path}: could not switch the journal to rollback mode (it is {mode!r}); "
                "is another process using it?"
            )
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS completed ("
            " key TEXT PRIMARY KEY,"
            " request TEXT NOT NULL,"
            " response TEXT NOT NULL,"
            " completed_at TEXT NOT NULL,"
            " elapsed_ms REAL NOT NULL)"
        )

    def get_many(self, keys: list[str]) -> dict[str, dict]:
        """The journalled records among `keys`."""
        found: dict[str, dict] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, response, completed_at, elapsed_ms FROM completed"
                f" WHERE key IN ({marks})",
                chunk,
            )
            for key, response, completed_at, elapsed_ms in rows:
                found[key] = {
                    "response": json.loads(response),
                    "completed_at": completed_at,
                    "elapsed_ms": elapsed_ms,
                }
        return found

    def put(self, key: str, request: dict, response: dict, completed_at: str, elapsed_ms: float):
        self.put_many([(key, request, response, completed_at, elapsed_ms)])

    def put_many(self, records: list[Record]) -> None:
        """Commit `records` in one transaction: all of them are durable when this returns."""
        rows = [
            (
                key,
                json.dumps(request, ensure_ascii=False),
                json.dumps(response, ensure_ascii=False),
                completed_at,
                elapsed_ms,
            )
            for key, request, response, completed_at, elapsed_ms in records
        ]
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.executemany("INSERT OR REPLACE INTO completed VALUES (?, ?, ?, ?, ?)", rows)
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM completed").fetchone()[0]

    def close(self):
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class JournalWriter:
    """Commits completed requests for an event loop, in groups, off the loop's thread.

    `await put(...)` returns once the record is committed. One commit runs at a time, in a
    worker thread, while the loop goes on receiving replies; the next commit takes every
    record that arrived meanwhile. Under load a commit carries many replies for one sync;
    a lone reply is committed at once. A caller cancelled while it waits does not withdraw its
    record: once queued, it is committed, and `aclose()` waits for every queued record.
    """

    def __init__(self, journal: Journal):
        self.journal = journal
        self.commits = 0
        self._queue: list[tuple[Record, asyncio.Future]] = []
        self._arrived = asyncio.Event()
        self._closing = False
        self._task = asyncio.create_task(self._commit_continually())

    async def put(self, key: str, request: dict, completed: Completed) -> None:
        await self.put_all([(key, request, completed)])

    async def put_all(self, items: list[tuple[str, dict, Completed]]) -> None:
        """Queue every item at once (one commit carries them all); return once committed."""
        if self._closing:
            raise RuntimeError("the journal writer is closed")
        waits = []
        for key, request, done in items:
            record = (key, request, done.response, done.completed_at, done.elapsed_ms)
            committed = asyncio.get_running_loop().create_future()
            # Retrieved even when the caller was cancelled meanwhile (no "never retrieved").
            committed.add_done_callback(lambda future: future.cancelled() or future.exception())
            self._queue.append((record, committed))
            waits.append(committed)
        self._arrived.set()
        all_committed = asyncio.gather(*waits)
        all_committed.add_done_callback(lambda future: future.cancelled() or future.exception())
        await asyncio.shield(all_committed)

    async def _commit_continually(self) -> None:
        while self._queue or not self._closing:
            if not self._queue:
                self._arrived.clear()
                await self._arrived.wait()
                continue
            batch, self._queue = self._queue, []
            try:
                await asyncio.to_thread(self.journal.put_many, [record for record, _ in batch])
            except Exception as error:  # each waiting caller gets it
                for _, committed in batch:
                    if not committed.done():
                        committed.set_exception(error)
                continue
            self.commits += 1
            for _, committed in batch:
                if not committed.done():
                    committed.set_result(None)

    async def aclose(self) -> None:
        """Commit everything queued, then stop (also when the caller is being cancelled)."""
        self._closing = True
        self._arrived.set()
        await asyncio.shield(self._task)

    async def __aenter__(self) -> JournalWriter:
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()
