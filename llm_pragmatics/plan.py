"""The plan of a run: pods, requests per model and stage, and the GPU hours they take.

A dry run prints it; `make plan` (`python -m llm_pragmatics.plan`) prints it for any inputs
without Snakemake, a cluster, storage or credentials.

Requests are counted from the inputs and the study definitions, as the stages will send
them, for the stages each study defines: one answer per row and replicate (raw), one option
sequence per option of every question (probabilities), and at most one extraction per answer
(structured). Hours come
from the catalog's `serve.throughput` (requests per second by stage), times the model's
GPUs. Server start-up and weight loading are not counted.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .config import Model, load_yaml
from .errors import WorkflowError
from .questions import ProbabilityDesign
from .studies import Study, input_file, load_studies

# Stages answered by the model under study; `structured` goes to the extraction model.
MODEL_STAGES = ("raw", "probabilities")


@dataclass
class StageLoad:
    stage: str
    requests: int | None  # None: an input is not on this machine
    per_second: float | None  # None: the catalog gives no throughput for the stage

    @property
    def hours(self) -> float | None:
        if self.requests is None or self.per_second is None:
            return None
        return self.requests / self.per_second / 3600


@dataclass
class GroupPlan:
    """One job group: one pod on the cluster, with the model's server beside its jobs."""

    group: str
    model: Model
    loads: list[StageLoad] = field(default_factory=list)

    @property
    def gpus(self) -> int:
        return self.model.server_resources["gpus"]

    @property
    def hours(self) -> float | None:
        hours = [load.hours for load in self.loads]
        return None if None in hours else sum(hours)

    @property
    def gpu_hours(self) -> float | None:
        return None if self.hours is None else self.hours * self.gpus


def input_rows(path: str | Path) -> int | None:
    """Data rows of a CSV on this machine (None if it is not here, e.g. only in storage).
    Rows of empty cells are not counted: the gate skips them or refuses the file."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            records = sum(1 for record in csv.reader(handle) if any(c.strip() for c in record))
    except OSError:
        return None
    return max(records - 1, 0)


def options_per_row(study: Study) -> int:
    """Option sequences scored for one input row: every option of every question."""
    design = ProbabilityDesign.of(study)
    return sum(len(question.options) for question in design.questions)


def requests_per_model(config: dict, studies: dict[str, Study]) -> dict[str, int | None]:
    """Requests each stage sends for one model over every study that defines it (None if
    an input is not on this machine); `structured` counts one model's answers."""
    counts = dict.fromkeys(("raw", "probabilities", "structured"), 0)
    for name, study in studies.items():
        planned = study.planned_stages(config["stages"])
        if not planned:
            continue
        rows = input_rows(input_file(config, name))
        if rows is None:
            return dict.fromkeys(counts)
        answers = rows * config["sampling"].get("replicates", 1)
        # The structured stage reads the raw answers, which it builds when they are not.
        if {"raw", "structured"} & set(planned):
            counts["raw"] += answers
        if "structured" in planned:
            counts["structured"] += answers
        if "probabilities" in planned:
            counts["probabilities"] += rows * options_per_row(study)
    return counts


def build_plan(config: dict, catalog: dict, studies: dict[str, Study]) -> list[GroupPlan]:
    """The job groups the config's stages need, with the load of each."""
    plans = []
    requests = requests_per_model(config, studies)
    model_stages = [stage for stage in MODEL_STAGES if stage in config["stages"]]
    if "structured" in config["stages"] and "raw" not in model_stages:
        model_stages.insert(0, "raw")  # the structured stage's input
    for key in config["models"]:
        model = Model.from_catalog(catalog, key)
        if not model.self_hosted or not model_stages:
            continue
        plan = GroupPlan(f"model_{key}", model)
        for stage in model_stages:
            rate = model.serve.get("throughput", {}).get(stage)
            plan.loads.append(StageLoad(stage, requests[stage], rate))
        plans.append(plan)
    if "structured" in config["stages"]:
        model = Model.from_catalog(catalog, config["extraction"]["model"])
        if model.self_hosted:
            answers = requests["structured"]
            # One extraction server reads every model's answers.
            every_models = None if answers is None else answers * len(config["models"])
            rate = model.serve.get("throughput", {}).get("structured")
            plan = GroupPlan(f"extraction_{model.key}", model)
            plan.loads.append(StageLoad("structured", every_models, rate))
            plans.append(plan)
    return plans


