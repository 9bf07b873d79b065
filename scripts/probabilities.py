"""The probability stage: score every trial's response options and write the distributions."""

from llm_pragmatics.inputs import read_validated_input
from llm_pragmatics.probabilities import build_probability_table, write_provenance_atomically
from llm_pragmatics.questions import ProbabilityDesign
from llm_pragmatics.schemas import probabilities_schema, validate
from llm_pragmatics.scoring import OptionScorer
from llm_pragmatics.scripting import job_model, job_study, request_layer, run_rule_script
from llm_pragmatics.tables import write_csv_atomically


def main(smk):
    study = job_study(smk)
    design = ProbabilityDesign.of(study)
    model = job_model(smk.wildcards.model, smk.params.model, smk.input.get("weights"))
    inputs = read_validated_input(study, smk.input.table)
    scorer = OptionScorer(**request_layer(smk, study, model, "probabilities"))
    table, provenance = build_probability_table(study, design, model, inputs, scorer)
    schema = probabilities_schema(study, inputs, design)
    # Validated before anything is written; the provenance goes first so that a table that
    # exists always has its provenance beside it.
    validate(schema, table, smk.output.table)
    write_provenance_atomically(provenance, smk.output.provenance)
    write_csv_atomically(
        table, smk.output.table, lambda frame: validate(schema, frame, smk.output.table)
    )


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
