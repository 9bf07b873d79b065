"""Analysis kinds: the analyses a study names in its `analyses` block, with parameters.

    analyses:
      measures: {...}        what the analyses read (analysis.measures)
      distributions: {...}
      run:
        <name>: {kind: <kind>, caption: <text>, <parameter>: <value>, ...}

Each entry writes results/all/analysis/<study>_<name>.csv. A kind is a function of this
package, generic over studies: the conditions, the planned comparisons, the chance rate
and the cells to test are the study's parameters. docs/analyses.md describes every kind,
its parameters, its columns and the R call it matches.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ...errors import WorkflowError
from ..measures import EXPERIMENTS
from .base import AnalysisInputs, comparison_conditions


def _conditions(parameters: dict, dimensions: dict) -> list[str]:
    return list(parameters.get("conditions", []))


def _none(parameters: dict, dimensions: dict) -> list[str]:
    return []


@dataclass(frozen=True)
class Kind:
    """A kind's module of this package holds its function, named like the kind, and its
    columns, <KIND>_COLUMNS (imported when it runs: planning needs no statistics)."""

    module: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    # The condition columns of the table: (parameters, measure -> its variables) -> columns.
    conditions: Callable[[dict, dict], list[str]] = _conditions
    needs_reference: bool = False
    # Reads the human reference, where one is configured for its distribution.
    may_use_reference: bool = False
    both_experiments: bool = False  # compares the two experiments: needs both tables
    # Parameters that name other analyses, whose tables it reads (the comparison).
    reads_analyses: tuple[str, ...] = ()
    # Reads each model's structured summary and provenance record (the comparison).
    reads_records: bool = False

    def function(self, name: str) -> Callable[..., list[dict]]:
        return getattr(importlib.import_module(f"{__name__}.{self.module}"), name)

    def columns(self, name: str) -> dict[str, str]:
        """The kind's own columns (analysis.outputs types)."""
        return getattr(
            importlib.import_module(f"{__name__}.{self.module}"), f"{name.upper()}_COLUMNS"
        )


def _with_dimensions(parameters: dict, dimensions: dict) -> list[str]:
    return list(parameters["conditions"]) + dimensions.get(parameters["measure"], [])


KINDS = {
    "means": Kind("descriptive", ("measure", "conditions"), ("where",), _with_dimensions),
    "proportions": Kind("descriptive", ("distribution", "conditions"), may_use_reference=True),
    "anova": Kind("fits", ("measure", "factors"), ("where",), _none),
    "paired_t": Kind(
        "hypotheses",
        ("measure", "comparisons"),
        conditions=lambda parameters, dimensions: comparison_conditions(parameters["comparisons"]),
    ),
    "binomial": Kind(
        "hypotheses",
        ("distribution", "chance", "tests"),
        conditions=lambda parameters, dimensions: comparison_conditions(parameters["tests"]),
    ),
    "logistic": Kind("fits", ("measure", "factors"), ("levels",), _none),
    "human_divergence": Kind(
        "agreement",
        ("distribution", "conditions"),
        ("bootstrap", "split_halves", "seed"),
        needs_reference=True,
    ),
    "distribution_agreement": Kind(
        "agreement", ("distribution", "conditions"), ("bootstrap", "seed"), both_experiments=True
    ),
    "measure_correlation": Kind(
        "agreement", ("measure", "conditions"), ("bootstrap", "seed"), both_experiments=True
    ),
    "comparison": Kind(
        "comparison",
        (),
        ("divergence", "agreement", "entropy"),
        _none,
        reads_analyses=("divergence", "agreement"),
        reads_records=True,
    ),
}


@dataclass(frozen=True)
class AnalysisSpec:
    study: str  # the config's key
    name: str  # results/all/analysis/<study>_<name>.csv
    kind: str
    caption: str
    parameters: dict = field(default_factory=dict)
    # The other analyses whose tables it reads (those of them this run plans).
    reads: tuple[str, ...] = ()
    reads_reference: bool = False  # reads the human reference file
    # Built from the human reference, directly or through an analysis it reads.
    uses_reference: bool = False

    @property
    def definition(self) -> Kind:
        return KINDS[self.kind]

    def conditions(self, dimensions: dict) -> list[str]:
        return self.definition.conditions(self.parameters, dimensions)

    @property
    def columns(self) -> dict[str, str]:
        return self.definition.columns(self.kind)


def _checked(name: str, entry: dict, what: str) -> Kind:
    kind = KINDS.get(entry.get("kind"))
    if kind is None:
        known = ", ".join(KINDS)
        raise WorkflowError(f"{what} has kind {entry.get('kind')!r}; the kinds are {known}")
    parameters = [key for key in entry if key not in ("kind", "caption")]
    missing = [p for p in kind.required if p not in parameters]
    unknown = [p for p in parameters if p not in kind.required + kind.optional]
    if missing or unknown:
        raise WorkflowError(
            f"{what}: kind {entry['kind']} needs {', '.join(kind.required) or 'nothing'}"
            f" and may have {', '.join(kind.optional) or 'nothing else'}"
            f" (missing: {', '.join(missing) or 'none'}; unknown: {', '.join(unknown) or 'none'})"
        )
    return kind


def analysis_specs(
    study: str, definition: dict, stages: list[str], has_reference: bool, where: str
) -> list[AnalysisSpec]:
    """The analyses of one study this run plans: those whose tables the study's planned
    stages give (both experiments' for a kind that compares them), and that have the human
    reference where they need it. WorkflowError naming `where` for an unknown kind or
    parameter."""
    entries = ((definition.get("analyses") or {}).get("run")) or {}
    experiments = [e for e, stage in EXPERIMENTS.items() if stage in stages]
    reference = (definition.get("human_reference") or {}).get("distribution")
    planned = {}
    for name, entry in entries.items():
        kind = _checked(name, entry, f"{where}: analysis {name!r}")
        if not experiments or (kind.both_experiments and len(experiments) < 2):
            continue
        if kind.needs_reference and not has_reference:
            continue
        planned[name] = (entry, kind)
    direct = {
        name: has_reference
        and (
            kind.needs_reference
            or (kind.may_use_reference and entry.get("distribution") == reference)
        )
        for name, (entry, kind) in planned.items()
    }
    specs = []
    for name, (entry, kind) in planned.items():
        reads = tuple(entry[key] for key in kind.reads_analyses if entry.get(key) in planned)
        specs.append(
            AnalysisSpec(
                study,
                name,
                entry["kind"],
                entry.get("caption", ""),
                {key: value for key, value in entry.items() if key not in ("kind", "caption")},
                reads,
                direct[name],
                direct[name] or any(direct[read] for read in reads),
            )
        )
    return specs


def run_analysis(spec: AnalysisSpec, inputs: AnalysisInputs) -> list[dict]:
    return spec.definition.function(spec.kind)(inputs, spec.name, **spec.parameters)
