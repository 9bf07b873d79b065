"""Figure kinds over the analysis tables (results/all/analysis/<study>_<analysis>.csv).

Every series is one model's results in one experiment (colour: the model; Experiment 1
hollow markers and dashed lines, Experiment 2 filled and solid); people, where the table has
them, are the black reference series, labelled with what the reference is (an example file
says so). Facets are condition columns the study names; labels are Jinja templates over
their values.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..analysis.kinds.base import EXPERIMENT, PEOPLE
from ..schemas import MODEL_COLUMN
from ..studies import Study
from .plotting import label, panel_grid, plt, save

STYLE = {1: {"linestyle": "--", "fillstyle": "none"}, 2: {"linestyle": "-", "fillstyle": "full"}}
EXPERIMENT_NAMES = {1: "Exp 1 (free text)", 2: "Exp 2 (probabilities)"}


def _series(table: pd.DataFrame) -> list[tuple[str, int]]:
    """(model, experiment) of every model series, in table order; people excluded."""
    rows = table[(table[MODEL_COLUMN] != PEOPLE) & table[EXPERIMENT].notna()]
    pairs = rows[[MODEL_COLUMN, EXPERIMENT]].drop_duplicates().itertuples(index=False, name=None)
    return [(model, int(experiment)) for model, experiment in pairs]


def _colours(series: list[tuple[str, int]]) -> dict[str, str]:
    models = list(dict.fromkeys(model for model, _ in series))
    palette = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    return {model: palette[k % len(palette)] for k, model in enumerate(models)}


def _facets(table: pd.DataFrame, facet: str | None, order: list | None) -> list:
    if facet is None:
        return [None]
    present = list(pd.unique(table[facet].dropna()))
    first = [value for value in (order or []) if value in present]
    return first + sorted((v for v in present if v not in first), key=str)


def _panel(table, rows, row, columns, column) -> pd.DataFrame:
    keep = pd.Series(True, index=table.index)
    if rows is not None:
        keep &= table[rows] == row
    if columns is not None:
        keep &= table[columns] == column
    return table[keep]


def _panel_title(template, rows, row, columns, column) -> str:
    values = {name: value for name, value in ((rows, row), (columns, column)) if name}
    if template:
        return label(template, values, "panel_label")
    return ", ".join(f"{name} {value}" for name, value in values.items())


def _reference_label(table: pd.DataFrame) -> str:
    people = table[table[MODEL_COLUMN] == PEOPLE]
    labels = people["reference"].dropna().unique() if "reference" in people else []
    return f"people: {labels[0]}" if len(labels) else "people"


def means_panels(
    table: pd.DataFrame,
    path: str | Path,
    study: Study,
    x: str,
    rows: str | None = None,
    columns: str | None = None,
    row_order: list | None = None,
    panel_label: str | None = None,
    x_label: str | None = None,
    y_label: str = "mean",
    title: str = "means by condition",
) -> None:
    """A means table (kind means): per panel (the `rows` x `columns` facets), the mean of
    each series at each value of `x`, with bars of one standard error."""
    series = _series(table)
    colours = _colours(series)
    row_values, column_values = _facets(table, rows, row_order), _facets(table, columns, None)
    figure, axes = panel_grid(
        len(row_values), len(column_values), size=(2.8, 2.2), margins=(1.5, 1.2)
    )
    width = 0.6 / max(len(series), 1)
    for i, row in enumerate(row_values):
        for j, column in enumerate(column_values):
            ax = axes[i][j]
            panel = _panel(table, rows, row, columns, column)
            if panel.empty:
                ax.set_axis_off()
                continue
            xs = sorted(pd.unique(panel[x].dropna()))
            for k, (model, experiment) in enumerate(series):
                part = panel[(panel[MODEL_COLUMN] == model) & (panel[EXPERIMENT] == experiment)]
                part = part.set_index(x).reindex(xs)
                offset = np.arange(len(xs)) - 0.3 + width * (k + 0.5)
                ax.errorbar(
                    offset,
                    part["mean"],
                    yerr=part["se"],
                    marker="o",
                    capsize=2,
                    color=colours[model],
                    label=f"{model}, {EXPERIMENT_NAMES[experiment]}",
                    **STYLE[experiment],
                )
            ax.set_xticks(range(len(xs)), [str(v) for v in xs])
            ax.set_title(_panel_title(panel_label, rows, row, columns, column), fontsize=8)
            ax.grid(axis="y", alpha=0.3)
            if j == 0:
                ax.set_ylabel(y_label, fontsize=8)
            if i == len(row_values) - 1:
                ax.set_xlabel(x_label or x, fontsize=8)
    _legend(figure, axes)
    figure.suptitle(f"{study.name}: {title}", fontsize=10)
    save(figure, path)


def proportions_panels(
    table: pd.DataFrame,
    path: str | Path,
    study: Study,
    groups: dict,
    rows: str | None = None,
    columns: str | None = None,
    row_order: list | None = None,
    panel_label: str | None = None,
    category_label: str = "{{ category }}",
    title: str = "share of each outcome by condition",
) -> None:
    """A proportions table (kind proportions): per panel, the share of each outcome for each
    series, outcomes laid out in `groups` (group label -> its outcomes, e.g. the frames
    the two halves of a 2 x 4 outcome set), with people as the black reference series."""
    series = _series(table)
    colours = _colours(series)
    positions, x = {}, 0
    for categories in groups.values():
        for category in categories:
            positions[category] = x
            x += 1
        x += 1  # a gap between groups
    row_values, column_values = _facets(table, rows, row_order), _facets(table, columns, None)
    figure, axes = panel_grid(
        len(row_values), len(column_values), size=(3.2, 2.4), margins=(1.5, 1.6)
    )
    reference = _reference_label(table)
    for i, row in enumerate(row_values):
        for j, column in enumerate(column_values):
            ax = axes[i][j]
            panel = _panel(table, rows, row, columns, column)
            for categories in groups.values():
                xs = [positions[c] for c in categories]
                people = panel[panel[MODEL_COLUMN] == PEOPLE].set_index("category")
                if len(people):
                    ax.plot(
                        xs,
                        people["proportion"].reindex(categories),
                        color="black",
                        marker="D",
                        linewidth=2,
                        label=reference,
                    )
                for model, experiment in series:
                    part = panel[
                        (panel[MODEL_COLUMN] == model) & (panel[EXPERIMENT] == experiment)
                    ].set_index("category")
                    ax.plot(
                        xs,
                        part["proportion"].reindex(categories),
                        marker="o",
                        color=colours[model],
                        label=f"{model}, {EXPERIMENT_NAMES[experiment]}",
                        **STYLE[experiment],
                    )
            ax.set_xticks(
                list(positions.values()),
                [label(category_label, {"category": c}, "category_label") for c in positions],
                rotation=90,
                fontsize=7,
            )
            ax.set_ylim(0, 1)
            ax.set_title(_panel_title(panel_label, rows, row, columns, column), fontsize=8)
            if j == 0:
                ax.set_ylabel("share", fontsize=8)
    _legend(figure, axes)
    figure.suptitle(f"{study.name}: {title}", fontsize=10)
    save(figure, path)


def divergence_from_people(
    table: pd.DataFrame, path: str | Path, study: Study, title: str = "divergence from people"
) -> None:
    """A human_divergence table: per model and experiment, the divergence in each condition
    cell (dots) and their mean (bar), beside people's split-half floor (grey band: the mean
    over cells of the floor and of its 2.5 and 97.5 percentiles)."""
    series = _series(table)
    colours = _colours(series)
    figure, ax = plt.subplots(figsize=(1.1 * max(len(series), 2) + 2, 3.6))
    cells = table.drop_duplicates(subset=[c for c in table.columns if c.startswith("floor")])
    low, mean, high = (cells[c].mean() for c in ("floor_low", "floor", "floor_high"))
    ax.axhspan(low, high, color="grey", alpha=0.25, label="people's split-half floor (95%)")
    ax.axhline(mean, color="grey", linewidth=1)
    rng = np.random.default_rng(0)  # jitter only: fixed for identical files
    for k, (model, experiment) in enumerate(series):
        part = table[(table[MODEL_COLUMN] == model) & (table[EXPERIMENT] == experiment)]
        values = part["divergence"].dropna()
        ax.bar(
            k,
            values.mean() if len(values) else 0,
            color=colours[model],
            alpha=0.5,
            hatch="//" if experiment == 1 else None,
        )
        ax.scatter(k + rng.uniform(-0.2, 0.2, len(values)), values, color=colours[model], s=12)
    ax.set_xticks(
        range(len(series)),
        [f"{model}\n{EXPERIMENT_NAMES[experiment]}" for model, experiment in series],
        fontsize=7,
    )
    ax.set_ylim(0, 1)
    ax.set_ylabel("Jensen-Shannon divergence (bits)")
    references = table["reference"].dropna().unique()
    ax.set_title(
        f"{study.name}: {title}" + (f"\n(reference: {references[0]})" if len(references) else ""),
        fontsize=9,
    )
    ax.legend(fontsize=7)
    save(figure, path)


def comparison_table(
    table: pd.DataFrame, path: str | Path, study: Study, title: str = "model comparison"
) -> None:
    """A comparison table drawn as a table: a row per quantity (and experiment), a column
    per model; empty where the quantity is not defined for the model."""
    keyed = table.assign(
        row=[
            q if pd.isna(e) else f"{q} (Exp {int(e)})"
            for q, e in zip(table["quantity"], table[EXPERIMENT], strict=True)
        ]
    )
    wide = keyed.pivot_table(
        index="row", columns=MODEL_COLUMN, values="estimate", aggfunc="first", sort=False
    )
    wide = wide.reindex(index=list(dict.fromkeys(keyed["row"])))
    cells = [[_format(v) for v in values] for values in wide.to_numpy()]
    figure, ax = plt.subplots(figsize=(2 + 1.4 * len(wide.columns), 0.32 * len(wide) + 1))
    ax.set_axis_off()
    shown = ax.table(
        cellText=cells,
        rowLabels=list(wide.index),
        colLabels=list(wide.columns),
        loc="center",
        cellLoc="right",
    )
    shown.auto_set_font_size(False)
    shown.set_fontsize(7)
    references = [label for label in table["reference"].dropna().unique() if label]
    subtitle = f"\n(people: {references[0]})" if references else ""
    ax.set_title(f"{study.name}: {title}{subtitle}", fontsize=9)
    save(figure, path)


def _format(value) -> str:
    if pd.isna(value):
        return ""
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _legend(figure, axes) -> None:
    handles, labels = {}, []
    for ax in np.ravel(axes):
        for handle, text in zip(*ax.get_legend_handles_labels(), strict=True):
            handles.setdefault(text, handle)
    labels = list(handles)
    if labels:
        figure.legend(
            [handles[t] for t in labels],
            labels,
            loc="lower center",
            ncol=min(len(labels), 3),
            fontsize=7,
            bbox_to_anchor=(0.5, -0.02 - 0.03 * (len(labels) // 3)),
        )
