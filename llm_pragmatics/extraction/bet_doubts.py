"""What leaves a bet in doubt: an amount on a range of options ("at least 2: 90%", "2 or
more"), a bound on an amount ("at least 10%") and a second amount offered in an aside
("80% (or 70%)"). Generic: nothing here knows a study.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .amounts import AMOUNT, ANY_AMOUNT, WITH_UNIT, amount_value, has_unit
from .bet_patterns import SEPARATOR, Options
from .readers import LOOSE, Found
from .text import CORRECTING

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
    rf"\b(?:or|also|too|maybe|perhaps|instead|rather|alternatively|{CORRECTING})\b|would\b"
)


# A second amount offered or put in its place right after an amount or after the option it is
# on, in the same list item ("20%, maybe 30%", "$20 or $30", "30%/40%", "20% - no wait, 30%",
# "$10 on two, perhaps $15"): the bet is one of two.
_ALTERNATIVE = re.compile(
    r"(?:[ \t]*%?[ \t]*/|[ \t]*%?[ \t]*[,;:\u2013\u2014-]?[ \t]*(?:\.\.\.|\u2026)?[ \t]*"
    rf"(?:(?:or|possibly|maybe|perhaps|probably)\b|(?:{CORRECTING})\b"
    r"|no\b(?=[ \t]*[,\u2013\u2014-])))"
    r"(?:[ \t,]*(?:maybe|perhaps|possibly|even|so|rather|no|wait|make it|say)\b)*[ \t,:]*"
    rf"(?P<second>{AMOUNT})(?!\s*(?:on|for|to|that)\b)"
)


def _second_amount(reading: BetsFound, bet: Found) -> re.Match | None:
    """A second amount of another value offered beside the bet's amount, or after the words
    of its option ("$10 on two, perhaps $15"), that is itself no bet."""
    ends = {bet.end} | {end for start, end in reading.taken if start <= bet.start < end}
    starts = {f.start for _, f in reading.found}
    for end in sorted(ends):
        second = _ALTERNATIVE.match(reading.text, end)
        if (
            second
            and has_unit(second)
            and amount_value(second, None) != bet.value
            and not any(second.start("second") <= s < second.end("second") for s in starts)
        ):
            return second
    return None


# An amount in brackets that is nothing but another amount with its unit, right after the
# bet's ("20% ($25)", "$25 (20%)") or right before it ("20% ($25) on two" reads the $25):
# the bet said twice, dollars and percent being the same numbers of the $100.
_BRACKETED = re.compile(rf"[ \t]*%?[ \t]*\([ \t]*(?:=|~|≈)?[ \t]*(?P<amount>{AMOUNT})[ \t]*\)")
_BEFORE_BRACKET = re.compile(rf"(?P<amount>{WITH_UNIT})[ \t]*\([ \t]*\$?[ \t]*$")


def _bracketed_again(reading: BetsFound, bet: Found) -> str | None:
    """The other amount when the bet's amount is given again in brackets with another value."""
    text = reading.text
    after = _BRACKETED.match(text, bet.end)
    if after and has_unit(after) and amount_value(after, None) != bet.value:
        return after["amount"].strip()
    before = _BEFORE_BRACKET.search(text, max(0, bet.start - 20), bet.start)
    number = before and re.search(r"\d+(?:\.\d+)?", before["amount"])
    if (
        number
        and float(number.group()) != bet.value
        and text[bet.end : bet.end + 2].strip(" %").startswith(")")
    ):
        return before["amount"].strip()
    return None


def _aside(reading: BetsFound, bet: Found) -> re.Match | None:
    """An aside after the bet's amount, or after the words of its option ("20% on two (or
    25%)")."""
    ends = {bet.end} | {end for start, end in reading.taken if start <= bet.start < end}
    asides = [_ASIDE.match(reading.text, end) for end in sorted(ends)]
    return next((a for a in asides if a), None)


def doubted_by_asides(reading: BetsFound) -> tuple[list, set]:
    """The bets, and the options in doubt: an amount with an aside that states another
    amount is no longer beyond doubt (loose), and one the aside offers as an answer too
    ("80% (or 70%)", "80% (70% would also do)") is in doubt; so is one followed at once by
    a second amount offered or put in its place ("20%, maybe 30%", "20% - no wait, 30%")."""
    found, in_doubt = [], set()
    for i, bet in reading.found:
        again = _bracketed_again(reading, bet)
        if again:
            in_doubt.add((i, f"stated again in brackets as another amount ({again!r})"))
            found.append((i, bet))
            continue
        second = _second_amount(reading, bet)
        if second:
            in_doubt.add((i, f"a second amount offered beside it ({second.group().strip()!r})"))
            found.append((i, bet))
            continue
        aside = _aside(reading, bet)
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
    "2+ - $80", also after the objects' words), or before it by "on" or "for" ("90% on at
    least 2")."""
    after = re.match(rf"{SEPARATOR}{ANY_AMOUNT}", text[match.end() :]) or re.match(
        # the objects' words between, then an amount with its unit ("at least 2 sprouted:
        # 100%"; a bare number after words may be anything)
        rf"(?:[ \t]+(?!(?:and|or|on|for|is|gets?|at)\b)[a-z'-]+){{1,4}}{SEPARATOR}{WITH_UNIT}",
        text[match.end() :],
    )
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


# An amount moved from one option to another ("move $10 from three to two", "shift 5% off 3
# onto 2", "take 10 points from 1 and put them on 2"): both bets change by it, to amounts
# the answer leaves the reader to work out. Said after the bets (a P.S., a second thought),
# each is stated twice; said before bets on them, it is reasoning towards them.
_MOVED = re.compile(
    r"\b(?:move|moving|moved|shift|shifting|shifted|transfer|transferring|transferred|"
    r"take|taking|took|reallocate|reallocating)\s+(?:about\s+|another\s+|an?\s+extra\s+)?"
    r"(?:\$[ \t]?\d+(?:\.\d+)?|\d+(?:\.\d+)?[ \t]?(?:%|percent|dollars|points|percentage "
    r"points))\s+(?:away\s+)?(?:from|off(?:\s+of)?)\s+(?P<source>[^.;!?\n]{1,40}?)\s+"
    r"(?:(?:and|,)\s+(?:put|add|give|place)\s+(?:it|them|that)\s+)?(?:on|onto|to|into|"
    r"over\s+to|towards?)\s+(?P<target>[^.;!?\n,]{1,40})"
)


def moved_amounts(reading: BetsFound) -> set[tuple[int, str]]:
    """The options an amount is moved between, with no bet on them stated after the move."""
    doubted = set()
    for match in _MOVED.finditer(reading.text):
        source = reading.named(match["source"])
        target = reading.named(re.split(r"\s+(?:and|but|so|since|as)\s+", match["target"])[0])
        if len(source) != 1 or len(target) != 1 or source == target:
            continue
        moved = set(source + target)
        if any(i in moved and f.start > match.end() for i, f in reading.found):
            continue  # "I'd shift $10 from 3 to 2. Bets: ...": the bets that follow are it
        reason = f"{match.group()!r} moves an amount between bets, so each is stated twice"
        doubted |= {(i, reason) for i in moved}
    return doubted
