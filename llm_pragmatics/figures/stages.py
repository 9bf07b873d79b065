"""The stage figures every study gets: the raw stage's throughput, the structured stage's
extraction (their captions are in figures/__init__.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..schemas import MODEL_COLUMN
from ..studies import Study
from .plotting import models_of, plt, save


def throughput_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Per model: requests, wall time from the first request's start to the last reply,
    requests/s and generated tokens/s (from the raw stage's timestamps and timings)."""
    done = pd.to_datetime(table["response_timestamp"], utc=True, format="ISO8601")
    started = done - pd.to_timedelta(table["processing_time_ms"], unit="ms")
    frame = table.assign(done=done, started=started)
    rows = []
    for model in models_of(table):
        part = frame[frame[MODEL_COLUMN] == model]
        seconds = (part["done"].max() - part["started"].min()).total_seconds()
        tokens = int(part["completion_tokens"].sum())
        rows.append(
            {
                "model": model,
                "requests": len(part),
                "completion_tokens": tokens,
                "wall_seconds": seconds,
                "requests_per_second": len(part) / seconds if seconds > 0 else np.nan,
                "tokens_per_second": tokens / seconds if seconds > 0 else np.nan,
                "median_latency_ms": float(part["processing_time_ms"].median()),
            }
        )
    return pd.DataFrame(rows)


def throughput(table: pd.DataFrame, path: str | Path, study: Study) -> None:
    """Requests/s and generated tokens/s per model, and each model's completions over time."""
    summary = throughput_summary(table)
    figure, axes = plt.subplots(1, 3, figsize=(12, 3.4))
    for ax, column, label in (
        (axes[0], "requests_per_second", "requests / s"),
        (axes[1], "tokens_per_second", "generated tokens / s"),
    ):
        bars = ax.bar(summary["model"], summary[column], color="tab:blue")
        ax.bar_label(bars, fmt="%.2f", fontsize=7)
        ax.set_ylabel(label)
        ax.tick_params(axis="x", rotation=30, labelsize=7)
    done = pd.to_datetime(table["response_timestamp"], utc=True, format="ISO8601")
    for model in models_of(table):
        times = done[table[MODEL_COLUMN] == model].sort_values()
        elapsed = (times - times.min()).dt.total_seconds()
        axes[2].step(elapsed, np.arange(1, len(times) + 1), where="post", label=model)
    axes[2].set_xlabel("seconds since the first reply")
    axes[2].set_ylabel("completed requests")
    axes[2].legend(fontsize=7)
    figure.suptitle(f"{study.name}: throughput of the raw stage (free-text answers)", fontsize=10)
    figure.tight_layout()
    save(figure, path)


def extraction(table: pd.DataFrame, path: str | Path, study: Study) -> None:
    """Per model: format compliance (the share of answers that followed the requested
    format, that needed the extraction model, that are incomplete, that were truncated)
    and the extraction confidence."""
    models = models_of(table)
    figure, axes = plt.subplots(1, 2, figsize=(11, 3.6))
    by_model = table.groupby(MODEL_COLUMN, sort=False)
    shares = pd.DataFrame(
        {
            "followed the format": by_model["format_followed"].mean(),
            "needed the model": by_model["extraction_method"].agg(
                lambda m: (m == "parser+model").mean()
            ),
            # Every empty field is named in the errors as "<field>: why" (flags are not).
            "incomplete": by_model["extraction_errors"].agg(
                lambda e: e.fillna("").astype(str).str.contains(r"(?:^|; )\w+: ").mean()
            ),
            "truncated": by_model["finish_reason"].agg(lambda r: (r == "length").mean()),
        }
    ).reindex(models)
    shares.plot.bar(ax=axes[0], width=0.8)
    axes[0].set_ylabel("share of answers")
    axes[0].set_ylim(0, 1.05)
    axes[0].legend(fontsize=7, title="answers that", title_fontsize=7)
    confidence = [
        table.loc[table[MODEL_COLUMN] == m, "extraction_confidence"].dropna() for m in models
    ]
    axes[1].boxplot(confidence, tick_labels=models)
    axes[1].set_ylabel("extraction confidence")
    axes[1].set_ylim(0, 1.05)
    for ax in axes:
        ax.tick_params(axis="x", rotation=30, labelsize=7)
    figure.suptitle(f"{study.name}: format compliance and extraction confidence", fontsize=10)
    figure.tight_layout()
    save(figure, path)
