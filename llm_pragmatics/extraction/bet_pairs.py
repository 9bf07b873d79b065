"""Bets paired with their options one by one, in any order and with any words between
("2 gets $10 and 3 gets $5", "a 70% chance all 3 passed, a 30% chance only 2 did"): the
reading of a bets part that no layout covers, accepted only where it leaves no doubt.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .amounts import AMOUNT, EVERYTHING, NOTHING_WORDS, amount_value, has_unit
from .garbled import BLANKED
from .readers import LOOSE, Found

if TYPE_CHECKING:
    from .bets import BetsFound

# An amount that says it is one, for pairing: with its unit, or a word ("nothing", "all
# of it"), not "none".
_PAIRED_AMOUNT = re.compile(rf"{AMOUNT}|(?P<nothing>{NOTHING_WORDS})\b|{EVERYTHING}\b")
# A sentence, or a run of cells of one line ("0 0% | 1 0% | ..."): where pairs are sought.
_PAIRING_SPAN = re.compile(r"(?:\.(?=\d)|[^.!?\n;])+")


def alternating_pairs(
    reading: BetsFound, total: float | None, whole: bool = False
) -> list[tuple[int, Found]]:
    """Bets in any order and with any words between: in each sentence of a bets part, the
    options named and the amounts stated alternate one by one ("2 gets $10 and 3 gets $5",
    "a 70% chance all 3 passed, a 30% chance only 2 did", "0 bulbs working 10%, 1 working
    50%"), amount first or option first all through. Accepted only when the reading leaves
    no doubt: every number of the sentence is an option or an amount, no option gets two
    amounts, and nothing read otherwise is contradicted; then only for options without an
    amount. A loose reading: it is no layout. Outside a bets part (`whole`), only a
    sentence that pairs every option once ("Then 5% none, 20% one, 25% two, 50% three"):
    the whole list says it is the bets."""
    stated = {i: f.value for i, f in reading.found}
    pairs: dict[int, Found] = {}
    for sentence in _PAIRING_SPAN.finditer(reading.text):
        if reading.refuses(*sentence.span()):
            continue
        tokens = _pairing_tokens(reading, sentence.group(), sentence.start(), total)
        if tokens is None or len(tokens) < 2 or len(tokens) % 2:
            continue
        kinds = [kind for kind, *_ in tokens]
        if kinds[0] == kinds[1] or any(a != b for a, b in zip(kinds, kinds[2:], strict=False)):
            continue  # not one by one
        if len(tokens) == 2 and not _tied(reading.text, sentence.start(), tokens):
            continue  # one number beside one amount: "the probability of 3 events, 0.78%"
        named = {option for kind, option, _ in tokens if kind == "option"}
        if whole and len(named) * 2 != len(tokens) or whole and len(named) < len(reading.labels):
            continue
        for first, second in zip(tokens[::2], tokens[1::2], strict=True):
            (_, option, _), (_, amount, span) = sorted(
                (first, second), key=lambda t: t[0] != "option"
            )
            if option in pairs and pairs[option].value != amount:
                return []  # two amounts for one option
            pairs[option] = Found(amount, *span, LOOSE)
    if any(i in stated and stated[i] != found.value for i, found in pairs.items()):
        return []
    return [(i, found) for i, found in sorted(pairs.items()) if i not in stated]


# Before an option that a lone amount is tied to: the sentence's start, or a word that
# makes the number the thing bet on ("on 2", "to the option 1", "exactly 1").
_TIED_BEFORE = re.compile(
    r"(?:^|\b(?:and|but|so|then)|\b(?:on|to|for|options?|states?|outcomes?|exactly))"
    r"[\s,]*(?:the\s+)?(?:options?\s+)?$"
)


def _tied(text: str, start: int, tokens: list) -> bool:
    ((_, _, option),) = [t for t in tokens if t[0] == "option"]
    return bool(_TIED_BEFORE.search(text[start : option[0]]))


def _pairing_tokens(reading: BetsFound, text: str, offset: int, total: float | None):
    """("option", index, span) and ("amount", value, span) of a sentence, in order; None
    when a number in it is neither (a count, a year: the sentence reads another way) or
    an option name is in doubt."""
    if BLANKED in text:
        return None  # numbers in arithmetic: operands and results, not options and amounts
    tokens, taken = [], []
    for match in _PAIRED_AMOUNT.finditer(text):
        if match.groupdict().get("value") is not None and not has_unit(match):
            continue
        value = amount_value(match, total)
        if value is None:
            return None
        span = match.span("value") if match.groupdict().get("value") else match.span()
        tokens.append(("amount", value, (span[0] + offset, span[1] + offset)))
        taken.append(match.span())
    for i, label in enumerate(reading.labels):
        for match in label.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            tokens.append(("option", i, (match.start() + offset, match.end() + offset)))
            taken.append(match.span())
    for number in re.finditer(r"\d+(?:\.\d+)?", text):
        if not any(s <= number.start() < e for s, e in taken):
            return None
    tokens.sort(key=lambda t: t[2][0])
    spans = [t[2] for t in tokens]
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
        return None  # an option inside an amount's words
    return tokens
