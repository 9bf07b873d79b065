"""How the workflow's cost grows with its inputs: the whole workflow at fractions of full size.

For each fraction (default 10%, 25%, 50%, 100%) of every study's input, the workflow runs
from scratch in its own folder (`snakemake all` with the local profile, then
`snakemake --report report.html`), and this prints, per stage:

- requests sent (from the stage's journals) and the distinct prompts among them;
- wall time (the stage jobs' first to last log line, waiting for the server included) and
  requests per second (over the span of the journalled requests);
- peak memory (RSS) of the stage's jobs together, and of the model servers, sampled from
  the process tree every half second;
- journal size and output size;

then the report jobs' peak memory, the report's build time and size, the servers' start-up
times and the CPU others used meanwhile (the machine may be shared); and how each figure
grows: its ratio to the first fraction's beside the ratio of the rows, flagged where it
grows faster than linearly with the rows.

Inputs: the given CSVs (`--inputs study1=PATH ...`), or, where none are given, files of the
studies' shape generated from their example inputs (`--rows` rows each, the real inputs'
sizes by default): the example rows repeated, with trial ids made unique and the longest
free-text column marked per copy so that every prompt is distinct, as real prompts are.
Each fraction is a sample of the rows, in input order.

    .venv/bin/python bench/scale.py [--inputs study1=PATH study2=PATH] [--fractions 0.1,0.25]
        [--configfile FILE ...] [--base-url URL]

The tables are also written to scale.txt in the runs' folder. `--base-url` sends every
request to a vLLM server already running there (its memory is sampled from the process that
listens on its port) instead of the workflow's own servers: cheaper for a test, but the
server's cache then carries over from one fraction to the next.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import psutil
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llm_pragmatics.config import load_yaml  # noqa: E402
from llm_pragmatics.plan import load_run_config  # noqa: E402
from llm_pragmatics.studies import Study, input_file, load_studies  # noqa: E402

WORKFLOW_FILES = ["Snakefile", "rules", "scripts", "config", "envs", "profiles", "report"]
# The real inputs' sizes (the default when inputs are generated).
FULL_SIZE_ROWS = {"study1": 300, "study2": 2424}
DEFAULT_FRACTIONS = [0.1, 0.25, 0.5, 1.0]
# The rule script of each stage that asks a model, and of the report's own jobs.
STAGE_SCRIPTS = {"raw": "raw_answers", "probabilities": "probabilities", "structured": "structured"}
REPORT_SCRIPTS = ["merge_models", "figure", "provenance"]
SERVER_MARKER = "llm_pragmatics.server"
SCRIPT_PATTERN = re.compile(r"\.snakemake/scripts/tmp[^/]*?\.(\w+)\.py")
SAMPLE_SECONDS = 0.5
# A figure that grows with the rows at more than rows^FLAG_EXPONENT is flagged, once the
# rows have grown enough for the exponent to mean something.
FLAG_EXPONENT = 1.2
FLAG_MIN_ROWS_RATIO = 1.5
MB = 1e6


# --- inputs ---------------------------------------------------------------------------------


def read_csv_text(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def write_csv_text(frame: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return path


def generate_rows(study: Study, examples: pd.DataFrame, rows: int) -> pd.DataFrame:
    """`rows` rows of the study's shape: the example rows repeated, each copy with its own
    trial ids and its longest free-text column marked, so that prompts stay distinct."""
    if rows <= 0 or examples.empty:
        raise ValueError("need at least one example row and one row to generate")
    numeric_ids = [c for c in study.trial_id if study.columns[c]["type"] == "int"]
    sources = {d["from"] for d in study.derived.values()}
    free_text = [
        name
        for name, spec in study.columns.items()
        if spec["type"] == "str"
        and "allowed" not in spec
        and name not in sources
        and name not in study.trial_id
    ]
    marked = max(free_text, key=lambda c: examples[c].str.len().mean()) if free_text else None
    copies = []
    for copy in range(math.ceil(rows / len(examples))):
        part = examples.copy()
        if copy:
            if numeric_ids:
                column = numeric_ids[0]
                span = int(examples[column].astype(int).max()) + 1
                part[column] = (examples[column].astype(int) + copy * span).astype(str)
            else:
                part[study.trial_id[0]] = examples[study.trial_id[0]] + f"-{copy}"
            if marked:
                part[marked] = examples[marked] + f" ({copy + 1})"
        copies.append(part)
    return pd.concat(copies, ignore_index=True).head(rows)


def sample_rows(frame: pd.DataFrame, fraction: float) -> pd.DataFrame:
    """A fraction of the rows (at least one), drawn with a fixed seed, in input order."""
    count = max(1, round(fraction * len(frame)))
    return frame.sample(n=count, random_state=0).sort_index()


# --- watching a run -------------------------------------------------------------------------


@dataclass
class Peaks:
    """Peak RSS per kind of process: each model server, each rule script, Snakemake."""

    totals: dict[str, float] = field(default_factory=dict)  # kind -> peak of the kind's sum
    single: dict[str, float] = field(default_factory=dict)  # kind -> peak of one process

    def record(self, sample: dict[str, list[float]]) -> None:
        for kind, sizes in sample.items():
            self.totals[kind] = max(self.totals.get(kind, 0.0), sum(sizes))
            self.single[kind] = max(self.single.get(kind, 0.0), max(sizes))


def process_kind(process: psutil.Process, tree: dict[int, psutil.Process]) -> str:
    """'server' for a model server and everything it started, the script's name for a rule
    script, else 'snakemake'."""
    current: psutil.Process | None = process
    while current is not None:
        try:
            if SERVER_MARKER in " ".join(current.cmdline()):
                return "server"
        except psutil.Error:
            return "snakemake"
        parent = current.ppid()
        current = tree.get(parent)
    try:
        found = SCRIPT_PATTERN.search(" ".join(process.cmdline()))
    except psutil.Error:
        return "snakemake"
    return found.group(1) if found else "snakemake"


def sample_tree(root: int, external: int | None) -> dict[str, list[float]]:
    sample: dict[str, list[float]] = {}
    roots = [(root, None), (external, "server")] if external else [(root, None)]
    for pid, forced in roots:
        try:
            top = psutil.Process(pid)
            processes = [top, *top.children(recursive=True)]
        except psutil.Error:
            continue
        tree = {p.pid: p for p in processes}
        for process in processes:
            try:
                rss = process.memory_info().rss
            except psutil.Error:
                continue
            kind = forced or process_kind(process, tree)
            sample.setdefault(kind, []).append(rss / MB)
    return sample


@dataclass
class Run:
    seconds: float
    returncode: int
    peaks: Peaks
    own_cpu_seconds: float
    others_cores: float  # CPU others used meanwhile, in cores


def run_watched(command: list[str], cwd: Path, log: Path, external: int | None) -> Run:
    """Run a command, sampling its process tree's memory until it ends."""
    peaks = Peaks()
    busy_before = _busy_seconds()
    own_before = _children_cpu_seconds()
    started = time.monotonic()
    with open(log, "w", encoding="utf-8") as output:
        process = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        done = threading.Event()

        def watch():
            while not done.is_set():
                peaks.record(sample_tree(process.pid, external))
                done.wait(SAMPLE_SECONDS)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        returncode = process.wait()
        done.set()
        watcher.join()
    seconds = time.monotonic() - started
    own = _children_cpu_seconds() - own_before
    others = max(0.0, _busy_seconds() - busy_before - own)
    return Run(seconds, returncode, peaks, own, others / seconds if seconds > 0 else 0.0)


