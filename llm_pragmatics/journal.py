"""A durable record of completed model requests, so an interrupted run never asks twice.

Each completed request is committed as it completes, keyed by a hash of the model's
identity, the API path and the canonical request body (which holds the rendered prompt and
the sampling parameters, seed included). SQLite in WAL mode survives the process being
killed at any point: a record is either committed whole or absent.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path


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


class Journal:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
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
        self._db.execute(
            "INSERT OR REPLACE INTO completed VALUES (?, ?, ?, ?, ?)",
            (
                key,
                json.dumps(request, ensure_ascii=False),
                json.dumps(response, ensure_ascii=False),
                completed_at,
                elapsed_ms,
            ),
        )

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM completed").fetchone()[0]

    def close(self):
        self._db.close()
