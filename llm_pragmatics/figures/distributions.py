"""Figure kinds over the probability stage's distributions (Experiment 2).

Each kind finds its columns through the study's ProbabilityDesign: a question (by name) or
the questions scored over one option set. Conditions and facets are input columns the study
names; labels are Jinja templates over their values (docs/studies.md).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import WorkflowError
from ..questions import ProbabilityDesign, Question
from ..schemas import MODEL_COLUMN
from ..studies import Study
from .plotting import label, models_of, panel_grid, plt, save


def option_heatmaps(
    table: pd.DataFrame,
    path: str | Path,
    study: Study,
    option_set: str,
    conditions: list[str],
    question_label: str = "{{ name }}",
    axis_label: str = "question",
    condition_label: str | None = None,
    title: str = "probability of each option, by question and condition",
) -> None:
    """Per model (rows of panels) and condition (columns of panels): the mean probability
    of each option (x) for each question scored over `option_set` (y)."""
    questions = _questions_over(study, option_set)
    options = questions[0].options
    models, cells = models_of(table), _cells(table, conditions)
    condition_label = condition_label or _default_label(conditions)
    figure, axes = panel_grid(
        len(models), len(cells), size=(2.6, 1.9), margins=(1, 0.8), layout="constrained"
    )
    question_names = [
        label(question_label, {"name": q.name, **q.variables}, "question_label") for q in questions
    ]
    image = None
    for i, model in enumerate(models):
        for j, cell in enumerate(cells):
            ax = axes[i][j]
            rows = _rows(table, model, conditions, cell)
            matrix = np.array(
                [[rows[column].mean() for column in q.probability_columns] for q in questions],
                dtype=float,
            )
            image = ax.imshow(matrix, vmin=0, vmax=1, cmap="viridis", aspect="auto")
            ax.set_xticks(range(len(options)), [o.text for o in options], rotation=90, fontsize=6)
            ax.set_yticks(range(len(questions)), question_names, fontsize=7)
            if i == 0:
                where = label(
                    condition_label, dict(zip(conditions, cell, strict=True)), "condition_label"
                )
                ax.set_title(f"{where}\n({len(rows)} trials)", fontsize=8)
            if j == 0:
                ax.set_ylabel(f"{model}\n{axis_label}", fontsize=8)
    figure.suptitle(f"{study.name}: {title}", fontsize=10)
    if image is not None:
        figure.colorbar(image, ax=axes, shrink=0.8, label="mean probability")
    save(figure, path)


def expected_values(
    table: pd.DataFrame, study: Study, option_set: str, value_variable: str
) -> pd.Series:
    """Per trial, the value the model expects: the questions scored over `option_set` each
    stand for a value (their `value_variable`), weighted by the question's mean answer,
    normalised to sum to 1 (the questions are asked separately)."""
    questions = _questions_over(study, option_set)
    for question in questions:
        if "mean" not in question.summary_columns or value_variable not in question.variables:
            raise WorkflowError(
                f"{study.definition_file}: question {question.name!r} needs a `mean` column "
                f"and the variable {value_variable!r} for an expected value"
            )
    values = np.array([float(q.variables[value_variable]) for q in questions])
    belief = table[[q.summary_columns["mean"] for q in questions]].to_numpy(dtype=float)
    total = belief.sum(axis=1)
    expected = np.divide(belief @ values, total, out=np.full(len(table), np.nan), where=total > 0)
    return pd.Series(expected, index=table.index)


def expected_value(
    table: pd.DataFrame,
    path: str | Path,
    study: Study,
    option_set: str,
    value_variable: str,
    conditions: list[str],
    condition_label: str | None = None,
    x_label: str | None = None,
    y_label: str = "expected value",
    title: str = "expected value by condition",
) -> None:
    """The expected value (expected_values) by condition, one series per model: the mean
    over the condition's trials, and one standard deviation."""
    questions = _questions_over(study, option_set)
    bounds = [float(q.variables[value_variable]) for q in questions]
    expected = table.assign(expected=expected_values(table, study, option_set, value_variable))
    models, cells = models_of(table), _cells(table, conditions)
    condition_label = condition_label or _default_label(conditions)
    figure, ax = plt.subplots(figsize=(1.3 * len(cells) + 2.5, 3.6))
    width = 0.7 / max(len(models), 1)
    for k, model in enumerate(models):
        means, spreads = [], []
        for cell in cells:
            values = _rows(expected, model, conditions, cell)["expected"]
            means.append(values.mean())
            spreads.append(values.std(ddof=0) if len(values) else np.nan)
        x = np.arange(len(cells)) - 0.35 + width * (k + 0.5)
        ax.errorbar(x, means, yerr=spreads, fmt="o", capsize=3, label=model)
    ticks = [
        label(condition_label, dict(zip(conditions, c, strict=True)), "condition_label")
        for c in cells
    ]
    ax.set_xticks(range(len(cells)), ticks)
    ax.set_xlabel(x_label or f"condition ({', '.join(conditions)})")
    ax.set_ylabel(y_label)
    ax.set_ylim(min(bounds) - 0.1, max(bounds) + 0.1)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, title="model", title_fontsize=8)
    ax.set_title(f"{study.name}: {title}", fontsize=10)
    save(figure, path)


