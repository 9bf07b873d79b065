"""One utterance that evaluates the thing more than once: whether the quote a chosen phrase
stands in gives another of the set's words (phrases.py refuses such a quote as no choice).
"""

from __future__ import annotations

import re

from .answer_markers import quote_around
from .phrase_forms import COPULA_WORDS, FILLERS, PRONOUN, Choice, PhraseOption
from .text import words


def another_word_in_its_quote(text: str, choice: Choice, options: tuple[PhraseOption, ...]) -> bool:
    """Whether the quote a chosen phrase stands in (the utterance) evaluates the thing
    again with another of the phrases' closing words ('"It was bad. But it's so
    good."'): one utterance, two of the set's evaluations, no choice."""
    quote = quote_around(text, choice)
    if quote is None:
        return False
    own = words(next(o.text for o in options if o.label == choice.label))[-1]
    rest = text[quote.start() + 1 : choice.start] + " . " + text[choice.end : quote.end() - 1]
    rest = re.sub(r"\([^()]*\)", " ", rest)
    others = "|".join(re.escape(words(o.text)[-1]) for o in options if words(o.text)[-1] != own)
    # the thing evaluated again, the word perhaps after others ("it's awesome, amazing");
    # not the word about something else ("a bad gift", "I feel bad")
    again = (
        rf"\b{PRONOUN}(?:'s|\s+(?:{COPULA_WORDS}))(?:\s+[a-z]+,)*(?:\s+(?:{FILLERS}))*"
        rf"\s+(?:{others})\b"
    )
    # or a verdict of its own without a frame ('"It was terrible. Not bad."'): a sentence
    # of the quote that is only the word, perhaps negated or softened
    bare = rf"(?:^|[.!?;]\s*)(?:not\s+)?(?:(?:{FILLERS})\s+)*(?:{others})\s*(?:[.!?;,]|$)"
    return bool(re.search(again, rest) or re.search(bare, rest.strip()))
