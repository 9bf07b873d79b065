"""Values in a part that only its place ties to its question (a paragraph or line in
question order): a bare number there says nothing of which field it is."""

from __future__ import annotations

import re

from .readers import LOOSE, Found
from .sections import Part


def bare_guess(text: str, found: Found) -> bool:
    """Whether a value read loosely is a bare number ("0/5/80/15"): in a part placed by
    position alone, nothing says it is the field's, so reading it would be a guess on a
    guess ("0%/5%/80%/15%" says what it is)."""
    if found.grade != LOOSE or not re.fullmatch(r"[\d.]+", text[found.start : found.end]):
        return False
    return not re.match(r"\s*%", text[found.end :]) and not text[: found.start].endswith("$")


def numbered_only(text: str, start: int) -> bool:
    """Whether a part's only label is a list item's number ("2. 0, 5, 15, 80"): the number
    gives its place in question order, and no more than a place does (unless the part gives
    its numbers a unit somewhere: "0/10/30/60, i.e. 0%, 10%, 30%, 60%")."""
    marker = text[text.rfind("\n", 0, start) + 1 : start]
    line_end = text.find("\n", start)
    unit = re.search(r"[%$]", text[start : line_end if line_end >= 0 else len(text)])
    return bool(re.fullmatch(r"[ \t]*\d+[.)][ \t]*", marker)) and not unit


def placed_parts(
    text: str, parts: list[Part], section: str | None, shared: bool
) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """(start, end) of the section's parts placed by position, and of those whose bare
    numbers are a guess; none for a section of one field (its part is that field's)."""
    if not shared:
        return set(), set()
    placed = {(p.start, p.end) for p in parts if p.section == section and p.grade == LOOSE}
    # (and a numbered item's part: its number is its place, "2. 0, 5, 15, 80")
    numbered = {(p.start, p.end) for p in parts if numbered_only(text, p.start)}
    # (not a restated line's joined cell beside labelled parts, "In short: 3 / 0-0-10-90 /
    # no": the line gives every answer again in order, its cell the bets in theirs)
    joined = {(p.start, p.end) for p in parts if p.joined}
    return placed, (placed | numbered) - joined