def option_bars(
    table: pd.DataFrame,
    path: str | Path,
    study: Study,
    question: str,
    rows: str | None = None,
    row_order: list | None = None,
    columns: str | None = None,
    panel_label: str | None = None,
    option_label: str = "{{ text }}",
    title: str = "distribution over the options",
) -> None:
    """Per value of `rows` (rows of panels) and of `columns` (columns of panels): the mean
    probability of each option of `question`, the models' bars side by side. `row_order`
    puts those values first; the others follow, sorted."""
    found = [q for q in ProbabilityDesign.of(study).questions if q.name == question]
    if not found:
        raise WorkflowError(f"{study.definition_file} has no probability question {question!r}")
    scored = found[0]
    facets = [facet for facet in (rows, columns) if facet]
    panel_label = panel_label or _default_label(facets)
    row_values = _facet_values(table, rows, row_order or [])
    column_values = _facet_values(table, columns, [])
    models = models_of(table)
    figure, axes = panel_grid(
        len(row_values), len(column_values), size=(3.2, 2.4), margins=(0.5, 1)
    )
    width = 0.8 / max(len(models), 1)
    x = np.arange(len(scored.options))
    ticks = [
        label(option_label, {"label": o.label, "text": o.text, **o.levels}, "option_label")
        for o in scored.options
    ]
    for i, row_value in enumerate(row_values):
        for j, column_value in enumerate(column_values):
            ax = axes[i][j]
            values = {rows: row_value, columns: column_value}
            values = {facet: value for facet, value in values.items() if facet}
            cell = table
            for facet, value in values.items():
                cell = cell[cell[facet] == value]
            for k, model in enumerate(models):
                part = cell[cell[MODEL_COLUMN] == model]
                means = [part[c].mean() if len(part) else 0.0 for c in scored.probability_columns]
                ax.bar(x - 0.4 + width * (k + 0.5), means, width, label=model)
            trials = len(cell) // max(len(models), 1)
            name = label(panel_label, values, "panel_label") if values else ""
            ax.set_title(f"{name} ({trials} trials)".strip(), fontsize=8)
            ax.set_xticks(x, ticks)
            ax.tick_params(axis="x", rotation=90, labelsize=7)
            ax.set_ylim(0, 1)
            if j == 0:
                ax.set_ylabel("mean probability", fontsize=8)
    axes[0][-1].legend(fontsize=7, title="model", title_fontsize=7)
    figure.suptitle(f"{study.name}: {title}", fontsize=10)
    figure.tight_layout()
    save(figure, path)


def _questions_over(study: Study, option_set: str) -> list[Question]:
    questions = [q for q in ProbabilityDesign.of(study).questions if q.option_set == option_set]
    if not questions:
        raise WorkflowError(
            f"{study.definition_file}: no probability question is scored over the option "
            f"set {option_set!r}"
        )
    return questions


def _plain(value):
    return value.item() if hasattr(value, "item") else value


def _cells(table: pd.DataFrame, conditions: list[str]) -> list[tuple]:
    """The combinations of the condition columns' values in the table, sorted."""
    combinations = table[conditions].drop_duplicates().itertuples(index=False)
    return sorted(tuple(_plain(value) for value in combination) for combination in combinations)


def _rows(table: pd.DataFrame, model: str, conditions: list[str], cell: tuple) -> pd.DataFrame:
    selected = table[MODEL_COLUMN] == model
    for column, value in zip(conditions, cell, strict=True):
        selected &= table[column] == value
    return table[selected]


def _facet_values(table: pd.DataFrame, facet: str | None, first: list) -> list:
    """A facet's values: `first` (those present), then the others sorted; [None] if none."""
    if not facet:
        return [None]
    present = {_plain(value) for value in table[facet].unique()}
    return [value for value in first if value in present] + sorted(present - set(first))


def _default_label(columns: list[str]) -> str:
    """Each column's name and value ("<column> <value>, ..."), as a Jinja template."""
    return ", ".join(f"{column} {{{{ {column} }}}}" for column in columns)
