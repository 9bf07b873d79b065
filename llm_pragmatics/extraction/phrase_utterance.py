"""One utterance that evaluates the thing more than once: whether the quote a chosen phrase
stands in, or the rest of its sentence, gives another of the set's words (phrases.py
refuses such an utterance as no choice).
"""

from __future__ import annotations

import re

from .answer_markers import quote_around
from .phrase_forms import (
    ABOUT_ANOTHER_THING_AFTER,
    COPULA_WORDS,
    FILLERS,
    PRONOUN,
    Choice,
    PhraseOption,
)
from .text import words


def another_word_in_its_utterance(
    text: str, choice: Choice, options: tuple[PhraseOption, ...]
) -> bool:
    """Whether the quote a chosen phrase stands in (the utterance) evaluates the thing
    again with another of the phrases' closing words ('"It was bad. But it's so
    good."'): one utterance, two of the set's evaluations, no choice. Unquoted, the rest
    of the phrase's sentence is its utterance ("It was bad, but it was also amazing.")."""
    own = words(next(o.text for o in options if o.label == choice.label))[-1]
    others = "|".join(re.escape(words(o.text)[-1]) for o in options if words(o.text)[-1] != own)
    # the thing evaluated again, the word perhaps after others ("it's awesome, amazing")
    # or after an adverb that adds it to the first ("it was also amazing"); not the word
    # about something else ("a bad gift", "I feel bad"); negated too, or as "a good
    # thing" ("it's not a bad thing, but it's also not a good thing": two forms)
    again = (
        rf"\b{PRONOUN}(?:'s|\s+(?:{COPULA_WORDS}))(?:\s+[a-z]+,)*"
        rf"(?:\s+(?:also|not|{FILLERS}))*\s+(?:(?:{others})\b|an?\s+(?:{others})\s+thing\b)"
    )
    quote = quote_around(text, choice)
    if quote is None:
        # Unquoted, only an evaluation added by "also", which is no phrase of the set
        # ("still" is a filler of the phrases): the phrases in its sentence ("a) It was
        # bad b) It was good") were judged as such; nor the word of a clause about another
        # thing ("it's still good that he tried").
        end = re.compile(r"[.!?\n]").search(text, choice.end)
        rest = text[choice.end : end.start() if end else len(text)]
        added = (
            rf"\b{PRONOUN}(?:'s|\s+(?:{COPULA_WORDS}))(?:\s+(?:{FILLERS}))*\s+also"
            rf"(?:\s+(?:{FILLERS}))*\s+(?:{others})\b"
        )
        return any(
            not ABOUT_ANOTHER_THING_AFTER.match(rest, m.end()) for m in re.finditer(added, rest)
        )
    rest = text[quote.start() + 1 : choice.start] + " . " + text[choice.end : quote.end() - 1]
    rest = re.sub(r"\([^()]*\)", " ", rest)
    # or a verdict of its own without a frame ('"It was terrible. Not bad."'): a sentence
    # of the quote that is only the word, perhaps negated or softened
    bare = rf"(?:^|[.!?;]\s*)(?:not\s+)?(?:(?:{FILLERS})\s+)*(?:{others})\s*(?:[.!?;,]|$)"
    return bool(re.search(again, rest) or re.search(bare, rest.strip()))
