"""Prepare a self-hosted model's weights once, into the model cache; record them in a manifest."""

import json
import logging
import os
from pathlib import Path

from llm_pragmatics.config import Model
from llm_pragmatics.scripting import run_rule_script
from llm_pragmatics.weights import prepare_weights


def main(smk):
    model = Model.from_entry(smk.wildcards.model, {"weights": smk.params.weights})
    provenance = prepare_weights(model, smk.params.folder)
    logging.info("prepared %s in %s: %s", model.key, smk.params.folder, provenance)
    manifest = Path(smk.output.manifest)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    partial = manifest.with_name(manifest.name + ".partial")
    partial.write_text(
        json.dumps({"model": model.key, "folder": smk.params.folder, **provenance}, indent=2)
        + "\n",
        encoding="utf-8",
    )
    os.replace(partial, manifest)


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
