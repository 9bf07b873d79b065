"""What leaves a bet in doubt: an amount on a range of options ("at least 2: 90%", "2 or
more"), a bound on an amount ("at least 10%") and a second amount offered in an aside
("80% (or 70%)"). Generic: nothing here knows a study.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .amounts import AMOUNT, ANY_AMOUNT, amount_value, has_unit
from .bet_patterns import SEPARATOR, Options
from .readers import LOOSE, Found
from .text import TAKEN_BACK

if TYPE_CHECKING:
    from .bets import BetsFound


# A range of options ("at least 2", "2 or more", "2+"): one amount for several together.
SEVERAL_STATES = re.compile(
    r"(?<![$\d.])\b(?P<bound>at least|at most|no more than|no fewer than|more than|fewer than|"
    r"less than|up to)\s+(?P<n>\d+)(?![\d.%$])"
    r"|(?<![$\d.])\b(?P<m>\d+)(?:\s*\+(?!\s*\d)|\s+or\s+(?P<after>more|fewer|less))(?![\w%])"
)


# An aside right after an amount ("80% (or 70%)", "80%[note: 70% would also do]").
_ASIDE = re.compile(r"[ \t]*[%$]?[ \t]*[(\[](?P<aside>[^()\[\]\n]{0,80})[)\]]")
_OFFERED = re.compile(
    rf"\b(?:or|also|too|maybe|perhaps|instead|rather|alternatively|{TAKEN_BACK})\b|would\b"
)


def doubted_by_asides(reading: BetsFound) -> tuple[list, set]:
    """The bets, and the options in doubt: an amount with an aside that states another
    amount is no longer beyond doubt (loose), and one the aside offers as an answer too
    ("80% (or 70%)", "80% (70% would also do)") is in doubt."""
    found, in_doubt = [], set()
    for i, bet in reading.found:
        aside = _ASIDE.match(reading.text, bet.end)
        others = [
            a
            for a in re.finditer(AMOUNT, aside["aside"] if aside else "")
            if has_unit(a) and amount_value(a, None) != bet.value
        ]
        if others and _OFFERED.search(aside["aside"]):
            in_doubt.add((i, f"a second amount in an aside ({aside['aside'].strip()!r})"))
        elif others:
            bet = Found(bet.value, bet.start, bet.end, LOOSE)
        found.append((i, bet))
    return found, in_doubt


BOUND_AMOUNT = re.compile(
    r"\b(?:at least|at most|no more than|no less than|more than|less than|up to|over|under)"
    rf"\s+(?={ANY_AMOUNT})(?=\$|\d+(?:\.\d+)?\s?%)"
)


def given_an_amount(text: str, match: re.Match) -> bool:
    """Whether an amount is tied to the range: after it by a separator ("at least 2: 90%",
    "2+ - $80"), or before it by "on" or "for" ("90% on at least 2")."""
    after = re.match(rf"{SEPARATOR}{ANY_AMOUNT}", text[match.end() :])
    before = re.search(rf"{ANY_AMOUNT}\s*(?:on|for|to)\s+(?:the\s+)?$", text[: match.start()])
    return bool(after or before)


def options_covered(match: re.Match, options: Options) -> list[int]:
    """The options (by number) a range covers; none when its number is no option."""
    numbers = {i: float(label) for i, (label, _) in enumerate(options) if label.isdigit()}
    n = float(match["n"] or match["m"])
    if n not in numbers.values():
        return []
    bound = match["bound"] or ("at most" if match["after"] in ("fewer", "less") else "at least")
    keep = {
        "at least": lambda x: x >= n,
        "no fewer than": lambda x: x >= n,
        "at most": lambda x: x <= n,
        "no more than": lambda x: x <= n,
        "up to": lambda x: x <= n,
        "more than": lambda x: x > n,
        "fewer than": lambda x: x < n,
        "less than": lambda x: x < n,
    }[bound]
    return [i for i, x in numbers.items() if keep(x)]
