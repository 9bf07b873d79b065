"""Scoring the structured stage's extraction against hand-labelled answers.

The labelled sets are tests/data/labelled/<study>_<split>.csv (split: dev, the half the
parser was developed on; test, scored once at the end). Columns: case, style, source,
finish_reason, response, the study's fields ("" = the answer does not state the field),
note. tests/data/labelled/README.md has the labelling rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from llm_pragmatics.client import Endpoint, Journal, RequestRunner, RequestSettings
from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.extraction import ExtractionSpec, extract_all
from llm_pragmatics.studies import Study

REPO = Path(__file__).resolve().parents[1]
LABELLED = REPO / "tests" / "data" / "labelled"
# A row at or above this confidence is meant to be right.
CONFIDENT = 0.9


@dataclass
class FieldScore:
    total: int = 0
    correct: int = 0
    empty: int = 0  # labelled with a value, extracted nothing
    wrong: int = 0  # labelled with a value, extracted another
    invented: int = 0  # labelled empty, extracted a value
    confident_wrong: int = 0  # wrong or invented, in a row with confidence >= CONFIDENT
    mistakes: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


def labelled_path(study: str, split: str) -> Path:
    return LABELLED / f"{study}_{split}.csv"


def labelled(study: str, split: str = "dev") -> pd.DataFrame:
    path = labelled_path(study, split)
    cases = pd.read_csv(path, dtype=str, keep_default_na=False, na_values={})
    if "finish_reason" not in cases:
        cases["finish_reason"] = "stop"
    return cases


def _same(expected: str, got) -> bool:
    if got is None or got == "":
        return expected == ""
    if expected == "":
        return False
    try:
        return float(expected) == float(got)
    except ValueError:
        return expected == str(got)


def score(
    study: Study,
    runner: RequestRunner | None,
    extractor: Model | None,
    settings: dict,
    split: str = "dev",
    cases: pd.DataFrame | None = None,
):
    """Field -> FieldScore for the study's labelled answers, and the extractions."""
    spec = ExtractionSpec.from_study(study)
    cases = labelled(study.name, split) if cases is None else cases
    extractions = extract_all(
        spec,
        cases["response"].tolist(),
        runner,
        extractor,
        settings,
        cases["finish_reason"].tolist(),
    )
    scores = {name: FieldScore() for name in spec.names}
    for case, extraction in zip(cases.to_dict("records"), extractions, strict=True):
        for name, result in scores.items():
            expected, got = case[name], extraction.values.get(name)
            result.total += 1
            if _same(expected, got):
                result.correct += 1
                continue
            if got is None:
                result.empty += 1
            elif expected == "":
                result.invented += 1
            else:
                result.wrong += 1
            confident = got is not None and extraction.confidence >= CONFIDENT
            result.confident_wrong += confident
            result.mistakes.append(
                f"case {case['case']} ({case['style']}): {expected!r} != {got!r}"
                f" [confidence {extraction.confidence}, {extraction.method}]"
            )
    return scores, extractions


def model_runner(endpoint: Endpoint, extractor: Model, journal: Path, study: str):
    return RequestRunner(
        endpoint,
        extractor,
        Journal(journal),
        # Few requests at a time, and time for each: the machine may be busy.
        RequestSettings(
            concurrency=8, max_attempts=3, timeout_seconds=1800, progress_interval_seconds=30
        ),
        label=f"labelled {study} extraction",
    )


def extraction_settings() -> dict:
    return load_yaml(REPO / "config" / "config.yaml")["extraction"]


def table(scores: dict[str, FieldScore]) -> str:
    header = f"{'field':<16} {'accuracy':>9} {'correct':>9} {'empty':>6} {'wrong':>6}"
    lines = [header + f" {'invented':>9} {'wrong@>=0.9':>12}"]

    def line(name: str, s: FieldScore) -> str:
        correct = f"{s.correct}/{s.total}"
        return (
            f"{name:<16} {s.accuracy:>9.1%} {correct:>9} {s.empty:>6} {s.wrong:>6}"
            f" {s.invented:>9} {s.confident_wrong:>12}"
        )

    lines += [line(name, s) for name, s in scores.items()]
    total = FieldScore()
    for s in scores.values():
        for attribute in ("total", "correct", "empty", "wrong", "invented", "confident_wrong"):
            setattr(total, attribute, getattr(total, attribute) + getattr(s, attribute))
    lines.append(line("all fields", total))
    return "\n".join(lines)


def raw_table(study: Study, answers: list[str], finish_reasons: list[str] | None = None):
    """A raw stage's table holding these answers (other columns filled in)."""
    rows = []
    for index, answer in enumerate(answers):
        row = {name: "x" if c["type"] == "str" else index for name, c in study.columns.items()}
        row.update({name: "x" for name in study.derived})
        row.update(
            {
                "replicate": 1,
                "model_name": "m",
                "model_response": answer,
                "finish_reason": (finish_reasons or ["stop"] * len(answers))[index],
                "prompt_tokens": 10,
                "completion_tokens": 5,
                "response_timestamp": "2025-01-01T00:00:00.000+00:00",
                "processing_time_ms": 1.0,
                "seed": 1,
            }
        )
        rows.append(row)
    return pd.DataFrame(rows)
