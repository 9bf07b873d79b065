"""A pool of real free-text answers of the local model, for the structured stage's
robustness test (tests/data/pool/<study>.csv).

The raw stage's own requests (raw.raw_request, with the config's sampling) on the rows of a
study's input file, but with another base seed than the config's, so that the pool is not
the answers any labelled set was made from. Answers are journalled: an interrupted run
resumes; --journalled-only writes a pool of the answers the journal already holds (each
row's seed regenerates its answer). The pool keeps each answer with its trial id, seed and
finish_reason; no input text.

    .venv/bin/python bench/answer_pool.py --base-url http://127.0.0.1:PORT \\
        --study study1 --inputs path/to/study1.csv [--rows 120] [--seed 777]

--sample K asks K rows drawn at random (sorted(random.Random(SAMPLE_SEED).sample(range(n), K))
over the n input rows) instead of the first ones; --out writes the pool elsewhere than
tests/data/pool/<study>.csv, which it leaves as it is.
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


from llm_pragmatics.client import (  # noqa: E402
    Endpoint,
    Journal,
    RequestRunner,
    RequestSettings,
    request_key,
)
from llm_pragmatics.config import Model, load_yaml  # noqa: E402
from llm_pragmatics.inputs import read_validated_input  # noqa: E402
from llm_pragmatics.raw import answer_text, check_reply, raw_request, row_seed  # noqa: E402
from llm_pragmatics.studies import load_studies  # noqa: E402
from llm_pragmatics.tables import write_csv_atomically  # noqa: E402

POOL = REPO / "tests" / "data" / "pool"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="the local model's server")
    parser.add_argument("--study", required=True, help="a study key of config/config.yaml")
    parser.add_argument("--inputs", required=True, help="the study's input CSV")
    parser.add_argument("--rows", type=int, help="the first ROWS rows only")
    parser.add_argument("--sample", type=int, metavar="K", help="K rows drawn at random")
    parser.add_argument(
        "--sample-seed", type=int, default=0, help="the seed of --sample's draw (default 0)"
    )
    parser.add_argument("--out", help="the pool's path (default: tests/data/pool/<study>.csv)")
    parser.add_argument("--seed", type=int, default=777, help="base seed (not the config's)")
    parser.add_argument("--journal", default="/tmp/answer_pool.sqlite")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--journalled-only",
        action="store_true",
        help="keep only the rows whose answer is already in the journal (asks nothing)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    config = load_yaml(REPO / "config" / "config.yaml")
    if args.seed == config["sampling"]["seed"]:
        parser.error("use another base seed than the config's")
    study = load_studies(config, REPO)[args.study]
    model_key = config["models"][0]
    model = Model.from_catalog(load_yaml(REPO / config["catalog"]), model_key)
    inputs = read_validated_input(study, args.inputs)
    if args.rows:
        inputs = inputs.head(args.rows)
    if args.sample:
        picked = sorted(random.Random(args.sample_seed).sample(range(len(inputs)), args.sample))
        inputs = inputs.iloc[picked].reset_index(drop=True)
    sampling = dict(config["sampling"], seed=args.seed)
    rows = inputs.to_dict("records")
    seeds = [row_seed(args.seed, study, row, 1) for row in rows]
    requests = [raw_request(study, model, r, sampling, s) for r, s in zip(rows, seeds, strict=True)]
    journal = Journal(Path(args.journal))
    if args.journalled_only:
        keys = [request_key(model.identity, r.path, r.body) for r in requests]
        done = journal.get_many(keys)
        keep = [i for i, key in enumerate(keys) if key in done]
        inputs = inputs.iloc[keep].reset_index(drop=True)
        seeds, requests = [seeds[i] for i in keep], [requests[i] for i in keep]
    runner = RequestRunner(
        Endpoint(args.base_url.rstrip("/")),
        model,
        journal,
        RequestSettings(
            concurrency=args.concurrency,
            max_attempts=6,
            timeout_seconds=1800,
            progress_interval_seconds=60,
        ),
        label=f"answer pool {args.study}",
        validate=check_reply,
    )
    completed = runner.run(requests)
    pool = (
        inputs[study.trial_id]
        .reset_index(drop=True)
        .assign(
            model_name=model_key,
            seed=seeds,
            finish_reason=[d.response["choices"][0].get("finish_reason") or "" for d in completed],
            model_response=[answer_text(d.response) for d in completed],
        )
    )
    out = Path(args.out) if args.out else POOL / f"{args.study}.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    write_csv_atomically(pool, out)
    print(f"{len(pool)} answers -> {out}")


if __name__ == "__main__":
    main()
