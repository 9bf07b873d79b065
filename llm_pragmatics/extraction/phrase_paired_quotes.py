"""Two quoted sentences given together as the answer ('The answer is "It was terrible" and
"It wasn\'t great"', '... "It was bad" or "It wasn\'t okay".'): the labelling rules leave
both fields empty when two sentences are offered without a choice, whatever their frames
('"It was terrible" and "It was great"': a word outside the four still states its frame,
and the two are still two sentences). The same sentence twice is one sentence. A quote
beside one it rejects or weighs ('"It was bad", not "It wasn\'t okay"',
'"It was bad" and "It wasn\'t okay" would be too kind') is no such pair."""

from __future__ import annotations

import re

from .answer_markers import QUOTE, quote_around
from .phrase_forms import FILLERS, Choice
from .readers import Unreadable

# The frame a quoted sentence states: its pronoun subject and the verb, with or without
# the negation ("It wasn't great", "It was not great at all", "That was lovely").
_FRAMED = re.compile(
    r"^[\s*_]*(?:it|this|that)\s+(?P<frame>was\s+not|wasn't|wasn’t|was)\s+"
    rf"(?:(?:{FILLERS})\s+)*[^\W\d_][\w'-]*",
    re.IGNORECASE,
)
# "and" or "or" joining two quotes, and nothing else between them.
_JOINED = r"[ \t]*,?[ \t]*(?:and|or)[ \t]+"
_AFTER = re.compile(rf"{_JOINED}(?={QUOTE.pattern})")
_BEFORE = re.compile(rf"(?:{QUOTE.pattern}){_JOINED}$")
# The second of the pair closes its sentence: given, not weighed ("... would be too harsh").
_CLOSES = re.compile(r"[ \t*_]*[.!]*[ \t*_]*(?:\n|$)|[ \t*_]*[.!]+[ \t]+(?=[A-Z])")


def frame_of(quoted: str) -> str | None:
    """The frame ("was" or "wasn't") a quoted sentence states, None if it states none."""
    framed = _FRAMED.match(quoted.strip("\"'“” "))
    if not framed:
        return None
    return "was" if framed["frame"].lower() == "was" else "wasn't"


def refuse_a_paired_quote(text: str, choice: Choice) -> None:
    """Unreadable when the quote a choice stands in is joined by "and" or "or" to another,
    different quoted sentence in the prompt's frame, the pair closing its sentence."""
    quote = quote_around(text, choice)
    if not quote:
        return
    own = quote.group()
    if frame_of(own) is None:
        return
    after = _AFTER.match(text, quote.end())
    if after:
        other = QUOTE.match(text, after.end())
        if other and _CLOSES.match(text, other.end()) and _another(own, other.group()):
            raise Unreadable("the answer gives two sentences together")
    before = _BEFORE.search(text, 0, quote.start())
    if before and _CLOSES.match(text, quote.end()):
        other = QUOTE.match(text, before.start())
        if other and _another(own, other.group()):
            raise Unreadable("the answer gives two sentences together")


def _another(own: str, quoted: str) -> bool:
    """Whether a quote is a sentence in the prompt's frame other than the choice's own."""
    return frame_of(quoted) is not None and _sentence(quoted) != _sentence(own)


def _sentence(quoted: str) -> str:
    """A quoted sentence as it reads: case, curly apostrophes, "was not", spacing and the
    closing stop set aside ('"It was not bad."' and '"it wasn't bad"' are one sentence)."""
    words = quoted.strip("\"'“” ").lower().replace("’", "'")
    words = re.sub(r"\bwas\s+not\b", "wasn't", words)
    return " ".join(re.sub(r"[.!,;:*_\s]+$", "", words).split())
