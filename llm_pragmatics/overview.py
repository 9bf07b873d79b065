"""A large table's page in the report: where the table is, its rows and columns, a preview.

The report embeds every file it shows, so a table embedded whole makes the page grow with
the rows and the models (tens of megabytes at full size). The report shows this page
instead, whose size depends on the columns only; the table stays a file beside the report
(results/all/<study>_<stage>.csv). The page is built while the table is written, one
model's rows at a time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import pandas as pd

from .schemas import MODEL_COLUMN
from .tables import sha256

PREVIEW_ROWS = 5
PREVIEW_CHARACTERS = 80
# Distinct values are listed for columns that have few, and short ones (labels, categories).
DISTINCT_SHOWN = 12
LABEL_CHARACTERS = 40


@dataclass
class ColumnSummary:
    name: str
    number: bool
    filled: int = 0
    low: float = math.inf
    high: float = -math.inf
    total: float = 0.0
    longest: int = 0
    distinct: set = field(default_factory=set)
    many: bool = False  # more distinct values than DISTINCT_SHOWN

    def add(self, values: pd.Series) -> None:
        if self.number:
            present = pd.to_numeric(values, errors="coerce").dropna()
            self.filled += len(present)
            if len(present):
                self.low = min(self.low, float(present.min()))
                self.high = max(self.high, float(present.max()))
                self.total += float(present.sum())
            return
        text = values.astype(str)
        present = text[text != ""]
        self.filled += len(present)
        if len(present):
            self.longest = max(self.longest, int(present.str.len().max()))
        if not self.many:
            self.distinct.update(present.unique()[: DISTINCT_SHOWN + 1])
            self.many = len(self.distinct) > DISTINCT_SHOWN

    def describe(self) -> str:
        if not self.filled:
            return "empty"
        if self.number:
            mean = self.total / self.filled
            return f"min {_short(self.low)}, mean {_short(mean)}, max {_short(self.high)}"
        if self.many or self.longest > LABEL_CHARACTERS:
            distinct = f"over {DISTINCT_SHOWN}" if self.many else str(len(self.distinct))
            return f"text of up to {self.longest:,} characters, {distinct} distinct"
        return "values: " + ", ".join(repr(v) for v in sorted(self.distinct))


@dataclass
class TableOverview:
    """What the report shows of one all-models table; `add` each model's rows in order."""

    title: str
    models: dict[str, tuple[str, int]] = field(default_factory=dict)  # model -> (file, rows)
    columns: dict[str, ColumnSummary] = field(default_factory=dict)
    preview: pd.DataFrame | None = None

    def add(self, model: str, source: str | Path, rows: pd.DataFrame) -> None:
        self.models[model] = (str(source), len(rows))
        for name in rows.columns:
            if name not in self.columns:
                number = pd.api.types.is_numeric_dtype(rows[name])
                self.columns[name] = ColumnSummary(name, number and name != MODEL_COLUMN)
            self.columns[name].add(rows[name])
        if self.preview is None:
            self.preview = rows.head(PREVIEW_ROWS)

    def page(self, table: str | Path, caption: str = "") -> str:
        """The page, for the table as written at `table`."""
        path = Path(table)
        preview = self.preview if self.preview is not None else pd.DataFrame()
        return PAGE.render(
            title=self.title,
            caption=caption,
            path=str(table),
            size=_size(path.stat().st_size),
            digest=sha256(path),
            rows=sum(count for _, count in self.models.values()),
            models=self.models,
            columns=list(self.columns.values()),
            header=list(preview.columns),
            preview=[
                ["" if pd.isna(v) else _cut(str(v)) for v in row]
                for row in preview.itertuples(index=False)
            ],
        )


def _cut(text: str) -> str:
    text = str(text).replace("\n", " ")
    return text if len(text) <= PREVIEW_CHARACTERS else text[: PREVIEW_CHARACTERS - 1] + "…"


def _short(value: float) -> str:
    return f"{value:.4g}"


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
    raise AssertionError("unreachable")


PAGE = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(
    """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{{ title }}</title>
<style>
body { font-family: sans-serif; margin: 1.5em; max-width: 80em; }
table { border-collapse: collapse; font-size: 85%; margin-bottom: 1em; }
td, th { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }
code { font-size: 95%; }
</style></head><body>
<h1>{{ title }}</h1>
<p>The table is a file beside the report, not embedded in it: <code>{{ path }}</code>
({{ rows }} rows, {{ columns | length }} columns, {{ size }}; SHA-256
<code>{{ digest }}</code>). {{ caption }}</p>
<h2>Rows per model</h2>
<table><tr><th>model</th><th>rows</th><th>from</th></tr>
{% for model, (source, count) in models.items() %}<tr><td>{{ model }}</td><td>{{ count }}</td>
<td><code>{{ source }}</code></td></tr>
{% endfor %}</table>
<h2>Columns</h2>
<table><tr><th>column</th><th>kind</th><th>filled</th><th>summary</th></tr>
{% for c in columns %}<tr><td><code>{{ c.name }}</code></td>
<td>{{ "number" if c.number else "text" }}</td><td>{{ c.filled }}</td>
<td>{{ c.describe() }}</td></tr>
{% endfor %}</table>
<h2>The first {{ preview | length }} rows</h2>
<table><tr>{% for name in header %}<th>{{ name }}</th>{% endfor %}</tr>
{% for row in preview %}<tr>{% for cell in row %}<td>{{ cell }}</td>{% endfor %}</tr>
{% endfor %}</table>
</body></html>
"""
)
