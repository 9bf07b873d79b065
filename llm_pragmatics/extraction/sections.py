"""Splitting an answer into the parts that answer each question.

A study names its sections in question order, each with the label the raw prompt asks for
and other labels answers use. Besides those, answers label their parts by the question's
number ("Question 2:", "Q2", "Answer 2", "Part B", "(b)"), number them as a list ("1. 3",
"2. ..."), or write one paragraph per question. A part runs from its label to the next label
(or to a label of commentary such as "Explanation:").
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from .readers import CLEAR, DIRECT, LOOSE


@dataclass(frozen=True)
class Section:
    name: str
    label: str  # the label the prompt asks for (a regular expression)
    aliases: tuple[str, ...] = ()  # other labels answers use (regular expressions)


@dataclass(frozen=True)
class Part:
    """The text of the answer to one section: answer[start:end]."""

    section: str
    start: int
    end: int
    grade: str  # DIRECT under the asked label, CLEAR under another, LOOSE by position


# Where a label may start: the start of a line or of the text, or after punctuation.
_LABEL_START = r"(?:^|(?<=[\s,;.({|\"']))"
# What ends a label: a colon and the like, or the end of its line (a heading).
_LABEL_END = r"[\"']?\s*(?::|=|\||-(?![>\d])|(?=[ \t]*\n)|$)"
# A numbered label may also end with a full stop or a parenthesis ("Question 1.", "1)").
_NUMBER_END = r"\s*(?:\.(?=\s)|\)(?!\w)|:|=|\||-(?![>\d])|(?=[ \t]*\n)|$)"
# Labels of commentary, which end the part before them.
_COMMENTARY = re.compile(
    r"(?m)^[ \t]*(?:explanation|reasoning|rationale|justification|notes?|comments?|"
    r"summary|analysis|thoughts|why|because|caveat)s?\s*:"
)


def _numbered(index: int) -> str:
    """Generic labels of the index-th question (0-based)."""
    number, letter = index + 1, string.ascii_lowercase[index]
    words = r"(?:question|q|answer|response|part|task|item|no\.?|#)"
    return rf"{words}\s*#?\s*(?:{number}|{letter}\b)|\((?:{number}|{letter})\)"


def _labels(text: str, sections: tuple[Section, ...]) -> list[tuple[int, int, str, str]]:
    """(start, end, section, grade) of every label in the text."""
    found = []
    for index, section in enumerate(sections):
        for pattern, grade, end in (
            (section.label, DIRECT, _LABEL_END),
            *((alias, CLEAR, _LABEL_END) for alias in section.aliases),
            (_numbered(index), CLEAR, _NUMBER_END),
        ):
            regex = re.compile(rf"{_LABEL_START}(?:{pattern}){end}", re.MULTILINE)
            found += [(m.start(), m.end(), section.name, grade) for m in regex.finditer(text)]
    # Of labels that overlap, the longest (then the first) is the label.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    labels: list[tuple[int, int, str, str]] = []
    for label in found:
        if not labels or label[0] >= labels[-1][1]:
            labels.append(label)
    return labels


_GENERIC_LABEL = re.compile(r"(?m)^[ \t]*(?:answer|response|reply|a)[ \t]*[:=-][ \t]*")


def _repeated_labels(text: str, count: int) -> list[tuple[int, int, int]]:
    """(start, end, index) of one unnumbered "Answer:" or "Response:" line per section,
    in question order."""
    labels = list(_GENERIC_LABEL.finditer(text))
    if len(labels) != count or count < 2:
        return []
    return [(m.start(), m.end(), i) for i, m in enumerate(labels)]


def _list_items(text: str, count: int) -> list[tuple[int, int, int]]:
    """(start, end, index) of list markers "1." ... "n." at line starts, when the answer is
    exactly such a list of one item per section."""
    markers = list(re.finditer(r"(?m)^[ \t]*(?P<n>\d+|[a-z])[.)][ \t]+", text))
    if len(markers) != count:
        return []
    expected = [str(i + 1) for i in range(count)], list(string.ascii_lowercase[:count])
    if [m["n"] for m in markers] not in expected:
        return []
    return [(m.start(), m.end(), i) for i, m in enumerate(markers)]


def split(text: str, sections: tuple[Section, ...]) -> list[Part]:
    """The parts of a (normalised) answer, in the order they appear."""
    if not sections:
        return []
    starts = [(s, e, name, grade) for s, e, name, grade in _labels(text, sections)]
    if not starts:
        items = _repeated_labels(text, len(sections)) or _list_items(text, len(sections))
        starts = [(s, e, sections[i].name, CLEAR) for s, e, i in items]
    if not starts:
        return _paragraphs(text, sections)
    stops = sorted([s for s, *_ in starts] + [m.start() for m in _COMMENTARY.finditer(text)])
    parts = []
    for _, end, name, grade in starts:
        stop = next((s for s in stops if s >= end), len(text))
        parts.append(Part(name, _after_echo(text, end, stop), stop, grade))
    return parts


_ECHO = re.compile(r"[^\n]*\?[ \t]*\n")
_ANSWER_LABEL = re.compile(r"\s*(?:answer|a|response|reply)\s*[:=-]")


def _after_echo(text: str, start: int, stop: int) -> int:
    """Where a part's answer starts: after the question when the answer repeats it
    ("Question 1: How many ...?\nAnswer: 3"), and after an "Answer:" label."""
    echo = _ECHO.match(text, start, stop)
    if echo and text[echo.end() : stop].strip():
        start = echo.end()
    label = _ANSWER_LABEL.match(text, start, stop)
    return label.end() if label else start


def _paragraphs(text: str, sections: tuple[Section, ...]) -> list[Part]:
    """One paragraph per section, in question order, when the answer is exactly that."""
    paragraphs = [
        m for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text) if m.group().strip()
    ]
    if len(paragraphs) != len(sections):
        return []
    return [
        Part(s.name, m.start(), m.end(), LOOSE) for s, m in zip(sections, paragraphs, strict=True)
    ]
