"""Splitting an answer into the parts that answer each question.

A study names its sections in question order, each with the label the raw prompt asks for
and other labels answers use. Besides those, answers label their parts by the question's
number ("Question 2:", "Q2", "Answer 2", "Part B", "(b)"), number them as a list ("1. 3",
"2. ..."), or write one paragraph per question. A part runs from its label to the next label
(or to a label of commentary such as "Explanation:"). Where the answer starts inside a
part (past an echoed question or an "Answer:" key) is part_starts.py's.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from .attribution import attributed_to_someone_else
from .count_sayings import label_after_the_report
from .follow_ups import before_a_follow_up
from .in_order import GENERIC_LABEL, in_order, lead_value
from .numbered_lists import list_after_labels, list_before_labels, list_items
from .ordinal_labels import elliptical_ordinals, ordinal
from .part_starts import (
    after_echo,
    after_key,
    after_reasoning,
    asked_section,
    inline_part_end,
    item_part_end,
    misspelt,
)
from .question_lines import question_lines, section_words
from .readers import CLEAR, DIRECT, LOOSE
from .shifted_numbers import shifted_numbering


@dataclass(frozen=True)
class Section:
    name: str
    label: str  # the label the prompt asks for (a regular expression)
    aliases: tuple[str, ...] = ()  # other labels answers use (regular expressions)
    # Words of the section's question: a part that repeats a question with these words
    # answers this section, whatever number the answer gave it.
    question: str | None = None
    # Whether the question asks of the time before the speaker spoke: then a label other
    # than the asked one whose words name the time after ("Updated guess:") is not its.
    before_report: bool = False
    # How many fields the section holds (the bets: one per option).
    width: int = 1


@dataclass(frozen=True)
class Part:
    """The text of the answer to one section: answer[start:end]."""

    section: str
    start: int
    end: int
    grade: str  # DIRECT under the asked label, CLEAR under another, LOOSE by position
    # Whether the part is its question's by where it stands alone (no label, no question).
    by_position: bool = False
    # Whether its label gives the value as someone else's ("Prior (Jim's count):").
    attributed: bool = False
    # Whether its label names the time after the speaker spoke ("Updated guess:").
    after_report: bool = False
    # Whether it is a restated line's cell of numbers joined by "-" or "/" ("In short: 3 /
    # 0-0-10-90 / no" beside labelled parts: restated_lines.py): its fields', in order.
    joined: bool = False


# Where a label may start: the start of a line or of the text, or after punctuation.
# A named label starts a line or follows punctuation ("Prior: 2, Bets: ..."), never a word
# ("... the number is certain: I'd bet"); a numbered one may follow a word ("Answer to Q1:").
# (An exclamation ends a sentence as a period does: "Sure! Prior: 3.")
_LABEL_START = (
    r"(?:^|(?<=[\n,;.!({|\"':-])|(?<=[\n,;.!({|\"':\])}-][ \t]))"
    # (after a connective that joins steps, before a colon: "Then Bets: ...", "And then
    # Knowledge: yes"; not "and knowledge is ...")
    r"(?:(?:and[ \t]+)?(?:then|and|also)[ \t]+(?=[^\n:]{1,40}:))?"
    r"(?:(?:my|the|revised|updated|new|final|corrected|adjusted)\s+)?"
)
_RESTATED_START = r"(?:(?<=\bso[ \t])|(?<=\bmy[ \t])|(?<=\bthus[ \t])|(?<=\bhence[ \t]))"
_TURNING_START = (
    r"(?:^|(?<=[\n.;!?])[ \t]*)(?:as (?:for|to|regards)|regarding|concerning|turning to|now for)"
    r"[ \t]+(?:the[ \t]+|my[ \t]+)?"
)
_OPENING_FOR = r"(?:^|(?<=[\n.!?])[ \t]*)(?:for|in|on|regarding|about)[ \t]+(?:the[ \t]+)?"
_AFTER_VALUE_START = r"(?<=[\d%)][ \t])"
_NUMBERED_START = r"(?:^|(?<=[\s,;.({|\"']))"
# What ends a label: a colon and the like, a question mark ("Knows exactly? no"), "is"
# ("Prior is 3"), the end of its line (a heading), or a space before a value ("Prior 3").
_ABOUT_THE_ANSWER = (
    r"(?:confidence|certainty|reason|reasoning|explanation|justification|rationale|notes?|"
    r"comments?|why|source|sure)"
)
_LABEL_END = (
    r"[\"']?(?:[ \t]*(?::=|:|=|\||-(?![>\d])|->|\?|(?=\n)|$)|"
    # a few words or an aside before a colon: "My estimate before the call:", "Bets (%):";
    # not words that make it a key about the answer ("prior confidence:", "bets reason:")
    rf"(?:[ \t]+(?!{_ABOUT_THE_ANSWER}\b)[a-z']+){{1,4}}?[ \t]*:|[ \t]*\([^)\n]{{0,30}}\)[ \t]*:)"
)
# The asked label also without punctuation: "Prior is 3", "Prior 3; Bets ...".
_ASKED_LABEL_END = (
    rf"(?:{_LABEL_END}|\s+is\b|(?=[ \t]+(?:[$\d]|(?:yes|no)\b))"
    # or an aside, then the value: "bets (0/1/2/3) 0/0/10/90"
    r"|[ \t]*\([^)\n]{0,30}\)[ \t]+(?=[$\d]))"
)
# A numbered label may also end with a full stop or a parenthesis ("Question 1.", "1)"),
# after an aside ("Step 1 (before the call):").
_NUMBER_END = (
    r"(?:(?:\s*\([^)\n]{0,40}\))?\s*(?:\.(?=\s)|\)(?!\w)|:|=|\||->|-(?![>\d])|(?=[ \t]*\n)|$)"
    # or, near a line's start, spaces before a value ("Q1  3", "Q3  no")
    r"|(?<=\d)(?<![^\n]{12})[ \t]+(?=[$\d]|(?:yes|no)\b)"
    # or after a bracketed number ("(2) 0: 0%, ...")
    r"|(?<=\))[ \t]+"
    # or a word saying the answer follows ("Question 3 answer: yes", "Q1's response: 2")
    r"|(?<=\w)(?:'s)?[ \t]+(?:answer|response|reply)[ \t]*(?::|=|-(?![>\d]))"
    # or running into its answer: "question 1 is 2", "for question 3, yes", "question 2, I bet",
    # "the answer to question 2 is: 0 with 5%"
    r"|(?<=\d)(?:[ \t]+is:?|,)(?=[ \t]+(?:\$?\d|yes\b|no\b|all\b|i\b)))"
)
# Labels of commentary, which end the part before them.
_COMMENTARY = re.compile(
    r"(?m)^[ \t]*(?:explanation|reasoning|rationale|justification|notes?|comments?|"
    r"summary|analysis|thoughts|why|because|caveat)s?\s*:"
)
# A summary ends a part too, but says the answer again: no commentary to leave out.
_SUMMARY = re.compile(r"\s*summar")


# An ordinal label may also run into its answer: "for the first question: 3", "first
# question is three", "third question the answer is yes".
_ORDINAL_END = (
    rf"(?:{_NUMBER_END}|[ \t]+(?:the answer |my answer )?is(?=[ \t]+(?:\$?\d|yes\b|no\b|all\b))"
    r"|[ \t]+(?=(?:the|my) answer\b|i (?:answer|say|put|guess|think|bet)\b))"
)


def _numbered(index: int) -> str:
    """Generic labels of the index-th question (0-based)."""
    number, letter = index + 1, string.ascii_lowercase[index]
    # ("No." abbreviates a number on its line only: "Knowledge: no\n\n1. 3" is an answer,
    # then a list.)
    words = r"(?:question|q|answer|response|part|task|item|step|no\.?(?=[ \t]*#?[ \t]*\w)|#)"
    # "(2)" starts a line, or follows a colon or semicolon ("My answers: (1) 3; (2) ...")
    bracketed = rf"(?:(?<![^\n])|(?<=[:;] ))\((?:{number}|{letter})\)"
    return rf"{words}\s*#?\s*(?:{number}|{letter}\b)|{bracketed}"


def naming(sections: tuple[Section, ...], name: str) -> str:
    """Words that name a question in a sentence: its section's label and aliases, its
    ordinal ("the first question") and its number ("question 1")."""
    index = [s.name for s in sections].index(name)
    section = sections[index]
    return "|".join(
        [section.label, *section.aliases, ordinal(index, len(sections)), _numbered(index)]
    )


def named_after(text: str, end: int, sections: tuple[Section, ...]) -> str | None:
    """The section a value names right after it as the question it answers ("3 for the
    first question", "yes on question 3"), if any."""
    for section in sections:
        names = naming(sections, section.name)
        after = rf"[ \t]*%?[ \t]*,?[ \t]*(?:for|on|as|in)[ \t]+(?:(?:the|my)[ \t]+)?(?:{names})\b"
        if re.compile(after).match(text, end):
            return section.name
    return None


def _bracketed_name(section: Section) -> str:
    names = "|".join([section.label, *section.aliases])
    return rf"(?:(?:question|q|part|answer|no\.?)[ \t]*)?\d+[.)]?[ \t]*\((?:{names})\)"


def _labels(text: str, sections: tuple[Section, ...]) -> tuple[list, list[int]]:
    """(start, end, section, grade) of every label in the text; and where a label of a
    question of the time before the speaker spoke names the time after (no label of
    its question, but the end of the part before it)."""
    found = []
    for index, section in enumerate(sections):
        for pattern, grade, start, end in (
            (section.label, DIRECT, _LABEL_START, _ASKED_LABEL_END),
            *((alias, CLEAR, _LABEL_START, _LABEL_END) for alias in section.aliases),
            (_numbered(index), CLEAR, _NUMBERED_START, _NUMBER_END),
            # A number with the section's name in brackets ("1 (prior):", "3 (knowledge) |")
            (_bracketed_name(section), CLEAR, r"(?m)^[ \t]*", r"[ \t]*(?::|=|\||-(?![>\d]))"),
            (ordinal(index, len(sections)), CLEAR, _NUMBERED_START, _ORDINAL_END),
            # A sentence that opens on the question's number, then reasons ("For Question
            # 1, the base rate suggests ..."): its answer follows.
            (_numbered(index), CLEAR, _OPENING_FOR, r"[ \t]*,"),
            # A question as a key, its value after a key's mark ("Ana knows exactly? | No",
            # "Ben knows? ...... no"): the label of its value, by inference.
            (
                rf"[^\n?:|]{{0,40}}\b(?:{section_words(section)})[^\n?:|]{{0,40}}\?",
                LOOSE,
                r"(?m)^[ \t]*",
                r"[ \t]*(?::|=|\||->)(?=[ \t]*\S)",
            ),
            # A sentence that turns to the question by its name ("As for the bets, ..."):
            # the label of what follows, by inference.
            *(
                (label, LOOSE, _TURNING_START, r"[ \t]*[,:]")
                for label in (section.label, *section.aliases)
            ),
            # A label that restates an answer inside a sentence ("so Knowledge: yes",
            # "let me revise my prior: 2"): a second answer to the question; and one right
            # after another answer's value on one line ("Prior: 3 Bets: 0: 0%, ...").
            *(
                (label, CLEAR, start, r"[ \t]*:")
                for label in (section.label, *section.aliases)
                for start in (_RESTATED_START, _AFTER_VALUE_START)
            ),
        ):
            regex = re.compile(rf"{start}(?:{pattern}){end}", re.MULTILINE)
            found += [(m.start(), m.end(), section.name, grade) for m in regex.finditer(text)]
    # A label of a question about the time before the speaker spoke that names the time
    # after ("Updated guess: 2", "My guess now: 2") answers another question, if any.
    before = {s.name for s in sections if s.before_report}
    later = [
        f
        for f in found
        if f[2] in before and f[3] != DIRECT and label_after_the_report(text[f[0] : f[1]])
    ]
    found = [f for f in found if f not in later]
    # A question line is the label of its lines, unless a label in it names another question.
    for question in question_lines(text, sections):
        inside = [f for f in found if f[0] < question[1] and question[0] < f[1]]
        if all(name == question[2] for _, _, name, _ in inside):
            found = [f for f in found if f not in inside] + [question]
    found = [f for f in found if not _mentioned_at_sentence_end(text, f[0], f[1])]
    found += _compact_numbers(text, sections) + elliptical_ordinals(text, sections)
    # Of labels that overlap, the longest (then the first) is the label.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    labels: list[tuple[int, int, str, str]] = []
    for label in found:
        if not labels or label[0] >= labels[-1][1]:
            labels.append(label)
    ends = [a for a, b, *_ in later if not any(s < b and a < e for s, e, *_ in labels)]
    return labels, ends


def _compact_numbers(text: str, sections: tuple[Section, ...]) -> list:
    """Short labels inside running text ("ok so q1 i'd say 3 ... q2 after the call: ...
    q3 yes"): labels, by inference, when every question has one, once each, in order."""
    marks = list(re.finditer(r"(?<![\w-])q(\d)\b[ \t]*(?:[:.)=-](?!\d))?", text))
    if [m.group(1) for m in marks] != [str(i + 1) for i in range(len(sections))]:
        return []
    return [(m.start(), m.end(), s.name, LOOSE) for m, s in zip(marks, sections, strict=True)]


def _mentioned_at_sentence_end(text: str, start: int, end: int) -> bool:
    """Whether a question named in words ends a sentence of several words ("Most people
    would say 3 for the first question."): a mention of it, no label of what follows."""
    label = text[start:end]
    if not (label.rstrip().endswith(".") and re.search(r"[a-z]{2}", label)):
        return False
    before = text[text.rfind("\n", 0, start) + 1 : start]
    sentence = re.split(r"[.;!?:]", before)[-1]
    return len(re.findall(r"[a-z0-9']+", sentence)) >= 3


def _repeated_labels(text: str, count: int) -> list[tuple[int, int, int, str]]:
    """(start, end, index, grade) of one unnumbered "Answer:" or "Response:" line per section,
    in question order."""
    labels = list(GENERIC_LABEL.finditer(text))
    if len(labels) != count or count < 2:
        return []
    return [(m.start(), m.end(), i, CLEAR) for i, m in enumerate(labels)]


def split(text: str, sections: tuple[Section, ...]) -> list[Part]:
    """The parts of a (normalised) answer, in the order they appear."""
    if not sections:
        return []
    labels, later = _labels(text, sections)
    starts = shifted_numbering(text, _renumbered(text, labels, sections), sections)
    if not starts:
        items = _repeated_labels(text, len(sections)) or list_items(text, len(sections))
        starts = [(s, e, sections[i].name, grade) for s, e, i, grade in items]
    else:
        # A numbered list of one item per question, with labels in its items, labels the
        # questions the labels miss ("1. Before: 3\n2. After: ...\n3. No"); a list after
        # one label is that label's answer ("Question 1:\n1. ...\n2. ...").
        labelled = {name for *_, name, _ in starts}
        items = list_items(text, len(sections))
        if items and any(items[0][0] <= s <= items[-1][1] for s, *_ in starts):
            starts = sorted(
                starts
                + [
                    (s, e, sections[i].name, grade)
                    for s, e, i, grade in items
                    if sections[i].name not in labelled
                ]
            )
        elif not items:
            starts += list_before_labels(text, starts, sections)
        else:
            starts += list_after_labels(text, starts, items, sections, ANSWER_HEADING)
    starts = _without_repeats_in_line(text, starts)
    heading = _last_answer_heading(text)
    below = {name for s, _, name, _ in starts if heading is not None and s >= heading}
    above = [x for x in starts if heading is not None and x[0] < heading]
    if below and below >= {name for _, _, name, _ in above} and not _asked_block(above, sections):
        # Labels above a heading that announces the answer ("Step 1: ...", then "Answer"
        # alone on its line, then "Prior: 3"): reasoning's steps, not the answer's parts.
        # (Not when the labels below it name only later questions: then the heading is the
        # answer line inside one question's part, "### Question 2 ... **Answer:**\n- 0: 0%".)
        starts = [x for x in starts if x[0] >= heading]
    widths = tuple(s.width for s in sections)
    segments = in_order(text, widths)
    # Reasoning, then a heading over the answer in question order without labels ("Final
    # answers:\n3\n0%, 2%, 18%, 80%\nNo"): the block under it, one part per question (beside
    # the parts of labels in the reasoning above, if any: they must agree; not under the
    # asked block, which a numbered list says again).
    block = []
    if heading is not None and not below and not segments and not _asked_block(starts, sections):
        block = [(heading + a, heading + b) for a, b in in_order(text[heading:], widths)]
    if not starts:
        return [
            Part(
                s.name,
                after_key(text, after_echo(text, a, b, sections, s.name), b),
                b,
                LOOSE,
                True,
            )
            for s, (a, b) in zip(sections, segments or block, strict=False)
        ]
    stops = [s for s, *_ in starts] + [m.start() for m in _COMMENTARY.finditer(text)]
    stops = sorted(stops + later + [a for a, _ in block[:1]])  # (labels above the block end)
    if segments and _labels_fit(text, starts, segments, sections):
        stops = sorted(stops + [b for _, b in segments])
    parts = []
    for label_start, end, name, grade in starts:
        stop = next((s for s in stops if s >= end), len(text))
        start = after_reasoning(text, after_echo(text, end, stop, sections, name), stop)
        name = asked_section(text[end:start], sections) or name
        label = text[label_start:end]
        attributed = "?" not in label and attributed_to_someone_else(label)
        after_report = label_after_the_report(label)
        stop = _before_separator(text, start, stop)
        if widths[[s.name for s in sections].index(name)] == 1:
            stop = item_part_end(text, label_start, start, stop)
            stop = inline_part_end(text, label_start, start, stop)
        parts.append(Part(name, start, stop, grade, False, attributed, after_report))
    # (the heading announces them as the answer: not parts that stand alone by position)
    parts += [Part(s.name, a, b, LOOSE) for s, (a, b) in zip(sections, block, strict=False)]
    lead = lead_value(text, starts, [s.name for s in sections])
    if lead:
        parts.append(Part(sections[0].name, *lead, LOOSE, True))
    if segments and _labels_fit(text, starts, segments, sections):
        # Labelled and unlabelled paragraphs in question order: the unlabelled ones answer
        # their position's question.
        labelled = {name for *_, name, _ in starts}
        for section, (a, b) in zip(sections, segments, strict=True):
            inside = [s for s, *_ in starts if a <= s < b]
            if section.name not in labelled and not inside:
                start = after_echo(text, a, b, sections, section.name)
                key = after_key(text, start, b)
                if misspelt(text[start:key].strip(" \t:="), section.label):
                    start = key  # "Prior: 3\nBets: ...\nKnowlege: no": the asked label misspelt
                parts.append(Part(section.name, start, b, LOOSE, True))
    return sorted(parts, key=lambda p: p.start)


def _asked_block(labels: list, sections: tuple[Section, ...]) -> bool:
    """Whether labels are the asked ones, one per question, in question order: an answer
    in the asked format ("Prior: 3\nBets: ...\nKnowledge: no"), not reasoning's steps; a
    second block under "Final answer" below it answers again (a revision when it differs).
    A heading naming the question above its asked label ("### Question 1\nPrior: 3") is
    the same block."""
    direct = [name for _, _, name, g in labels if g == DIRECT]
    asked = [s.name for s in sections]
    headed = zip(labels, [*labels[1:], None], strict=True)
    return direct == asked and all(
        g == DIRECT or (after is not None and after[2:] == (name, DIRECT))
        for (*_, name, g), after in headed
    )


# A heading alone on its line that announces the answer below it ("Answer", "**Final
# answers**", "My answer:", "Conclusion").
ANSWER_HEADING = re.compile(
    r"(?m)^[ \t]*(?:(?:my|the|our) )?(?:final |short )?(?:answers?|conclusion|result|tl;dr)"
    r"[ \t]*:?[ \t]*$"
)


def _without_repeats_in_line(text: str, starts: list) -> list:
    """The labels less another label of a section found later on the line of that
    section's label, after words of the part ("Prior: 2 -- my guess -- and 3 is possible"):
    the line is one part, so the reader sees every value it offers, not the first alone.
    (A label right after another names the part again: "Question 1 — Before the call"; the
    asked label again opens a second part: "(prior 1) (prior 2)".)"""
    kept: list = []
    for label in starts:
        between = text[kept[-1][1] : label[0]] if kept else ""
        if (
            kept
            and kept[-1][2] == label[2]
            and label[3] != DIRECT
            and "\n" not in between
            and re.search(r"\w", between)
        ):
            continue
        kept.append(label)
    return kept


def _last_answer_heading(text: str) -> int | None:
    """Where the text under the last answer heading starts (None: no such heading)."""
    headings = list(ANSWER_HEADING.finditer(text))
    return headings[-1].end() if headings else None


def _before_separator(text: str, start: int, stop: int) -> int:
    """A part's end, before the separator that set it apart from the next one on its line
    ("prior:2|bets:10,20,50,20|knowledge:no", "Prior 3; Bets ...")."""
    end = len(text[start:stop].rstrip(" \t|;"))
    return start + end


_QUESTION_NUMBER = re.compile(r"\b(?:question|q|answer|response|part|task|step)\s*#?\s*(\d)\b")


def _renumbered(text: str, starts: list, sections: tuple[Section, ...]) -> list:
    """An answer that numbers only the questions it does not label by name ("Question 1:
    3", "Bets: ...", "Question 2: no"): its numbers count the questions without a name,
    when read so every question has one label."""
    numbers = {i: _QUESTION_NUMBER.search(text[s:e]) for i, (s, e, *_) in enumerate(starts)}
    named = {name for i, (_, _, name, _) in enumerate(starts) if not numbers[i]}
    numbered = {i: int(m.group(1)) for i, m in numbers.items() if m}
    if not named or not numbered or not any(starts[i][2] in named for i in numbered):
        return starts
    free = [s.name for s in sections if s.name not in named]
    if sorted(numbered.values()) != list(range(1, len(free) + 1)):
        return starts
    return [
        (s, e, free[numbered[i] - 1], grade) if i in numbered else (s, e, name, grade)
        for i, (s, e, name, grade) in enumerate(starts)
    ]


# After the commentary: the answer given again, as "Final answer:" too (a second answer: if
# it differs, the two conflict).
_LATER_ANSWER = re.compile(
    r"^[ \t]*(?:(?:my |the )?final[ \t]+(?:answer|response|reply)[ \t]*:|"
    r"(?:answer|response|reply|a)[ \t]*[:=-])",
    re.M,
)


def answer_proper(text: str) -> list[tuple[int, int]]:
    """An answer without sections, less its commentary: an answer, then "Explanation:" or
    "Reasoning:" and what it says (up to a later "Answer:" line, if any). A summary is no
    commentary: it says the answer again ("Summary: she would say ..."). A question the
    answer sets itself after it ("Follow-up question 1: ...?") and what follows are left out
    too: they answer another question (follow_ups.py)."""
    stop = before_a_follow_up(text)
    commentary = next(
        (m for m in _COMMENTARY.finditer(text, 0, stop) if not _SUMMARY.match(m.group())), None
    )
    if not commentary or not text[: commentary.start()].strip():
        return [(0, stop)]
    later = _LATER_ANSWER.search(text, commentary.end(), stop)
    return [(0, commentary.start())] + ([(later.start(), stop)] if later else [])


def _labels_fit(text: str, starts: list, segments: list, sections: tuple[Section, ...]) -> bool:
    """Whether every label stands in the paragraph of its own question, with its answer
    (a label alone on its line, "Bets:", has its answer below it, in the next one)."""
    for (a, b), section in zip(segments, sections, strict=True):
        if any(a <= s < b and name != section.name for s, _, name, _ in starts):
            return False
        if any(a <= s < b and not text[e:b].strip(" \t\n:") for s, e, *_ in starts):
            return False
    return all(any(a <= s < b for a, b in segments) for s, *_ in starts)
