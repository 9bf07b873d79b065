"""Field accuracy of the structured stage's extraction on the labelled answers.

Prints, per study and field: accuracy, correct/total, and invented values (a value where the
label says the answer does not state the field). Without --base-url the parser alone is
scored; with it, the parser and then the extraction model served there (the config's
extraction model, e.g. a server started with `python -m llm_pragmatics.server`).

    .venv/bin/python bench/extraction_accuracy.py [--base-url http://127.0.0.1:PORT]
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from llm_pragmatics.client import Endpoint  # noqa: E402
from llm_pragmatics.config import Model, load_yaml  # noqa: E402
from llm_pragmatics.studies import load_studies  # noqa: E402
from tests.labelled import extraction_settings, model_runner, score, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="the extraction model's server (default: parser only)")
    parser.add_argument("--show-wrong", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    config = load_yaml(REPO / "config" / "config.yaml")
    settings = extraction_settings()
    extractor = Model.from_catalog(load_yaml(REPO / config["catalog"]), settings["model"])
    with tempfile.TemporaryDirectory() as scratch:
        for name, study in load_studies(config, REPO).items():
            runner = None
            if args.base_url:
                journal = Path(scratch) / f"{name}.sqlite"
                runner = model_runner(Endpoint(args.base_url.rstrip("/")), extractor, journal, name)
            scores, _ = score(study, runner, extractor if runner else None, settings)
            how = f"parser + {extractor.key}" if runner else "parser alone"
            print(f"\n{name} ({how}):\n{table(scores)}")
            if args.show_wrong:
                for field, result in scores.items():
                    for wrong in result.wrong:
                        print(f"  {field}: {wrong}")


if __name__ == "__main__":
    main()
