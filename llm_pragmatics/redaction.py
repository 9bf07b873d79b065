"""A last line of defence: no credential from the environment is ever written to an output.

Credentials reach the workflow only as environment variables (HF_TOKEN, an API key named by
a catalog entry's `endpoint.api_key_env`). Text written for people (provenance, report
pages) passes through redact_secrets, which replaces the value of every such variable.
"""

from __future__ import annotations

import os
import re

SECRET_NAME = re.compile(r"TOKEN|KEY|SECRET|PASSW|CREDENTIAL|AUTH", re.IGNORECASE)
# Shorter values (flags, small numbers) would redact ordinary text and protect nothing.
MIN_SECRET_LENGTH = 8
REDACTED = "[redacted]"


def secret_values(environ: dict[str, str] | None = None) -> list[str]:
    environ = os.environ if environ is None else environ
    values = {
        value
        for name, value in environ.items()
        if SECRET_NAME.search(name) and len(value) >= MIN_SECRET_LENGTH
    }
    return sorted(values, key=len, reverse=True)  # longest first: no partial leftovers


def redact_secrets(text: str, environ: dict[str, str] | None = None) -> str:
    for value in secret_values(environ):
        text = text.replace(value, REDACTED)
    return text
