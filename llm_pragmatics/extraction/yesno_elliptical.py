"""A short yes or no said with the claim's verb alone ("He does not.", "She does."), and
one said before a correction of it ("He does. Actually no, he doesn't."): an answer given
and then taken back is two answers (the labelling rules' revision)."""

from __future__ import annotations

import re

from .readers import LOOSE, Found
from .text import CORRECTING, REVISING

# A short answer that says yes or no with its verb alone: "He does not.", "She does."
# A hedge before it, or an adverb in it, leans that way: "I'd say she probably does", "I
# doubt he does".
ELLIPTICAL = re.compile(
    r"^[\s\"']*(?P<lead>(?:i(?:'d| would) (?:say|guess|think)|i (?:think|believe|guess|"
    r"suppose|expect|reckon)|(?:i'm|i am) (?:fairly |pretty |quite |very |almost )?(?:sure|"
    r"certain|confident)|(?P<doubt>i doubt|i don't think))(?: that)?\s+)?"
    r"(?:he|she|they|it|[a-z]+)\s+(?P<adverb>(?:probably|likely|most likely|very likely|"
    r"definitely|certainly|surely|really|clearly|obviously)\s+)?"
    r"(?P<verb>(?:does|did|can|could|is|has|knows?)"
    r"(?P<not>\s+not|n't)?)\s*(?:know(?: exactly)?)?"
    r"(?P<trail>\s*,\s*(?:i think|i guess|i believe|i'd say|probably))?"
    # (then its reason, if any: "He does. Joe looked at all 3.", "She doesn't - she saw
    # one."; not a contrast or a second answer: "She does, but only about one")
    rf"(?:[\s.!\"']*$|(?:[.!;,:]|\s+-+)\s+(?!(?:but|though|although|except|however|yet|only|"
    rf"not|no|yes|or)\b)(?=[a-z])(?![^?\n]*\b(?:{REVISING}|{CORRECTING}|no|yes)\b)[^?\n]*$)"
)

_CORRECTION = re.compile(rf"\b(?:{REVISING}|{CORRECTING})\b")


def answered_before_correction(text: str) -> list[Found]:
    """The short answer that a part gives before a word that corrects it ("He does.
    Actually no, he doesn't."; "She doesn't - wait, she does"): the first of two answers."""
    correction = _CORRECTION.search(text)
    if not correction:
        return []
    before = text[: correction.start()].rstrip(" \t,;:-\u2013\u2014")
    said = ELLIPTICAL.match(before)
    if not said:
        return []
    value = "no" if said["not"] else "yes"
    if said["doubt"]:
        value = "yes" if value == "no" else "no"
    return [Found(value, *said.span("verb"), LOOSE)]
