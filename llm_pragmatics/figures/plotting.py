"""What every figure kind shares: matplotlib set up for files, saving, the models' order."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on cluster nodes or in CI

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from ..questions import render_text  # noqa: E402
from ..schemas import MODEL_COLUMN  # noqa: E402

# Same bytes for the same data: no date in the file, fixed ids in the SVG.
matplotlib.rcParams["svg.hashsalt"] = "llm-pragmatics"


def save(figure: plt.Figure, path: str | Path) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = {"Date": None} if path.suffix == ".svg" else {}
    figure.savefig(path, bbox_inches="tight", metadata=metadata, dpi=120)
    plt.close(figure)


def panel_grid(
    rows: int, columns: int, size: tuple[float, float], margins: tuple[float, float], **options
):
    """A figure of rows x columns panels sharing their axes: each panel `size` inches (width,
    height), plus `margins` for the titles and labels around them."""
    width, height = size[0] * columns + margins[0], size[1] * rows + margins[1]
    return plt.subplots(
        rows, columns, figsize=(width, height), squeeze=False, sharex=True, sharey=True, **options
    )


def models_of(table: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(table[MODEL_COLUMN]))


def label(template: str, variables: dict, what: str) -> str:
    """A label from a study's Jinja template (a figure parameter) and its variables."""
    plain = {
        name: value.item() if hasattr(value, "item") else value for name, value in variables.items()
    }
    return render_text(template, plain, what)
