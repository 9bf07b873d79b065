"""A structured field: its name, its type and the check every value passes before a table.

A value comes from the parser or from the extraction model; either way it is checked here,
where it is read: a whole number is whole and in range, a number is finite and in range, a
choice is one of the allowed values. A value that fails is no value: the field stays empty
and the reason is named (never a crash while the table is built).
"""

from __future__ import annotations

import math
import numbers
import re
from dataclasses import dataclass, field

WHOLE, NUMBER, CHOICE = "whole", "number", "choice"
TYPES = (WHOLE, NUMBER, CHOICE)


class Rejected(ValueError):
    """A value that is not one of its field's values; the message says why."""


@dataclass(frozen=True)
class Field:
    """One extracted column (`structured.fields` of a study definition)."""

    name: str
    type: str  # whole, number or choice
    reader: str  # the reader's name, or the study function's reference
    section: str | None
    description: str
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    # The reader's own parameters, as written in the study definition.
    params: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def numeric(self) -> bool:
        return self.type in (WHOLE, NUMBER)

    def choices(self) -> list[str]:
        """The values an extraction model may give (besides "not stated")."""
        if self.type == CHOICE:
            return list(self.allowed)
        # Numbers: the whole numbers in range (a model gives no fractions).
        return [str(v) for v in range(math.ceil(self.minimum), math.floor(self.maximum) + 1)]

    def check(self, value) -> object:
        """The value as the table holds it (int, float or str); Rejected if it is none of
        the field's values."""
        if self.type == CHOICE:
            if isinstance(value, str) and value in self.allowed:
                return value
            raise Rejected(f"{_show(value)} is not one of {', '.join(self.allowed)}")
        number = _number(value)
        if number is None:
            raise Rejected(f"{_show(value)} is not a number")
        if self.type == WHOLE and not number.is_integer():
            raise Rejected(f"{_show(number)} is not a whole number")
        if not self.minimum <= number <= self.maximum:
            raise Rejected(f"{_show(number)} is out of range")
        return int(number) if self.type == WHOLE else _plain(number)


_DECIMAL = re.compile(r"\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*", re.ASCII)


def _number(value) -> float | None:
    """The value as a finite float: an int, a float, or text in plain decimal digits."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real | str):
        return None
    if isinstance(value, str) and not _DECIMAL.fullmatch(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _plain(number: float) -> int | float:
    """2.0 -> 2 (for messages and for numbers that are whole); other numbers as they are."""
    return int(number) if float(number).is_integer() else float(number)


def _show(value) -> str:
    """A value as an error message shows it: numbers plain, text quoted and short."""
    if isinstance(value, float) and math.isfinite(value):
        return str(_plain(value))
    text = str(value)
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...")
