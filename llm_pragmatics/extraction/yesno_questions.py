"""A yes or no beside a question of the answer's own ("Knowledge: no. Is 2 the most likely?
Yes"): whether the word answers that question rather than the yes/no question.

Apart from yesno.py, which reads the yes/no answer: these say what a question standing
before a yes or no (or after the part's own answer) does to it.
"""

from __future__ import annotations

import re

from .fields import Field
from .text import CORRECTING, REVISING

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
