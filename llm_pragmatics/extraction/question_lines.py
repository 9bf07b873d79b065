"""A transcript's questions as labels: an answer written as question lines, each followed by
its answer's line ("Q: How many ...?" / "A: 3"), read as parts of the sections the questions
name."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .readers import LOOSE

if TYPE_CHECKING:
    from .sections import Section

# A line that asks a question, after a speaker's tag or none ("Interviewer: And your bets
# afterwards?", "Q: How many ...?", a card's "Front: ...?"), then the answer's line, after
# its own tag ("Me: Three.", "Back: 3"); between two speakers' tags it may go on after its
# mark ("...? (before)", "...? Spread 100 percent.").
_SPEAKER = r"[a-z][a-z0-9 -]{0,15}:[ \t]*"  # (a call sign: "unit 7:", "alpha-1:")
_QUESTION_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<asker>{_SPEAKER})?[^\n?]{{3,120}}\?"
    r"(?P<more>[ \t]+(?:\([^()\n]{1,40}\)|[a-z][^\n?]{0,60}[.!]))?[ \t]*\n"
    rf"[ \t]*(?P<answerer>{_SPEAKER})?(?=[^\n]*[^\s?][ \t]*$)"
)


_NUMBERED_LINE = re.compile(r"[ \t]*(?:question|q|part|task|item|step|no\.?|#)[ \t]*#?[ \t]*\d")


def question_lines(text: str, sections: tuple[Section, ...]) -> list[tuple[int, int, str, str]]:
    """A transcript's questions as labels: in an answer of two or more question lines, each
    followed by its answer's line, a question whose words name one section (its label, an
    alias or its question, anywhere in the line) labels the lines after it. A reading of
    its own (LOOSE): the prompt asks for labels."""
    # (A question with a number of its own, "Question 4: ...?", is that number's.)
    questions = [q for q in _QUESTION_LINE.finditer(text) if not _NUMBERED_LINE.match(q.group())]
    questions = [q for q in questions if not q["more"] or _two_speakers(q)]
    if len(questions) < 2:
        return []
    named = []
    for match in questions:
        line = match.group().split("\n")[0]  # (its words, and any aside after its mark)
        words = [s.name for s in sections if re.search(rf"\b(?:{section_words(s)})", line)]
        named.append(words[0] if len(words) == 1 else None)
    if len(questions) == len(sections):
        # One question a section: a question in the place of the one section its words
        # name nowhere is that section's ("How many ...?" before "How would you bet?").
        order = [s.name for s in sections]
        unnamed = [i for i, name in enumerate(named) if name is None]
        if len(unnamed) == 1 and order[unnamed[0]] not in named:
            named[unnamed[0]] = order[unnamed[0]]
    return [(q.start(), q.end(), n, LOOSE) for q, n in zip(questions, named, strict=True) if n]


def _two_speakers(q: re.Match) -> bool:
    return bool(q["asker"] and q["answerer"]) and q["asker"] != q["answerer"]


def section_words(section: Section) -> str:
    return "|".join(filter(None, [section.label, *section.aliases, section.question]))
