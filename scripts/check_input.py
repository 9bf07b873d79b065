"""Gate a study's input: validate it against the study's schema and add derived columns."""

import json
import logging

from llm_pragmatics.inputs import read_study_input
from llm_pragmatics.provenance import checksums
from llm_pragmatics.schemas import stage_column_names
from llm_pragmatics.scripting import job_study, run_rule_script
from llm_pragmatics.tables import write_csv_atomically, write_text_atomically


def main(smk):
    study = job_study(smk)
    frame = read_study_input(study, smk.input.table, stage_column_names(study))
    write_csv_atomically(frame, smk.output.table)
    record = checksums([smk.input.table])[0]
    write_text_atomically(smk.output.source, json.dumps(record, indent=2) + "\n")
    extra = [name for name in frame.columns if name not in study.output_input_columns]
    logging.info(
        "%s: %d rows pass the %s input schema (%d columns checked; carried along: %s)",
        smk.input.table,
        len(frame),
        study.name,
        len(study.columns),
        ", ".join(extra) or "none",
    )


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
