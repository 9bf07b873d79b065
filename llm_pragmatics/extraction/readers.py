"""Readers: how a field's value is found in the text of an answer.

A reader is a function `read(text, field, scope) -> list[Found]`:

- `text` is normalised (extraction.text.normalise): lower case, plain quotes, digits for
  number words.
- `field` is the Field being read; `field.params` holds the reader's parameters from the
  study definition (and, for the option readers, the options the spec resolved).
- `scope` is SECTION when `text` is the field's own part of the answer (what follows its
  label), ANSWER when it is an answer, or the part of one, that has no label for the field.
  In ANSWER scope a reader only counts statements that name what they are about.

It returns every statement of a value the text makes, in order, as Found(value, start, end,
grade): the value (checked against the field afterwards), its span in `text`, and how
directly it was stated (DIRECT: the form the prompt asks for; CLEAR: another unambiguous
form; LOOSE: read from prose). An empty list means the text does not state the field; two
different values mean it states it twice differently. The library's readers are below; a
study may name its own (`reader: {function: module.name}`, docs/studies.md).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

SECTION, ANSWER = "section", "answer"
# A number as answers write it: "3", "33.3", ".5", "-5".
NUMBER = r"(?P<sign>(?<![\w.])-)?(?P<value>\d+(?:\.\d+)?|\.\d+)(?![\d])(?!\.\d)"
DIRECT, CLEAR, LOOSE = "direct", "clear", "loose"
# How sure a value is, by how it was stated; extraction_confidence is built from these.
GRADE_CONFIDENCE = {DIRECT: 1.0, CLEAR: 0.95, LOOSE: 0.8}


class Unreadable(ValueError):
    """The text answers the field but gives no single value (a list of candidates, say);
    the message says why. The field stays empty and is not sent to the extraction model."""


@dataclass(frozen=True)
class Found:
    value: object
    start: int
    end: int
    grade: str = DIRECT


Reader = Callable[..., list[Found]]


def weakest(*grades: str) -> str:
    return min(grades, key=GRADE_CONFIDENCE.__getitem__)


def library_readers() -> dict[str, Reader]:
    """Reader name (as a study definition writes it) -> reader."""
    from .bets import read_bet
    from .counts import read_count
    from .factors import read_factor
    from .phrases import read_phrase
    from .yesno import read_yes_no

    return {
        "count": read_count,
        "bet": read_bet,
        "yes_no": read_yes_no,
        "phrase": read_phrase,
        "factor": read_factor,
    }
