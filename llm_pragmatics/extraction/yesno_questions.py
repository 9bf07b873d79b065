"""A yes or no beside a question of the answer's own ("Knowledge: no. Is 2 the most likely?
Yes"): whether the word answers that question rather than the yes/no question.

Apart from yesno.py, which reads the yes/no answer: these say what a question standing
before a yes or no (or after the part's own answer) does to it, and read the answer given
right after the question is put again ("Does he know exactly? Probably, ...").
"""

from __future__ import annotations

import re

from .fields import Field
from .readers import LOOSE, Found
from .text import CORRECTING, REVISING
from .yesno_words import LIKELY_NO, LIKELY_YES, plain_reason

# A yes or no that ends its sentence at the start of a part ("no. ...", "Yes; ..."): the
# part answers first; a question after it is no echo of the part's question.
ANSWER_THEN_SENTENCE = re.compile(r"[\s\"'(*]*(?:yes|no)[\"')*]*[ \t]*[.!;,](?=\s)")


def answers_another_question(before: str, field: Field) -> bool:
    """Whether what stands right before a yes or no (on its line, or else the line above)
    is a question that does not speak of the claim: the word answers that question."""
    line = before[before.rfind("\n") + 1 :]
    if not line.strip():
        previous = [line for line in before.splitlines() if line.strip()]
        line = previous[-1] if previous else ""
    asked = line.rstrip(" \t\"'*_")
    if not asked.endswith("?"):
        return False
    question = re.split(r"(?<=[.!?;,])\s+", asked[:-1])[-1]
    # (a question that may be the claim's in other words is not another one: of the
    # speaker, "Could she have counted them all?"; short, "Is it?"; or doubting, "Wait, or?")
    claim = field.params["claim"]
    of_the_claim = rf"\b(?:{claim}|he|she|they|him|her|them|{REVISING}|{CORRECTING})\b"
    return not re.search(of_the_claim, question) and len(re.findall(r"\w+", question)) >= 3


# Reasoning that gives a number as its answer ("the answer is indeed 3 of the 3 tickets
# ...") and never speaks of the claim: a yes or no after it ("So yes, the answer is yes")
# concludes about that number, not the claim.
_ANSWER_IS_A_NUMBER = re.compile(r"\bthe answer is (?:(?:indeed|not|still|probably) )?\d")


def concludes_a_count(before: str, field: Field) -> bool:
    """Whether the part before a yes or no reasons to a number and never speaks of the
    claim: the word concludes about the number."""
    claim = field.params["claim"]
    return bool(_ANSWER_IS_A_NUMBER.search(before)) and not re.search(rf"\b(?:{claim})\b", before)


# A yes or no after the question put in the answerer's words, as a label ("As for whether
# Joe knows exactly how many won: yes, he does").
_ASKED_THEN = (
    # (or a dash: "As for whether he knows exactly - I doubt it", "... exactly — I'd say yes")
    r"(?:\b(?:whether|if)\s[^.!?\n:]{{0,60}}\b(?:{claim})\b[^.!?\n:]{{0,60}}"
    r"(?::|[ \t](?:-+|[\u2013\u2014]))\s*(?:i(?:'d| would) say[ \t]+)?"
    # (or a comma and a lean: "Whether he knows exactly, I lean towards no")
    r"|\b(?:whether|if)\s[^.!?\n:,]{{0,60}}\b(?:{claim})\b[^.!?\n:,]{{0,30}},[ \t]*"
    r"(?:(?:i(?:'d| would)? lean|i(?:'m| am) leaning) (?:towards?|to)|i(?:'d| would) say)[ \t]+"
    # (or the answer to it said to be one: "the answer to whether he knows exactly is no")
    r"|\banswer\s+to\s+(?:the\s+question\s+(?:of\s+)?)?(?:whether|if)\s[^.!?\n:]{{0,60}}"
    r"\b(?:{claim})\b[^.!?\n:]{{0,60}}?\s(?:is|would be)[ \t]*:?[ \t]*[\"']?"
    rf")(?:(?P<no>{LIKELY_NO}|not exactly|not really)|(?P<word>yes|no))\b"
)


# A question answered "in the affirmative" or "in the negative": only a yes/no question is.
_ANSWERED_IN_THE = re.compile(
    r"\banswer(?:ed|ing)?\s+(?:question\s*\d+|the\s+\w+\s+question|it|this|that)\s+"
    r"in\s+the\s+(?P<word>affirmative|negative)\b"
)


# The question asked again, then a lean that answers it: "Does he know exactly? Probably,
# he saw all of them." (A lean followed by its own clause of the claim, or by "but", is
# read by the statements or is no answer: "Probably, but only about one".)
_ASKED_THEN_LEAN = (
    r"\b(?:do|does|did|would|could|can|is|was)\s[^.!?\n]{{0,60}}\b(?:{claim})\b[^.!?\n]{{0,80}}"
    rf"\?[ \t]*(?:(?P<no>{LIKELY_NO})|(?P<yes>{LIKELY_YES}))"
    r"(?=[ \t]*[,.;!\n-])(?P<rest>[^.!?\n]*)"
)


def asked_then_answered(text: str, field: Field) -> list[Found]:
    """A yes, no or lean given right after the question is put again (loose)."""
    pattern = _ASKED_THEN.format(claim=field.params["claim"])
    found = [
        Found("no" if m["no"] else m["word"], *m.span("no" if m["no"] else "word"), LOOSE)
        for m in re.finditer(pattern, text)
    ]
    for m in re.finditer(_ASKED_THEN_LEAN.format(claim=field.params["claim"]), text):
        if plain_reason(m["rest"], field):
            kind = "no" if m["no"] else "yes"
            found.append(Found(kind, *m.span(kind), LOOSE))
    return found + [
        Found("yes" if m["word"] == "affirmative" else "no", *m.span("word"), LOOSE)
        for m in _ANSWERED_IN_THE.finditer(text)
    ]
