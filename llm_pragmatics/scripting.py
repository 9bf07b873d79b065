"""What every rule script shares: logging to the rule's log, and clean errors."""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from .client import Journal, RequestSettings, journal_path, resolve_endpoint
from .config import Model
from .errors import WorkflowError
from .studies import Study
from .weights import with_prepared_revision


def run_rule_script(main: Callable[[object], None], smk) -> None:
    """Run a script's `main(snakemake)` with its log set up; exit 1 on a user-facing error.

    Messages go to the rule's log file and to stderr, so a failure shows in the terminal
    without opening the log. A WorkflowError's message is the whole story: no traceback.
    """
    handlers: list[logging.Handler] = [logging.StreamHandler(sys.stderr)]
    if smk.log:
        handlers.append(logging.FileHandler(str(smk.log[0]), mode="a", encoding="utf-8"))
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
        datefmt="%Y-%m-%dT%H:%M:%S",
        handlers=handlers,
        force=True,
    )
    for noisy in ("httpx", "httpcore", "openai"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        main(smk)
    except WorkflowError as error:
        logging.getLogger(smk.rule).error("%s", error)
        sys.exit(1)


def job_study(smk) -> Study:
    """The job's study, loaded from the folder of its definition (the rule's `definition`
    input, a copy beside copies of the folder's code on the cluster)."""
    return Study.load(smk.wildcards.study, Path(smk.input.definition).parent)


def job_model(key: str, answering: dict, manifest: str | None) -> Model:
    """A stage's model: what of its catalog entry changes its answers (a rule param), with
    the revision its weights manifest (a rule input) records."""
    return with_prepared_revision(Model.from_entry(key, answering), manifest)


def request_layer(smk, study: Study, model: Model, stage: str, label: str | None = None) -> dict:
    """A stage script's arguments for the request layer (RequestRunner, OptionScorer).

    The model's endpoint is resolved (waiting for its server) only when a request must be
    sent, so a rerun whose requests are all journalled needs no server; the journal is the
    output's own, named by the study's id (a renamed config key finds it); request settings
    come from the config, not from rule params, so that changing them reruns nothing.
    """
    timeout = smk.config["server"]["startup_timeout_seconds"]
    return {
        "endpoint": functools.cache(
            lambda: resolve_endpoint(model, smk.input.get("endpoint"), timeout)
        ),
        "model": model,
        "journal": Journal(journal_path(smk.config, smk.wildcards.model, study.id, stage)),
        "settings": RequestSettings.from_config(smk.config["requests"]),
        "label": label or f"{smk.wildcards.model} {study.name} {stage}",
    }