def _busy_seconds() -> float:
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def _children_cpu_seconds() -> float:
    # Every process of the run is waited for by its parent, so its CPU ends up here.
    times = os.times()
    return times.children_user + times.children_system


def listening_pid(base_url: str) -> int | None:
    """The process that listens on the URL's port (the external server), if it is here."""
    port = urlparse(base_url).port
    for connection in psutil.net_connections(kind="tcp"):
        if connection.status == psutil.CONN_LISTEN and connection.laddr.port == port:
            return connection.pid
    return None


# --- what a run left behind -----------------------------------------------------------------


@dataclass
class StageFigures:
    requests: int = 0
    unique_prompts: int = 0
    wall_seconds: float = 0.0
    requests_per_second: float | None = None
    client_mb: float = 0.0
    journal_mb: float = 0.0
    output_mb: float = 0.0


def journal_figures(paths: list[Path]) -> tuple[int, int, float | None, float]:
    """Requests, distinct prompts, the span of the requests in seconds, and bytes."""
    requests, prompts, starts, ends, size = 0, set(), [], [], 0
    for path in paths:
        size += sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            for request, completed_at, elapsed_ms in db.execute(
                "SELECT request, completed_at, elapsed_ms FROM completed"
            ):
                requests += 1
                body = json.loads(request)
                prompts.add(json.dumps(body.get("messages", body.get("prompt")), sort_keys=True))
                end = datetime.fromisoformat(completed_at).timestamp()
                ends.append(end)
                starts.append(end - elapsed_ms / 1000)
    span = max(ends) - min(starts) if ends else None
    return requests, len(prompts), span, size


