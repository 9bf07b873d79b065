"""The amount left, named with its number, as an option's bet: "three the other 70%", "2
gets the remaining 60%", "and 3 takes the last $40". The rules count "the remaining 75%" as
75: the number is stated, only the words say it is what the other bets leave. Without a
number ("the rest", "the remainder") it is no amount (bet_patterns.py's "rest" kind reads
"the others: 0%", the options, not the money). Generic: the options come from the fields.
"""

from __future__ import annotations

import re

from .amounts import AMOUNT

# What stands between the option and the amount left: a verb that gives it, or nothing ("two
# 30% and three the other 70%", the verb of the clause before understood: read loosely).
_GIVEN = r"(?:(?P<verb>gets?|takes?|receives?|has|keeps?|with)[ \t]+)?"
# The words that name the amount left, then the amount with its unit (a bare number after
# "the other" counts the objects: "three the other 2").
_LEFT = (
    r"(?:the[ \t]+)?(?:other|remaining|last|(?:rest|remainder)[ \t]+of[ \t]+the)[ \t]+"
    r"(?=\$|\d+(?:\.\d+)?[ \t]?(?:%|percent\b))"
)


def remainder_pattern(one: str) -> tuple[str, re.Pattern]:
    """(kind, pattern) of an option given the amount left, for bet_patterns.py's list; `one`
    matches one option. Not an amount put on another option after it ("3 the other 70% on
    2" gives 70% to 2, if anything)."""
    return (
        "remainder",
        re.compile(
            rf"(?P<options>{one})[ \t]+{_GIVEN}{_LEFT}{AMOUNT}"
            r"(?![ \t]*(?:on|for|to|goes|go)\b)"
        ),
    )


def short_of_taken(kind: str, pattern: re.Pattern, match: re.Match, reading) -> re.Match | None:
    """An amount put on a list of options whose last ones a pattern of higher precedence
    has read with an amount of their own ("40% on two and three the remaining 60%"): the
    list stops before them ("40% on two"), as the amount is said before them. None when the
    amount or the list's first option is taken, when what is taken was refused as no bet
    ("$80 on 1 and 2 or more": the list bets on several states), or for other kinds."""
    if kind != "amount_first" or not match.groupdict().get("options"):
        return None
    clashes = [(s, e) for s, e in reading.taken if match.start() < e and s < match.end()]
    if any(reading.refuses(s, e) or (s, e) in reading.refused for s, e in clashes):
        return None
    stop = min(s for s, _ in clashes)
    if stop <= match.start("options") or not match.string[match.start() : stop].strip():
        return None
    shorter = pattern.search(match.string, match.start(), stop)
    if not shorter or shorter.start() != match.start() or not shorter.groupdict().get("options"):
        return None
    return shorter
