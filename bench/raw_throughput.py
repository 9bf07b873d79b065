"""Raw-stage generation throughput against vLLM's own offline batch generation.

Both sides get the same requests (the raw stage's chat requests for the example inputs of
every study, replicated to --requests), the same model folder, the same catalog engine
arguments and environment, and the same per-request seeds, temperature, top_p and
max_tokens:

- pipeline: the model server started with the project's launcher
  (`python -m llm_pragmatics.server`), fed by the real request layer (`RequestRunner` with a
  fresh temporary journal and the configured concurrency), as the raw stage does; all
  requests go in one batch (the stage sends one batch per study);
- offline: `vllm.LLM(...).chat(...)` on the same messages, in a child process (so that its
  engine is certainly gone before the server starts: one vLLM instance at a time).

Only generation is timed (not engine start; one untimed warm-up request on each side).
Generation lengths can differ between the sides, so the figure of merit is generated
tokens/s, pipeline / offline (target >= 0.8). The machine may be shared: each round also
records the CPU the benchmarked processes and everyone else used, flags contended rounds,
and the final ratio compares each side's best round (interference only slows a round).
The default order (offline, pipeline, pipeline, offline) cancels slow drift in load.

    .venv/bin/python bench/raw_throughput.py [--max-tokens 128] [--requests 64]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Engine log lines worth showing: where the model's threads run, the KV cache, preemption.
ENGINE_MARKERS = (
    "core ids=",
    "reserved_cpus=",
    "Reducing Torch threads",
    "KV cache size",
    "preempt",
)
TICKS = os.sysconf("SC_CLK_TCK")
CONTENDED = 0.25  # cores used by other processes during a round, above which it is flagged
ORDERS = {
    "offline-first": ["offline", "pipeline"],
    "pipeline-first": ["pipeline", "offline"],
    "abba": ["offline", "pipeline", "pipeline", "offline"],
}


# --------------------------------------------------------------------------- CPU accounting
# The machine is shared: besides wall time, each timed window records the CPU time our own
# processes used and the CPU time everything else used, so that a contended run shows.


def cpu_snapshot(sessions: set[int], pids: set[int] = frozenset()) -> tuple[float, float]:
    """(busy CPU-seconds of the whole machine, CPU-seconds of those sessions and pids)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, idle, iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    busy = (user + nice + system + irq + softirq + steal) / TICKS
    ours = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            after_name = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(after_name[3]) in sessions or int(stat.parent.name) in pids:
            ours += int(after_name[11]) + int(after_name[12])
    return busy, ours / TICKS


def cpu_window(before: tuple[float, float], after: tuple[float, float], elapsed: float) -> dict:
    busy, ours = after[0] - before[0], after[1] - before[1]
    return {
        "cpu_ours": ours / elapsed,  # average cores used by the benchmarked processes
        "cpu_other": max(busy - ours, 0.0) / elapsed,  # ... and by everything else
    }


# --------------------------------------------------------------------------- requests


def build_requests(config: dict, model, sampling: dict, count: int) -> list:
    """The raw stage's requests for every study's example input, replicated to `count`.

    Built as `build_raw_table` builds them (`row_seed`, `raw_request`), replicate-major so
    that any prefix of the list covers the trials evenly.
    """
    from llm_pragmatics.inputs import read_study_input
    from llm_pragmatics.raw import raw_request, row_seed
    from llm_pragmatics.studies import input_file, load_studies

    studies = []
    for name, study in load_studies(config, ROOT).items():
        inputs = read_study_input(study, ROOT / input_file(config, name))
        studies.append((study, inputs.to_dict("records")))
    rows = sum(len(records) for _, records in studies)
    replicates = max(1, math.ceil(count / rows))
    requests = []
    for replicate in range(1, replicates + 1):
        for study, records in studies:
            for row in records:
                seed = row_seed(sampling["seed"], study, row, replicate)
                requests.append(raw_request(study, model, row, sampling, seed))
    return requests[:count]


# --------------------------------------------------------------------------- pipeline side


