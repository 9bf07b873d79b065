"""Named candidates the reasoning weighs before it picks one ("Option A (trust him): 0: 0%,
1: 100% ... Option B (allow for error): ... so I'll go with Option B"): the values on the
line of a candidate passed over are no answer. The chosen one's line still counts, so a
block that gives other values than the one chosen still conflicts. Generic: no study's
words."""

from __future__ import annotations

import re

# A candidate's name: a noun, then a letter ("Option A", "Plan B"), or a number after a noun
# that names no option of the answer ("set 2"; "option 2" may be the bets' state 2).
_NAME = (
    r"(?:(?:option|choice|plan|candidate|version|alternative|approach|set)[ \t]+[a-z]"
    r"|(?:set|plan|candidate|version)[ \t]+\d)\b"
)
_HEAD = re.compile(rf"[ \t>*#-]*\**(?P<id>{_NAME})")
_CHOSEN = (
    r"\b(?:go(?:ing)?|went|stick(?:ing)?|settle|settling|opt(?:ing)?)[ \t]+(?:with|for|on)"
    r"|\b(?:choose|choosing|chose|pick(?:ing)?|picked|prefer|take|taking|use)"
)
_CHOICE = re.compile(rf"(?:{_CHOSEN})[ \t]+(?:the[ \t]+)?\**(?P<id>{_NAME})")


def passed_over(text: str, position: int, end: int) -> bool:
    """Whether `position` lies on the line of a named candidate that a later sentence
    before `end` passes over by choosing another one by name."""
    start = text.rfind("\n", 0, position) + 1
    head = _HEAD.match(text, start)
    if not head or head.end() > position:
        return False
    line_end = text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    chosen = {" ".join(m["id"].split()) for m in _CHOICE.finditer(text, line_end, end)}
    return bool(chosen) and " ".join(head["id"].split()) not in chosen
