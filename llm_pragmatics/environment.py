"""Settings a run reads from the environment: stop at once, naming each one that is unset.

A configuration lists them under `required_environment` (the NRP profile's does: namespace,
image, bucket, S3 endpoint and keys), with the place in the docs that sets them. Without
the check, an unset variable reaches Snakemake literally (a bucket named `$NRP_S3_BUCKET`)
and fails deep inside the storage plugin, once per file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .errors import WorkflowError


def missing_variables(required: Mapping | None, environ: Mapping[str, str] = os.environ) -> list:
    """The required variables that are unset or empty, in the order the config lists them."""
    if not required:
        return []
    return [name for name in required["variables"] if not environ.get(name)]


def require_environment(required: Mapping | None, environ: Mapping[str, str] = os.environ):
    """Raise WorkflowError naming every unset variable and where the docs set them."""
    missing = missing_variables(required, environ)
    if missing:
        raise WorkflowError(
            f"environment variable(s) not set: {', '.join(missing)}. "
            f"{required['set_in']} sets them. "
            'For a plan without a cluster or credentials: make plan INPUTS="study=CSV ...".'
        )
