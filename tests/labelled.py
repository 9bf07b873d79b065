"""Scoring the structured stage's extraction against the labelled answers.

The labelled sets are in tests/data/labelled/ (see its README.md): a development half per
study to tune on, and a test half to score once, at the end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from llm_pragmatics.client import Endpoint, RequestRunner, RequestSettings
from llm_pragmatics.config import Model, Study, load_yaml
from llm_pragmatics.extraction import ExtractionSpec, extract_all
from llm_pragmatics.journal import Journal

REPO = Path(__file__).resolve().parents[1]
LABELLED = REPO / "tests" / "data" / "labelled"


@dataclass
class FieldScore:
    correct: int = 0
    total: int = 0
    invented: int = 0  # a value where the label says "not stated"
    wrong: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


def labelled(study: str, half: str = "dev") -> pd.DataFrame:
    return pd.read_csv(
        LABELLED / f"{study}_{half}.csv", dtype=str, keep_default_na=False, na_values={}
    )


def _same(expected: str, got) -> bool:
    if got is None or got == "":
        return expected == ""
    if expected == "":
        return False
    try:
        return float(expected) == float(got)
    except ValueError:
        return expected == str(got)


def score(study: Study, runner: RequestRunner | None, extractor: Model | None, settings: dict):
    """Field -> FieldScore for the study's labelled answers, and the extractions."""
    spec = ExtractionSpec.from_study(study)
    cases = labelled(study.name)
    extractions = extract_all(spec, cases["response"].tolist(), runner, extractor, settings)
    scores = {name: FieldScore() for name in spec.names}
    for case, extraction in zip(cases.to_dict("records"), extractions, strict=True):
        for name, result in scores.items():
            expected, got = case[name], extraction.values.get(name)
            result.total += 1
            if _same(expected, got):
                result.correct += 1
                continue
            if expected == "":
                result.invented += 1
            result.wrong.append(f"case {case['case']} ({case['style']}): {expected!r} != {got!r}")
    return scores, extractions


def model_runner(endpoint: Endpoint, extractor: Model, journal: Path, study: str):
    return RequestRunner(
        endpoint,
        extractor,
        Journal(journal),
        RequestSettings(concurrency=16, max_attempts=3, progress_interval_seconds=30),
        label=f"labelled {study} extraction",
    )


def extraction_settings() -> dict:
    return load_yaml(REPO / "config" / "config.yaml")["extraction"]


def table(scores: dict[str, FieldScore]) -> str:
    lines = [f"{'field':<16} {'accuracy':>9} {'correct':>8} {'invented':>9}"]
    for name, s in scores.items():
        lines.append(f"{name:<16} {s.accuracy:>9.1%} {s.correct:>4}/{s.total:<3} {s.invented:>9}")
    correct = sum(s.correct for s in scores.values())
    total = sum(s.total for s in scores.values())
    invented = sum(s.invented for s in scores.values())
    lines.append(
        f"{'all fields':<16} {correct / total:>9.1%} {correct:>4}/{total:<3} {invented:>9}"
    )
    return "\n".join(lines)
