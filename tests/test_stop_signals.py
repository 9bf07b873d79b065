"""The launcher's and the guard's stop requests: a stop signal is seen at once, whenever it
comes, and never hangs the process that receives it.

A handler that called `threading.Event.set` hung a launcher for good when SIGTERM arrived
while the main thread was inside `Event.wait` holding the event's lock (Snakemake stopping a
service whose consumers had finished before the server was up). Each case runs in a child
process, so that pytest's own handlers stay as they are.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

# Waits in a tight loop, as the launcher does while its server starts, and reports how long
# a stop took to be seen.
WAITER = """
import signal, sys
from llm_pragmatics.process_group import StopRequest
stopping = StopRequest()
print("ready", flush=True)
while not stopping.wait(float(sys.argv[1])):
    pass
# Signals still arriving from the test's burst would end the process otherwise.
signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)
print("stopped", flush=True)
"""


def start_waiter(timeout: float) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", WAITER, str(timeout)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def test_a_stop_during_a_long_wait_ends_it_at_once():
    child = start_waiter(timeout=60)
    time.sleep(0.3)  # inside the wait
    sent = time.monotonic()
    child.send_signal(signal.SIGTERM)
    assert child.stdout.readline().strip() == "stopped"
    assert time.monotonic() - sent < 5  # not the wait's 60 s
    assert child.wait(timeout=10) == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_burst_of_stop_signals_during_short_waits_never_hangs(signum):
    # Very short waits put a signal at every point of the wait, and a burst lands signals
    # while the previous one's handler runs: the Event version hung in most such runs.
    for _ in range(5):
        child = start_waiter(timeout=0.00001)
        for _ in range(3000):
            try:
                os.kill(child.pid, signum)
            except ProcessLookupError:
                break
        try:
            assert child.wait(timeout=10) == 0
        finally:
            child.kill()
        assert child.stdout.read().strip() == "stopped"
