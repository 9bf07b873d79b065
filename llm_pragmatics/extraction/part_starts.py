"""Where a part's answer starts after its label: past a question the answer repeats
("Question 1: How many ...?\nAnswer: 3"), an "Answer:" key, reasoning before one answer
line, or a key of its own ("Number: 3").

Apart from sections.py, which finds the labels and where each part ends: these read
inside one part, to skip what stands before its answer (an echoed question may also name
the section the part answers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .revisions import REVISION

if TYPE_CHECKING:
    from .sections import Section


# An echoed question, with its answer on the next line or after it on its own line ("How
# many ...? 3", "Does he know exactly? -> No").
_ECHO = re.compile(r"[^\n]*\?[ \t]*(?:\n|(?:->|:|=)?[ \t]*(?=\S))")
# What no echoed question holds but a candidate answer asked about does ("Bets: 1: 20%? No,
# 1: 10%", "Prior: 2? No wait, 3"): an amount other than the whole $100 / 100%, or a bare
# value as the whole question.
_CANDIDATE = re.compile(
    r"(?<![\d.])(?!100(?![\d.]))\d+(?:\.\d+)?[ \t]?%|\$[ \t]?(?!100(?![\d.]))\d"
    r"|^[ \t]*(?:\d+|yes|no|none|all|one|two|three)[ \t]*\?"
)
# A bare value that ends its sentence, then a question ("Knowledge: no. Is 2 the most
# likely? Yes"): the part's answer first, then a question of the answer's own, unless
# that question is one of the study's (then what follows it answers that one).
_ANSWERED_FIRST = re.compile(r"[ \t]*(?:\d+|yes|no|none|all|one|two|three)[ \t]*[.!;,](?=\s)")
# (also a key for the value under a heading: "[prior]" over "value = 2")
_ANSWER_LABEL = re.compile(r"\s*(?:answer|a|response|reply|value)\s*[:=-]")


def asked_section(echo: str, sections: tuple[Section, ...]) -> str | None:
    """The section whose question an echoed question is, by its words."""
    if not echo.strip():
        return None
    named = [s.name for s in sections if s.question and re.search(s.question, echo)]
    return named[0] if len(named) == 1 else None


def after_echo(
    text: str, start: int, stop: int, sections: tuple[Section, ...] = (), own: str = ""
) -> int:
    """Where a part's answer starts: after the question when the answer repeats it
    ("Question 1: How many ...?\nAnswer: 3"), and after an "Answer:" label; not after a
    question that follows the part's own answer, unless it is another section's ("3. ...
    And does Laura know exactly? Yes": what follows answers that one)."""
    echo = _ECHO.match(text, start, stop)
    question = re.split(r"(?<=[.!;])\s+", echo.group().strip())[-1] if echo else ""
    if (
        echo
        and text[echo.end() : stop].strip()
        and not _CANDIDATE.search(echo.group())
        and not (
            _ANSWERED_FIRST.match(echo.group()) and asked_section(question, sections) in (None, own)
        )
    ):
        start = echo.end()
    instruction = _INSTRUCTION.match(text, start, stop)
    start = instruction.end() if instruction else start
    label = _ANSWER_LABEL.match(text, start, stop)
    return label.end() if label else start


# The prompt's instruction echoed on its own line under the question, the answer on the
# next ("Answer with a single number from 0 to 3.\n3", "Answer yes or no.\nNo"): its
# numbers ("0 to 3") are no answer.
_INSTRUCTION = re.compile(
    r"[ \t]*(?:please[ \t]+)?(?:answer[ \t]+(?:with|using|in|yes[ \t]+or[ \t]+no)|"
    r"bet[ \t]+on[ \t]+each|respond[ \t]+with)\b[^\n]*[.:][ \t]*\n(?=[ \t]*\S)"
)


# The line of a part that gives its answer after reasoning: "Answer: 3", "Final answer:".
_PART_ANSWER_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:my |the )?(?:final )?(?:answer|response|reply))[ \t]*[:=][ \t]*"
)


