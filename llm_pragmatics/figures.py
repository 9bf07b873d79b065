"""The report's figures, drawn from the all-models tables (results/all/<study>_<stage>.csv).

Every figure puts the models side by side, so that a reader compares them on one page.
Each drawing function takes the merged table, the file to write (SVG or PNG, from its
suffix) and the study's name: FIGURES maps the names the rules use to them.
"""

from __future__ import annotations

import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on cluster nodes or in CI

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from .schemas import MODEL_COLUMN  # noqa: E402

# Same bytes for the same data: no date in the file, fixed ids in the SVG.
matplotlib.rcParams["svg.hashsalt"] = "llm-pragmatics"
GOALS = ["informative", "social", "both"]
UTTERANCES = [
    f"{frame}_{word}"
    for frame in ("was", "wasnt")
    for word in ("terrible", "bad", "good", "amazing")
]


def save(figure: plt.Figure, path: str | Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Date": None} if path.suffix == ".svg" else {}
    figure.savefig(path, bbox_inches="tight", metadata=metadata, dpi=120)
    plt.close(figure)


def models_of(table: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(table[MODEL_COLUMN]))


def _conditions(table: pd.DataFrame) -> list[tuple[int, int]]:
    pairs = table[["access", "observe"]].drop_duplicates().itertuples(index=False)
    return sorted((int(a), int(o)) for a, o in pairs)


def study1_state_matrix(rows: pd.DataFrame) -> tuple[np.ndarray, list[int], list[str]]:
    """Mean probability of each (state, answer %) over `rows`: states x options."""
    found = [re.fullmatch(r"state(\d+)_prob_(\d+)", c) for c in rows.columns]
    found = [m for m in found if m]
    states = sorted({int(m.group(1)) for m in found})
    options = sorted({int(m.group(2)) for m in found})
    matrix = np.array(
        [[rows[f"state{s}_prob_{p}"].mean() for p in options] for s in states], dtype=float
    )
    return matrix, states, [f"{p}%" for p in options]


def study1_heatmaps(table: pd.DataFrame, path: str | Path, study: str) -> None:
    """Per model (rows) and (access, observe) condition (columns): the mean probability the
    model gives each answer (0%, …, 100%) to "exactly s of the 3" for each state s."""
    models, conditions = models_of(table), _conditions(table)
    figure, axes = plt.subplots(
        len(models),
        len(conditions),
        figsize=(2.6 * len(conditions) + 1, 1.9 * len(models) + 0.8),
        squeeze=False,
        sharex=True,
        sharey=True,
        layout="constrained",
    )
    image = None
    for i, model in enumerate(models):
        for j, (access, observe) in enumerate(conditions):
            ax = axes[i][j]
            rows = table[
                (table[MODEL_COLUMN] == model)
                & (table["access"] == access)
                & (table["observe"] == observe)
            ]
            matrix, states, options = study1_state_matrix(rows)
            image = ax.imshow(matrix, vmin=0, vmax=1, cmap="viridis", aspect="auto")
            ax.set_xticks(range(len(options)), options, rotation=90, fontsize=6)
            ax.set_yticks(range(len(states)), [str(s) for s in states], fontsize=7)
            if i == 0:
                ax.set_title(
                    f"access {access}, observe {observe}\n({len(rows)} trials)", fontsize=8
                )
            if j == 0:
                ax.set_ylabel(f"{model}\nstate (of 3)", fontsize=8)
    figure.suptitle(f"{study}: probability of each answer, by state and condition", fontsize=10)
    if image is not None:
        figure.colorbar(image, ax=axes, shrink=0.8, label="mean probability")
    save(figure, path)


def study1_expected_states(table: pd.DataFrame) -> pd.DataFrame:
    """Per trial: the state the model expects, from its mean answer for each state
    (the four answers are separate questions, so they are normalised to sum to 1)."""
    columns = sorted(
        (c for c in table.columns if re.fullmatch(r"state\d+_mean", c)),
        key=lambda c: int(c[5:-5]),
    )
    states = np.array([int(c[5:-5]) for c in columns], dtype=float)
    belief = table[columns].to_numpy(dtype=float)
    total = belief.sum(axis=1)
    expected = np.divide(belief @ states, total, out=np.full(len(table), np.nan), where=total > 0)
    return table[[MODEL_COLUMN, "access", "observe"]].assign(expected_state=expected)


def study1_expected_state(table: pd.DataFrame, path: str | Path, study: str) -> None:
    """The expected state by (access, observe) condition, one series per model (mean and
    standard deviation over the condition's trials)."""
    expected = study1_expected_states(table)
    models, conditions = models_of(table), _conditions(table)
    figure, ax = plt.subplots(figsize=(1.3 * len(conditions) + 2.5, 3.6))
    width = 0.7 / max(len(models), 1)
    for k, model in enumerate(models):
        means, spreads = [], []
        for access, observe in conditions:
            values = expected[
                (expected[MODEL_COLUMN] == model)
                & (expected["access"] == access)
                & (expected["observe"] == observe)
            ]["expected_state"]
            means.append(values.mean())
            spreads.append(values.std(ddof=0) if len(values) else np.nan)
        x = np.arange(len(conditions)) - 0.35 + width * (k + 0.5)
        ax.errorbar(x, means, yerr=spreads, fmt="o", capsize=3, label=model)
    ax.set_xticks(range(len(conditions)), [f"a{a} o{o}" for a, o in conditions])
    ax.set_xlabel("condition (access, observe)")
    ax.set_ylabel("expected state (of 3)")
    ax.set_ylim(-0.1, 3.1)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, title="model", title_fontsize=8)
    ax.set_title(f"{study}: expected number of objects with the property", fontsize=10)
    save(figure, path)


