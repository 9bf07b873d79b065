"""Amounts on options without a unit ("0 on 1", "0 is 0") that their sentence makes bets:
another amount of the sentence has its unit, a verb of betting stakes one, or the sentence
lists the options as bets. The bet reader (bets.py) gathers them; these decide."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .readers import LOOSE, Found

if TYPE_CHECKING:
    from .bets import BetsFound


def sentence_index(text: str, position: int) -> int:
    return len(re.findall(r"[.!?\n]", text[:position]))


# Right before an amount, a verb that stakes it ("I'd bet 100 on two", "put 60 on 3").
_STAKED = re.compile(r"\b(?:bet|wager|stake|put|place)\s+$")
# A sentence that speaks of its amounts as bets ("For the bets, I'll say ...").
_OF_BETS = re.compile(r"\b(?:bets?|betting|wagers?|stakes?|put|money)\b")


def unitless_bets(reading: BetsFound, unitless: list) -> list[tuple[int, Found]]:
    """Amounts on options without a unit ("0 on 1") that their sentence makes bets (read
    loosely): one of its amounts has a unit, also after them ("0 on none, 0 on 1, 90% on
    2"); a verb of betting stakes one ("I'd bet 60 on three and 40 on two"); or they give three
    options or more in a sentence that speaks of bets ("for the bets, I'll say 0 on 0, 0 on
    1, 100 on 2")."""
    text, by_sentence = reading.text, {}
    for named, value, match in unitless:
        if reading.free(*match.span()):
            by_sentence.setdefault(sentence_index(text, match.start()), []).append(
                (named, value, match)
            )
    sentences = re.split(r"[.!?\n]", text)
    found = []
    for index, pairs in by_sentence.items():
        options = {i for named, _, _ in pairs for i in named}
        listed = len(options) >= min(3, len(reading.options)) and _OF_BETS.search(sentences[index])
        staked = any(
            _STAKED.search(text, 0, match.start("value"))
            and re.match(r"\S+\s+on\b", text[match.start("value") :])
            for _, _, match in pairs
        )
        for named, value, match in pairs:
            if index in reading.explicit_sentences or listed or staked:
                reading.taken.append(match.span())
                found += [(i, Found(value, *match.span("value"), LOOSE)) for i in named]
    return found


def unit_before(reading: BetsFound, match: re.Match) -> bool:
    """Whether an earlier amount in the same sentence had its unit ("$80 on three and
    twenty on two")."""
    return sentence_index(reading.text, match.start()) in reading.explicit_sentences