LOG_TIME = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d) ", re.M)


def log_span(paths: list[Path]) -> float:
    """Seconds from the first to the last timestamped line of the logs."""
    times = [
        datetime.fromisoformat(stamp).timestamp()
        for path in paths
        if path.exists()
        for stamp in LOG_TIME.findall(path.read_text(encoding="utf-8", errors="replace"))
    ]
    return max(times) - min(times) if times else 0.0


def server_starts(workdir: Path) -> list[float]:
    seconds = []
    for log in sorted((workdir / "logs").glob("*/serve*.log")):
        text = log.read_text(encoding="utf-8", errors="replace")
        seconds += [float(s) for s in re.findall(r"model server ready at \S+ after (\d+) s", text)]
    return seconds


def stage_figures(workdir: Path, config: dict, stage: str, peaks: Peaks) -> StageFigures:
    models, studies = config["models"], list(config["studies"])
    journals = [
        Path(workdir, config["journal_dir"], model, f"{study}_{stage}.sqlite")
        for model in models
        for study in studies
    ]
    requests, prompts, span, size = journal_figures([p for p in journals if p.exists()])
    logs = [workdir / "logs" / m / f"{s}_{stage}.log" for m in models for s in studies]
    outputs = [
        path
        for model in models
        for study in studies
        for path in (workdir / "results" / model).glob(f"{study}_{stage}*")
    ]
    outputs += [workdir / "results" / "all" / f"{study}_{stage}.csv" for study in studies]
    return StageFigures(
        requests=requests,
        unique_prompts=prompts,
        wall_seconds=log_span(logs),
        requests_per_second=requests / span if span else None,
        client_mb=peaks.totals.get(STAGE_SCRIPTS[stage], 0.0),
        journal_mb=size / MB,
        output_mb=sum(p.stat().st_size for p in outputs if p.exists()) / MB,
    )


# --- one fraction ---------------------------------------------------------------------------


@dataclass
class FractionResult:
    fraction: float
    rows: int
    stages: dict[str, StageFigures]
    server_mb: float
    server_starts: list[float]
    report_jobs_mb: float
    snakemake_mb: float
    run_seconds: float
    others_cores: float
    report_seconds: float
    report_mb: float


def prepare_workdir(workdir: Path, inputs: dict[str, Path], settings: dict) -> Path:
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    for name in WORKFLOW_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, workdir / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, workdir / name)
    bench = {"inputs": {study: str(path) for study, path in inputs.items()}, **settings}
    (workdir / "bench.yaml").write_text(yaml.safe_dump(bench), encoding="utf-8")
    return workdir / "bench.yaml"


def endpoint_catalog(workdir: Path, config: dict, base_url: str) -> dict:
    """The config's settings that send every model's requests to the server at base_url."""
    catalog = load_yaml(ROOT / config["catalog"])
    keys = [*config["models"], config["extraction"]["model"]]
    for key in keys:
        entry = catalog[key]
        catalog[key] = {
            "title": f"{entry.get('title', key)}, served at {base_url}",
            "chat": entry.get("chat", True),
            "system_role": entry.get("system_role", True),
            "endpoint": {"base_url": base_url, "model": key},
        }
    path = workdir / "bench-models.yaml"
    path.write_text(yaml.safe_dump(catalog), encoding="utf-8")
    return {"catalog": str(path)}


