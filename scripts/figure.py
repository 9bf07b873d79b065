"""Draw one of the report's figures from an all-models table (see llm_pragmatics.figures)."""

import logging

from llm_pragmatics.figures import draw, read_figure_table
from llm_pragmatics.scripting import job_study, run_rule_script


def main(smk):
    study = job_study(smk)
    parameters = dict(smk.params.parameters)
    table = read_figure_table(smk.params.kind, parameters, study, smk.input.table)
    draw(smk.params.kind, table, smk.output.figure, study, parameters)
    logging.info("drew %s from %s into %s", smk.params.kind, smk.input.table, smk.output.figure)


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
