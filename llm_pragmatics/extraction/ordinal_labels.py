"""Questions named by their ordinal: "the first question", "Last answer", and the ordinal
alone opening a sentence ("For the first: three.")."""

from __future__ import annotations

import re

from .readers import LOOSE

ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()


def ordinal(index: int, count: int) -> str:
    """The index-th question by its ordinal ("First answer", "the second question",
    "Last answer" for the last one)."""
    word = ORDINALS[index] if index < len(ORDINALS) else "(?!)"
    if index == count - 1 and count > 1:
        # ("Final answer:" labels the whole answer, not the last question's.)
        word = rf"(?:{word}|last|final(?!\s+answer))"
    elif index == 0:
        word = rf"(?:{word}|1st)"
    return rf"{word}\s+(?:question|answer|part|response|task|step)"


def elliptical_ordinals(text: str, sections: tuple) -> list:
    """Ordinals without their noun opening a sentence ("For the first, I'd have guessed
    3.", "Third: no"), in an answer that names a question by its ordinal and noun ("Let
    me start with the last question: yes"): labels, by inference."""
    count = len(sections)
    if not any(re.search(rf"\b{ordinal(i, count)}\b", text) for i in range(count)):
        return []
    found = []
    for index, section in enumerate(sections):
        word = ordinal(index, count).rsplit(r"\s+(?:question", 1)[0]
        pattern = rf"(?:^|(?<=[\n.!?])[ \t]*)(?:as )?for the {word}[ \t]*[,:]"
        # or the ordinal alone as a sentence's key ("first question: three. Second: ...
        # Third: no")
        bare = rf"(?:^|(?<=[\n.!?])[ \t]*){ORDINALS[index]}[ \t]*:"
        found += [
            (m.start(), m.end(), section.name, LOOSE)
            for p in (pattern, bare)
            for m in re.finditer(p, text)
        ]
    return found
