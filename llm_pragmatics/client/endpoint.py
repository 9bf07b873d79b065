"""Where a stage's requests go: the model server beside the job, or a model's external API.

A server this workflow starts is described by its endpoint file, which the launcher
(llm_pragmatics/server.py) keeps up to date: status "starting", then "ready" with the URL,
"failed" with the reason if the server dies, and "stopped" while the launcher stops it (the
file is removed once the server is down).
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from ..config import Model
from ..errors import ModelError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Endpoint:
    base_url: str
    api_key: str | None = None
    # The endpoint file of a server this workflow started (None for an external API): where
    # the client looks when it must know whether the server is still there.
    status_file: str | None = None

    def __repr__(self) -> str:  # never print the key
        return f"Endpoint({self.base_url!r})"


def read_endpoint_file(path: str | Path) -> dict | None:
    try:
        return json.loads(Path(path).read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def wait_for_server(endpoint_file: str | Path, timeout_seconds: float) -> Endpoint:
    """Wait until the model server beside this job answers; return its endpoint.

    A "stopped" or missing file is waited on like "starting": a new launcher rewrites it.
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
            endpoint = Endpoint(info["base_url"], status_file=str(endpoint_file))
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
