# Pragmatics experiments on open-weight language models served by vLLM.
# See README.md; the studies and models are data in config/.

from snakemake.utils import min_version, validate

min_version("9.0")


configfile: "config/config.yaml"


validate(config, "config/schema/config.schema.yaml")


report: "report/workflow.rst"


include: "rules/common.smk"
include: "rules/inputs.smk"
include: "rules/models.smk"
include: "rules/raw.smk"
include: "rules/probabilities.smk"
include: "rules/report.smk"
include: "rules/structured.smk"


rule all:
    default_target: True
    input:
        all_outputs(),
        report_outputs(),
