"""Option-scoring throughput: the probability stage's scorer against the naive method.

Same rows (the first --rows example rows of every study, all their distributions), same
server, one run:

- stage: `OptionScorer` as the probability stage runs it (tokenization included, a fresh
  temporary journal, the configured concurrency): a prefix tree over the options' token
  ids, read with `logprob_token_ids`, the shared prompt served by the prefix cache, many
  tree nodes per request (--prompts-per-request);
- naive: one chat completion per option with the option as the assistant's message
  (`continue_final_message`) and `prompt_logprobs`, in sequential batches of ten, as a
  first script would do; it sums the logprobs of the option's last tokens;
- generative (--generative): the same tree read through /generative_scoring (one request
  per tree node and child token, since it returns one label's probability per item).

Printed per method: options scored per second, HTTP requests per distribution (the server's
http_requests_total) and the prompt tokens the engine computed per distribution
(vllm:prompt_tokens_total minus vllm:prefix_cache_hits_total), all from /metrics, deltas
around the method, and those tokens per second of wall time (where a method keeps the engine
busy, that rate is the engine's speed, and its time follows its tokens). The prefix cache is
reset before each method, so none profits from another's prompts. The naive logprobs are
also compared with the stage's (they must agree).

The server is started with the catalog's engine arguments (block_size 32 for the local
model) by the project's launcher, in development mode so that /reset_prefix_cache exists:

    .venv/bin/python bench/scoring_throughput.py [--rows 4] [--rounds 3] [--generative]

Wall time on a shared machine is noisy: the methods run interleaved, --rounds times, and the
median ratio is reported beside every round's. Before each round the load average is
printed; after each method the CPU time the machine spent outside this benchmark and its
server (/proc/stat's busy time minus the processes' own) is compared with the method's wall
time, and a round in which other processes took more than a tenth of the cores gets a
warning: its ratio says little. Engine tokens and request counts do not depend on the
machine.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llm_pragmatics.client import Endpoint, Journal, RequestSettings, wait_for_server  # noqa: E402
from llm_pragmatics.config import Model, load_yaml, messages_for  # noqa: E402
from llm_pragmatics.inputs import read_study_input  # noqa: E402
from llm_pragmatics.probabilities import scoring_tasks  # noqa: E402
from llm_pragmatics.questions import ProbabilityDesign  # noqa: E402
from llm_pragmatics.scoring import (  # noqa: E402
    PROMPTS_PER_REQUEST,
    OptionScorer,
    ScoredTask,
    ScoringTask,
)
from llm_pragmatics.studies import input_file, load_studies  # noqa: E402

NAIVE_BATCH = 10
# Paths whose requests are counted (not /metrics and the benchmark's own calls).
SCORING_PATHS = ("/tokenize", "/v1/completions", "/v1/chat/completions", "/generative_scoring")
# Share of the machine's cores other processes may take during a method before the round
# is flagged.
BUSY_ELSEWHERE_LIMIT = 0.1
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def server_counters(http: httpx.Client) -> dict[str, float]:
    """Prompt tokens and prefix-cache hits so far (summed over the server's engines), and the
    HTTP requests on the scoring paths that succeeded."""
    counters = dict.fromkeys(("vllm:prompt_tokens_total", "vllm:prefix_cache_hits_total"), 0.0)
    counters["requests"] = 0.0
    for line in http.get("/metrics").text.splitlines():
        if line.startswith("#") or " " not in line:
            continue
        name, value = line.split("{", 1)[0].split(" ", 1)[0], float(line.rsplit(" ", 1)[1])
        if name in counters:
            counters[name] += value
        elif name == "http_requests_total" and any(
            f'handler="{path}"' in line for path in SCORING_PATHS
        ):
            counters["requests"] += value
    return counters


def computed_tokens(before: dict, after: dict) -> float:
    prompt = after["vllm:prompt_tokens_total"] - before["vllm:prompt_tokens_total"]
    hits = after["vllm:prefix_cache_hits_total"] - before["vllm:prefix_cache_hits_total"]
    return prompt - hits


def machine_busy_seconds() -> float:
    """CPU seconds every core of the machine has spent busy since boot (/proc/stat)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return (sum(fields[:8]) - idle) / CLOCK_TICKS


def own_cpu_seconds(launcher: int) -> float:
    """CPU seconds used so far by this process and the server's (the launcher and every
    process below it: the server runs in a process group of its own)."""
    stats = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # the process ended meanwhile
            continue
        fields = text.rsplit(")", 1)[1].split()  # after the command name, which may hold spaces
        # parent, and utime + stime
        stats[int(stat.parent.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    ours = {os.getpid(), launcher}
    grown = True
    while grown:
        below = {pid for pid, (parent, _) in stats.items() if parent in ours}
        grown = not below <= ours
        ours |= below
    return sum(stats[pid][1] for pid in ours if pid in stats) / CLOCK_TICKS


def cpu_elsewhere(before: tuple[float, float], after: tuple[float, float], seconds: float):
    """Share of the machine's cores that processes other than ours used meanwhile."""
    busy = after[0] - before[0]
    ours = after[1] - before[1]
    return max(busy - ours, 0.0) / (seconds * os.cpu_count())


def reset_prefix_cache(http: httpx.Client) -> None:
    reply = http.post("/reset_prefix_cache")
    if reply.status_code >= 400:
        raise SystemExit(
            f"/reset_prefix_cache answered HTTP {reply.status_code}: the server must run with "
            "VLLM_SERVER_DEV_MODE=1 (the benchmark sets it for the server it starts)"
        )


def measure(http: httpx.Client, launcher_pid: int, label: str, method) -> dict:
    reset_prefix_cache(http)
    before = server_counters(http)
    cpu_before = (machine_busy_seconds(), own_cpu_seconds(launcher_pid))
    started = time.monotonic()
    result = method()
    seconds = time.monotonic() - started
    elsewhere = cpu_elsewhere(
        cpu_before, (machine_busy_seconds(), own_cpu_seconds(launcher_pid)), seconds
    )
    after = server_counters(http)
    print(
        f"[{label}] done in {seconds:.1f} s; other processes used {elsewhere:.0%} of the cores",
        flush=True,
    )
    return {
        "seconds": seconds,
        "tokens": computed_tokens(before, after),
        "requests": after["requests"] - before["requests"],
        "elsewhere": elsewhere,
        "result": result,
    }


def run_stage(endpoint, model, tasks, concurrency, prompts_per_request) -> list[ScoredTask]:
    with tempfile.TemporaryDirectory() as scratch:
        journal = Journal(Path(scratch) / "journal.sqlite")
        settings = RequestSettings(concurrency=concurrency, progress_interval_seconds=60)
        scorer = OptionScorer(
            endpoint, model, journal, settings, "bench stage", prompts_per_request
        )
        return scorer.score(tasks)


def run_naive(endpoint, model, tasks, scored: list[ScoredTask]) -> list[list[float]]:
    """One prompt_logprobs request per option, ten at a time; each option's logprob."""
    jobs = []
    for task_index, task in enumerate(tasks):
        for option_index, option in enumerate(task.options):
            token_ids = scored[task_index].options[option_index].token_ids
            messages = [
                *messages_for(model, task.system, task.user),
                {"role": "assistant", "content": option},
            ]
            body = {
                "model": model.served_name,
                "messages": messages,
                "add_generation_prompt": False,
                "continue_final_message": True,
                "max_tokens": 1,
                "temperature": 0,
                "prompt_logprobs": 0,
            }
            jobs.append((task_index, option_index, token_ids, body))

    async def send_all():
        results = [[math.nan] * len(task.options) for task in tasks]
        async with httpx.AsyncClient(base_url=endpoint.base_url, timeout=600) as http:

            async def one(task_index, option_index, token_ids, body):
                reply = await http.post("/v1/chat/completions", json=body)
                reply.raise_for_status()
                # One row per prompt token, holding the actual token's logprob; the option's
                # rows are the last ones (its ids as the stage tokenized them in context).
                rows = reply.json()["prompt_logprobs"][-len(token_ids) :]
                total = math.fsum(
                    row[str(t)]["logprob"] for row, t in zip(rows, token_ids, strict=True)
                )
                results[task_index][option_index] = total

            for start in range(0, len(jobs), NAIVE_BATCH):
                await asyncio.gather(*(one(*job) for job in jobs[start : start + NAIVE_BATCH]))
        return results

    return asyncio.run(send_all())


def run_generative(endpoint, model, tasks, scored: list[ScoredTask]) -> int:
    """The same tree and waves through /generative_scoring; returns the requests sent."""
    waves: dict[int, dict[tuple, list]] = {}
    for task_index, (task, result) in enumerate(zip(tasks, scored, strict=True)):
        leader = task_index == 0 or tasks[task_index - 1].group != task.group
        for option in result.options:
            for depth, token in enumerate(option.token_ids):
                wave = (0 if leader else 1) if depth == 0 else 1 + depth
                items = waves.setdefault(wave, {}).setdefault((result.prompt_token_ids, token), [])
                prefix = list(option.token_ids[:depth])
                if prefix not in items:
                    items.append(prefix)

    async def send_all() -> int:
        sent = 0
        window = asyncio.Semaphore(64)
        async with httpx.AsyncClient(base_url=endpoint.base_url, timeout=600) as http:

            async def one(prompt, token, items):
                async with window:
                    body = {
                        "model": model.served_name,
                        "query": list(prompt),
                        "items": items,
                        "label_token_ids": [token],
                        "apply_softmax": False,
                    }
                    (await http.post("/generative_scoring", json=body)).raise_for_status()

            for wave in sorted(waves):
                groups = waves[wave]
                await asyncio.gather(*(one(p, t, items) for (p, t), items in groups.items()))
                sent += sum(len(items) for items in groups.values())
        return sent

    return asyncio.run(send_all())


def build_tasks(rows: int) -> list[ScoringTask]:
    config = load_yaml(ROOT / "config" / "config.yaml")
    tasks = []
    for name, study in load_studies(config, ROOT).items():
        design = ProbabilityDesign.of(study)
        inputs = read_study_input(study, ROOT / input_file(config, name)).head(rows)
        for position, _, task in scoring_tasks(study, design, inputs):
            # Groups stay distinct across studies.
            tasks.append(ScoringTask(task.system, task.user, task.options, (name, position)))
    return tasks


def start_server(model_key: str, workdir: Path, timeout: float):
    endpoint_file, log_file = workdir / "server.json", workdir / "serve.log"
    command = [
        sys.executable,
        "-m",
        "llm_pragmatics.server",
        "--catalog",
        str(ROOT / "config" / "models.yaml"),
        "--model",
        model_key,
        "--weights",
        str(ROOT / "resources" / "models" / model_key),
        "--endpoint-file",
        str(endpoint_file),
        "--log",
        str(log_file),
    ]
    # Development mode only adds endpoints (/reset_prefix_cache); engine arguments are the
    # catalog's.
    env = {**os.environ, "VLLM_SERVER_DEV_MODE": "1"}
    print(f"starting the model server (log: {log_file})", flush=True)
    launcher = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    return launcher, wait_for_server(endpoint_file, timeout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=4, help="example rows per study")
    parser.add_argument("--model", default="smollm2", help="catalog key (self-hosted)")
    parser.add_argument("--concurrency", type=int, default=64, help="stage requests in flight")
    parser.add_argument(
        "--prompts-per-request",
        type=int,
        default=PROMPTS_PER_REQUEST,
        help="tree nodes per stage request",
    )
    parser.add_argument("--generative", action="store_true", help="also /generative_scoring")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved repetitions")
    parser.add_argument("--startup-timeout", type=float, default=900)
    args = parser.parse_args(argv)

    model = Model.from_catalog(load_yaml(ROOT / "config" / "models.yaml"), args.model)
    tasks = build_tasks(args.rows)
    distributions = len(tasks)
    options = sum(len(task.options) for task in tasks)
    print(f"{distributions} distributions, {options} options", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        launcher, endpoint = start_server(args.model, Path(scratch), args.startup_timeout)
        try:
            rounds = run_methods(args, model, endpoint, launcher.pid, tasks)
        finally:
            launcher.send_signal(signal.SIGTERM)  # the launcher stops the server's group
            launcher.wait(timeout=90)
    report(rounds, distributions, options)
    return 0


def run_methods(args, model: Model, endpoint: Endpoint, launcher_pid: int, tasks) -> list[dict]:
    """Every method once per round, interleaved, so that load from other processes on a
    shared machine falls on all of them alike."""
    http = httpx.Client(base_url=endpoint.base_url, timeout=60)
    stage = functools.partial(
        run_stage, endpoint, model, tasks, args.concurrency, args.prompts_per_request
    )
    # Warm-up, not measured: one request through each path the methods use.
    run_stage(endpoint, model, tasks[:1], args.concurrency, args.prompts_per_request)
    rounds = []
    for number in range(1, args.rounds + 1):
        load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
        print(f"round {number}: load average (1, 5, 15 min) {load}", flush=True)
        results = {"load": load}
        results["stage"] = measure(http, launcher_pid, f"round {number} stage", stage)
        scored = results["stage"]["result"]
        results["naive"] = measure(
            http,
            launcher_pid,
            f"round {number} naive",
            functools.partial(run_naive, endpoint, model, tasks, scored),
        )
        results["max_logprob_difference"] = max(
            abs(option.logprob - naive)
            for result, row in zip(scored, results["naive"]["result"], strict=True)
            for option, naive in zip(result.options, row, strict=True)
        )
        if args.generative:
            results["generative"] = measure(
                http,
                launcher_pid,
                f"round {number} generative",
                functools.partial(run_generative, endpoint, model, tasks, scored),
            )
        rounds.append(results)
    return rounds


def report(rounds: list[dict], distributions: int, options: int) -> None:
    summary = []
    for number, results in enumerate(rounds, start=1):
        print(f"\nround {number} (load average before it: {results['load']})")
        print(
            f"{'method':<12}{'options/s':>12}{'seconds':>10}{'requests/distribution':>24}"
            f"{'engine tokens/distribution':>30}{'engine tokens/s':>18}"
            f"{'cores used elsewhere':>24}"
        )
        for name in ("stage", "naive", "generative"):
            if name in results:
                side = results[name]
                print(
                    f"{name:<12}{options / side['seconds']:>12.2f}{side['seconds']:>10.1f}"
                    f"{side['requests'] / distributions:>24.2f}"
                    f"{side['tokens'] / distributions:>30.1f}"
                    f"{side['tokens'] / side['seconds']:>18.0f}{side['elsewhere']:>24.0%}"
                )
        stage, naive = results["stage"], results["naive"]
        busiest = max(stage["elsewhere"], naive["elsewhere"])
        if busiest > BUSY_ELSEWHERE_LIMIT:
            print(
                f"WARNING: other processes used up to {busiest:.0%} of the cores during this "
                "round; its timings are not a measurement of these methods"
            )
        summary.append(
            {
                "speedup": naive["seconds"] / stage["seconds"],
                "token_share": stage["tokens"] / naive["tokens"],
                "engine_rates": {
                    name: results[name]["tokens"] / results[name]["seconds"]
                    for name in ("stage", "naive")
                },
                "max_logprob_difference": results["max_logprob_difference"],
                "requests_per_distribution": {
                    name: results[name]["requests"] / distributions
                    for name in ("stage", "naive", "generative")
                    if name in results
                },
                "cores_used_elsewhere": busiest,
            }
        )
    speedup = statistics.median(one["speedup"] for one in summary)
    token_share = statistics.median(one["token_share"] for one in summary)
    difference = max(one["max_logprob_difference"] for one in summary)
    print()
    print(f"{distributions} distributions, {options} options, {len(rounds)} round(s)")
    per_round = ", ".join(f"{one['speedup']:.2f}x" for one in summary)
    print(
        f"speed-up, stage vs naive (options/s), median: {speedup:.2f}x [{per_round}] (target >= 10)"
    )
    print(f"engine prompt tokens, stage / naive, median: {token_share:.3f} (target <= 0.16)")
    # Where both methods keep the engine busy, the speed-up is the token share's inverse
    # times the ratio of these rates: the rate shows whether time goes to computing tokens.
    rates = {
        name: statistics.median(one["engine_rates"][name] for one in summary)
        for name in ("stage", "naive")
    }
    print(
        f"engine prompt tokens computed per second, median: stage {rates['stage']:.0f}, "
        f"naive {rates['naive']:.0f}"
    )
    disturbed = sum(one["cores_used_elsewhere"] > BUSY_ELSEWHERE_LIMIT for one in summary)
    if disturbed:
        print(
            f"WARNING: {disturbed} of {len(summary)} rounds ran while other processes used "
            f"more than {BUSY_ELSEWHERE_LIMIT:.0%} of the cores: rerun on a quiet machine"
        )
    print(f"largest |logprob(stage) - logprob(naive)| over all options: {difference:.2e}")
    print(json.dumps({"speedup": speedup, "token_share": token_share, "rounds": summary}))


if __name__ == "__main__":
    sys.exit(main())
