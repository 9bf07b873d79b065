"""Which analyses a run makes, and with which human reference."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import WorkflowError
from ..studies import Study
from .kinds import AnalysisSpec, analysis_specs

# A study folder's own example of a human reference file, used when the config names none.
HUMAN_EXAMPLE = "human_example.csv"
EXAMPLE_LABEL = "example data (synthetic, not people)"


@dataclass(frozen=True)
class ReferenceFile:
    path: str
    label: str  # what the file is; every table, figure and caption built from it says it


def reference_file(config: dict, name: str, study: Study) -> ReferenceFile | None:
    """The human reference of the study under config key `name`: the config's
    `human_reference` entry, else the study folder's example, else none. Only a study that
    says how to read one (its `human_reference` block) has one."""
    entry = (config.get("human_reference") or {}).get(name)
    if "human_reference" not in study.definition:
        if entry:
            raise WorkflowError(
                f"human_reference names a file for {name}, but {study.definition_file} has no "
                "human_reference block saying how to read it"
            )
        return None
    if entry:
        return ReferenceFile(entry["file"], entry["label"])
    example = study.folder / HUMAN_EXAMPLE
    return ReferenceFile(str(example), EXAMPLE_LABEL) if example.is_file() else None


def analysis_plan(studies: dict[str, Study], config: dict) -> list[AnalysisSpec]:
    """Every analysis of every study that this config runs (see kinds.analysis_specs)."""
    unknown = sorted(set(config.get("human_reference") or {}) - set(studies))
    if unknown:
        raise WorkflowError(
            f"human_reference names {', '.join(map(repr, unknown))}, which is not a configured "
            f"study (studies: {', '.join(studies)})"
        )
    specs = []
    for name, study in studies.items():
        reference = reference_file(config, name, study)
        specs += analysis_specs(
            name,
            study.definition,
            study.planned_stages(config["stages"]),
            reference is not None,
            str(study.definition_file),
        )
    return specs
