"""A factor's level read from its own words where no whole phrase stands (factors.py): a
frame word after the thing as its subject ("It was ...", "Your cake wasn't ..."), or a
closing word alone."""

from __future__ import annotations

import re
from functools import lru_cache

from .phrase_forms import COPULA, END, NOUN_BEFORE, SAID_NOUN, START, SUBJECT


@lru_cache(maxsize=64)
def level_pattern(word: str) -> re.Pattern:
    """A level's word alone; a copula only after its subject ("It was ...", "it's")."""
    if word in COPULA:
        # (glued "'s not" is a negation: "Your app's not terrible" is no "was" frame)
        glued = r"|'s\s+not\b" if word.endswith("n't") else r"|'s(?!\s+not\b)"
        # "It was", or the thing named ("Your cake was", "Kyle's performance was")
        return re.compile(
            rf"{START}(?!\S+\s+{SAID_NOUN})(?P<subject>{SUBJECT})"
            rf"(?:\s+(?:{COPULA[word]}){glued}){END}"
        )
    return re.compile(rf"{START}{re.escape(word)}{END}")


def level_in(word: str, part: str) -> re.Match | None:
    """The first place a level's word stands in a part, a frame in a relative clause left
    out ("answer the question that was asked of you", "a cake that was ..."): it tells of
    a noun inside another sentence, not of the thing."""
    for match in level_pattern(word).finditer(part):
        subject = match.groupdict().get("subject") or ""
        if re.fullmatch(r"(?:the|your|his|her|their|my|our)\s+(?:\w+\s+)?that", subject):
            continue
        if subject == "that" and NOUN_BEFORE.search(part, 0, match.start("subject")):
            continue
        return match
    return None
