"""How many completed requests per second the journal can commit, old mode and new, side by side.

    .venv/bin/python bench/journal_commits.py [--dir DIR] [--records N] [--concurrency C]

Three ways of committing the same records (a reply of --reply-bytes, as a raw answer's) into
a fresh journal in DIR (default: a temporary folder in the current directory, so on the file
system the workflow's journal_dir is on; on the cluster, point it at the shared volume):

- old: SQLite in WAL mode, synchronous=NORMAL, one commit per request, as the journal was
  before. Fast because a commit is not synced to disk (only checkpoints are), and not usable on
  a network file system (see docs/nrp.md).
- new, one at a time: rollback mode (DELETE), synchronous=FULL, one commit per request: each
  commit is synced. This is the rate when replies arrive one by one.
- new, as the runner commits: the same mode through JournalWriter, with C requests completing
  concurrently (the stage's window): a commit carries every reply that arrived while the
  previous one was being synced. Here each of the C waits for its commit before the next
  record; the runner frees a request's place in the window when the reply arrives, before
  the commit, so this rate is a floor.

It prints each rate and its ratio to the old mode, in one run (the machine is shared: compare
the ratios). A stage's requests/s (the progress lines) is far below any of these rates when the
journal is not the bottleneck.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from llm_pragmatics.client import Completed, Journal  # noqa: E402
from llm_pragmatics.client.journal import JournalWriter  # noqa: E402

SCHEMA = (
    "CREATE TABLE completed (key TEXT PRIMARY KEY, request TEXT NOT NULL,"
    " response TEXT NOT NULL, completed_at TEXT NOT NULL, elapsed_ms REAL NOT NULL)"
)


def a_reply(size: int) -> dict:
    return {"choices": [{"message": {"content": "x" * size}}], "usage": {"prompt_tokens": 120}}


def old_mode(path: Path, records: int, reply: dict) -> float:
    """The journal before: WAL, synchronous=NORMAL, one commit per put (autocommit)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(SCHEMA)
    started = time.perf_counter()
    for i in range(records):
        row = (f"k{i}", json.dumps({"i": i}), json.dumps(reply), "2025-01-01", 1.0)
        db.execute("INSERT OR REPLACE INTO completed VALUES (?, ?, ?, ?, ?)", row)
    elapsed = time.perf_counter() - started
    db.close()
    return records / elapsed


def one_at_a_time(path: Path, records: int, reply: dict) -> float:
    with Journal(path) as journal:
        started = time.perf_counter()
        for i in range(records):
            journal.put(f"k{i}", {"i": i}, reply, "2025-01-01", 1.0)
        return records / (time.perf_counter() - started)


def as_the_runner_commits(
    path: Path, records: int, reply: dict, concurrency: int
) -> tuple[float, float]:
    """(records per second, records per commit) with `concurrency` requests completing."""
    done = Completed(reply, "2025-01-01", 1.0, False)

    async def main() -> tuple[float, int]:
        with Journal(path) as journal:
            started = time.perf_counter()
            async with JournalWriter(journal) as writer:

                async def requests_in_turn(first: int):
                    for i in range(first, records, concurrency):
                        await writer.put(f"k{i}", {"i": i}, done)

                await asyncio.gather(*(requests_in_turn(first) for first in range(concurrency)))
            return time.perf_counter() - started, writer.commits

    elapsed, commits = asyncio.run(main())
    return records / elapsed, records / commits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path.cwd(), help="where to write journals")
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--one-at-a-time-records", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--reply-bytes", type=int, default=2000)
    args = parser.parse_args()
    reply = a_reply(args.reply_bytes)
    scratch = Path(tempfile.mkdtemp(prefix="journal-bench-", dir=args.dir))
    try:
        old = old_mode(scratch / "old.sqlite", args.records, reply)
        single = one_at_a_time(scratch / "single.sqlite", args.one_at_a_time_records, reply)
        grouped, per_commit = as_the_runner_commits(
            scratch / "grouped.sqlite", args.records, reply, args.concurrency
        )
    finally:
        shutil.rmtree(scratch)
    print(f"journal commits in {args.dir} (replies of {args.reply_bytes} bytes)")
    print(f"{'mode':64} {'requests/s':>11} {'vs old':>8}")
    grouped_name = f"new: DELETE, FULL, grouped ({args.concurrency} in flight, "
    grouped_name += f"{per_commit:.1f} per commit)"
    rows = [
        ("old: WAL, synchronous=NORMAL, a commit per request", old),
        ("new: DELETE, synchronous=FULL, a commit per request", single),
        (grouped_name, grouped),
    ]
    for name, rate in rows:
        print(f"{name:64} {rate:11,.0f} {rate / old:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
