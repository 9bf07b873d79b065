"""Labels that give their value as someone else's.

"Prior (what Mark reported): 2", "Prior (Jim's count): 2", "Prior, as she said: 2": the
label says whose the value is, and it is not the answerer's. A question asks for the
answerer's own answer, so such a part answers nothing (the field is refused, by that cause,
unless another part of the same question is the answerer's own).
"""

from __future__ import annotations

import re

# Why a field whose every part is labelled so is refused.
ATTRIBUTED = "its label gives the value as someone else's"

# An aside that only places the answer in time ("before Mark's call", "after she said it")
# says when, not whose.
_WHEN = re.compile(r"\b(?:before|after|prior to|until|once|when|without|then)\b")
# Someone else's value: a possessive before a word for a value, or alone at the aside's
# end ("Jim's count", "her estimate", "the speaker's"), not the answerer's own ("my guess").
_VALUE_WORD = (
    r"(?:count|number|estimate|guess|answer|figure|value|report|total|tally|view|belief|"
    r"claim|words|version|reading|answers?)"
)
_POSSESSIVE = re.compile(
    r"\b(?:his|her|their|(?!(?:it|that|what|let|there|here|one|who)'s)[a-z]+'s)"
    rf"(?:[ \t]+{_VALUE_WORD}\b|[ \t]*(?=[):]|$))"
)
# A report of someone else's words: "what Mark reported", "as she said", "Jim says",
# "according to Ann", "reported by the speaker"; not the answerer's own ("as I said").
_REPORTING_VERB = (
    r"(?:reported|reports|said|says|told|tells|claimed|claims|stated|states|counted|counts|"
    r"estimated|guessed|gave|gives|mentioned|suggested|thinks|thought)"
)
_REPORTED = re.compile(
    rf"(?:\b(?!(?:i|we|you)\b)[a-z]+[ \t]+{_REPORTING_VERB}\b"
    rf"|\b{_REPORTING_VERB}[ \t]+by\b(?![ \t]+me\b)"
    r"|\baccording[ \t]+to\b(?![ \t]+me\b))"
)


def attributed_to_someone_else(label: str) -> bool:
    """Whether a label's words after its name ("Prior (what Mark reported):") give the
    value as someone else's."""
    words = label.lower()
    if _WHEN.search(words):
        return False
    return bool(_POSSESSIVE.search(words) or _REPORTED.search(words))
