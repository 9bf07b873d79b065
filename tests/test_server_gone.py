"""A stage whose server goes away mid-stage fails within seconds, and loses nothing.

Each test starts its own launcher on the real small model (the session's server is shared and
must not be stopped), sends requests through the real request layer, and takes the server
away while requests are in flight, as Snakemake does: SIGTERM to the launcher when the last
consumer of a service ends, SIGKILL to it when another job of the group fails. The request
timeout is 600 s; the stage must fail in seconds, with every reply it received journalled,
and no process of the server may stay behind.
"""

from __future__ import annotations

import signal
import threading
import time

import pytest

from llm_pragmatics.client import (
    Journal,
    Request,
    RequestRunner,
    RequestSettings,
    read_endpoint_file,
    wait_for_server,
)
from llm_pragmatics.errors import ServerGone
from llm_pragmatics.process_group import group_members, stop_group
from llm_pragmatics.server import STOP_GRACE_SECONDS

from .conftest import MODEL_KEY, start_launcher

pytestmark = pytest.mark.server

SETTINGS = RequestSettings(concurrency=16, timeout_seconds=600, stall_seconds=5)
DEADLINE_SECONDS = 30  # against the 600 s request timeout


def story(number: int, max_tokens: int) -> Request:
    """A chat request constrained to JSON with one string that may not close before max_tokens.
    (Requests under guided decoding are the ones vLLM's API process was seen to keep waiting
    on after its engine was stopped. Without the minimum length the small model closes the
    string after some 15-25 tokens: the "long" requests could all finish while the server
    drains on SIGTERM, and the stage then rightly ends without an error.)"""
    schema = {
        "type": "object",
        "properties": {"story": {"type": "string", "minLength": 8 * max_tokens}},
        "required": ["story"],
        "additionalProperties": False,
    }
    return Request(
        "/v1/chat/completions",
        {
            "model": MODEL_KEY,
            "messages": [{"role": "user", "content": f"Tell story number {number} as JSON."}],
            "max_tokens": max_tokens,
            "temperature": 0.7,
            "seed": number,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "story", "schema": schema, "strict": True},
            },
        },
    )


@pytest.fixture
def launcher(model_weights, tmp_path):
    process, endpoint_file = start_launcher(model_weights, tmp_path)
    endpoint = wait_for_server(endpoint_file, timeout_seconds=600)
    group = read_endpoint_file(endpoint_file)["pid"]
    try:
        yield process, endpoint, endpoint_file, group
    finally:
        process.kill()
        process.wait()
        stop_group(group, grace_seconds=5)  # nothing left to stop, unless the test failed


@pytest.mark.parametrize("stop", ["terminated", "killed"])
def test_a_stage_fails_within_seconds_when_its_server_goes(model, launcher, tmp_path, stop):
    process, endpoint, endpoint_file, group = launcher
    journal_path = tmp_path / "journal.sqlite"
    received = []  # every reply the layer accepted (validate runs before journalling)
    runner = RequestRunner(
        endpoint, model, Journal(journal_path), SETTINGS, "test", validate=received.append
    )
    # Four short requests complete first; twelve long ones are in flight when the server goes.
    requests = [story(n, 4) for n in range(4)] + [story(n, 1500) for n in range(4, 16)]
    outcome: dict = {}

    def run_stage():
        try:
            runner.run(requests)
        except Exception as error:
            outcome["error"], outcome["at"] = error, time.monotonic()

    stage = threading.Thread(target=run_stage)
    stage.start()
    deadline = time.monotonic() + 300
    while len(received) < 4 and time.monotonic() < deadline and stage.is_alive():
        time.sleep(0.2)
    assert len(received) >= 4, "the short requests did not complete"
    time.sleep(2)  # the long ones are generating
    assert len(received) < len(requests), "no request was in flight when the server went"
    signalled = time.monotonic()
    process.send_signal(signal.SIGTERM if stop == "terminated" else signal.SIGKILL)
    stage.join(timeout=120)

    assert not stage.is_alive(), "the stage still waits on a server that has gone"
    assert isinstance(outcome.get("error"), ServerGone), outcome
    assert outcome["at"] - signalled < DEADLINE_SECONDS
    # Nothing received is lost: every accepted reply is in the journal, and only those.
    with Journal(journal_path) as journal:
        assert len(journal) == len(received) < len(requests)
    # No process of the server stays behind (the launcher's guard stops the whole group,
    # SIGKILL after the grace period, also when the launcher itself was killed).
    deadline = time.monotonic() + STOP_GRACE_SECONDS + 10
    while group_members(group) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert group_members(group) == []
    if stop == "terminated":
        assert process.wait(timeout=30) == 0
        assert "marked it stopped" in str(outcome["error"])
        assert not endpoint_file.exists()
