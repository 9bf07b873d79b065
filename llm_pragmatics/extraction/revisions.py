"""Where an answer revises, restates or sums itself up: the sentences that take a value
back or say it again, and what follows a section's name in them."""

from __future__ import annotations

import re

from .count_sayings import label_after_the_report
from .markup import UNREADABLE
from .text import BLANK, REVISING

SUMMARY_LEAD = re.compile(
    r"\s*(?:in (?:short|summary|sum|brief)|to sum(?:marise|marize)? up|summing up|"
    r"summary|tl;?dr|all in all|bottom line|overall)\b[ \t]*[:,-]?"
)
# ... and a recap, which sums up as well ("Recap: ...", "To recap, ...").
_SUMMARY_LINE = re.compile(rf"{SUMMARY_LEAD.pattern}|\s*(?:to )?recap\b[ \t]*[:,-]?")


def summary_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that opens as a summary ("Recap: ...", "In short, ..."):
    it says the answers again, whichever question its place follows."""
    leads = [(_SUMMARY_LINE.match(m.group()), m.span()) for m in re.finditer(r"(?m)^.*", text)]
    return [span for lead, span in leads if lead and lead.group().rstrip()[-1] in ":,-"]


# Words that take an answer back or change it, or say it again (a summary).
REVISION = re.compile(
    rf"\b(?:{REVISING}|revis(?:e|ed|ing)"
    r"|chang(?:e|ed|ing)|updat(?:e|ed|ing)|adjust(?:ed|ing)?|typo"
    r"|mis(?:read|took|count(?:ed)?)|or maybe|or perhaps|then again|alternatively"
    r"|could also|might also|reconsider(?:ing|ed)?|second-guess(?:ing)?"
    r"|(?:guess|answer|say|choose|pick|try)(?:ing)? again"
    r"|should (?:really |actually )?have been"  # ("my prior should have been 2")
    # ("so the answer to Knowledge should be no")
    r"|the answer to (?:[\w-]+ ){1,3}should (?:really |actually )?be"
    r"|summary|in summary|to sum up|in short|tl;?dr)\b"
)
# In a revision, a section named with what it now is: "the prior should be 2", "Knowledge
# should be no", "the prior was meant to be 3".
_NOW_IS = (
    r"(?:should (?:really )?(?:be|have been|read)|(?:was|is) (?:meant|supposed) to be|would be|"
    r"becomes|is now|is|was|to|->|=|:)(?=\s)\s*|[ \t]*[:=][ \t]*|[ \t]+(?=[$\d])"
)


def restated_parts(
    text: str, names: str, revisions: list[tuple[int, int]], asked_before: str | None = None
) -> list:
    """What follows a section's name in a revision ("... so Knowledge should be no.", "the
    answer to the last question should be yes"): that section's answer again, read as its
    part is. `names`: the words that name the section (sections.naming). `asked_before`:
    the asked label of a question of the time before the speaker spoke; another name of it
    that its clause's words put after ("Updated guess: 2") names another question."""
    found = []
    for start, end in revisions:
        if text[start:end].rstrip().endswith("?") and _ANSWERED_NO.match(text, end):
            continue  # "should I revise my prior to 2? No - ...": a candidate turned down
        for match in re.finditer(rf"\b(?P<name>{names})\s*(?:{_NOW_IS})", text[start:end]):
            name = match["name"]
            clause = _CLAUSE_START.split(text[start : start + match.end("name")])[-1]
            if asked_before and not re.fullmatch(asked_before, name):
                if label_after_the_report(clause):
                    continue
            found.append((start + match.end(), end))
    return found


# A question's answer that turns it down, right after it.
_ANSWERED_NO = re.compile(
    r"[\s*_\"']*(?:no|nope|not really|i don't think so)\b(?!\s+(?:one|longer)\b)"
)
_CLAUSE_START = re.compile(r"[.,;:!?()\n]")


# A run of three amounts or more joined by one separator ("0/0/30/70", "$5; $15; $60; $20"),
# also beside other answers joined otherwise ("3; 0%, 0%, 40%, 60%; no").
_AMOUNT = r"(?<![\d.])\$?\d+(?:\.\d+)?%?"
_RUNS = [re.compile(rf"{_AMOUNT}(?:[ \t]*{sep}[ \t]*{_AMOUNT}){{2,}}") for sep in "/|;,"]


def restated_runs(text: str, size: int, revisions: list[tuple[int, int]]) -> list:
    """A run of as many amounts as a section has fields (three or more), one separator
    between them, in a revision ("bets 0/0/30/70", then "so 0/0/40/60"): that section's
    answer again, read as its part is."""
    if size < 3:
        return []
    return [
        m.span()
        for start, end in revisions
        for run in _RUNS
        for m in run.finditer(text, start, end)
        if len(re.findall(r"\d+(?:\.\d+)?", m.group())) == size
    ]


def named_again(text: str, section, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of what follows each label of the section inside text[start:end] that
    words of the same line precede."""
    found = []
    for match in re.finditer(rf"(?<![\w'])(?:{section_names(section)})[ \t]*[:=]", text[start:end]):
        line = text[text.rfind("\n", 0, start + match.start()) + 1 : start + match.start()]
        if re.search(r"\w", line):
            found.append((start + match.end(), end))
    return found


# A sentence: up to its end mark or line end; "2.5" and "p.s." do not end it.
_SENTENCE = re.compile(r"(?:p\.s\.?|\.(?=\d)|[^.!?\n])+[.!?]*")


def revising_sentences(text: str, own: list) -> list[tuple[int, int]]:
    """The sentences that revise an answer, but the first of a field's own parts (its
    answer)."""
    spans = []
    firsts = [(start, sentence_end(text, start)) for start, *_ in own]
    for sentence in _SENTENCE.finditer(text):
        inside = any(start <= sentence.start() < end for start, end in firsts)
        if not inside and (
            REVISION.search(sentence.group()) or SUMMARY_LEAD.match(sentence.group())
        ):
            spans.append(sentence.span())
    return spans


def sentence_end(text: str, start: int) -> int:
    start = len(text) - len(text[start:].lstrip())
    end = re.compile(r"[.!?;](?=\s|$)|\n").search(text, start)
    return end.end() if end else len(text)


def section_names(section) -> str:
    return "|".join([section.label, *section.aliases])


def unreadable_again(text: str) -> bool:
    """Whether a field's own part, given a second time, is a second answer that cannot be
    read ("Prior: 2" ... "Prior: two-thirds"): its first line a short value of some kind
    ("50/50", "2:1", a fraction's sign as UNREADABLE), not a blank, a placeholder, or a
    question or instruction echoed from the prompt ("How many ...?", "Answer with ...")."""
    line = next((x.strip() for x in text.replace(BLANK, " ").splitlines() if x.strip()), "")
    short = len(line.split()) <= 4 and not line.endswith("?")
    fraction_words = r"\b(?:half|halves|thirds?|quarters?|fourths?)\b"
    return short and bool(re.search(rf"[0-9{UNREADABLE}]|{fraction_words}", line))
