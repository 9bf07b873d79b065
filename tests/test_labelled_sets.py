"""The hand-labelled answers in tests/data/labelled/: well formed, labelled within each
field's values as the study definitions give them, and split as their README says.

Nothing here runs the parser or a model: the labels are the yardstick the structured stage
is scored against, so they are checked against the study definitions alone.
"""

from __future__ import annotations

import pandas as pd
import pytest

from llm_pragmatics.extraction import ExtractionSpec
from llm_pragmatics.extraction.fields import CHOICE, WHOLE

from .labelled import LABELLED, labelled

STUDIES = ["study1", "study2"]
HALVES = ["dev", "test"]
CASE_COLUMNS = ["case", "style", "source", "finish_reason", "response"]


def both_halves(study: str) -> pd.DataFrame:
    frames = {half: labelled(study, half) for half in HALVES}
    return pd.concat(frames, names=["half", "row"]).reset_index()


def splits(study: str) -> list[str]:
    """Every labelled split of the study: the halves and each held-out set present."""
    return sorted(path.stem.removeprefix(f"{study}_") for path in LABELLED.glob(f"{study}_*.csv"))


def every_split(study: str) -> pd.DataFrame:
    frames = {split: labelled(study, split) for split in splits(study)}
    return pd.concat(frames, names=["split", "row"]).reset_index()


@pytest.mark.parametrize("study", STUDIES)
def test_columns_are_the_case_columns_then_the_study_fields_then_a_note(studies, study):
    fields = list(studies[study].structured["fields"])
    assert {"dev", "test"} <= set(splits(study))
    for split in splits(study):
        assert list(labelled(study, split).columns) == [*CASE_COLUMNS, *fields, "note"], split


@pytest.mark.parametrize("study", STUDIES)
def test_case_ids_are_unique_across_every_labelled_file(study):
    cases = every_split(study)
    repeated = cases.loc[cases["case"].duplicated(keep=False), ["split", "case"]]
    assert repeated.empty, repeated.to_string()
    assert set(cases["finish_reason"]) <= {"stop", "length"}


@pytest.mark.parametrize("study", STUDIES)
def test_every_label_is_empty_or_one_of_its_fields_values(studies, study):
    cases = every_split(study)
    for field in ExtractionSpec.from_study(studies[study]).fields:
        for case, value in zip(cases["case"], cases[field.name], strict=True):
            if value == "":
                continue
            where = f"{study} case {case}: {field.name} = {value!r}"
            if field.type == CHOICE:
                assert value in field.allowed, where
                continue
            number = float(value)
            assert field.minimum <= number <= field.maximum, where
            if field.type == WHOLE:
                assert number.is_integer(), where


@pytest.mark.parametrize("study", STUDIES)
def test_ids_are_unique_and_the_new_cases_are_split_half_and_half_per_stratum(study):
    cases = both_halves(study)
    assert cases["case"].is_unique
    assert set(cases["source"]) <= {"written", "smollm2", "previous"}
    assert set(cases["finish_reason"]) <= {"stop", "length"}
    # The parser was tuned on the previous cases before the split: they are all dev.
    assert set(cases.loc[cases["source"] == "previous", "half"]) <= {"dev"}
    new = cases[cases["source"] != "previous"]
    assert len(new) >= 340
    assert (new["source"] == "smollm2").sum() >= 100
    per_stratum = new.groupby(["source", "style"])["half"].value_counts().unstack(fill_value=0)
    assert ((per_stratum["dev"] - per_stratum["test"]).abs() <= 1).all()


def test_the_bench_names_a_split_it_cannot_find_and_exits_before_scoring(tmp_path):
    """`--split holdout` scores the held-out files when they are there; without them the
    bench names each missing file and exits with status 2, having scored nothing."""
    import subprocess
    import sys

    from .labelled import REPO, labelled_path

    bench = REPO / "bench" / "extraction_accuracy.py"
    done = subprocess.run(
        [sys.executable, str(bench), "--split", "dev", "holdout"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    missing = [s for s in STUDIES if not labelled_path(s, "holdout").exists()]
    if missing:
        assert done.returncode == 2, done.stderr
        for study in missing:
            assert f"no labelled answers at {labelled_path(study, 'holdout')}" in done.stderr
        assert "dev split" not in done.stdout  # nothing was scored
    else:
        assert done.returncode == 0, done.stderr
        assert "holdout split" in done.stdout and "dev split" in done.stdout
