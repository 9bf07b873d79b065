"""A short answer set apart at the head of a longer one: the paragraphs before a last
paragraph that explains it ('It wasn\'t "amazing".\n\n(She liked it a little ...)')."""

from __future__ import annotations

import re

from .answer_markers import ANSWER_MARKER
from .phrase_forms import SHORT_ANSWER_WORDS
from .revisions import REVISION
from .text import words


def short_lead(text: str, whole: re.Pattern) -> int | None:
    """Where a short answer given on its own ends, when the answer is that, a blank line,
    and one paragraph that only explains it: no sentence of the set, no quote, no answer
    marker and no revision in it (any of those may be a second answer). None otherwise."""
    parts = list(re.finditer(r"\n[ \t]*\n\s*", text.strip()))
    if not parts or whole.search(text):
        return None
    start = len(text) - len(text.lstrip())
    end = start + parts[-1].start()
    rest = text[start + parts[-1].end() :]
    lead = text[start:end]
    if not 0 < len(words(lead)) <= SHORT_ANSWER_WORDS or "\n" in rest.strip():
        return None
    if re.search(r"[\"“”]|(?<!\w)'|'(?!\w)", rest) or ANSWER_MARKER.search(rest):
        return None
    return None if REVISION.search(rest) else end
