"""A lone line keyed by a question's number whose value only that question takes ("3: Yes"
under an echoed story): the answer to that question. A bare "N:" is no label elsewhere (it
keys a bet as often), but a choice that no other question offers names its question."""

from __future__ import annotations

import re

from .fields import CHOICE
from .readers import CLEAR, DIRECT, SECTION, Unreadable
from .sections import Part
from .spec import ExtractionSpec

# A line that opens on a number and a key's mark ("3: Yes", "3. no", "**3)** yes").
_NUMBERED_LINE = re.compile(r"(?m)^[ \t]*[*_]*(?P<n>\d{1,2})[*_]*[ \t]*[.:)][*_]*[ \t]*(?=\S)")

# What may follow the value alone: punctuation, its reason after it, or the line's end.
_ENDS_WORD = re.compile(r"[*_\"']*[ \t]*(?:[.,;:!)\u2013\u2014-]|$)")


def numbered_choice_parts(spec: ExtractionSpec, text: str, parts: list[Part]) -> list[Part]:
    """The parts with a part added for each section of one choice field that has none,
    when the answer's only numbered line carries that section's number and opens on a value
    its field reads directly ("3: Yes"; not "3: the exam was hard", nor a list's third item
    beside others, nor a key numbered past the questions)."""
    lines = list(_NUMBERED_LINE.finditer(text))
    if len(lines) != 1:
        return parts
    line = lines[0]
    index = int(line["n"]) - 1
    if not 0 <= index < len(spec.sections):
        return parts
    section = spec.sections[index]
    fields = [f for f in spec.fields if f.section == section.name]
    if len(fields) != 1 or fields[0].type != CHOICE:
        return parts
    if any(p.section == section.name for p in parts):
        return parts
    end = text.find("\n", line.end())
    end = len(text) if end < 0 else end
    try:
        read = spec.readers[fields[0].name](text[line.end() : end], fields[0], SECTION)
    except Unreadable:
        return parts
    value = text[line.end() : end]
    if not read or read[0].start != 0 or read[0].grade != DIRECT:
        return parts
    if not _ENDS_WORD.match(value, read[0].end):
        return parts  # "3: no one knows": a word of a sentence, not the value alone
    part = Part(section.name, line.end(), end, CLEAR)
    return sorted([*parts, part], key=lambda p: p.start)
