"""What the report would weigh at full size with many models, from one small run's outputs.

The report embeds each file it shows, base64-encoded. This takes a run's per-model stage
tables (`make run` writes them for the examples), repeats their rows up to the real inputs'
sizes, stacks them for --models models as the merge does, and prints, per table, what
embedding the tables would add (each model's table and the all-models one, as the report
did before) against what the report shows now (the table's page), and the figures drawn
from those tables. The report's fixed part (Snakemake's page and scripts) is measured
from the run's own report.html when it is given.

    .venv/bin/python bench/report_size.py [--results results] [--models 5] [--report report.html]
"""

from __future__ import annotations

import argparse
import base64
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from llm_pragmatics.config import load_yaml  # noqa: E402
from llm_pragmatics.figures import draw, figure_specs, read_figure_table  # noqa: E402
from llm_pragmatics.merged import with_model_column  # noqa: E402
from llm_pragmatics.overview import TableOverview  # noqa: E402
from llm_pragmatics.studies import load_studies  # noqa: E402
from llm_pragmatics.tables import write_csv_parts_atomically  # noqa: E402

# The real inputs' sizes.
FULL_SIZE_ROWS = {"study1": 300, "study2": 2424}
STAGES = ["raw", "probabilities", "structured"]
MB = 1e6


def embedded(size_of: bytes | str) -> int:
    data = size_of.encode() if isinstance(size_of, str) else size_of
    return len(base64.b64encode(data))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", default="results", help="a run's results folder")
    parser.add_argument("--model", default="smollm2", help="the run's model (its tables)")
    parser.add_argument("--models", type=int, default=5, help="models to project for")
    parser.add_argument("--report", help="the run's report.html, for the report's fixed part")
    args = parser.parse_args(argv)
    models = [f"model{number}" for number in range(1, args.models + 1)]
    work = Path(tempfile.mkdtemp(prefix="report-size-"))
    print(f"{'table':<28} {'rows':>6} {'embedded MB':>11} {'page MB':>8} {'figures MB':>10}")
    totals = [0, 0, 0]
    # The run's studies, read from the workflow folder the results belong to.
    config = load_yaml("config/config.yaml")
    studies = {name: s for name, s in load_studies(config).items() if name in FULL_SIZE_ROWS}
    specs = figure_specs(studies, STAGES)
    for study, rows in FULL_SIZE_ROWS.items():
        for stage in STAGES:
            source = Path(args.results) / args.model / f"{study}_{stage}.csv"
            if not source.exists():
                continue
            one = pd.read_csv(source, dtype=str, keep_default_na=False)
            full = pd.concat([one] * (rows // len(one) + 1), ignore_index=True).head(rows)
            per_model = work / f"{study}_{stage}.csv"
            full.to_csv(per_model, index=False, lineterminator="\n")
            overview = TableOverview(f"{study}, {stage} stage")

            def parts(full=full, per_model=per_model, overview=overview):
                for model in models:
                    part = with_model_column(model, full)
                    overview.add(model, per_model, part)
                    yield part

            merged = work / f"all_{study}_{stage}.csv"
            write_csv_parts_atomically(parts(), merged)
            tables = len(models) * embedded(per_model.read_bytes()) + embedded(merged.read_bytes())
            page = embedded(overview.page(merged))
            figures = 0
            for spec in [s for s in specs if s.study == study and s.stage == stage]:
                table = read_figure_table(spec.kind, spec.parameters, studies[study], merged)
                if "response_timestamp" in table:
                    # Repeated rows repeat timestamps; a real run's are spread over its time.
                    start = pd.Timestamp("2026-01-01", tz="UTC")
                    spread = start + pd.to_timedelta(table.index % rows, unit="s")
                    table["response_timestamp"] = spread.astype(str)
                figure = work / f"{study}_{spec.name}.svg"
                draw(spec.kind, table, figure, studies[study], spec.parameters)
                figures += embedded(figure.read_bytes())
            for position, value in enumerate((tables, page, figures)):
                totals[position] += value
            print(
                f"{study + ' ' + stage:<28} {rows * len(models):>6} {tables / MB:>11.1f} "
                f"{page / MB:>8.2f} {figures / MB:>10.2f}"
            )
    tables, pages, figures = (total / MB for total in totals)
    print(f"{'all':<28} {'':>6} {tables:>11.1f} {pages:>8.2f} {figures:>10.2f}")
    if args.report:
        text = Path(args.report).read_text(encoding="utf-8")
        marker = text.index("var results = ", text.index('<script id="results">'))
        end = text.index("</script>", marker)
        fixed = len(text) - (end - marker)
        print(
            f"report's fixed part {fixed / MB:.1f} MB: with the pages about "
            f"{(fixed + totals[1] + totals[2]) / MB:.1f} MB for {args.models} models at full size "
            f"(plus each model's provenance page); with the tables embedded "
            f"{(fixed + totals[0] + totals[2]) / MB:.1f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
