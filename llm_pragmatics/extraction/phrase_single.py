"""How sure the one phrase an answer names is, when it is the only candidate (phrases.py
found it): the whole answer, a sentence of its own or a quote given; a phrase embedded in a
sentence about something else is none."""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_markers import SAYING_PARTICIPLE
from .phrase_commitment import closes_a_short_answer, refuse_one_of_listed_sentences
from .phrase_context import alone_in_its_sentence, inside_a_quote, opens_its_sentence, said_form
from .phrase_forms import PLAIN_ANSWER_WORDS, Choice, PhraseOption
from .phrase_mention import embedded
from .readers import DIRECT, LOOSE
from .text import words


def the_only_candidate(
    text: str, only: Choice, options: tuple[PhraseOption, ...]
) -> tuple[Choice, ...]:
    """The phrase an answer names as its only candidate, graded by how it is given, or
    none when it is not given as what would be said."""
    refuse_one_of_listed_sentences(text, only)
    whole = re.fullmatch(r"[\s\"'.!]*(?P<p>.*?)[\s\"'.!]*", text)
    exact = next(o.text for o in options if o.label == only.label)
    if whole and whole["p"] == text[only.start : only.end] == exact:
        return (Choice(only.label, only.start, only.end, DIRECT, only.tokens),)
    if not (inside_a_quote(text, only) or opens_its_sentence(text, only)):
        participle = SAYING_PARTICIPLE.search(text[: only.start])
        if participle and re.fullmatch(
            r"(?:[a-z]+[ \t]+)?(?:that[ \t]+)?", text[participle.end() : only.start]
        ):
            return (replace(only, grade=LOOSE),)  # "..., telling Steven it wasn't bad"
        if closes_a_short_answer(text, only) or opens_its_sentence(text, only, dash=True):
            # "tbh it wasn't good", "Sorry, Tom - it was bad.", "About the cookie - it
            # wasn't bad!": a lead, then the phrase
            return (replace(only, grade=LOOSE),)
        # "... because it was bad", "the answer about it was amazing": a sentence about
        # something else, not the sentence given as what would be said
        return ()
    if len(words(text)) > PLAIN_ANSWER_WORDS and not alone_in_its_sentence(text, only):
        if not (said_form(text, only) or inside_a_quote(text, only)):
            # "Mika's painting is amazing" in prose that marks no answer: the answerer
            # describing the thing, not the sentence given as what would be said.
            return ()
        # Named once in a longer text that marks no answer: likely, not certain.
        return (Choice(only.label, only.start, only.end, LOOSE, only.tokens),)
    if embedded(text, only):
        # a quote inside a sentence that marks no answer: only its place says so
        return (replace(only, grade=LOOSE),)
    return (only,)