def run_pipeline(args, config, model, requests, workdir: Path) -> dict:
    """Start the launcher, send the requests through RequestRunner, stop the server."""
    import httpx

    from llm_pragmatics.client import Journal, RequestRunner, RequestSettings, wait_for_server
    from llm_pragmatics.raw import check_reply

    endpoint_file = workdir / "server.json"
    log_file = workdir / "serve.log"
    command = [
        sys.executable,
        "-m",
        "llm_pragmatics.server",
        "--catalog",
        str(ROOT / config["catalog"]),
        "--model",
        model.key,
        "--weights",
        str(args.weights),
        "--endpoint-file",
        str(endpoint_file),
        "--log",
        str(log_file),
        "--startup-timeout",
        str(args.startup_timeout),
    ]
    settings = RequestSettings.from_config(
        {**config["requests"], "concurrency": args.concurrency, "progress_interval_seconds": 30}
    )
    print(f"[pipeline] starting the model server (log: {log_file})", flush=True)
    started = time.monotonic()
    launcher = subprocess.Popen(command, cwd=ROOT, start_new_session=True)
    server_pid = None
    try:
        endpoint = wait_for_server(endpoint_file, args.startup_timeout)
        server_pid = json.loads(endpoint_file.read_text()).get("pid")
        print(f"[pipeline] server ready after {time.monotonic() - started:.0f} s", flush=True)
        # Warm-up, not timed: one short request straight to the server.
        warm = {**requests[0].body, "max_tokens": 8}
        httpx.post(endpoint.base_url + requests[0].path, json=warm, timeout=600).raise_for_status()
        rounds = []
        for number in range(1, args.rounds + 1):
            journal = Journal(workdir / f"journal-{number}.sqlite")  # fresh: nothing cached
            runner = RequestRunner(
                endpoint, model, journal, settings, label="bench raw", validate=check_reply
            )
            ours = ({os.getsid(server_pid)}, {os.getpid()})  # the server + this client
            before = cpu_snapshot(*ours)
            begin = time.perf_counter()
            completed = runner.run(requests)
            elapsed = time.perf_counter() - begin
            cpu = cpu_window(before, cpu_snapshot(*ours), elapsed)
            journal.close()
            if any(done.from_journal for done in completed):
                raise RuntimeError("a request was served from the journal: not a fresh run")
            usages = [done.response.get("usage") or {} for done in completed]
            finish = [done.response["choices"][0].get("finish_reason") for done in completed]
            rounds.append(
                {
                    "elapsed": elapsed,
                    "requests": len(completed),
                    "tokens": sum(u.get("completion_tokens", 0) for u in usages),
                    "prompt_tokens": sum(u.get("prompt_tokens", 0) for u in usages),
                    "length_stops": finish.count("length"),
                    **cpu,
                }
            )
            print(f"[pipeline] round {number}: {_describe_round(rounds[-1])}", flush=True)
        return {"rounds": rounds, "log": log_file}
    finally:
        _stop_launcher(launcher, server_pid)


def _stop_launcher(launcher: subprocess.Popen, server_pid: int | None) -> None:
    """SIGTERM the launcher (it stops its server's group); force only what we started."""
    from llm_pragmatics.process_group import group_members

    if launcher.poll() is None:
        launcher.send_signal(signal.SIGTERM)
        try:
            launcher.wait(timeout=90)
        except subprocess.TimeoutExpired:
            print("[pipeline] WARNING: the launcher did not exit 90 s after SIGTERM", flush=True)
            os.killpg(launcher.pid, signal.SIGKILL)
            launcher.wait()
    if not server_pid:
        return
    deadline = time.monotonic() + 20  # engine processes may take a moment to exit
    while time.monotonic() < deadline:
        survivors = group_members(server_pid)
        if not survivors:
            return
        time.sleep(0.5)
    print(
        f"[pipeline] WARNING: 20 s after the launcher exited, the server's process group "
        f"{server_pid} still holds: {'; '.join(survivors)}; killing it",
        flush=True,
    )
    try:
        os.killpg(server_pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


# --------------------------------------------------------------------------- offline side


def run_offline(args, config, model, requests, workdir: Path) -> dict:
    """Run the offline side in a child process (this script with --offline-child)."""
    spec = {
        "weights": str(args.weights),
        "engine_args": model.serve.get("engine_args") or {},
        "env": {k: str(v) for k, v in (model.serve.get("env") or {}).items()},
        "prompts": [{"messages": r.body["messages"], "seed": r.body["seed"]} for r in requests],
        "temperature": requests[0].body["temperature"],
        "top_p": requests[0].body["top_p"],
        "max_tokens": requests[0].body["max_tokens"],
        "rounds": args.rounds,
    }
    spec_file, result_file = workdir / "offline-spec.json", workdir / "offline-result.json"
    log_file = workdir / "offline.log"
    spec_file.write_text(json.dumps(spec))
    env = dict(os.environ)
    env.update(spec["env"])
    env["HF_HUB_OFFLINE"] = "1"
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--offline-child",
        str(spec_file),
        str(result_file),
    ]
    print(f"[offline] starting vllm.LLM (log: {log_file})", flush=True)
    with open(log_file, "ab", buffering=0) as sink:
        child = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            code = child.wait(timeout=args.startup_timeout + 1800)
        except subprocess.TimeoutExpired:
            code = None
        finally:
            # The child's engine workers share its process group: none may outlive it.
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            child.wait()
    if code != 0 or not result_file.exists():
        raise RuntimeError(f"the offline run failed (exit {code}); see {log_file}")
    result = json.loads(result_file.read_text())
    for number, one in enumerate(result["rounds"], start=1):
        print(f"[offline] round {number}: {_describe_round(one)}", flush=True)
    return {"rounds": result["rounds"], "log": log_file}


