"""The probability tables on the examples: the stage's scorer against one request per tree node.

Every example row of every study, on one server: the stage's scorer (option ids derived
after a probe prompt, tree nodes batched per request) and the straightforward method it
replaced (every option tokenized after its own prompt, one node per request), each twice,
in the order stage, straightforward, stage, straightforward, each from an emptied prefix
cache. Printed: the largest absolute difference between the stage's tables and the other
method's, by column kind (probabilities, means and standard deviations, entropies, option
masses), and the same between each method's own two runs: vLLM's float32 numbers can move
in the sixth decimal with the batches the engine happens to form, so the methods'
agreement is read beside each method's agreement with itself.

    .venv/bin/python bench/scoring_tables.py
"""

from __future__ import annotations

import signal
import sys
import tempfile
from pathlib import Path

import httpx
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from scoring_throughput import reset_prefix_cache, start_server  # noqa: E402

from llm_pragmatics.client import Journal, RequestSettings  # noqa: E402
from llm_pragmatics.config import Model, load_yaml  # noqa: E402
from llm_pragmatics.inputs import read_study_input  # noqa: E402
from llm_pragmatics.probabilities import build_probability_table  # noqa: E402
from llm_pragmatics.questions import ProbabilityDesign  # noqa: E402
from llm_pragmatics.scoring import OptionScorer  # noqa: E402
from llm_pragmatics.studies import input_file, load_studies  # noqa: E402

TOLERANCE = 1e-6
METHODS = {
    "stage": {},
    "one node per request": {"prompts_per_request": 1, "derive_option_ids": False},
}


def tables(endpoint, model: Model, method: dict) -> dict[str, pd.DataFrame]:
    config = load_yaml(ROOT / "config" / "config.yaml")
    result = {}
    for name, study in load_studies(config, ROOT).items():
        design = ProbabilityDesign.of(study)
        inputs = read_study_input(study, ROOT / input_file(config, name))
        with tempfile.TemporaryDirectory() as scratch:
            journal = Journal(Path(scratch) / "journal.sqlite")
            settings = RequestSettings(progress_interval_seconds=600)
            scorer = OptionScorer(endpoint, model, journal, settings, name, **method)
            result[name], _ = build_probability_table(study, design, model, inputs, scorer)
    return result


def column_kind(column: str) -> str:
    for kind in ("option_mass", "entropy", "mean", "std"):
        if kind in column:
            return {"mean": "mean/std", "std": "mean/std"}.get(kind, kind)
    return "probability"


def differences(first: dict, second: dict) -> dict[str, float]:
    """Largest absolute difference by column kind over every study's numeric columns."""
    largest: dict[str, float] = {}
    for name, table in first.items():
        numbers = table.select_dtypes("number")
        difference = (numbers - second[name][numbers.columns]).abs().max()
        for column, value in difference.items():
            kind = column_kind(column)
            largest[kind] = max(largest.get(kind, 0.0), float(value))
    return largest


def main() -> int:
    model = Model.from_catalog(load_yaml(ROOT / "config" / "models.yaml"), "smollm2")
    with tempfile.TemporaryDirectory() as scratch:
        launcher, endpoint = start_server(model.key, Path(scratch), 900)
        http = httpx.Client(base_url=endpoint.base_url, timeout=60)
        try:
            runs: dict[str, list] = {name: [] for name in METHODS}
            for _ in range(2):
                for name, method in METHODS.items():
                    reset_prefix_cache(http)
                    runs[name].append(tables(endpoint, model, method))
                    print(f"[{name}] done", flush=True)
        finally:
            launcher.send_signal(signal.SIGTERM)
            launcher.wait(timeout=90)
    (stage, stage_again), (other, other_again) = runs.values()
    comparisons = {
        "stage vs one node per request (1st runs)": differences(stage, other),
        "stage vs one node per request (2nd runs)": differences(stage_again, other_again),
        "stage vs itself": differences(stage, stage_again),
        "one node per request vs itself": differences(other, other_again),
    }
    kinds = sorted({kind for found in comparisons.values() for kind in found})
    print(f"\n{'largest |difference|':<44}" + "".join(f"{kind:>14}" for kind in kinds))
    for label, found in comparisons.items():
        print(f"{label:<44}" + "".join(f"{found[kind]:>14.2e}" for kind in kinds))
    within = all(
        value <= TOLERANCE
        for label, found in comparisons.items()
        if "vs one" in label
        for kind, value in found.items()
        if kind == "probability"
    )
    print(f"\nprobabilities within {TOLERANCE:g} of the one-node-per-request method's: {within}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
