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
    me start with the last question: yes"), or where every question has one, once each,
    in question order ("For the first: three. ... For the second, ... For the third:
    no."): labels, by inference."""
    count = len(sections)
    named = any(re.search(rf"\b{ordinal(i, count)}\b", text) for i in range(count))
    found = []
    for index, section in enumerate(sections):
        word = ordinal(index, count).rsplit(r"\s+(?:question", 1)[0]
        pattern = rf"(?:^|(?<=[\n.!?])[ \t]*)(?:as )?for the {word}[ \t]*[,:]"
        # or the ordinal alone as a sentence's key ("first question: three. Second: ...
        # Third: no")
        bare = rf"(?:^|(?<=[\n.!?])[ \t]*){ORDINALS[index]}[ \t]*:"
        # or a sentence that opens on the answer, then names its question ("I would
        # answer three to the first question", "I'd say 2 for the second question")
        given = (
            r"(?:^|(?<=[\n.!?])[ \t]*)i(?:'d| would| will)?[ \t]+(?:answer|say|put|guess)"
            rf"(?=[ \t]+\$?[\w.%]+[ \t]+(?:to|for)[ \t]+the[ \t]+{ordinal(index, count)}\b)"
        )
        found += [
            (m.start(), m.end(), section.name, LOOSE)
            for p in (pattern, bare, given)
            for m in re.finditer(p, text)
        ]
    in_order = [name for _, _, name, _ in sorted(found)] == [s.name for s in sections]
    return found if named or (count > 1 and in_order) else []