def after_reasoning(text: str, start: int, stop: int) -> int:
    """Where the answer of a part under a heading starts when the part reasons first and
    then gives one "Answer:" line ("### Question 1", reasoning, then "**Answer:** 3"):
    after that line's label. The reasoning above it is no answer (its numbers are the
    reasoning's)."""
    line_end = text.find("\n", start)
    rest_of_line = text[start : line_end if line_end >= 0 else stop]
    if text[text.rfind("\n", 0, start) + 1 : start].strip() and rest_of_line.strip():
        return start  # a value on its label's line: "Prior: 3 ... Answer: 2" gives two
    lines = list(_PART_ANSWER_LINE.finditer(text, start, stop))
    if len(lines) != 1 or not text[start : lines[0].start()].strip():
        return start
    return lines[0].end()


_KEY = re.compile(r"[ \t]*[a-z][a-z' ]{0,30}[ \t]*[:=][ \t]*(?=\S)")


def after_key(text: str, start: int, stop: int) -> int:
    """Where a part by position starts after a key of its own ("Number: 3", "Percentages:
    ..."): keys the study does not name, one per line in question order."""
    key = _KEY.match(text, start, stop)
    # (not someone's report introduced, "Monica told you on the phone: ...": what follows
    # is theirs, not the answer's)
    return key.end() if key and not _REPORTED.search(key.group()) else start


_REPORTED = re.compile(r"\b(?:told|tells|said|says|reported|reports)\b")


def misspelt(word: str, label: str) -> bool:
    """Whether a key is a label with one typing slip: a letter dropped, added, changed or
    two swapped ("Knowlege", "Priot", "Bets" as "Best"); not a word of its own shorter than
    four letters."""
    if word == label or len(label) < 4 or abs(len(word) - len(label)) > 1 or word[:1] != label[:1]:
        return False
    head = next(
        (i for i, (a, b) in enumerate(zip(word, label, strict=False)) if a != b),
        min(len(word), len(label)),
    )
    rest, other = word[head:], label[head:]
    return (
        rest[1:] == other[1:]  # changed
        or rest == other[1:]  # dropped
        or rest[1:] == other  # added
        or (len(rest) > 1 and rest[:2] == other[1::-1] and rest[2:] == other[2:])  # swapped
    )


def inline_part_end(text: str, label_start: int, start: int, stop: int) -> int:
    """Where a one-value part ends when its label opens mid-line with the value after it
    on that line ("..., so my answer to question 1 is 3."): at the line's end. Later lines
    are the reasoning's (their numbers no second answer), unless one takes it back."""
    line_start = text.rfind("\n", 0, label_start) + 1
    line_end = text.find("\n", start, stop)
    if line_end < 0 or not re.search(r"[a-z]", text[line_start:label_start]):
        return stop
    if not re.search(r"\d", text[start:line_end]):
        return stop  # "... as for question 1, I'd say\n2": the value on the next line
    if re.search(r"(?:[:,(-]|\b(?:is|are|be|say))[ \t]*$", text[start:line_end]):
        return stop  # a line that runs on ("... of the 3 phones, I'd say:\n2")
    return stop if REVISION.search(text, line_end, stop) else line_end


# A line that opens with a key of its own ("update: ...", "reasoning: ..."; markdown list
# markers and bold are gone by now): another matter's line.
# (Not a line that gives the answer, "A: yes", "Answer: no": the part's, or a second one.)
_KEYED_LINE = re.compile(
    r"(?!(?:a|answers?|response|reply|final answers?)[ \t]*:)[a-z][\w' -]{0,30}[ \t]*:(?![ \t]*\d)"
)


def item_part_end(text: str, label_start: int, start: int, stop: int) -> int:
    """Where a one-value part ends when its label opens its line with words after it and
    the next line opens with a key of its own ("prior: almost every student passes, so all
    3.\nupdate: ... so 2 is the natural reading", a summary's items): at the line's end,
    unless a later line takes the answer back."""
    line_start = text.rfind("\n", 0, label_start) + 1
    if text[line_start:label_start].strip():
        return stop
    line_end = text.find("\n", start, stop)
    if line_end < 0 or not text[start:line_end].strip():
        return stop
    following = re.compile(r"\n[ \t]*(?=\S)").match(text, line_end)
    key = following and _KEYED_LINE.match(text, following.end(), stop)
    if not key:
        return stop
    # (the key's own word is no revision: "update: ...")
    return stop if REVISION.search(text, key.end(), stop) else line_end
