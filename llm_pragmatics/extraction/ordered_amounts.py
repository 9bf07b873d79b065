"""The options' amounts in order without their labels ("10%, 20%, 30%, 40%", "0/100/0/0"):
the layout the prompt asks for, read in a bets part when nothing ties amounts to options."""

from __future__ import annotations

import re

from .amounts import ANY_AMOUNT
from .readers import LOOSE, Found


def in_order_amounts(text: str, count: int, total: float | None) -> list[tuple[int, Found]]:
    """A bare list of as many amounts as there are options ("10%, 20%, 30%, 40%",
    "0/100/0/0"), in option order, when it sums to the total: the layout the prompt asks
    for without the option labels."""
    line = text.strip().split("\n\n")[0].strip()
    # in brackets, or closing the part's line: "[10, 30, 40, 20],", "(0%, 5%, 25%, 70%)"
    bracketed = re.fullmatch(r"[\[({](?P<inner>[^\[\](){}\n]*)[\])}][\s,;.]*", line)
    line = bracketed["inner"].strip() if bracketed else line.rstrip(" ,;")
    # a few words before it ("I'll go 0/10/60/30")
    lead = re.match(r"(?:[a-z']+[ \t]+){1,4}(?=\$?\d)", line)
    line = line[lead.end() :] if lead else line
    separated = rf"{ANY_AMOUNT}(?:\s*[,/;|]?\s*{ANY_AMOUNT}){{{count - 1}}}"
    # the list alone, or the list and then words of another kind ("0/0/60/40, yes")
    listed = re.match(rf"{separated}(?:[.\s]*$|(?=[,;.]?\s+[a-z]))", line)
    if total is None or not listed:
        return []
    # A second such list after it ("torn between 0/0/50/50 and 0/0/30/70") gives each
    # option two amounts: only those the lists agree on stand.
    other = re.search(separated, line[listed.end() :])
    line = listed.group()
    amounts = list(re.finditer(_NUMBER, line))
    values = [float(m.group(1)) for m in amounts]
    if len(values) != count or abs(sum(values) - total) > 0.5:
        return []
    agreed = [float(m.group(1)) for m in re.finditer(_NUMBER, other.group())] if other else values
    offset = text.index(line)  # the line as it stands in the text, brackets aside
    return [
        (i, Found(v, m.start(1) + offset, m.end(1) + offset, LOOSE))
        for i, (v, m) in enumerate(zip(values, amounts, strict=True))
        if len(agreed) == count and agreed[i] == v
    ]


_NUMBER = re.compile(r"\$?(\d+(?:\.\d+)?|\.\d+)")
