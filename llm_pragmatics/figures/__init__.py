"""The report's figures, drawn from the all-models tables (results/all/<study>_<stage>.csv)
and the analyses' tables (results/all/analysis/<study>_<analysis>.csv).

A figure is a kind (a drawing function of this package, generic over the study) with
parameters and a caption. A study's `figures:` block names kinds and gives their parameters
(docs/studies.md lists them; a kind drawn from an analysis names it with `analysis`); every
study also gets the stage figures below. Every figure puts the models side by side, so that
a reader compares them on one page.

Declaring the kinds here, apart from their modules, keeps matplotlib out of the workflow's
parsing: it is imported when a figure is drawn.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import WorkflowError
from ..questions import ProbabilityDesign
from ..schemas import MODEL_COLUMN
from ..studies import Study

# The `stage` of kinds drawn from an analysis's table (the one their `analysis` names).
ANALYSIS = "analysis"


@dataclass(frozen=True)
class Kind:
    module: str  # of this package; its function named like the kind draws it
    stage: str  # the stage whose all-models table it reads, or ANALYSIS
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()  # the parameters that name input columns
    reads: tuple[str, ...] = ()  # the stage's own columns it draws (all of a design's if ())


KINDS = {
    "option_heatmaps": Kind(
        "distributions",
        "probabilities",
        required=("option_set", "conditions"),
        optional=("question_label", "axis_label", "condition_label", "title"),
        columns=("conditions",),
    ),
    "expected_value": Kind(
        "distributions",
        "probabilities",
        required=("option_set", "value_variable", "conditions"),
        optional=("condition_label", "x_label", "y_label", "title"),
        columns=("conditions",),
    ),
    "option_bars": Kind(
        "distributions",
        "probabilities",
        required=("question",),
        optional=("rows", "row_order", "columns", "panel_label", "option_label", "title"),
        columns=("rows", "columns"),
    ),
    "throughput": Kind(
        "stages", "raw", reads=("response_timestamp", "processing_time_ms", "completion_tokens")
    ),
    "extraction": Kind(
        "stages",
        "structured",
        reads=(
            "extraction_method",
            "extraction_confidence",
            "extraction_errors",
            "format_followed",
            "finish_reason",
        ),
    ),
    "means_panels": Kind(
        "analysis",
        ANALYSIS,
        required=("analysis", "x"),
        optional=(
            "rows",
            "columns",
            "row_order",
            "panel_label",
            "x_label",
            "y_label",
            "title",
        ),
        columns=("rows", "columns"),
    ),
    "proportions_panels": Kind(
        "analysis",
        ANALYSIS,
        required=("analysis", "groups"),
        optional=("rows", "columns", "row_order", "panel_label", "category_label", "title"),
        columns=("rows", "columns"),
    ),
    "divergence_from_people": Kind("analysis", ANALYSIS, ("analysis",), ("title",)),
    "comparison_table": Kind("analysis", ANALYSIS, ("analysis",), ("title",)),
}


@dataclass(frozen=True)
class FigureSpec:
    study: str  # the config's key
    name: str  # results/all/figures/<study>_<name>.svg (analysis/figures/ for analyses')
    kind: str
    stage: str
    caption: str
    parameters: dict = field(default_factory=dict)
    analysis: str | None = None  # the analysis whose table it is drawn from


# Figures every study gets from a stage's all-models table: name -> caption.
STAGE_FIGURES = {
    "raw": {
        "throughput": (
            "Raw stage. Each model's throughput on this study's free-text answers: requests "
            "per second and generated tokens per second over the stage's wall time (from the "
            "first request's start, ``response_timestamp`` minus ``processing_time_ms``, to "
            "the last reply), and completed requests over time. Answers replayed from the "
            "journal keep their original timestamps."
        )
    },
    "structured": {
        "extraction": (
            "Structured stage. Format compliance per model: the share of its answers that "
            "followed the requested format (every field read where and as the prompt asks, "
            "``format_followed``), that needed the extraction model for a field the parser "
            "did not find, that are incomplete (a field empty, named in ``extraction_errors``) "
            "and that were cut off at the token limit (``finish_reason`` length); and the "
            "distribution of ``extraction_confidence`` (0.9 or more: every field read from a "
            "labelled or asked-for form)."
        )
    },
}

STAGE_FIGURE_NAMES = [name for figures in STAGE_FIGURES.values() for name in figures]


def figure_specs(
    studies: dict[str, Study], stages: list[str], analyses: dict[str, list[str]] | None = None
) -> list[FigureSpec]:
    """Every figure the config draws: each study's own, then its stage figures, for the
    stages planned for it; a figure of an analysis where the analysis is planned
    (`analyses`: study -> its planned analyses). WorkflowError naming the study's file for
    an unknown kind, parameter or analysis."""
    specs = []
    for name, study in studies.items():
        planned = study.planned_stages(stages)
        planned_analyses = (analyses or {}).get(name, [])
        for figure, entry in study.figures.items():
            where = f"{study.definition_file}: figure {figure!r}"
            kind = KINDS.get(entry["kind"])
            if kind is None:
                raise WorkflowError(
                    f"{where} has kind {entry['kind']!r}; the kinds are {', '.join(KINDS)}"
                )
            if figure in STAGE_FIGURE_NAMES or entry["kind"] in STAGE_FIGURE_NAMES:
                raise WorkflowError(
                    f"{where}: {', '.join(STAGE_FIGURE_NAMES)} are drawn for every study; "
                    "a study's own figure has another name and kind"
                )
            parameters = {k: v for k, v in entry.items() if k not in ("kind", "caption")}
            _check_parameters(where, entry["kind"], kind, parameters, study)
            analysis = parameters.pop("analysis", None)
            if kind.stage in planned or analysis in planned_analyses:
                specs.append(
                    FigureSpec(
                        name,
                        figure,
                        entry["kind"],
                        kind.stage,
                        entry["caption"],
                        parameters,
                        analysis,
                    )
                )
        for stage in planned:
            for figure, caption in STAGE_FIGURES.get(stage, {}).items():
                specs.append(FigureSpec(name, figure, figure, stage, caption))
    return specs


def _check_parameters(where: str, name: str, kind: Kind, parameters: dict, study: Study) -> None:
    missing = [p for p in kind.required if p not in parameters]
    unknown = [p for p in parameters if p not in kind.required + kind.optional]
    problems = [f"{p!r} is missing" for p in missing]
    problems += [f"{p!r} is not a parameter" for p in unknown]
    for parameter in kind.columns:
        named = parameters.get(parameter) or []
        for column in [named] if isinstance(named, str) else named:
            if column not in study.output_input_columns:
                problems.append(f"{parameter}: {column!r} is not a column of the input")
    analyses = (study.definition.get("analyses") or {}).get("run") or {}
    if "analysis" in parameters and parameters["analysis"] not in analyses:
        problems.append(f"analysis: {parameters['analysis']!r} is not an analysis of the study")
    if problems:
        accepted = ", ".join(kind.required + kind.optional)
        raise WorkflowError(f"{where} ({name}): {'; '.join(problems)} (parameters: {accepted})")


def read_figure_table(kind: str, parameters: dict, study: Study, path: str | Path) -> pd.DataFrame:
    """The columns of an all-models table that the figure draws: the model, the input
    columns its parameters name, and the stage's columns it reads (every output column of
    the study's probability design for a probabilities kind). The stories and answers the
    tables repeat for every model stay on disk, so a figure job's memory does not grow
    with them. An analysis's table is read whole (it is small)."""
    declared = KINDS[kind]
    if declared.stage == ANALYSIS:
        return pd.read_csv(path, dtype={MODEL_COLUMN: str}, encoding="utf-8")
    wanted = {MODEL_COLUMN, *declared.reads}
    for parameter in declared.columns:
        named = parameters.get(parameter) or []
        wanted.update([named] if isinstance(named, str) else named)
    if declared.stage == "probabilities":
        wanted.update(ProbabilityDesign.of(study).output_columns)
    return pd.read_csv(
        path, usecols=lambda column: column in wanted, dtype={MODEL_COLUMN: str}, encoding="utf-8"
    )


def draw(kind: str, table: pd.DataFrame, path: str | Path, study: Study, parameters: dict) -> None:
    """Draw a figure of `kind` from an all-models table into `path` (SVG or PNG)."""
    module = importlib.import_module(f"{__name__}.{KINDS[kind].module}")
    getattr(module, kind)(table, path, study, **parameters)