def study2_utterances(table: pd.DataFrame, path: str | Path, study: str) -> None:
    """Per goal (rows) and true state (columns): the mean probability of each of the eight
    utterances, the models' bars side by side."""
    models = models_of(table)
    goals = [g for g in GOALS if g in set(table["Goal_simplified"])]
    goals += sorted(set(table["Goal_simplified"]) - set(goals))
    states = sorted(int(s) for s in table["State_number"].unique())
    figure, axes = plt.subplots(
        len(goals),
        len(states),
        figsize=(3.2 * len(states) + 0.5, 2.4 * len(goals) + 1),
        squeeze=False,
        sharex=True,
        sharey=True,
    )
    width = 0.8 / max(len(models), 1)
    x = np.arange(len(UTTERANCES))
    for i, goal in enumerate(goals):
        for j, state in enumerate(states):
            ax = axes[i][j]
            cell = table[(table["Goal_simplified"] == goal) & (table["State_number"] == state)]
            for k, model in enumerate(models):
                rows = cell[cell[MODEL_COLUMN] == model]
                means = [rows[f"prob_{u}"].mean() if len(rows) else 0.0 for u in UTTERANCES]
                ax.bar(x - 0.4 + width * (k + 0.5), means, width, label=model)
            trials = len(cell) // max(len(models), 1)
            hearts = "heart" if state == 1 else "hearts"
            ax.set_title(f"{goal}, {state} {hearts} ({trials} trials)", fontsize=8)
            ax.set_xticks(x, [u.replace("_", " ").replace("wasnt", "wasn't") for u in UTTERANCES])
            ax.tick_params(axis="x", rotation=90, labelsize=7)
            ax.set_ylim(0, 1)
            if j == 0:
                ax.set_ylabel("mean probability", fontsize=8)
    axes[0][-1].legend(fontsize=7, title="model", title_fontsize=7)
    figure.suptitle(f"{study}: utterance distribution by goal and true state", fontsize=10)
    figure.tight_layout()
    save(figure, path)


def throughput(table: pd.DataFrame) -> pd.DataFrame:
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


def throughput_figure(table: pd.DataFrame, path: str | Path, study: str) -> None:
    """Requests/s and generated tokens/s per model, and each model's completions over time."""
    summary = throughput(table)
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
    figure.suptitle(f"{study}: throughput of the raw stage (free-text answers)", fontsize=10)
    figure.tight_layout()
    save(figure, path)


def extraction_summary(table: pd.DataFrame, path: str | Path, study: str) -> None:
    """Per model: how the answers' fields were extracted, how confident the extraction was,
    and how many answers lacked a field."""
    models = models_of(table)
    figure, axes = plt.subplots(1, 3, figsize=(12, 3.4))
    methods = table["extraction_method"].fillna("").astype(str).replace("", "(none)")
    shares = pd.crosstab(table[MODEL_COLUMN], methods, normalize="index").reindex(models)
    shares.plot.bar(stacked=True, ax=axes[0], legend=True)
    axes[0].set_ylabel("share of answers")
    axes[0].legend(fontsize=7, title="method", title_fontsize=7)
    confidence = [
        table.loc[table[MODEL_COLUMN] == m, "extraction_confidence"].dropna() for m in models
    ]
    axes[1].boxplot(confidence, tick_labels=models)
    axes[1].set_ylabel("extraction confidence")
    axes[1].set_ylim(0, 1.05)
    errors = table["extraction_errors"].fillna("").astype(str).str.len() > 0
    with_errors = errors.groupby(table[MODEL_COLUMN]).mean().reindex(models)
    axes[2].bar(models, with_errors, color="tab:red")
    axes[2].set_ylabel("share of answers missing a field")
    axes[2].set_ylim(0, 1)
    for ax in axes:
        ax.tick_params(axis="x", rotation=30, labelsize=7)
    figure.suptitle(f"{study}: extraction of the answers' fields", fontsize=10)
    figure.tight_layout()
    save(figure, path)


FIGURES = {
    "probability_heatmaps": study1_heatmaps,
    "expected_state": study1_expected_state,
    "utterances": study2_utterances,
    "throughput": throughput_figure,
    "extraction": extraction_summary,
}


# The columns each figure reads (regular expressions), so that a figure job reads numbers
# and labels, not the answers and stories the all-models tables repeat for every model.
COLUMNS = {
    "probability_heatmaps": ["access", "observe", r"state\d+_prob_\d+"],
    "expected_state": ["access", "observe", r"state\d+_mean"],
    "utterances": ["Goal_simplified", "State_number", r"prob_\w+"],
    "throughput": ["response_timestamp", "processing_time_ms", "completion_tokens"],
    "extraction": ["extraction_method", "extraction_confidence", "extraction_errors"],
}


def read_figure_table(name: str, path: str | Path) -> pd.DataFrame:
    """The columns of an all-models table that figure `name` draws from."""
    pattern = re.compile("|".join([MODEL_COLUMN, *COLUMNS[name]]))
    return pd.read_csv(
        path,
        usecols=lambda column: bool(pattern.fullmatch(column)),
        dtype={MODEL_COLUMN: str},
        encoding="utf-8",
    )


def draw(name: str, table: pd.DataFrame, path: str | Path, study: str) -> None:
    FIGURES[name](table, path, study)
