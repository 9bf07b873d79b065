"""Numbers strung together so that they read no single way: keys chained by colons
("0: 100: 100%", "2: 0: 100: 0%": which number is the key, which the value?) and
arithmetic ("2 x 3 = 6": operands and a result, not an option and its amount). Generic:
nothing here knows a study."""

from __future__ import annotations

import re

_NUMBER = r"\d+(?:\.\d+)?\s*%?"
# Three numbers joined by two colons, each colon right after a number.
CHAINED = re.compile(rf"(?<![\d.:])\d+(?:\.\d+)?\s*:\s*{_NUMBER}\s*:\s*\$?\d")
# An operation and its result: "2 x 3 = 6", "3*3=9", "100 / 4 = 25", "15% of 40 is 6".
_OPERAND = r"\d+(?:\.\d+)?"
_ARITHMETIC = re.compile(
    rf"(?<![\d./%]){_OPERAND}\s*(?:[x×*+/]|-(?=\s))\s*{_OPERAND}\s*=\s*{_OPERAND}(?![\d./%])|"
    # (its first operand may be a placeholder left blank: "<percent>% of 3 = 2%")
    rf"(?<![\d./%])(?:{_OPERAND}\s*)?%\s+of\s+\$?{_OPERAND}\s*%?\s*(?:=|is|equals)\s*\$?{_OPERAND}%?"
    # (and what the result is then taken of: "... is 0.6 of 4% = 0.024")
    rf"(?:\s+of\s+\$?{_OPERAND}\s*%?\s*(?:=|is|equals)\s*\$?{_OPERAND}%?)*(?![\d./])"
)


# What arithmetic is blanked with: a character no answer writes (private use).
BLANKED = "\ue000"


def chained(text: str) -> str | None:
    """The chain of keys on the text's first line with words, if any (where a part's
    answer stands)."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    for match in CHAINED.finditer(first):
        colon = first.index(":", match.start())
        if not _LIST_AFTER.match(first, colon + 1):
            return match.group()
    return None


# A clean list of three pairs or more after a colon ("... high on 3: 0: 0%, 1: 2%, 2: 18%"):
# the colon before it introduces the list; its number is the sentence's, not a key.
_PAIR = r"\s*\d+\s*:\s*\$?\d+(?:\.\d+)?\s*%?"
_LIST_AFTER = re.compile(rf"{_PAIR}(?:\s*(?:[,;]|and)\s*{_PAIR}){{2,}}(?!\s*:|\d)")


# A spreadsheet's formula for a value, naming cells or a function ("p 3: =100%-b2-b3-b4",
# "=sum(b2:b4)"): what it computes is not stated.
_FORMULA = re.compile(
    r"(?<=[:|\t ])=[ \t]*(?=[\w$.%+*/^-]*(?:(?<![a-z])[a-z]{1,3}\d|[a-z]+\())[\w%.$:()+*/^-]+"
)


def without_arithmetic(text: str) -> str:
    """The text with its arithmetic and formulas blanked, every position kept. (Blanked
    with a mark, not spaces: "0: 15% of 4% is 0.6 (15%)" must not become "0: (15%)", and a
    sentence that held arithmetic still shows it.)"""
    text = _FORMULA.sub(lambda m: BLANKED * len(m.group()), text)
    return _ARITHMETIC.sub(lambda m: BLANKED * len(m.group()), text)
