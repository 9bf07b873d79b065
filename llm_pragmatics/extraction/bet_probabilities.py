"""A bet written as a probability in a formal derivation: "P(N = 2) = 1/10 = 10%", the
option inside the event "N = 2" (or alone: "P(2)", "P2", and "p 2" as text.py writes a key's
index at a line's start) and the amount the percent the line ends on. The rules label
the percent: a fraction alone is no amount (the prompt asks for percentages), but beside
the percent it is only the same probability worked out. Generic: the options' labels come
from the fields; the variable may be any one letter.
"""

from __future__ import annotations

import re

from .amounts import AMOUNT

# What may stand between the event and its percent: the probability as a fraction or a
# number first ("= 1/10 =", "= 0 =", "≈ 0.9 ≈"); what follows must then carry its unit.
_WORKED = r"(?:\d+(?:\.\d+)?(?:[ \t]*/[ \t]*\d+(?:\.\d+)?)?[ \t]*(?:=|≈)[ \t]*)?"


def probability_pattern(options) -> tuple[str, re.Pattern]:
    """(kind, pattern) for bet_patterns.py's list: "P(N = k) = [fraction =] amount" for one
    option k of `options` ((label, aliases) pairs). Not an event of several options ("P(N
    >= 2)", "P(N = 2 or 3)"): only "=" and one label inside the brackets."""
    labels = "|".join(re.escape(label) for label, _ in options)
    return (
        "option_first",
        re.compile(
            rf"(?<![\w])p[ \t]*(?P<open>\()?(?(open)[ \t]*(?:[a-z][ \t]*=[ \t]*)?)"
            rf"(?P<options>{labels})(?(open)[ \t]*\))"
            rf"[ \t]*(?:=|≈)[ \t]*{_WORKED}(?=\$|\d+(?:\.\d+)?[ \t]?%){AMOUNT}"
        ),
    )
