"""Amounts that are not one answer's bets: a second run of bets offered beside the first
("either 0%, 0%, 20%, 80% or 0%, 0%, 30%, 70% on 0, 1, 2, 3"), and a share per object in
prose that never speaks of bets ("a chance of winning of 20% each"). Generic: the words
are of betting, not of a study."""

from __future__ import annotations

import re

from .amounts import WITH_UNIT
from .text import sentence_start

# A run of three amounts or more with their units, then "or", right before a position.
_RUN_THEN_OR = re.compile(
    rf"(?<![\w.$]){WITH_UNIT}(?:\s*,\s*{WITH_UNIT}){{2,}}(?=\s*,?\s+or(?:\s+else)?\s*\Z)"
)


def run_before(text: str, position: int) -> re.Match | None:
    """The run of amounts offered as another answer ("... or") right before a position."""
    return _RUN_THEN_OR.search(text, 0, position)


_OF_BETS = re.compile(
    r"\b(?:bets?|betting|wagers?|stakes?|put|money|options?|outcomes?|split|spread|divide)\b"
)


def of_bets(reading, span: tuple[int, int]) -> bool:
    """Whether the sentence around an amount speaks of bets or names one of the reading's
    options (not in a count of the objects, "the 2 out of 3 tickets", nor in an amount,
    "20%", "0.2")."""
    start = sentence_start(reading.text, span[0])
    end = re.compile(r"[.!?](?!\d)|\n").search(reading.text, span[1])
    sentence = reading.text[start : end.start() if end else len(reading.text)]
    sentence = re.sub(
        r"\b\d+\s+(?:out\s+)?of\s+(?:the\s+)?\d+\b|\d*\.?\d+\s*%|\d+\.\d+", " ", sentence
    )
    return bool(_OF_BETS.search(sentence) or reading.named(sentence))
