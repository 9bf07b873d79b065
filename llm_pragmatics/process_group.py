"""Run a command in a process group that goes down as a whole: the model server's guard.

vLLM's API process starts an engine process and its workers. Stopped piecemeal, it has been
seen to stay behind, its engine gone, "waiting for connections to close" while its clients
waited out their request timeout. Snakemake stops a service job by signalling the launcher
alone, with SIGKILL when another job of the group fails, which leaves the launcher no
chance to clean up.

So the launcher starts the server through this guard: `python -m llm_pragmatics.process_group
--grace SECONDS -- COMMAND...`, as the leader of a new session. The guard runs the command in
its own process group and asks the kernel to send it SIGTERM when the launcher dies, however
it dies. On SIGTERM or SIGINT, or when the command exits, it sends SIGTERM to the rest of the
group, waits up to `grace` seconds, then SIGKILLs whatever is left, and exits. It never
waits on the server's clients.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path


class StopRequest:
    """Set by SIGTERM or SIGINT; `wait` returns as soon as it is.

    Python runs a signal handler in the main thread between two bytecodes, which may fall
    inside `threading.Event.wait` while it holds the event's lock: a handler calling
    `Event.set` then waits for that lock forever (seen: a launcher told to stop while its
    server was starting hung the run). This handler only sets a flag and writes a byte to a
    pipe, both safe at any point; `wait` blocks on the pipe."""

    def __init__(self, signums=(signal.SIGTERM, signal.SIGINT)):
        self._requested = False
        self._read, self._write = os.pipe()
        os.set_blocking(self._write, False)
        for signum in signums:
            signal.signal(signum, self._handle)

    def _handle(self, signum, frame) -> None:
        self._requested = True
        try:
            os.write(self._write, b"\0")
        except BlockingIOError:  # the pipe is full: `wait` wakes up anyway
            pass

    def is_set(self) -> bool:
        return self._requested

    def wait(self, timeout: float) -> bool:
        """True as soon as a stop is requested, else False after `timeout` seconds."""
        if not self._requested:
            # A signal during select runs the handler, then select resumes (PEP 475) and
            # finds the byte the handler wrote.
            select.select([self._read], [], [], timeout)
        return self._requested


def group_members(pgid: int) -> list[str]:
    """Live (non-zombie) processes of a process group, as 'pid command', this one excepted."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.find("(") + 1 : text.rfind(")")]
        state, _parent, group = text.rsplit(")", 1)[1].split()[:3]
        pid = int(stat.parent.name)
        if int(group) == pgid and state != "Z" and pid != os.getpid():
            members.append(f"{pid} {name}")
    return members


def stop_group(pgid: int, grace_seconds: float) -> None:
    """SIGTERM every other process of the group; SIGKILL those left after `grace_seconds`."""
    _signal_others(pgid, signal.SIGTERM)
    deadline = time.monotonic() + grace_seconds
    while group_members(pgid) and time.monotonic() < deadline:
        time.sleep(0.2)
    _signal_others(pgid, signal.SIGKILL)


def _signal_others(pgid: int, signum: int) -> None:
    for member in group_members(pgid):
        try:
            os.kill(int(member.split()[0]), signum)
        except ProcessLookupError:
            pass


def _signal_me_when_parent_dies(signum: int) -> None:
    pr_set_pdeathsig = 1
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grace", type=float, required=True, help="seconds before SIGKILL")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command

    stopping = StopRequest()
    launcher = os.getppid()
    _signal_me_when_parent_dies(signal.SIGTERM)
    if os.getppid() != launcher:  # the launcher died before the request took effect
        return 1
    pgid = os.getpgrp()
    child = subprocess.Popen(command)  # in this group
    while child.poll() is None and not stopping.wait(0.5):
        pass
    stop_group(pgid, args.grace)
    child.wait()
    return child.returncode if child.returncode >= 0 else 128 - child.returncode


if __name__ == "__main__":
    sys.exit(main())
