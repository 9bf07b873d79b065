"""The structured stage: read each raw answer's fields (parser, then the extraction model)."""

from llm_pragmatics.client import RequestRunner
from llm_pragmatics.extraction import (
    ExtractionSpec,
    build_structured_table,
    check_extraction_reply,
    read_raw_table,
    summarise,
)
from llm_pragmatics.schemas import structured_schema, validate
from llm_pragmatics.scripting import job_model, job_study, request_layer, run_rule_script
from llm_pragmatics.tables import write_csv_atomically


def main(smk):
    study = job_study(smk)
    spec = ExtractionSpec.from_study(study)
    raw = read_raw_table(study, smk.input.table)
    settings = smk.params.extraction
    extractor = job_model(settings["model"], smk.params.extraction_model, smk.input.get("weights"))
    label = f"{smk.wildcards.model} {study.name} structured ({extractor.key})"
    runner = RequestRunner(
        **request_layer(smk, study, extractor, "structured", label),
        validate=check_extraction_reply,
    )
    table, extractions = build_structured_table(spec, raw, runner, extractor, settings)
    schema = structured_schema(study, raw, spec)
    write_csv_atomically(summarise(spec, extractions), smk.output.summary)
    write_csv_atomically(
        table, smk.output.table, lambda frame: validate(schema, frame, smk.output.table)
    )


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
