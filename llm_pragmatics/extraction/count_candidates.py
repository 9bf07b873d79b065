"""Where a count may stand: every number or quantifier in a text that could answer "how
many", with what makes a number something else (a total, an amount, a key, a span of time,
a question's number, a count of the task's own parts). Which of them is the answer is
counts.py's to decide."""

from __future__ import annotations

import re

from .fields import Field
from .readers import CLEAR, DIRECT, LOOSE, NUMBER, Found

# A number that is no answer to "how many": a total ("of 3", "out of the 3"), a percentage
# or money, a key ("0: 10%"), arithmetic ("3*3"), an ordinal, a question's number.
_TOTAL_BEFORE = re.compile(r"(?:\bout\s+of|\bof|/)\s*(?:the\s+|all\s+)?$")
# A span of time is no count of objects ("Two days ago, ...": a story retold).
# (After a number, an amount paired with it makes it an option's name: "0 - 0%", "1 -> $70".)
_NOT_A_COUNT_AFTER = re.compile(
    # (a term of arithmetic: "3*3", "3 + 1"; a difference with its result, "3 - 2 = 1")
    r"^(?:\s*%|\s*:|\s*[*×+=/]\s*\d|\s*-\s*\d+(?:\.\d+)?\s*=|(?:st|nd|rd|th)\b|"
    r"\s*(?:-+>?|=|\|)\s*(?:\$\s*\d|\d+(?:\.\d+)?\s*%)|"
    # ("1 is 40%, 2 is 40%": options given their amounts; not "3 is 90% likely")
    r"\s+is\s+(?:\$\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*%)(?=\s*(?:[,;.]|and\b|$))|"
    r"[\s-]+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b|"
    # ("one might say", by now "1 might say", "one could reserve a tiny amount": the
    # pronoun, no count; a verb of the one who answers or weighs, not of the objects)
    r"\s+(?:might|could|would|may|can|should)\s+(?:say|guess|think|argue|expect|assume|"
    r"reserve|keep|hold|allow|hedge|bet|put|leave|place|give|imagine|consider|suppose|note|"
    r"wonder|object|worry|ask|interpret|question|quibble|doubt)\b)"
)
# A fraction's bar and denominator after a number (not a date's or a ratio's further parts).
_FRACTION_AFTER = re.compile(r"[ \t]?/[ \t]?(?P<denominator>\d+)(?![\d/.:])")
_NUMBERING_BEFORE = re.compile(r"(?:question|q|step|part|#|\$)\s*$")
# A count of the answer's or the task's own parts ("only 3 answers are provided", "none of
# the options", "2 questions"): its words say it counts something other than the objects.
_OF_THE_TASK = (
    r"(?:(?:given|possible|provided|other|different|separate|above|following)\s+)?"
    r"(?:answers?|questions?|options?|choices?|responses?|sentences?)\b(?!\s*[:=])"
)
# ... also after a total, with a word of the answerer's own before it ("2 of the 3 prior
# questions").
_TASK_AFTER_TOTAL = re.compile(rf"\s+(?:[a-z]+\s+)?{_OF_THE_TASK}")
_COUNTS_THE_TASK = re.compile(rf"^\s+(?:of\s+(?:the\s+|these\s+|those\s+)?)?{_OF_THE_TASK}")
_ALL = re.compile(
    r"\ball\s+(?:(?P<n>\d+)(?:\s+of\s+(?:them|the\s+\w+))?|of\s+(?:them|the\s+\w+)|the\s+\w+)"
    r"|\b(?:every one|each one)\s+of\s+(?:them|the\s+(?P<m>\d+))|\ball\b(?=[\s.!\"']*$)"
)
# "every single one" ends what it says: all of them (a new reading, loose).
_EVERY_SINGLE = re.compile(
    r"\b(?:every (?:single |last )?(?:one|1)|each and every one)\b(?=[\s.!\"']*$)"
)
# (not "none fits", "none of these is right": of the options offered)
_NONE = re.compile(
    r"\b(?:none|not (?:a single )?one|not any)(?:\s+of\s+(?:them|the\s+\w+))?\b"
    r"(?!\s+(?:of\s+(?:these|those)\s+)?(?:fits?|appl(?:y|ies)|match(?:es)?|is\s+(?:right|correct))\b)"
)


