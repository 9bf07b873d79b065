"""Field accuracy of the structured stage's extraction on the hand-labelled answers.

Prints, per study and field: accuracy, correct/total, empty (a labelled value not
extracted), wrong (another value extracted), invented (a value where the label says the
answer does not state the field) and wrong values in rows with extraction_confidence >= 0.9
(wrong or invented). Then the rows' format compliance, and accuracy by confidence.

--split names the labelled files scored, tests/data/labelled/<study>_<split>.csv: dev and
test (the halves the readers were first developed on), holdout and holdout2 to holdout25
(sets written apart, each scored once at the end of a round of the readers, then
development data), several of them (`--split dev test`), or all of them (`--split all`). A
split whose files are absent is named and the script exits with status 2 before scoring
anything. Without --base-url the parser alone is scored; with it, the parser and then the
config's extraction model served there (e.g. a server started with
`python -m llm_pragmatics.server`).

    .venv/bin/python bench/extraction_accuracy.py
        [--split dev|test|holdout…holdout25|all ...] [--base-url URL]
        [--journal DIR] [--show-wrong]
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
from llm_pragmatics.extraction import ExtractionSpec, summarise  # noqa: E402
from llm_pragmatics.studies import load_studies  # noqa: E402
from tests.labelled import (  # noqa: E402
    CONFIDENT,
    extraction_settings,
    labelled,
    labelled_path,
    model_runner,
    score,
    table,
)


def compliance(spec: ExtractionSpec, extractions) -> str:
    row = summarise(spec, extractions).set_index("extraction_method").loc["all"]
    return (
        f"format followed {row['share_following_format']:.1%}, needed the model "
        f"{row['share_needing_model']:.1%}, incomplete {row['share_incomplete']:.1%}, "
        f"truncated {row['share_truncated']:.1%} of {int(row['rows'])} answers"
    )


def by_confidence(scores, extractions, cases) -> str:
    """Rows by confidence band: how many, and how many of their values are right."""
    bands = [(CONFIDENT, 1.01), (0.5, CONFIDENT), (0.0, 0.5)]
    lines = []
    for low, high in bands:
        rows = [i for i, e in enumerate(extractions) if low <= e.confidence < high]
        values = right = 0
        for i in rows:
            for name, got in extractions[i].values.items():
                values += 1
                expected = cases.iloc[i][name]
                right += expected != "" and float_or_text(expected) == float_or_text(got)
        share = f"{right / values:.1%}" if values else "-"
        lines.append(
            f"  confidence {low:.1f}-{min(high, 1.0):.2f}: {len(rows):>4} rows, "
            f"{values:>5} values, {share:>6} right"
        )
    return "\n".join(lines)


def float_or_text(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return str(value)


SPLITS = ("dev", "test", "holdout", *(f"holdout{n}" for n in range(2, 26)))


def splits_to_score(names: list[str]) -> list[str]:
    """The splits named, in order, each once; "all" is every split."""
    chosen = [s for name in names for s in (SPLITS if name == "all" else (name,))]
    return list(dict.fromkeys(chosen))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", nargs="+", choices=[*SPLITS, "all"], default=["dev"], metavar="SPLIT"
    )
    parser.add_argument("--base-url", help="the extraction model's server (default: parser only)")
    parser.add_argument("--show-wrong", action="store_true", help="list every wrong field")
    parser.add_argument(
        "--journal",
        help="a folder for the model's replies, kept between runs (default: a temporary one)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    config = load_yaml(REPO / "config" / "config.yaml")
    settings = extraction_settings()
    extractor = Model.from_catalog(load_yaml(REPO / config["catalog"]), settings["model"])
    studies = load_studies(config, REPO)
    splits = splits_to_score(args.split)
    missing = [
        labelled_path(name, split)
        for split in splits
        for name in studies
        if not labelled_path(name, split).exists()
    ]
    if missing:
        for path in missing:
            print(f"no labelled answers at {path}", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as scratch:
        journals = Path(args.journal or scratch)
        journals.mkdir(parents=True, exist_ok=True)
        for split in splits:
            for name, study in studies.items():
                runner = None
                if args.base_url:
                    journal = journals / f"{name}.sqlite"
                    endpoint = Endpoint(args.base_url.rstrip("/"))
                    runner = model_runner(endpoint, extractor, journal, name)
                cases = labelled(name, split)
                scores, extractions = score(
                    study, runner, extractor if runner else None, settings, split, cases
                )
                how = f"parser + {extractor.key}" if runner else "parser alone"
                print(f"\n{name}, {split} split, {len(cases)} answers ({how}):\n{table(scores)}")
                print(compliance(ExtractionSpec.from_study(study), extractions))
                print(by_confidence(scores, extractions, cases))
                if args.show_wrong:
                    for field, result in scores.items():
                        for wrong in result.mistakes:
                            print(f"  {field}: {wrong}")


if __name__ == "__main__":
    main()
