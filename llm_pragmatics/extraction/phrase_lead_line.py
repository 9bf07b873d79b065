"""The lead line above a quote alone on its line ('He would not say:\n\n"It was awful."'):
the words that give the quote, though a line break parts them from it, so the checks a
quote passes on its lead's own line (rejected, not said, someone else's words) see them.

The factor reader (factors.py) reads a quote's frame when it holds no word of the set;
these rules give it the words before the quote wherever the answer puts them, and keep
the parser from reading such a lead as a heading with the quote below it read apart.
"""

from __future__ import annotations

import re

from .phrase_context import NOT_SAID_BEFORE, REJECTED_BEFORE
from .phrase_mention import said_by_another

# A colon closing the line right above the quote, a blank line or two between them.
_COLON_THEN_LINE = re.compile(r":[ \t*]*\n(?:[ \t]*\n){0,2}[ \t>*]*$")


def quote_before(text: str, start: int) -> str:
    """The words before a quote at `start` in its sentence (the last 60 characters); for a
    quote alone on its line, those of the lead above it up to the colon that closes it."""
    colon = _COLON_THEN_LINE.search(text, 0, start)
    if not colon:
        return re.split(r"[.!?\n]", text[max(0, start - 60) : start])[-1]
    lead = text[max(0, colon.start() - 60) : colon.start()].rstrip(" \t*")
    return re.split(r"[.!?\n]", lead)[-1] + " "


def lead_sets_aside(line: str) -> bool:
    """Whether a first line closed by a colon ('Tom disliked it, so he would not say:') is
    the lead of the quote below it that gives it as no answer (said not to be, rejected,
    someone else's): no heading, so the quote below it is not read apart from it."""
    lead = line.strip().rstrip("*").rstrip()
    if not lead.endswith(":"):
        return False
    lead = re.split(r"[.!?\n]", lead[:-1].rstrip(" \t*"))[-1]
    return bool(
        NOT_SAID_BEFORE.search(lead + ' "')
        or REJECTED_BEFORE.search(lead + ' "')
        or said_by_another(lead + " ")
    )