def _number(value: float | None, digits: int = 1) -> str:
    return "?" if value is None else f"{value:,.{digits}f}"


def format_plan(plans: list[GroupPlan]) -> str:
    gpu_pods = [plan for plan in plans if plan.gpus]
    lines = [
        "Plan: one pod per model group, its vLLM server beside the jobs that query it.",
        f"  {len(gpu_pods)} GPU pod(s), {len(plans) - len(gpu_pods)} CPU-only model pod(s), "
        "for the whole configured work (a dry run's job table counts the groups that will "
        "run: serve_model, serve_extraction_model).",
        f"  {'group':<40} {'GPUs':>4} {'stage':<13} {'requests':>9} {'req/s':>7} "
        f"{'hours':>7} {'GPU hours':>9}",
    ]
    for plan in plans:
        for load in plan.loads:
            gpu_hours = None if load.hours is None else load.hours * plan.gpus
            lines.append(
                f"  {plan.group:<40} {plan.gpus:>4} {load.stage:<13} "
                f"{_number(load.requests, 0):>9} {_number(load.per_second, 1):>7} "
                f"{_number(load.hours, 2):>7} {_number(gpu_hours, 2):>9}"
            )
        lines.append(
            f"  {'':<40} {'':>4} {'= all stages':<13} {'':>9} {'':>7} "
            f"{_number(plan.hours, 2):>7} {_number(plan.gpu_hours, 2):>9}"
        )
    totals = [plan.gpu_hours for plan in gpu_pods]
    total = None if None in totals else sum(totals)
    lines += [
        f"  total: {_number(total, 2)} GPU hours. Not counted: server start-up and weight loading.",
        "  structured: at most one request per answer (the parser reads most answers "
        "without the model). '?': an input is not on this machine, or the catalog gives no "
        "serve.throughput for the stage.",
    ]
    return "\n".join(lines)


# --- `make plan`: the plan without Snakemake, a cluster, storage or credentials -------------


def load_run_config(configfiles: list[str], inputs: dict[str, str], root: str | Path = ".") -> dict:
    """The workflow's config/config.yaml (the workflow is at `root`) extended by
    `configfiles` (as Snakemake's --configfile does) and `inputs`, checked against the
    config's schema (which fills in its defaults)."""
    from snakemake.utils import update_config, validate

    config = load_yaml(Path(root, "config", "config.yaml"))
    for path in configfiles:
        update_config(config, load_yaml(path))
    config["inputs"] = {**(config.get("inputs") or {}), **inputs}
    validate(config, str(Path(root, "config", "schema", "config.schema.yaml").resolve()))
    return config


def main(argv: list[str] | None = None) -> int:
    from snakemake.exceptions import WorkflowError as SnakemakeError
    from snakemake.utils import validate

    from .inputs import read_study_input
    from .schemas import stage_column_names

    parser = argparse.ArgumentParser(
        prog="python -m llm_pragmatics.plan",
        description="Print the requests, hours and GPU hours per model of a run's "
        "configuration on the given inputs: no cluster, storage or credentials needed.",
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="STUDY=CSV", help="an input per study (default: config)"
    )
    parser.add_argument(
        "--configfile", action="append", default=[], help="config files extending config.yaml"
    )
    args = parser.parse_args(argv)
    try:
        pairs = dict(_study_and_path(item) for item in args.inputs)
        config = load_run_config(args.configfile, pairs)
        catalog = load_yaml(config["catalog"])
        validate(catalog, str(Path("config/schema/models.schema.yaml").resolve()))
        studies = load_studies(config)  # an input naming no configured study is refused
        lines = []
        for name, study in studies.items():
            # The gate's own check: a file the run would refuse is refused here.
            path = input_file(config, name)
            frame = read_study_input(study, path, stage_column_names(study))
            lines.append(f"  {name}: {len(frame):,} rows ({path})")
        print("Inputs:\n" + "\n".join(lines))
        print(format_plan(build_plan(config, catalog, studies)))
    except (WorkflowError, SnakemakeError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


def _study_and_path(item: str) -> tuple[str, str]:
    study, sep, path = item.partition("=")
    if not sep or not study or not path:
        raise WorkflowError(f"{item!r}: give each input as STUDY=CSV, e.g. study1=/data/s1.csv")
    return study, path


if __name__ == "__main__":
    sys.exit(main())
