"""One analysis of one study, from files to its table: what scripts/analysis.py runs."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .human import ReferenceFormat, read_reference
from .kinds import AnalysisSpec, run_analysis
from .kinds.base import AnalysisInputs, Reference
from .measures import Distribution, Measure
from .outputs import output_schema, tidy, write_output


def read_reference_for(definition: dict, path: str | Path, label: str) -> Reference:
    """The study's human reference (its `human_reference` block) read from `path`."""
    spec = definition["human_reference"]
    block = definition.get("analyses") or {}
    distribution = Distribution.from_definition(
        spec["distribution"], block["distributions"][spec["distribution"]]
    )
    answers = read_reference(path, ReferenceFormat.from_definition(spec), distribution.categories)
    return Reference(answers, spec["distribution"], label)


def analysis_inputs(
    study_id: str,
    study_name: str,
    definition: dict,
    models: list[str],
    tables: dict[int, str | Path],
    reference: Reference | None = None,
    analyses: dict[str, str | Path] | None = None,
    summaries: dict[str, str | Path] | None = None,
    provenance: dict[str, str | Path] | None = None,
) -> AnalysisInputs:
    """Everything an analysis reads, from the run's files: the experiments' all-models
    tables, the other analyses' tables, and per model the structured summary and the
    provenance record (this study's request summaries)."""
    block = definition.get("analyses") or {}
    records = {
        model: json.loads(Path(path).read_text(encoding="utf-8"))["studies"][study_name]
        for model, path in (provenance or {}).items()
    }
    return AnalysisInputs(
        study_id=study_id,
        models=list(models),
        tables={experiment: pd.read_csv(path) for experiment, path in tables.items()},
        measures={
            name: Measure.from_definition(name, spec)
            for name, spec in (block.get("measures") or {}).items()
        },
        distributions={
            name: Distribution.from_definition(name, spec)
            for name, spec in (block.get("distributions") or {}).items()
        },
        trial_id=list(definition["trial_id"]),
        reference=reference,
        analyses={name: pd.read_csv(path) for name, path in (analyses or {}).items()},
        summaries={model: pd.read_csv(path) for model, path in (summaries or {}).items()},
        provenance={model: record["requests"] for model, record in records.items()},
        definition=definition,
    )


def analysis_schema(spec: AnalysisSpec, definition: dict, models: list[str]):
    """The pandera schema of the analysis's table."""
    measures = ((definition.get("analyses") or {}).get("measures")) or {}
    dimensions = {name: list(measure.get("for_each") or {}) for name, measure in measures.items()}
    conditions = spec.conditions(dimensions)
    return output_schema(f"{spec.study}_{spec.name}", spec.columns, conditions, models)


def analysis_table(spec: AnalysisSpec, inputs: AnalysisInputs) -> tuple[pd.DataFrame, object]:
    """The analysis's table and the pandera schema it must pass."""
    schema = analysis_schema(spec, inputs.definition, inputs.models)
    return tidy(run_analysis(spec, inputs), schema, spec.columns), schema


def analyse(spec: AnalysisSpec, inputs: AnalysisInputs, path: str | Path) -> pd.DataFrame:
    """Run the analysis and write its table (validated; whole or not at all)."""
    table, schema = analysis_table(spec, inputs)
    return write_output(table, schema, path)
