"""A line under an answer's lead that gives every answer again in question order ("Final:
3 | 0%, 0%, 95%, 5% | no", "Short answer: 3 · 0% / 0% / 30% / 70% · no") beside labelled
parts: one cell per question, each that question's answer said again, so a cell that
differs from its labelled part states the field twice."""

from __future__ import annotations

import re
from dataclasses import replace

from .in_order import value_kind
from .readers import LOOSE
from .sections import Part, Section

# The lead names the line as the answer (a final answer, a short one, a summary), and the
# cells follow it on the same line.
_LEAD = re.compile(
    r"(?m)^[ \t]*(?:(?:my|the|our)[ \t]+)?(?:(?:final|short|quick|brief)(?:[ \t]+answers?)?|"
    r"summary|recap|tl;?dr|in short|in (?:summary|sum|brief)|to summari[sz]e|bottom line)"
    r"[ \t]*(?::|[ \t]-+)[ \t]*(?P<cells>\S[^\n]*)$"
)
# Cells between pipes, or semicolons (a spaced middle dot is one by now: text.py); not
# commas or slashes, which also join the bets inside their cell.
_SEPARATORS = (re.compile(r"[ \t]+\|[ \t]+"), re.compile(r"[ \t]*;[ \t]*"))
# Or between spaced slashes, when the bets' cell is four numbers joined by "-" or "/"
# ("2 / 0-15-80-5 / yes"): not a date or a ratio ("2 / 3 / 2024").
_SLASH = re.compile(r"[ \t]+/[ \t]+")
_JOINED = re.compile(r"\d+%?(?P<j>[-/])\d+%?(?:(?P=j)\d+%?){2}")
# A cell is a terse value, not a clause of reasoning.
_CELL = 40


def with_restated_lines(text: str, sections: tuple[Section, ...], parts: list[Part]) -> list[Part]:
    """The parts, each cut before such a line it ran into, and the line's cells as parts
    of their questions (placed by position: LOOSE). Only beside labelled parts: an answer
    that is only such a line is read by its place already (in_order.py)."""
    if len(sections) < 2 or all(p.by_position for p in parts):
        return parts
    widths = [s.width for s in sections]
    # A joined cell ("0-0-10-90") is the bets in order where it restates their labelled
    # part; alone, its bare numbers could be anything (as in a part placed by position).
    labelled = {p.section for p in parts if p.grade != LOOSE}
    for line in _LEAD.finditer(text):
        cells = _cells(text, *line.span("cells"), widths)
        start, end = line.start(), line.end()
        if not cells or any(start <= p.start < end for p in parts):
            continue  # (labels inside the line: its parts are read already)
        parts = [_cut(text, p, start) for p in parts]
        parts += [
            Part(s.name, a, b, LOOSE, joined=s.name in labelled and _joined(text, a, b, s.width))
            for s, (a, b) in zip(sections, cells, strict=True)
        ]
    return sorted(parts, key=lambda p: p.start)


def _cells(text: str, start: int, end: int, widths: list[int]) -> list[tuple[int, int]]:
    """One (start, end) per question when the line splits into as many cells, each short.
    (Not one cell per field: "3 | 0% | 10% | ..." reads as a pair "3 | 0%" as well.)"""
    for separator in (*_SEPARATORS, _SLASH):
        cuts = [m.span() for m in separator.finditer(text, start, end)]
        edges = [start, *(x for cut in cuts for x in cut), end]
        cells = list(zip(edges[::2], edges[1::2], strict=True))
        if len(cells) != len(widths):
            continue
        cells = [(a, a + len(text[a:b].rstrip(" \t."))) for a, b in cells]
        # (Neighbours differ in kind, "3 | 0%, ... | no": not a line of like words or
        # numbers, "two sprouted; one did not; he saw all three".)
        kinds = [
            "joined" if _JOINED.fullmatch(text[a:b]) else value_kind(text[a:b]) for a, b in cells
        ]
        if separator is _SLASH and not all(
            _JOINED.fullmatch(text[a:b]) for (a, b), w in zip(cells, widths, strict=True) if w == 4
        ):
            continue
        if all(0 < b - a <= _CELL for a, b in cells) and all(
            x != y for x, y in zip(kinds, kinds[1:], strict=False)
        ):
            return cells
    return []


def _joined(text: str, start: int, end: int, width: int) -> bool:
    return width == 4 and bool(_JOINED.fullmatch(text, start, end))


def _cut(text: str, part: Part, line_start: int) -> Part:
    """A part that ran on into the line, ended before it."""
    if not part.start < line_start < part.end:
        return part
    return replace(part, end=part.start + len(text[part.start : line_start].rstrip()))
