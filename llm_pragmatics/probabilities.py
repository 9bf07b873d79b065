"""The probability stage (Experiment 2): each model's distribution over the response options.

Maps a study's questions (questions.py) onto the scorer (scoring.py), one distribution per
input row and question, renormalises each distribution over its own option set (keeping the
mass the options had before), and computes the summary columns: mean and standard deviation
over the options' values, entropies in bits, and for joint option sets the marginals.
"""

from __future__ import annotations

import gzip
import json
import math
import os
from pathlib import Path

import pandas as pd

from .config import Model
from .prompts import render
from .questions import ProbabilityDesign, Question, render_text
from .scoring import OptionScorer, ScoredTask, ScoringTask
from .studies import Study

STAGE = "probabilities"


def scoring_tasks(study: Study, design: ProbabilityDesign, inputs: pd.DataFrame) -> list:
    """(row position, question, task) for every input row and question, in output order."""
    tasks = []
    for position, row in enumerate(inputs.to_dict("records")):
        for question in design.questions:
            variables = {**row, **question.variables}
            text = render_text(
                question.question, variables, f"{study.name}'s question {question.name!r}"
            )
            variables["question"] = text
            task = ScoringTask(
                system=render(study, STAGE, "system", variables) or None,
                user=render(study, STAGE, "user", variables),
                options=question.option_texts,
                group=position,
            )
            tasks.append((position, question, task))
    return tasks


def entropy_bits(probabilities) -> float:
    """Shannon entropy in bits; 0 log 0 is 0."""
    return -math.fsum(p * math.log2(p) for p in probabilities if p > 0)


def distribution(logprobs: list[float]) -> tuple[list[float], float]:
    """The options' probabilities renormalised over the option set, and their total mass.

    Computed from the log scale (log-sum-exp), so options far down the tail keep their
    relative sizes instead of underflowing before the division.
    """
    top = max(logprobs)
    if top == -math.inf:
        return [math.nan] * len(logprobs), 0.0
    log_mass = top + math.log(math.fsum(math.exp(lp - top) for lp in logprobs))
    return [math.exp(lp - log_mass) for lp in logprobs], math.exp(log_mass)


def summary_columns(question: Question, scored: ScoredTask) -> dict[str, float]:
    """The question's output columns for one scored distribution."""
    probabilities, mass = distribution([option.logprob for option in scored.options])
    values = dict(zip(question.probability_columns, probabilities, strict=True))
    for factor, columns in question.marginal_columns.items():
        marginal = {level: 0.0 for level in columns}
        for option, p in zip(question.options, probabilities, strict=True):
            marginal[option.levels[factor]] += p
        values.update({columns[level]: p for level, p in marginal.items()})
        values[question.marginal_entropy_columns[factor]] = entropy_bits(marginal.values())
    named = question.summary_columns
    if "mean" in named or "std" in named:
        option_values = [float(option.value) for option in question.options]
        mean = math.fsum(p * v for p, v in zip(probabilities, option_values, strict=True))
        variance = math.fsum(
            p * (v - mean) ** 2 for p, v in zip(probabilities, option_values, strict=True)
        )
        if "mean" in named:
            values[named["mean"]] = mean
        if "std" in named:
            values[named["std"]] = math.sqrt(variance)
    if "entropy" in named:
        values[named["entropy"]] = entropy_bits(probabilities)
    values[named["option_mass"]] = mass
    return values


def build_probability_table(
    study: Study,
    design: ProbabilityDesign,
    model: Model,
    inputs: pd.DataFrame,
    scorer: OptionScorer,
) -> tuple[pd.DataFrame, list[dict]]:
    """The stage's table (input columns first, input order) and its provenance records."""
    planned = scoring_tasks(study, design, inputs)
    scored = scorer.score([task for _, _, task in planned])
    rows = inputs.to_dict("records")
    records = [dict(row) for row in rows]
    provenance = []
    for (position, question, task), result in zip(planned, scored, strict=True):
        records[position].update(summary_columns(question, result))
        provenance.append(
            provenance_record(study, model, position, rows[position], question, task, result)
        )
    frame = pd.DataFrame.from_records(records)[list(inputs.columns) + design.output_columns]
    return frame, provenance


def provenance_record(
    study: Study,
    model: Model,
    position: int,
    row: dict,
    question: Question,
    task: ScoringTask,
    scored: ScoredTask,
) -> dict:
    """What recomputes one distribution: the prompt's token ids, each option's token ids and
    their logprobs (natural log), read with the model whose identity is given."""
    return {
        "row": position + 1,  # counted from the first data row, as the input gate counts
        "trial": {column: _plain(row[column]) for column in study.trial_id},
        "question": question.name,
        "model": model.key,
        "model_identity": model.identity,
        "chat_template": model.chat,
        "system": task.system,
        "user": task.user,
        "prompt_token_ids": list(scored.prompt_token_ids),
        "options": [
            {
                "label": option.label,
                "text": result.text,
                "token_ids": list(result.token_ids),
                "token_logprobs": list(result.token_logprobs),
                "logprob": result.logprob,
            }
            for option, result in zip(question.options, scored.options, strict=True)
        ],
    }


def _plain(value):
    return value.item() if hasattr(value, "item") else value


def write_provenance_atomically(records: list[dict], path: str | Path) -> None:
    """Gzipped JSON lines, written beside `path` and renamed into place (fixed mtime, so the
    same records give the same bytes)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(staging, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
            for record in records:
                out.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        with open(staging, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


def read_provenance(path: str | Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]
