"""Every model's output of one stage in one table, validated per model and as a whole."""

import logging

from llm_pragmatics.inputs import read_validated_input
from llm_pragmatics.merged import merge_tables, read_stage_output
from llm_pragmatics.schemas import raw_schema, stage_schema, validate_merged
from llm_pragmatics.scripting import job_study, run_rule_script
from llm_pragmatics.tables import write_csv_atomically


def main(smk):
    study = job_study(smk)
    inputs = read_validated_input(study, smk.input.inputs)
    models = list(smk.params.models)
    replicates = smk.params.replicates
    # Later stages' schemas tie each model's output to that model's raw answers.
    raw_tables = dict(zip(models, smk.input.raw, strict=True)) if smk.input.raw else {}
    schemas, tables = {}, {}
    for model, path in zip(models, smk.input.tables, strict=True):
        raw = None
        if model in raw_tables:
            raw_frame_schema = raw_schema(study, inputs, replicates)
            raw = read_stage_output(raw_tables[model], study, raw_frame_schema)
        schemas[model] = stage_schema(smk.wildcards.stage, study, inputs, replicates, raw)
        tables[model] = read_stage_output(path, study, schemas[model])
    merged = merge_tables(tables)
    write_csv_atomically(
        merged, smk.output.table, lambda frame: validate_merged(schemas, frame, smk.output.table)
    )
    logging.info(
        "%s: %d rows of %d models pass the %s schema",
        smk.output.table,
        len(merged),
        len(models),
        smk.wildcards.stage,
    )


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
