"""Write what one model's results rest on (results/<model>/provenance.json and .html)."""

import logging

from llm_pragmatics.provenance import (
    StudyFiles,
    build_provenance,
    provenance_json,
    provenance_page,
)
from llm_pragmatics.scripting import run_rule_script
from llm_pragmatics.tables import write_text_atomically


def main(smk):
    stages = dict(smk.params.stages)  # study -> its planned stages, in config order
    # The input lists follow the studies in that order; `tables` their stages within each.
    tables = iter(smk.input.tables)
    files = [
        StudyFiles(
            name=name,
            definition=definition,
            source=source,
            gated=gated,
            outputs={stage: next(tables) for stage in stages[name]},
        )
        for name, definition, source, gated in zip(
            stages, smk.input.definitions, smk.input.sources, smk.input.gated, strict=True
        )
    ]
    record = build_provenance(
        smk.wildcards.model,
        smk.input.catalog,
        smk.input.get("weights") or None,
        files,
        sampling=dict(smk.params.sampling),
        journal_dir=smk.params.journal_dir,
        vllm=dict(smk.params.vllm),
        extraction=dict(smk.params.extraction) or None,
        names=dict(
            zip(
                [smk.input.catalog, *smk.input.definitions, *smk.input.code],
                [smk.params.catalog, *smk.params.definitions, *smk.params.code],
                strict=True,
            )
        ),
        extraction_manifest=smk.input.get("extraction_weights") or None,
    )
    write_text_atomically(smk.output.record, provenance_json(record))
    write_text_atomically(smk.output.page, provenance_page(record))
    logging.info("wrote the provenance of %s", smk.wildcards.model)


run_rule_script(main, snakemake)  # noqa: F821 (injected by Snakemake)
