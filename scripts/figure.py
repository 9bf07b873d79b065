"""Draw one of the report's figures from an all-models table (see llm_pragmatics.figures)."""

import logging

import pandas as pd

from llm_pragmatics.figures import draw
from llm_pragmatics.scripting import job_study, run_rule_script


def main(smk):
    table = pd.read_csv(smk.input.table, dtype={"model": str}, encoding="utf-8")
    draw(smk.params.kind, table, smk.output.figure, job_study(smk), dict(smk.params.parameters))
    logging.info("drew %s from %s into %s", smk.params.kind, smk.input.table, smk.output.figure)


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
