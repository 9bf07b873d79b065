"""Where a list of options runs into the next pair's key: "3: 70%, 20% on 2, 1: 5%". The
"2" ends the pair before ("20% on 2") and "1" keys the pair after ("1: 5%"); read as one
list, "2, 1: 5%" would put 5% on 2 and "20% on 2, 1" 20% on 1. A pattern's matches are
taken apart there, each list keeping only the options that are its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .bet_patterns import LIST

# Right before a list of options, an amount and the word that puts it on them: the list's
# first option is that amount's ("20% on 2, 1: 5%").
_AMOUNT_ON_BEFORE = re.compile(r"(?<![\w.])\$?\d+(?:\.\d+)?%?[ \t]+(?:on|for|to)[ \t]+$")
# Right after a list of options, a key's separator and an amount: the list's last option
# keys the pair after it ("20% on 2, 1: 5%").
_KEY_AFTER = re.compile(r"[ \t]*[:=][ \t]*\$?\d")
_SEPARATOR = re.compile(LIST)


def pairs_apart(kind: str, pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The pattern's matches in the text, a list of options that runs into the pair before
    or after it taken apart (see the module)."""
    position = 0
    while position <= len(text):
        match = pattern.search(text, position)
        if not match:
            return
        listed = "options" if match.groupdict().get("options") else None
        separators = list(_SEPARATOR.finditer(match[listed])) if listed else []
        start = match.start(listed) if listed else 0
        if (
            kind in ("option_first", "line")
            and separators
            and _AMOUNT_ON_BEFORE.search(text, 0, start)
        ):
            position = start + separators[0].end()  # the list starts after its first option
            continue
        if kind == "amount_first" and separators and _KEY_AFTER.match(text, match.end(listed)):
            shorter = pattern.search(text, match.start(), start + separators[-1].start())
            if shorter:
                yield shorter
                position = max(shorter.end(), position + 1)
                continue
        yield match
        position = max(match.end(), position + 1)
