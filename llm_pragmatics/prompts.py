"""Rendering a study's prompt templates (Jinja2) for one input row."""

from __future__ import annotations

from functools import lru_cache

import jinja2

from .errors import WorkflowError
from .studies import Study

_environment = jinja2.Environment(
    undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False
)


@lru_cache(maxsize=256)
def _compile(source: str) -> jinja2.Template:
    return _environment.from_string(source)


def render(study: Study, stage: str, part: str, row: dict) -> str:
    """The `part` ("system", "user", …) of `stage`'s prompt for one row; "" if not defined."""
    prompt = study.prompts.get(stage)
    if prompt is None:
        raise WorkflowError(f"{study.name} defines no prompt for the {stage} stage")
    source = prompt.get(part)
    if not source:
        return ""
    try:
        return _compile(source).render(**row).strip()
    except jinja2.UndefinedError as error:
        raise WorkflowError(
            f"{study.name}'s {stage} prompt ({part}) uses a variable the input does not "
            f"have: {error.message}"
        ) from None
    except jinja2.TemplateSyntaxError as error:
        raise WorkflowError(
            f"{study.name}'s {stage} prompt ({part}) is not a valid template: {error}"
        ) from None
