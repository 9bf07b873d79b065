"""Prepare a self-hosted model's weights once, into resources/models/<model>."""

import logging

from llm_pragmatics.config import Model
from llm_pragmatics.scripting import run_rule_script
from llm_pragmatics.weights import prepare_weights


def main(smk):
    model = Model.from_entry(smk.wildcards.model, {"weights": smk.params.weights})
    provenance = prepare_weights(model, smk.output.folder)
    logging.info("prepared %s in %s: %s", model.key, smk.output.folder, provenance)


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