def possible_counts(text: str, field: Field) -> list[Found]:
    """Every number in `text` that could answer "how many", with the quantifier words."""
    found = []
    for match in re.finditer(NUMBER, text):
        before, after = text[max(0, match.start() - 12) : match.start()], text[match.end() :]
        of_total = re.match(rf"\s*(?:/|out of|of)\s*(?:the\s+)?{_plain(field.maximum)}\b", after)
        if of_total and _TASK_AFTER_TOTAL.match(after, of_total.end()):
            continue  # "2 of the 3 (prior) questions": the task's parts, not the objects
        if of_total:  # "2/3", "2 out of 3": a count of the total
            found.append(Found(float(match["value"]), match.start(), match.end(), CLEAR))
            continue
        fraction = _FRACTION_AFTER.match(after)
        if fraction and not _TOTAL_BEFORE.search(before) and not re.search(r"\d/$", before):
            # "1/2", "5/15": a fraction of the total is a value, but no whole count, so it
            # stands against any other count given for the field (not passed over).
            denominator = float(fraction["denominator"])
            if denominator:
                end = match.end() + fraction.end()
                found.append(Found(float(match["value"]) / denominator, match.start(), end))
            continue
        if _TOTAL_BEFORE.search(before) or _NOT_A_COUNT_AFTER.match(after):
            continue
        if _NUMBERING_BEFORE.search(before) or _COUNTS_THE_TASK.match(after):
            continue
        line_start = not text[: match.start()].strip(" \t") or text[: match.start()].rstrip(
            " \t"
        ).endswith("\n")
        if line_start and re.match(r"[.)]\s+[a-z]", after):
            continue  # a list marker ("1. Yes")
        value = float(match["value"]) * (-1 if match["sign"] else 1)
        found.append(Found(value, match.start(), match.end(), DIRECT))
    for match in _ALL.finditer(text):
        n = match["n"] or match["m"]
        if (n is None or float(n) == field.maximum) and not _of_the_task(text, match):
            found.append(Found(field.maximum, match.start(), match.end(), CLEAR))
    for match in _EVERY_SINGLE.finditer(text):
        found.append(Found(field.maximum, match.start(), match.end(), LOOSE))
    for match in _NONE.finditer(text):
        if not _of_the_task(text, match):
            found.append(Found(field.minimum, match.start(), match.end(), CLEAR))
    # "all 3": the quantifier and its number are one statement (the longer one stays).
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[Found] = []
    for f in found:
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


# A count that a verb says is something, then a colon and words ("my estimate is 3: letters
# almost always hold checks"): the colon opens its reason, no key of a pair ("0: 10%").
_SAID_TO_BE = re.compile(r"\b(?:is|was|be)[ \t]*$")
_REASON_COLON = re.compile(r"(?P<count>\w+):(?=[ \t]+[a-z]{2})")


def said_with_reason(match: re.Match) -> str:
    """What a saying says (its "said" group), a colon that opens the reason after the
    count it says is so read as a comma."""
    said = match["said"]
    reason = _REASON_COLON.match(said) if _SAID_TO_BE.search(match.group()) else None
    return f"{reason['count']},{said[reason.end() :]}" if reason else said


def _of_the_task(text: str, match: re.Match) -> bool:
    """Whether a quantifier quantifies the task's parts ("none of the given answers")."""
    words = text[match.start() : match.end() + 40]
    return bool(re.match(rf"\w+(?:\s+\w+)?\s+of\s+(?:the\s+|these\s+)?{_OF_THE_TASK}", words))


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


# Words that make the count after them a bound: "at least 2", "no more than two".
_BOUND_BEFORE = re.compile(
    r"\b(?:at (?:the )?(?:least|most)|no (?:more|fewer|less) than|not (?:more|fewer|less) "
    r"than|more than|fewer than|less than|up to)\s*$"
)


def bound_counts(text: str, offset: int, field: Field, bound_after: re.Pattern) -> list[Found]:
    """The counts of a bound ("at least two", "2 or more") before the count a part says is
    its answer: with it, no single count ("at least two, probably three"), as a range."""
    return [
        Found(x.value, x.start + offset, x.end + offset, LOOSE)
        for x in possible_counts(text, field)
        if _BOUND_BEFORE.search(text[: x.start]) or bound_after.match(text[x.end :])
    ]