def run_fraction(
    fraction: float,
    inputs: dict[str, Path],
    workdir: Path,
    configfiles: list[str],
    base_url: str | None,
) -> FractionResult:
    settings = {"model_cache": str(ROOT / "resources" / "models")}
    config = load_run_config(configfiles, {k: str(v) for k, v in inputs.items()}, root=ROOT)
    if base_url:
        workdir.mkdir(parents=True, exist_ok=True)
        settings.update(endpoint_catalog(workdir.parent, config, base_url))
    bench_config = prepare_workdir(workdir, inputs, settings)
    config.update(settings)
    external = listening_pid(base_url) if base_url else None
    snakemake = [sys.executable, "-m", "snakemake", "all", "--profile", "profiles/local"]
    options = ["--configfile", *[str(Path(c).resolve()) for c in configfiles], str(bench_config)]
    run = run_watched([*snakemake, *options], workdir, workdir / "run.log", external)
    if run.returncode != 0:
        raise SystemExit(f"the run at {fraction:g} failed: see {workdir / 'run.log'}")
    report = run_watched(
        [*snakemake, "--report", "report.html", *options], workdir, workdir / "report.log", None
    )
    if report.returncode != 0:
        raise SystemExit(f"the report at {fraction:g} failed: see {workdir / 'report.log'}")
    stages = {
        stage: stage_figures(workdir, config, stage, run.peaks)
        for stage in config["stages"]
        if stage in STAGE_SCRIPTS
    }
    return FractionResult(
        fraction=fraction,
        rows=sum(len(read_csv_text(path)) for path in inputs.values()),
        stages=stages,
        server_mb=run.peaks.totals.get("server", 0.0),
        server_starts=server_starts(workdir),
        report_jobs_mb=max((run.peaks.single.get(s, 0.0) for s in REPORT_SCRIPTS), default=0.0),
        snakemake_mb=run.peaks.single.get("snakemake", 0.0),
        run_seconds=run.seconds,
        others_cores=run.others_cores,
        report_seconds=report.seconds,
        report_mb=(workdir / "report.html").stat().st_size / MB,
    )


# --- the tables -----------------------------------------------------------------------------


def _number(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:,.{digits}f}"


def measurement_table(results: list[FractionResult]) -> list[str]:
    lines = [
        f"{'fraction':>8} {'rows':>6} {'stage':<13} {'requests':>9} {'prompts':>8} "
        f"{'wall s':>8} {'req/s':>7} {'jobs MB':>8} {'journal MB':>10} {'output MB':>9}"
    ]
    for result in results:
        for stage, f in result.stages.items():
            lines.append(
                f"{result.fraction:>8g} {result.rows:>6} {stage:<13} {f.requests:>9} "
                f"{f.unique_prompts:>8} {f.wall_seconds:>8.0f} "
                f"{_number(f.requests_per_second, 2):>7} {f.client_mb:>8.0f} "
                f"{f.journal_mb:>10.2f} {f.output_mb:>9.2f}"
            )
    lines += [
        "",
        f"{'fraction':>8} {'rows':>6} {'server MB':>9} {'server starts s':>15} "
        f"{'report jobs MB':>14} {'snakemake MB':>12} {'run s':>7} {'report s':>8} "
        f"{'report MB':>9} {'others cores':>12}",
    ]
    for r in results:
        starts = ", ".join(f"{s:.0f}" for s in r.server_starts) or "-"
        lines.append(
            f"{r.fraction:>8g} {r.rows:>6} {r.server_mb:>9.0f} {starts:>15} "
            f"{r.report_jobs_mb:>14.0f} {r.snakemake_mb:>12.0f} {r.run_seconds:>7.0f} "
            f"{r.report_seconds:>8.1f} {r.report_mb:>9.2f} {r.others_cores:>12.2f}"
        )
    return lines


def growth_rows(results: list[FractionResult]) -> list[tuple[str, list[float | None]]]:
    """(figure, value at each fraction) for every figure whose growth is shown."""
    rows: list[tuple[str, list[float | None]]] = []
    for stage in results[0].stages:
        for name in (
            "requests",
            "unique_prompts",
            "wall_seconds",
            "client_mb",
            "journal_mb",
            "output_mb",
        ):
            values = [getattr(r.stages[stage], name) for r in results]
            rows.append((f"{stage} {name.replace('_', ' ')}", values))
    for name in ("server_mb", "report_jobs_mb", "snakemake_mb", "report_seconds", "report_mb"):
        rows.append((name.replace("_", " "), [getattr(r, name) for r in results]))
    return rows


def growth_exponent(rows_ratio: float, value_ratio: float) -> float | None:
    """The exponent k in value ~ rows^k between two runs (None where it means nothing)."""
    if rows_ratio < FLAG_MIN_ROWS_RATIO or value_ratio <= 0:
        return None
    return math.log(value_ratio) / math.log(rows_ratio)


