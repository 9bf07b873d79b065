"""Prepare a self-hosted model's weights once, into the model cache; record them in a manifest."""

import json
import logging

from llm_pragmatics.config import Model
from llm_pragmatics.scripting import run_rule_script
from llm_pragmatics.tables import write_text_atomically
from llm_pragmatics.weights import prepare_weights


def main(smk):
    model = Model.from_entry(smk.wildcards.model, {"weights": smk.params.weights})
    provenance = prepare_weights(model, smk.params.folder)
    logging.info("prepared %s in %s: %s", model.key, smk.params.folder, provenance)
    manifest = {"model": model.key, "folder": smk.params.folder, **provenance}
    write_text_atomically(smk.output.manifest, json.dumps(manifest, indent=2) + "\n")


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