def offline_child(spec_file: str, result_file: str) -> int:
    """Runs in the child process, under `if __name__ == "__main__"` (vLLM spawns workers)."""
    spec = json.loads(Path(spec_file).read_text())
    from vllm import LLM, SamplingParams

    started = time.monotonic()
    llm = LLM(model=spec["weights"], **spec["engine_args"])
    print(f"offline engine ready after {time.monotonic() - started:.0f} s", flush=True)
    messages = [prompt["messages"] for prompt in spec["prompts"]]
    params = [
        SamplingParams(
            temperature=spec["temperature"],
            top_p=spec["top_p"],
            max_tokens=spec["max_tokens"],
            seed=prompt["seed"],
        )
        for prompt in spec["prompts"]
    ]
    # Warm-up, not timed, as on the pipeline side.
    llm.chat(messages[:1], SamplingParams(max_tokens=8, seed=0), use_tqdm=False)
    rounds = []
    for _ in range(spec["rounds"]):
        sessions = {os.getsid(0)}  # this child and its engine processes
        before = cpu_snapshot(sessions)
        begin = time.perf_counter()
        outputs = llm.chat(messages, params, use_tqdm=False)
        elapsed = time.perf_counter() - begin
        cpu = cpu_window(before, cpu_snapshot(sessions), elapsed)
        rounds.append(
            {
                "elapsed": elapsed,
                "requests": len(outputs),
                "tokens": sum(len(out.outputs[0].token_ids) for out in outputs),
                "prompt_tokens": sum(len(out.prompt_token_ids or []) for out in outputs),
                "length_stops": sum(out.outputs[0].finish_reason == "length" for out in outputs),
                **cpu,
            }
        )
    Path(result_file).write_text(json.dumps({"rounds": rounds}))
    return 0


# --------------------------------------------------------------------------- report


def _describe_round(one: dict) -> str:
    return (
        f"{one['requests']} requests, {one['tokens']} tokens in {one['elapsed']:.1f} s "
        f"({one['requests'] / one['elapsed']:.2f} req/s, {one['tokens'] / one['elapsed']:.1f} "
        f"tok/s; CPU cores busy: {one['cpu_ours']:.2f} ours, {one['cpu_other']:.2f} others)"
    )


def _rate(rounds: list[dict], key: str) -> float:
    return sum(r[key] for r in rounds) / sum(r["elapsed"] for r in rounds)


