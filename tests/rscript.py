"""Running R on the tests' tables: Rscript where installed, else the test is skipped."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest


def rscript() -> str:
    found = shutil.which("Rscript")
    if found is None:
        pytest.skip("skipped: Rscript is not installed (Debian's r-base-core; .ci/run installs it)")
    return found


def run_r(code: str, tables: dict[str, pd.DataFrame], workdir: Path) -> pd.DataFrame:
    """Write `tables` as <name>.csv in `workdir`, run `code` there (it reads them with
    read.csv and writes its answer to out.csv), and return out.csv."""
    for name, table in tables.items():
        table.to_csv(workdir / f"{name}.csv", index=False)
    script = workdir / "script.R"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run(
        [rscript(), "--vanilla", str(script)],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        pytest.fail(f"R failed:\n{done.stderr[-3000:]}")
    return pd.read_csv(workdir / "out.csv", keep_default_na=False, na_values=["NA"])
