"""Which item of a list of phrases an answer names by its key ("Answer: c", "I'd pick
(b)", "number 2") or by its place ("the second one"), on lines or in a row (phrases.py
uses it after an answer marker)."""

from __future__ import annotations

import re

from .answer_markers import ORDINALS, REFERENCE
from .phrase_context import list_item
from .phrase_forms import Choice


def _by_place_in_a_row(
    text: str, marker: int, candidates: list[Choice], ordinal: str
) -> list[Choice]:
    """The phrase named by its place in a list written in a row before the marker, on its
    line ('Of "A", "B" and "C", I'd pick the second')."""
    line_start = text.rfind("\n", 0, marker) + 1
    row = sorted(
        {c.start: c for c in candidates if line_start <= c.start and c.end <= marker}.values(),
        key=lambda c: c.start,
    )
    gaps = (text[a.end : b.start] for a, b in zip(row, row[1:], strict=False))
    if len(row) < 2 or not all(re.fullmatch(r"[\s\"',;]*(?:and|or)?[\s\"']*", g) for g in gaps):
        return []
    place = -1 if ordinal == "last" else ORDINALS.index(ordinal)
    return [row[place]] if place < len(row) else []


def by_reference(text: str, marker: int, candidates: list[Choice]) -> list[Choice]:
    """A choice named by its list marker ("Answer: c", "I'd pick number 2") or by its
    place in the list ("I'd pick the second one")."""
    named = REFERENCE.match(text[marker:])
    if not named:
        return []
    # a marker denied ("I wouldn't pick the first one") names what is not chosen
    # (the negation right before the marker's verb, not in a candidate before it: "(a) It
    # wasn't bad (b) ... - I'd pick (b)")
    denied = re.search(r"(?:\b(?:not|never)|n't)[ \t]+(?:[\w']+[ \t]+){0,3}$", text[:marker])
    if denied and not any(denied.start() < c.end <= marker for c in candidates):
        return []
    if named["ordinal"]:
        rest = re.split(r"[.!?\n]", text[marker + named.end() :], maxsplit=1)[0]
        if re.search(rf"\b(?:{'|'.join(ORDINALS)}|last)\b", rest):
            return []  # "the first one, nor the second": two places named
        # The items of the list before the marker, one per line, in order.
        items = [c for c in candidates if c.end <= marker and list_item(text, c)]
        lines = list(dict.fromkeys(text.rfind("\n", 0, c.start) for c in items))
        if len(lines) < 2:
            return _by_place_in_a_row(text, marker, candidates, named["ordinal"])
        place = -1 if named["ordinal"] == "last" else ORDINALS.index(named["ordinal"])
        if place >= len(lines):
            return []
        return [next(c for c in items if text.rfind("\n", 0, c.start) == lines[place])]
    key = re.escape(named["key"])
    # an item starting its line, or one of a row ("a) It was bad  b) It was good")
    item = re.compile(
        rf"(?m)(?:^[ \t]*(?:(?:option|choice|sentence|answer)[ \t]+)?\(?{key}(?:[.)]|[ \t]*:)|"
        rf"(?<=\s)\(?{key}\))[ \t]+"
    )
    for line in item.finditer(text[:marker]):
        on_line = [
            c
            for c in candidates
            if line.end() <= c.start and "\n" not in text[line.end() : c.start]
        ]
        if on_line:
            return on_line[:1]
    return []
