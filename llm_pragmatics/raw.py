"""The raw stage (Experiment 1): each model's free-text answer to every trial."""

from __future__ import annotations

import hashlib
import logging

import pandas as pd

from .client import Completed, Request, RequestRunner
from .config import Model, messages_for
from .prompts import render
from .schemas import RAW_COLUMNS, raw_schema
from .studies import Study

log = logging.getLogger(__name__)


def row_seed(base_seed: int, study: Study, row: dict, replicate: int) -> int:
    """A per-request seed from the base seed, the study's id, the trial id and the replicate.

    Independent of row order and of the other rows, so the same trial gets the same text
    however the input is sorted or filtered, and under whatever key the config names it.
    """
    trial = "|".join(str(row[column]) for column in study.trial_id)
    digest = hashlib.sha256(f"{base_seed}|{study.id}|{trial}|{replicate}".encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def raw_request(study: Study, model: Model, row: dict, sampling: dict, seed: int) -> Request:
    system = render(study, "raw", "system", row)
    user = render(study, "raw", "user", row)
    parameters = {
        "model": model.served_name,
        "temperature": sampling["temperature"],
        "top_p": sampling.get("top_p", 1.0),
        "max_tokens": sampling["max_tokens"],
        "seed": seed,
    }
    if model.chat:
        return Request(
            "/v1/chat/completions",
            {"messages": messages_for(model, system, user), **parameters},
        )
    prompt = f"{system}\n\n{user}\n\n" if system else f"{user}\n\n"
    return Request("/v1/completions", {"prompt": prompt, **parameters})


def answer_text(response: dict) -> str:
    choice = response["choices"][0]
    if "message" in choice:
        return choice["message"]["content"] or ""
    return choice["text"]


def check_reply(response: dict) -> None:
    """A reply the raw stage can use: one choice with text and token counts."""
    answer_text(response)
    response["usage"]["prompt_tokens"]


def build_raw_table(
    study: Study,
    model: Model,
    inputs: pd.DataFrame,
    sampling: dict,
    runner: RequestRunner,
) -> pd.DataFrame:
    replicates = int(sampling.get("replicates", 1))
    rows, requests = [], []
    for row in inputs.to_dict("records"):
        for replicate in range(1, replicates + 1):
            seed = row_seed(sampling["seed"], study, row, replicate)
            rows.append({**row, "replicate": replicate, "seed": seed})
            requests.append(raw_request(study, model, row, sampling, seed))
    completed = runner.run(requests)
    records = [_raw_record(model, row, done) for row, done in zip(rows, completed, strict=True)]
    frame = pd.DataFrame.from_records(records)
    return frame[list(inputs.columns) + RAW_COLUMNS]


def _raw_record(model: Model, row: dict, done: Completed) -> dict:
    response = done.response
    choice = response["choices"][0]
    usage = response.get("usage") or {}
    return {
        **row,
        "model_name": model.key,
        "model_response": answer_text(response),
        "finish_reason": choice.get("finish_reason") or "",
        "prompt_tokens": usage.get("prompt_tokens", 0),
        "completion_tokens": usage.get("completion_tokens", 0),
        "response_timestamp": done.completed_at,
        "processing_time_ms": done.elapsed_ms,
    }


def raw_output_schema(study: Study, inputs: pd.DataFrame, sampling: dict):
    return raw_schema(study, inputs, int(sampling.get("replicates", 1)))
