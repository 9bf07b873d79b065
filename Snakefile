# Pragmatics experiments on open-weight language models served by vLLM.
# See README.md; the studies (config/studies/<id>/) and models are data in config/.

from snakemake.logging import logger
from snakemake.utils import min_version, validate

from llm_pragmatics.environment import require_environment
from llm_pragmatics.plan import build_plan, format_plan
from llm_pragmatics.studies import skipped_stages

min_version("9.0")


configfile: "config/config.yaml"


validate(config, "config/schema/config.schema.yaml")


report: "report/workflow.rst"


# Settings the profile reads from the environment (the NRP profile's): on the submitting
# machine, an unset one stops the run here, named. Pods get theirs from the run's Secret.
if workflow.is_main_process:
    require_environment(config.get("required_environment"))


include: "rules/common.smk"
include: "rules/inputs.smk"
include: "rules/models.smk"
include: "rules/raw.smk"
include: "rules/probabilities.smk"
include: "rules/report.smk"
include: "rules/structured.smk"
include: "rules/analysis.smk"


# Said before any job: which configured stage a study does not define (it is not planned
# for it), and in a dry run what the configured work costs (pods, requests, GPU hours).
# Here rather than in common.smk, which only looks things up.
SKIPPED = skipped_stages(STUDIES, config["stages"])
if workflow.output_settings is not None and workflow.output_settings.dryrun:
    logger.info(format_plan(build_plan(config, CATALOG, STUDIES)))
    for line in SKIPPED:
        logger.info(line)


onstart:
    for line in SKIPPED:
        logger.info(line)


rule all:
    default_target: True
    input:
        all_outputs(),
        report_outputs(),
