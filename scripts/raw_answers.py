"""The raw stage: ask the model every trial of a study and write its free-text answers."""

from llm_pragmatics.client import RequestRunner
from llm_pragmatics.inputs import read_validated_input
from llm_pragmatics.raw import build_raw_table, check_reply, raw_output_schema
from llm_pragmatics.schemas import validate
from llm_pragmatics.scripting import job_model, job_study, request_layer, run_rule_script
from llm_pragmatics.tables import write_csv_atomically


def main(smk):
    study = job_study(smk)
    model = job_model(smk.wildcards.model, smk.params.model, smk.input.get("weights"))
    inputs = read_validated_input(study, smk.input.table)
    runner = RequestRunner(**request_layer(smk, study, model, "raw"), validate=check_reply)
    table = build_raw_table(study, model, inputs, smk.params.sampling, runner)
    schema = raw_output_schema(study, inputs, smk.params.sampling)
    write_csv_atomically(
        table, smk.output.table, lambda frame: validate(schema, frame, smk.output.table)
    )


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
