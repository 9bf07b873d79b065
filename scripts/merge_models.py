"""Every model's output of one stage in one table, validated per model, and its report page.

The models are read, validated and written one at a time: the job holds one model's rows.
"""

import logging

from llm_pragmatics.inputs import read_validated_input
from llm_pragmatics.merged import read_stage_output, with_model_column
from llm_pragmatics.overview import TableOverview
from llm_pragmatics.schemas import raw_schema, stage_schema, validate_model_rows
from llm_pragmatics.scripting import job_study, run_rule_script
from llm_pragmatics.tables import write_csv_parts_atomically, write_text_atomically


def main(smk):
    study = job_study(smk)
    stage = smk.wildcards.stage
    inputs = read_validated_input(study, smk.input.inputs)
    models = list(smk.params.models)
    replicates = smk.params.replicates
    # Later stages' schemas tie each model's output to that model's raw answers.
    raw_tables = dict(zip(models, smk.input.raw, strict=True)) if smk.input.raw else {}
    overview = TableOverview(f"{study.name}, {stage} stage: every model's rows")

    def model_rows():
        for model, path in zip(models, smk.input.tables, strict=True):
            raw = None
            if model in raw_tables:
                raw_frame_schema = raw_schema(study, inputs, replicates)
                raw = read_stage_output(raw_tables[model], study, raw_frame_schema)
            schema = stage_schema(stage, study, inputs, replicates, raw)
            rows = with_model_column(model, read_stage_output(path, study, schema))
            validate_model_rows(schema, model, rows, smk.output.table)
            overview.add(model, path, rows)
            yield rows

    written = write_csv_parts_atomically(model_rows(), smk.output.table)
    in_r = f'In R: read.csv("{smk.output.table}", encoding = "UTF-8").'
    write_text_atomically(smk.output.overview, overview.page(smk.output.table, in_r))
    logging.info(
        "%s: %d rows of %d models pass the %s schema", smk.output.table, written, len(models), stage
    )


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