def _engine_lines(log_file: Path) -> list[str]:
    """The engine's log lines about its threads and KV cache, and its batch token limit."""
    try:
        text = Path(log_file).read_text(errors="replace")
    except FileNotFoundError:
        return []
    picked = []
    for line in text.splitlines():
        if any(marker in line for marker in ENGINE_MARKERS):
            picked.append(line.split("] ", 1)[-1].strip())
    # max_num_batched_tokens is not logged; it is the end of the compile range.
    limit = re.search(r"'compile_ranges_endpoints': \[(\d+)\]", text)
    if limit:
        picked.append(f"max_num_batched_tokens: {limit.group(1)}")
    return list(dict.fromkeys(picked))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="config/config.yaml")
    parser.add_argument("--model", default="smollm2", help="catalog key (self-hosted, chat)")
    parser.add_argument("--weights", help="model folder (default resources/models/<model>)")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--requests", type=int, default=64)
    parser.add_argument("--concurrency", type=int, help="default: the config's")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="timed batches per engine start (later ones find the prompts in the prefix "
        "cache, on both sides alike)",
    )
    parser.add_argument(
        "--order",
        choices=list(ORDERS),
        default="abba",
        help="which side runs first; abba: offline, pipeline, pipeline, offline (4 engine "
        "starts, cancels drift in the machine's load)",
    )
    parser.add_argument("--startup-timeout", type=float, default=600)
    parser.add_argument("--keep", action="store_true", help="keep the logs' temporary folder")
    parser.add_argument(
        "--offline-child", nargs=2, metavar=("SPEC", "RESULT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.offline_child:
        return offline_child(*args.offline_child)

    from llm_pragmatics.config import Model, load_yaml

    os.chdir(ROOT)
    config = load_yaml(args.config)
    model = Model.from_catalog(load_yaml(config["catalog"]), args.model)
    if not (model.self_hosted and model.chat):
        parser.error(f"{model.key}: the benchmark needs a self-hosted chat model")
    args.weights = Path(args.weights or f"resources/models/{model.key}").resolve()
    args.concurrency = args.concurrency or config["requests"]["concurrency"]
    sampling = {**config["sampling"], "max_tokens": args.max_tokens}
    requests = build_requests(config, model, sampling, args.requests)
    workdir = Path(tempfile.mkdtemp(prefix="raw-throughput-"))

    print(
        f"model {model.key} ({args.weights}); engine args "
        f"{json.dumps(model.serve.get('engine_args') or {})}; env "
        f"{json.dumps(model.serve.get('env') or {})}\n"
        f"{len(requests)} requests ({', '.join(config['studies'])} examples, replicated), "
        f"temperature {sampling['temperature']}, top_p {sampling.get('top_p', 1.0)}, "
        f"max_tokens {args.max_tokens}, base seed {sampling['seed']}; pipeline concurrency "
        f"{args.concurrency}; {args.rounds} round(s) per side, {args.order}; "
        f"{os.cpu_count()} CPUs; logs in {workdir}",
        flush=True,
    )
    results = {"pipeline": {"rounds": [], "logs": []}, "offline": {"rounds": [], "logs": []}}
    try:
        for number, side in enumerate(ORDERS[args.order], start=1):
            folder = workdir / f"{number}-{side}"
            folder.mkdir()
            run = run_pipeline if side == "pipeline" else run_offline
            done = run(args, config, model, requests, folder)
            results[side]["rounds"] += done["rounds"]
            results[side]["logs"].append(done["log"])
    except Exception as error:  # noqa: BLE001 (report any failure, exit non-zero)
        print(f"error: {type(error).__name__}: {error}", file=sys.stderr)
        print(f"logs kept in {workdir}", file=sys.stderr)
        return 1

    print()
    print(
        f"{'side':<9}{'round':>6}{'requests':>9}{'gen tok':>8}{'len stop':>9}{'wall s':>8}"
        f"{'req/s':>7}{'tok/s':>7}{'cpu ours':>9}{'cpu other':>10}"
    )
    for name in ("pipeline", "offline"):
        for number, one in enumerate(results[name]["rounds"], start=1):
            flag = " *" if one["cpu_other"] > CONTENDED else ""
            print(
                f"{name:<9}{number:>6}{one['requests']:>9}{one['tokens']:>8}"
                f"{one['length_stops']:>9}{one['elapsed']:>8.1f}"
                f"{one['requests'] / one['elapsed']:>7.2f}{one['tokens'] / one['elapsed']:>7.1f}"
                f"{one['cpu_ours']:>9.2f}{one['cpu_other']:>10.2f}{flag}"
            )
    print(
        "cpu: average cores busy during the round, the benchmarked processes' and everyone "
        f"else's;\n* contended: others used more than {CONTENDED} cores (the machine is shared)"
    )
    for name in ("pipeline", "offline"):
        lines = _engine_lines(results[name]["logs"][0])
        if lines:
            print(f"{name} engine:")
            for line in lines:
                print(f"  {line}")
    pipeline, offline = results["pipeline"]["rounds"], results["offline"]["rounds"]
    counts = {(r["requests"], r["tokens"]) for r in pipeline + offline}
    failed = not (pipeline and offline) or any(r["tokens"] == 0 for r in pipeline + offline)
    if failed:
        print("error: a side completed no requests or generated nothing", file=sys.stderr)
    else:
        if len(counts) > 1:
            print("note: the rounds generated different token counts (seeded sampling differed)")
        all_ratio = _rate(pipeline, "tokens") / _rate(offline, "tokens")
        all_req = _rate(pipeline, "requests") / _rate(offline, "requests")
        print(f"all rounds: requests/s ratio {all_req:.2f}, tokens/s ratio {all_ratio:.2f}")
        # Interference from other users only ever slows a round down: compare the best.
        best_p = max(r["tokens"] / r["elapsed"] for r in pipeline)
        best_o = max(r["tokens"] / r["elapsed"] for r in offline)
        best_req = max(r["requests"] / r["elapsed"] for r in pipeline) / max(
            r["requests"] / r["elapsed"] for r in offline
        )
        print(f"best rounds: pipeline {best_p:.1f} tok/s, offline {best_o:.1f} tok/s")
        print(f"requests/s ratio (pipeline / offline, best rounds): {best_req:.2f}")
        print(f"ratio (pipeline tokens/s / offline tokens/s): {best_p / best_o:.2f}")
    if args.keep or failed:
        print(f"logs kept in {workdir}")
    else:
        shutil.rmtree(workdir)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