def growth_table(results: list[FractionResult]) -> tuple[list[str], list[str]]:
    """Each figure's ratio to the first fraction's, beside the rows' ratio; and the flags."""
    base = results[0]
    ratios = [r.rows / base.rows for r in results]
    header = f"{'figure':<34}" + "".join(f"{'x' + format(q, '.2f'):>9}" for q in ratios)
    lines = [f"ratio to the {base.fraction:g} run (rows: {base.rows})", header]
    flags = []
    for name, values in growth_rows(results):
        first = values[0]
        cells = []
        for result, rows_ratio, value in zip(results, ratios, values, strict=True):
            if not first or value is None:
                cells.append(f"{'-':>9}")
                continue
            ratio = value / first
            cells.append(f"{ratio:>9.2f}")
            exponent = growth_exponent(rows_ratio, ratio)
            if exponent is not None and exponent > FLAG_EXPONENT:
                flags.append(
                    f"FASTER THAN LINEAR: {name} x{ratio:.2f} for rows x{rows_ratio:.2f} "
                    f"at {result.fraction:g} (rows^{exponent:.2f})"
                )
        lines.append(f"{name:<34}" + "".join(cells))
    return lines, flags


# --- main -----------------------------------------------------------------------------------


def parse_pairs(items: list[str], kind=str) -> dict:
    pairs = {}
    for item in items:
        for part in item.split(","):
            name, sep, value = part.partition("=")
            if not sep:
                raise SystemExit(f"{part!r}: expected NAME=VALUE")
            pairs[name] = kind(value)
    return pairs


def full_size_inputs(args, config: dict, folder: Path) -> tuple[dict[str, Path], str]:
    """The full-size input of every study, and how it was obtained."""
    given = {study: Path(path) for study, path in parse_pairs(args.inputs).items()}
    if given:
        missing = sorted(set(config["studies"]) - set(given))
        if missing:
            raise SystemExit(f"--inputs names no file for {', '.join(missing)}")
        return given, "the given inputs"
    sizes = {**FULL_SIZE_ROWS, **parse_pairs(args.rows, int)}
    generated = {}
    for study, loaded in load_studies(config, ROOT).items():
        if study not in sizes:
            raise SystemExit(f"give --rows {study}=N, or --inputs")
        examples = read_csv_text(ROOT / input_file(config, study))
        frame = generate_rows(loaded, examples, sizes[study])
        generated[study] = write_csv_text(frame, folder / "full" / f"{study}.csv")
    described = ", ".join(f"{s} {sizes[s]} rows" for s in config["studies"])
    return generated, f"generated from the example inputs ({described})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", nargs="*", default=[], metavar="STUDY=CSV")
    parser.add_argument("--rows", nargs="*", default=[], metavar="STUDY=N")
    parser.add_argument(
        "--fractions", default=",".join(map(str, DEFAULT_FRACTIONS)), help="comma-separated"
    )
    parser.add_argument("--configfile", action="append", default=[])
    parser.add_argument("--base-url", help="a running vLLM server to send every request to")
    parser.add_argument("--workdir", help="where the runs go (default: a temporary folder)")
    args = parser.parse_args(argv)
    fractions = sorted(float(f) for f in args.fractions.split(","))
    folder = Path(args.workdir or tempfile.mkdtemp(prefix="bench-scale-")).resolve()
    config = load_run_config(args.configfile, {}, root=ROOT)
    full, source = full_size_inputs(args, config, folder)
    frames = {study: read_csv_text(path) for study, path in full.items()}
    print(
        f"inputs: {source}; models: {', '.join(config['models'])}; stages: "
        f"{', '.join(config['stages'])}; max_tokens {config['sampling']['max_tokens']}; "
        f"{os.cpu_count()} CPUs; runs in {folder}",
        flush=True,
    )
    results = []
    for fraction in fractions:
        inputs = {
            study: write_csv_text(
                sample_rows(frame, fraction), folder / f"inputs-{fraction:g}" / f"{study}.csv"
            )
            for study, frame in frames.items()
        }
        result = run_fraction(
            fraction, inputs, folder / f"run-{fraction:g}", args.configfile, args.base_url
        )
        print(f"{fraction:g}: {result.rows} rows in {result.run_seconds:.0f} s", flush=True)
        results.append(result)
    growth, flags = growth_table(results)
    tables = [
        *measurement_table(results),
        "",
        *growth,
        "",
        *(flags or ["nothing grows faster than linearly with the rows"]),
    ]
    text = "\n".join(tables) + "\n"
    (folder / "scale.txt").write_text(text, encoding="utf-8")
    print("\n" + text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
