"""The engine's prompt tokens per second, for the same number of tokens in different shapes.

Does the way tokens reach the engine change how fast it computes them? If not, a scorer can
only get faster by computing fewer tokens (docs/scoring.md, "Where the time goes"). Each
shape is one /v1/completions request of about --tokens computed prompt tokens in all
(random token ids, max_tokens 1), timed from an emptied prefix cache; the tokens the engine
computed are read from /metrics. For the "nodes" shapes a shared prompt is computed first,
untimed, and the request's prompts extend it, as the scorer's tree nodes extend a
distribution's prompt. Best of --repeats per shape, on a server started as
bench/scoring_throughput.py starts it, which also warns when other processes share the
cores; this one only prints the load average, so run it on a quiet machine:

    .venv/bin/python bench/engine_rate.py [--tokens 1536] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_throughput import (  # noqa: E402
    computed_tokens,
    reset_prefix_cache,
    server_counters,
    start_server,
)


def shapes(tokens: int) -> list[tuple[str, int, int, int]]:
    """(label, prompts, new tokens each, cached prompt before them)."""
    return [
        ("one prompt", 1, tokens, 0),
        ("16 prompts", 16, tokens // 16, 0),
        ("128 prompts", 128, tokens // 128, 0),
        ("128 nodes over a cached 160", 128, tokens // 128, 160),
        ("128 nodes over a cached 640", 128, tokens // 128, 640),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="smollm2", help="catalog key (self-hosted)")
    parser.add_argument("--tokens", type=int, default=1536, help="prompt tokens per request")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--startup-timeout", type=float, default=900)
    args = parser.parse_args(argv)
    rng = random.Random(0)

    def token_ids(count: int) -> list[int]:
        return [rng.randrange(100, 40000) for _ in range(count)]

    with tempfile.TemporaryDirectory() as scratch:
        launcher, endpoint = start_server(args.model, Path(scratch), args.startup_timeout)
        try:
            http = httpx.Client(base_url=endpoint.base_url, timeout=600)

            def complete(prompts: list[list[int]]) -> None:
                body = {"model": args.model, "prompt": prompts, "max_tokens": 1}
                http.post("/v1/completions", json=body).raise_for_status()

            complete([token_ids(16)])  # warm-up
            print("load average (1, 5, 15 min): " + ", ".join(f"{v:.2f}" for v in os.getloadavg()))
            print(f"{'shape':<32}{'computed tokens':>16}{'seconds':>10}{'tokens/s':>10}")
            for label, prompts, each, cached in shapes(args.tokens):
                times, computed = [], 0.0
                for _ in range(args.repeats):
                    reset_prefix_cache(http)
                    shared = token_ids(cached)
                    if cached:
                        complete([shared])
                    batch = [shared + token_ids(each) for _ in range(prompts)]
                    before = server_counters(http)
                    started = time.monotonic()
                    complete(batch)
                    times.append(time.monotonic() - started)
                    computed = computed_tokens(before, server_counters(http))
                best = min(times)
                print(f"{label:<32}{computed:>16.0f}{best:>10.2f}{computed / best:>10.0f}")
        finally:
            launcher.send_signal(signal.SIGTERM)  # the launcher stops the server's group
            launcher.wait(timeout=90)
    return 0


if __name__ == "__main__":
    sys.exit(main())
