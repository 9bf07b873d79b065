"""Readings out of question order: in an answer without labels, a prose reading of one
question's field after what answers a later question is that later question's."""

from __future__ import annotations

import re

from .readers import LOOSE
from .revisions import sentence_end, summary_lines
from .sections import naming
from .spec import ExtractionSpec
from .text import sentence_start


def drop_out_of_order(spec: ExtractionSpec, reading, findings: dict) -> None:
    """In an answer without labels, a prose reading (LOOSE) of one question's field that
    comes after what answers a later question is not that field's answer (sections are
    in question order: "I'd say 3" after the bets is about the bets, not the prior)."""
    order = {s.name: i for i, s in enumerate(spec.sections)}
    starts: dict[int, int] = {}
    for part in reading.parts:
        starts[order[part.section]] = min(starts.get(order[part.section], part.start), part.start)
    # (A question with a part of its own answers there: a reading of it in reasoning above
    # that part, "he can't know exactly, ..." before "3 | 0%, ... | no", starts nothing.)
    with_parts = set(starts)
    for f in spec.fields:
        if f.section in order and order[f.section] not in with_parts:
            for x in findings.get(f.name, []):
                index = order[f.section]
                starts[index] = min(starts.get(index, x.start), x.start)
    for f in spec.fields:
        if f.section not in order or f.name not in findings:
            continue
        later = [s for i, s in starts.items() if i > order[f.section]]
        if later:
            limit = min(later)
            # Kept: what its own labelled parts say, and revisions and summaries ("Recap:
            # $0 / $5 / $25 / $70 on 0 / 1 / 2 / 3"), wherever they stand.
            kept = (
                reading.revisions
                + summary_lines(reading.text)
                + [
                    (p.start, p.end)
                    for p in reading.parts
                    if p.section == f.section and not p.by_position
                ]
            )
            # And a sentence that names its question ("before the call I'd have guessed 3",
            # "for the first question, I'd say 3").
            names = re.compile(rf"\b(?:{naming(spec.sections, f.section)})\b")
            findings[f.name] = [
                x
                for x in findings[f.name]
                if x.grade != LOOSE
                or x.start < limit
                or any(a <= x.start < b for a, b in kept)
                or names.search(_sentence_of(reading.text, x.start))
            ]


def _sentence_of(text: str, position: int) -> str:
    start = sentence_start(text, position)
    return text[start : sentence_end(text, position)]
