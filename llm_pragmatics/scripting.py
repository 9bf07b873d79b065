"""What every rule script shares: logging to the rule's log, and clean errors."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from .errors import WorkflowError


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
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        main(smk)
    except WorkflowError as error:
        logging.getLogger(smk.rule).error("%s", error)
        sys.exit(1)
