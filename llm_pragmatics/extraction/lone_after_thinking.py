"""A lone value after a reasoning model's thinking ("<think> ... </think>\n\n\\boxed{2}").

Alone, a value is read by its place as the first question's answer. But when the thinking
gives the first question's answer by name as another value ("So the answer to question 1
is 3. ... So 2. The answer is 2."), the lone value is not that answer: it is the thinking's
later conclusion, about another question (labelling rule 1), and the first question's
answer is only in the thinking, which is no answer. The field is then left empty; a lone
value among the thinking's answers to the first question (or a thinking that gives none)
changes nothing.
"""

from __future__ import annotations

import re

from .sections import naming
from .text import normalise

# The answer after the thinking: one whole number and nothing else ("2", "\boxed{2}").
_LONE = re.compile(r"[\s.]*(?P<value>\d+)[\s.]*")
# (after the question's name, a few words, then a linking word and the value: "the answer
# to question 1 is 3", "for the first question: 3", "question 1 would be 3")
_GIVEN = (
    r"\b(?:{names})\b[^.\n\d]{{0,30}}?(?:\bis|:|=|\bwould be|\bshould be)[ \t]*(?P<value>\d+)\b"
)

WHY = "a lone value after the thinking, which answers the first question otherwise"


def refuse_lone_value(spec, reading, raw: str, answer: str) -> None:
    """Empty the first question's fields read from a lone value that the thinking before it
    shows to answer another question."""
    if not spec.sections or len(answer) >= len(raw):
        return
    lone = _LONE.fullmatch(reading.text)
    first = spec.sections[0].name
    names = [f.name for f in spec.fields if f.section == first]
    if not lone or not any(name in reading.values for name in names):
        return
    thinking = normalise(raw[: len(raw) - len(answer)])
    given = re.compile(_GIVEN.format(names=naming(spec.sections, first)))
    # (every value its sentence gives after the name: "question 1 would be 2, no, 3")
    values = {
        value
        for m in given.finditer(thinking)
        for value in re.findall(r"\d+", re.split(r"[.!?\n]", thinking[m.start("value") :])[0])
    }
    if values and lone["value"] not in values:
        for name in names:
            reading.values.pop(name, None)
            reading.grades.pop(name, None)
            reading.problems[name] = f"{name}: {WHY}"
