"""A second sentence offered on a later line: "It was good.\\n\\nBetter yet, it was amazing."

Reasoning that ends with a phrase on a line of its own chose that phrase; but when the
earlier phrase was itself given as the answer and the later line opens with words that
correct it or offer another ("on second thought", "better yet", "maybe ... though", "come
to think of it", "then again"), the answer gives two sentences without a choice, and both
fields are empty (the labelling rules: self-corrections and two sentences offered).
"""

from __future__ import annotations

import re

from .phrase_context import REVISING_WORDS, alone_in_its_sentence
from .phrase_forms import Choice

# Words that open a sentence as a correction of, or an alternative to, the one before.
_SECOND_OFFER = (
    r"better yet|better still|even better|or better|or even|or else|or maybe|or perhaps|"
    r"or|maybe|perhaps|possibly|alternatively|then again|although|though|"
    r"come to think of it|now that i think (?:about|of) it|"
    r"(?:thinking|having thought) (?:about it|it over)(?: (?:more|again|further))?|"
    r"(?:on|after|with) (?:second|further|more|some) (?:thought|reflection|consideration)|"
    r"on (?:further|closer) reflection|no|nah|hmm+|well|wait"
)
# The lead before the later phrase: one or more of those words and fillers, nothing else
# ("Hmm, scratch that - ", "Better yet: ", "Maybe ").
_LEAD = re.compile(
    rf"[\s*_\"'(\-]*(?:(?:{_SECOND_OFFER}|{REVISING_WORDS.pattern})[\s,:;.!?\u2026\u2014\u2013-]*)+"
    r"[\"'\u201c]?"
)

_BREAK = re.compile(r"[.!?\n]")


def led_as_another_offer(text: str, choice: Choice) -> bool:
    """Whether a phrase opens its sentence led only by words that offer it in the place
    of, or beside, one given before it ("Better yet, it was amazing")."""
    start = max((m.end() for m in _BREAK.finditer(text, 0, choice.start)), default=0)
    return bool(_LEAD.fullmatch(text, start, choice.start))


def offered_again(text: str, earlier: list[Choice], last: list[Choice]) -> bool:
    """Whether the phrase on the last line is led so, beside a different phrase given
    before it as the answer."""
    # (the earlier one given as a sentence of its own, not weighed inside reasoning: "'It
    # was amazing' too much ...\n\nMaybe it was good" chose after weighing)
    labels = {c.label for c in last}
    given = [c for c in earlier if c.label not in labels and alone_in_its_sentence(text, c)]
    return bool(given) and led_as_another_offer(text, last[0])
