"""Numbered lists that answer the questions by position: an answer that is one list of
one item per question ("1. 3\n2. 0%, 5%, ...\n3. no"), a list that opens the answer for the
questions its labels miss, and a list that says the labelled answer again below it.
Items are (start, end, index, grade) of their markers; the sections are the study's.
"""

from __future__ import annotations

import re
import string

from .readers import CLEAR, LOOSE


def list_items(text: str, count: int) -> list[tuple[int, int, int, str]]:
    """(start, end, index, grade) of list markers "1." ... "n." (or "a.", or "I." read
    below full confidence, a newer reading) at line starts, when the answer is exactly such
    a list of one item per section."""
    # (a marker may stand alone on its line, its item on the next: "1.\nthe answer is 1.")
    markers = list(
        re.finditer(r"(?m)^[ \t]*(?P<n>\d+|[a-z]|[ivx]{2,4})[.)](?:[ \t]+|[ \t]*(?:\n|$))", text)
    )
    # A marker alone on its line opens its item on the next line: a number that starts
    # that line is the item's value ("### 1." then "**3.** They almost always do").
    markers = [
        m
        for i, m in enumerate(markers)
        if i == 0
        or not (markers[i - 1].group().endswith("\n") and markers[i - 1].end() == m.start())
    ]
    nested = False
    if markers and markers[0]["n"].isdigit():
        # (lettered markers inside a numbered list are an item's sub-items: "2.\na. 0: 0%";
        # a newer reading, below full confidence)
        nested = not all(m["n"].isdigit() for m in markers)
        markers = [m for m in markers if m["n"].isdigit()]
    if len(markers) != count:
        return []
    expected = [str(i + 1) for i in range(count)], list(string.ascii_lowercase[:count])
    expected += (_ROMAN[:count],)  # ("I.", "II.", "III.")
    if [m["n"] for m in markers] not in expected:
        return []
    # A list introduced as what could be said ("Available options:") offers, not answers.
    if _OFFERED.search(
        text, text.rfind("\n", 0, max(markers[0].start() - 1, 0)) + 1, markers[0].start()
    ):
        return []
    grade = LOOSE if (markers[-1]["n"] == _ROMAN[count - 1] and count > 1) or nested else CLEAR
    return [(m.start(), m.end(), i, grade) for i, m in enumerate(markers)]


_ROMAN = "i ii iii iv v vi vii viii ix x".split()
_OFFERED = re.compile(
    r"\b(?:options?|choices?|candidates?|possibilit(?:y|ies)|alternatives?)\b[^\n]*:[ \t]*\n?$"
)


def list_before_labels(text: str, starts: list, sections: tuple) -> list:
    """A numbered list that opens the answer, of one item per question its labels below
    miss ("1. Three\n2. He doesn't know exactly.\n\nBets: ..."): its items answer those
    questions in order, by position (LOOSE; a question's own words in an item still name
    it, as in any part)."""
    labelled = {name for *_, name, _ in starts}
    rest = [s for s in sections if s.name not in labelled]
    items = list_items(text, len(rest)) if len(rest) > 1 else []
    if not items or any(s < items[-1][1] for s, *_ in starts):
        return []
    return [(s, e, rest[i].name, LOOSE) for s, e, i, _ in items]


def list_after_labels(
    text: str, starts: list, items: list, sections: tuple, heading: re.Pattern
) -> list:
    """A numbered list of one item per question right below the labelled answer's last
    value line ("Knowledge: no\n\n1. 3\n2. 0%, 5%, ...\n3. no"), or below a heading that
    announces the answer there ("My answers:"): the answer said again in another numbering,
    so its items answer the questions in order too (a value that differs is a second
    answer). Not a list below commentary: explanation's points."""
    lines = text[starts[-1][1] : items[0][0]].strip().split("\n")
    value = "\n".join(lines[:1] + [x for x in lines[1:] if not heading.fullmatch(x)])
    if any(s >= items[0][0] for s, *_ in starts) or not value or "\n" in value:
        return []  # (a list right after a label is that label's answer: "Question 1:\n1. ...")
    if len({name for *_, name, _ in starts}) < 2:
        return []
    return [(s, e, sections[i].name, grade) for s, e, i, grade in items]


# A list marker inside a line ("1) 3 2) 0%, 0%, 40%, 60% 3) no"): after a space or a
# list's comma, before a space (not a decimal: "2.5").
_INLINE_MARKER = re.compile(r"(?:(?<=^)|(?<=[ \t])|(?<=[,;][ \t]))(?P<n>\d)(?P<p>[.)])(?=[ \t]+\S)")


def inline_numbered_lists(text: str) -> str:
    """An answer that is one line holding a whole numbered list ("1) 3 2) 0%, 10%, ... 3)
    no": markers 1, 2, 3 ... in order, one punctuation, the first opening the line) as one
    line per item, as such a list is written on lines: its markers are items' numbers, not
    counts. (Only the whole answer: a line under a label may number its own things.)"""
    line = text.strip(" \t\n")
    markers = [m for m in _INLINE_MARKER.finditer(line) if m["p"] == line[1:2]]
    numbers = [m["n"] for m in markers]
    if "\n" in line or len(markers) < 3 or numbers != [str(i + 1) for i in range(len(markers))]:
        return text
    if markers[0].start() != 0:
        return text
    ends = [m.start() for m in markers[1:]] + [len(line)]
    items = zip(markers, ends, strict=True)
    return "\n".join(line[m.start() : end].rstrip(" \t,;") for m, end in items)
