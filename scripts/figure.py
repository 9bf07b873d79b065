"""Draw one of the report's figures from an all-models table (see llm_pragmatics.figures)."""

import logging

from llm_pragmatics.figures import draw, read_figure_table
from llm_pragmatics.scripting import run_rule_script


def main(smk):
    table = read_figure_table(smk.params.figure, smk.input.table)
    draw(smk.params.figure, table, smk.output.figure, smk.wildcards.study)
    logging.info("drew %s from %s into %s", smk.params.figure, smk.input.table, smk.output.figure)


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
