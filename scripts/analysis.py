"""One analysis of a study, from the all-models tables to its table (llm_pragmatics.analysis)."""

import logging

from llm_pragmatics.analysis.kinds import AnalysisSpec
from llm_pragmatics.analysis.run import analyse, analysis_inputs, read_reference_for
from llm_pragmatics.scripting import job_study, run_rule_script


def main(smk):
    study = job_study(smk)
    spec = AnalysisSpec(
        study.name,
        smk.wildcards.analysis,
        smk.params.kind,
        smk.params.caption,
        dict(smk.params.parameters),
        tuple(smk.params.reads),
    )
    models = list(smk.params.models)
    reference = None
    if "reference" in smk.input.keys():
        reference = read_reference_for(study.definition, smk.input.reference, smk.params.reference)
    inputs = analysis_inputs(
        study.id,
        study.name,
        study.definition,
        models,
        {e: smk.input[f"experiment{e}"] for e in (1, 2) if f"experiment{e}" in smk.input.keys()},
        reference,
        dict(zip(spec.reads, smk.input.analyses, strict=True)),
        per_model(smk, "summaries", models),
        per_model(smk, "provenance", models),
    )
    table = analyse(spec, inputs, smk.output.table)
    logging.info("%s: %d rows of a %s analysis", smk.output.table, len(table), spec.kind)


def per_model(smk, name: str, models: list[str]) -> dict:
    """An input list with a file per model, by model ({} where the rule has none)."""
    return dict(zip(models, smk.input[name], strict=True)) if name in smk.input.keys() else {}


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
