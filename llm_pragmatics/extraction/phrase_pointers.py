"""What an answer says of a quoted phrase right after it, pointing back at it with "this"
or "that": picked ('"It was good" - accurate. I'd go with that.', '... is softer; this is
what he would say') or rejected ('"It was amazing" would hurt her, so she'd avoid this',
"This one is too generous"). phrases.py and phrase_mention.py ask it of each quote."""

from __future__ import annotations

import re

from .answer_markers import quote_around
from .phrase_forms import Choice

_POINTER = r"(?:this|that)(?:\s+(?:one|1|option|sentence|line|phrase))?"
# (not "that" opening a clause: "she wouldn't say that it was bad")
_NO_CLAUSE = r"(?!\s+(?:it|she|he|they|the|her|his|you|we|i)\b)"
_PICKED = re.compile(
    rf"\b(?:{_POINTER}(?:\s+is|'s)|that's)\s+(?:exactly\s+)?(?:what\s+\w+\s+would\s+(?:say|choose|pick)|"
    r"(?:my|the)\s+(?:answer|pick|choice)\b)|"
    rf"\b(?:i'?d|i\s+would|i'll|i\s+will|let's)\s+(?:go\s+with|pick|choose){_NO_CLAUSE}"
    rf"\s+{_POINTER}\b{_NO_CLAUSE}"
)
# (not a rejection under a condition: "I'd avoid this only if she wanted to be blunt")
_REJECTED = re.compile(
    r"\b(?:(?:avoid|avoids|avoiding|skip|skips)(?:\s+(?:saying|using|picking|choosing))?|"
    r"rule\s+out|rules\s+out|ruled\s+out|"
    rf"(?:not|n't|never)\s+(?:say|use|pick|choose|go\s+with)){_NO_CLAUSE}\s+{_POINTER}\b"
    rf"{_NO_CLAUSE}(?!\s+(?:only\s+)?(?:if|unless|when)\b)|"
    rf"\b(?:{_POINTER}(?:\s+is|'s)|that's)\s+(?:out|off the table|too\s+[a-z]+|"
    r"not\s+(?:it|right|ideal|the\s+(?:one|1|answer|pick|choice)))\b"
)
PICKED, REJECTED = "picked", "rejected"


def pointed_back(text: str, choice: Choice) -> str | None:
    """PICKED or REJECTED when the two sentences after the phrase's quote (up to the next
    quote or line) pick or reject it with "this"/"that"; None otherwise."""
    quote = quote_around(text, choice)
    if quote is None:
        return None
    rest = re.split(r"[\"\n]|(?<=\s)'(?=\w)", text[quote.end() :])[0]
    rest = re.match(r"(?:[^.!?]*(?:[.!?]+|$)){0,2}", rest).group()
    if _REJECTED.search(rest):
        return REJECTED
    return PICKED if _PICKED.search(rest) else None
