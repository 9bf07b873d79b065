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

from collections.abc import Callable
from dataclasses import dataclass, field

from ...errors import WorkflowError
from ..measures import EXPERIMENTS
from .agreement import (
    AGREEMENT_COLUMNS,
    CORRELATION_COLUMNS,
    HUMAN_DIVERGENCE_COLUMNS,
    distribution_agreement,
    human_divergence,
    measure_correlation,
)
from .base import AnalysisInputs
from .comparison import COMPARISON_COLUMNS, comparison
from .descriptive import MEANS_COLUMNS, PROPORTIONS_COLUMNS, means, proportions
from .fits import ANOVA_COLUMNS, LOGISTIC_COLUMNS, anova, logistic
from .hypotheses import (
    BINOMIAL_COLUMNS,
    PAIRED_T_COLUMNS,
    binomial,
    comparison_conditions,
    paired_t,
)


@dataclass(frozen=True)
class Kind:
    run: Callable[..., list[dict]]  # (inputs, name, **parameters) -> rows
    columns: dict[str, str]  # the kind's own columns (analysis.outputs types)
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    # The condition columns of the table: parameters, measure variables -> columns.
    conditions: Callable[[dict, dict], list[str]] = lambda parameters, dimensions: list(
        parameters.get("conditions", [])
    )
    needs_reference: bool = False
    both_experiments: bool = False  # compares the two experiments: needs both tables
    # Parameters that name other analyses, whose tables it reads (the comparison).
    reads_analyses: tuple[str, ...] = ()


def _with_dimensions(parameters: dict, dimensions: dict) -> list[str]:
    return list(parameters["conditions"]) + dimensions.get(parameters["measure"], [])


KINDS = {
    "means": Kind(means, MEANS_COLUMNS, ("measure", "conditions"), ("where",), _with_dimensions),
    "proportions": Kind(proportions, PROPORTIONS_COLUMNS, ("distribution", "conditions")),
    "anova": Kind(
        anova,
        ANOVA_COLUMNS,
        ("measure", "factors"),
        ("where",),
        lambda parameters, dimensions: [],
    ),
    "paired_t": Kind(
        paired_t,
        PAIRED_T_COLUMNS,
        ("measure", "comparisons"),
        conditions=lambda parameters, dimensions: comparison_conditions(parameters["comparisons"]),
    ),
    "binomial": Kind(
        binomial,
        BINOMIAL_COLUMNS,
        ("distribution", "chance", "tests"),
        conditions=lambda parameters, dimensions: comparison_conditions(parameters["tests"]),
    ),
    "logistic": Kind(
        logistic,
        LOGISTIC_COLUMNS,
        ("measure", "factors"),
        ("levels",),
        lambda parameters, dimensions: [],
    ),
    "human_divergence": Kind(
        human_divergence,
        HUMAN_DIVERGENCE_COLUMNS,
        ("distribution", "conditions"),
        ("bootstrap", "split_halves", "seed"),
        needs_reference=True,
    ),
    "distribution_agreement": Kind(
        distribution_agreement,
        AGREEMENT_COLUMNS,
        ("distribution", "conditions"),
        ("bootstrap", "seed"),
        both_experiments=True,
    ),
    "measure_correlation": Kind(
        measure_correlation,
        CORRELATION_COLUMNS,
        ("measure", "conditions"),
        ("bootstrap", "seed"),
        both_experiments=True,
    ),
    "comparison": Kind(
        comparison,
        COMPARISON_COLUMNS,
        (),
        ("divergence", "agreement", "entropy"),
        lambda parameters, dimensions: [],
        reads_analyses=("divergence", "agreement"),
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

    @property
    def definition(self) -> Kind:
        return KINDS[self.kind]

    def conditions(self, dimensions: dict) -> list[str]:
        return self.definition.conditions(self.parameters, dimensions)


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
    """The analyses of one study this run plans: those whose tables the configured stages
    give (both experiments' for a kind that compares them), and that have the human
    reference where they need it. WorkflowError naming `where` for an unknown kind or
    parameter."""
    entries = ((definition.get("analyses") or {}).get("run")) or {}
    experiments = [e for e, stage in EXPERIMENTS.items() if stage in stages]
    planned = {}
    for name, entry in entries.items():
        kind = _checked(name, entry, f"{where}: analysis {name!r}")
        if not experiments or (kind.both_experiments and len(experiments) < 2):
            continue
        if kind.needs_reference and not has_reference:
            continue
        planned[name] = (entry, kind)
    return [
        AnalysisSpec(
            study,
            name,
            entry["kind"],
            entry.get("caption", ""),
            {key: value for key, value in entry.items() if key not in ("kind", "caption")},
            tuple(entry[key] for key in kind.reads_analyses if entry.get(key) in planned),
        )
        for name, (entry, kind) in planned.items()
    ]


def run_analysis(spec: AnalysisSpec, inputs: AnalysisInputs) -> list[dict]:
    return spec.definition.run(inputs, spec.name, **spec.parameters)
