"""Answers numbered off by one ("Answer 1: 3 / Answer 3: 0%, 0%, 25%, 75% / Answer
4: No"), as small models write them: one label per question, the same word each time, in
rising order, and the last number one past the last question. A number no question has
shows that the numbering is not the questions': with as many labels as questions, each
answers its place's question (not a label that puts a question of its own, "Question 4: What
percentage ...?"). Read by position, so loosely; any other shape (a label too many or too few, two
words, numbers that do not rise or that fit the questions) is left as it was. Generic:
nothing here knows a study, only how many questions it asks.
"""

from __future__ import annotations

import re

from .readers import LOOSE

# A line that starts with a question's generic label and its number ("Answer 3:", "Q4.").
_NUMBERED_LINE = re.compile(
    r"(?m)^[ \t]*(?P<word>answer|question|q|response|part)[ \t]*#?[ \t]*(?P<n>\d)"
    r"[ \t]*(?:[:.)=-]|(?=[ \t]*\n))"
)

# A label's line that puts a question: the answer's own question, not an answer.
_ASKS = re.compile(r"[^\n]*\?")


def shifted_numbering(text: str, starts: list, sections) -> list:
    """The labels (start, end, section, grade) read by position when the answer's numbers
    are shifted (see the module); else `starts` unchanged. Only when every label found is
    one of these lines: a label that names its question keeps the answer as numbered."""
    lines = list(_NUMBERED_LINE.finditer(text))
    numbers = [int(m["n"]) for m in lines]
    if (
        len(sections) < 2  # (one question: no place to read it by)
        or len(lines) != len(sections)
        or len({m["word"] for m in lines}) != 1
        or numbers != sorted(set(numbers))
        # (one past the last question: a numbering off by one, not a drift into questions
        # of its own, "Question 4: What percentage ...? Question 5: ...")
        or numbers[0] < 1
        or numbers[-1] != len(sections) + 1
        or any(_ASKS.match(text, m.end()) for m in lines)
        or any(not any(m.start() <= s < m.end() for m in lines) for s, *_ in starts)
    ):
        return starts
    return [(m.start(), m.end(), s.name, LOOSE) for m, s in zip(lines, sections, strict=True)]
