"""Gate a study's input: validate it against the study's schema and add derived columns."""

import json
import logging
import os
from pathlib import Path

from llm_pragmatics.config import Study
from llm_pragmatics.inputs import input_schema, read_study_input
from llm_pragmatics.provenance import checksums
from llm_pragmatics.scripting import run_rule_script
from llm_pragmatics.tables import write_csv_atomically


def main(smk):
    study = Study.from_file(smk.wildcards.study, smk.input.definition)
    frame = read_study_input(study, smk.input.table)
    write_csv_atomically(frame, smk.output.table)
    source = Path(smk.output.source)
    partial = source.with_name(source.name + ".partial")
    partial.write_text(json.dumps(checksums([smk.input.table])[0], indent=2) + "\n")
    os.replace(partial, source)
    logging.info(
        "%s: %d rows pass the %s input schema (%d columns checked)",
        smk.input.table,
        len(frame),
        study.name,
        len(input_schema(study).columns),
    )


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
