"""How sure the one phrase an answer names is, when it is the only candidate (phrases.py
found it): the whole answer, a sentence of its own or a quote given; a phrase embedded in a
sentence about something else is none, and so is one beside sentences offered under
different conditions, unless it is given as the answer apart from them."""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_markers import FORCED, QUOTE, SAYING_PARTICIPLE, pointed_at
from .phrase_commitment import closes_a_short_answer, refuse_one_of_listed_sentences
from .phrase_context import (
    CONDITIONAL_SENTENCE,
    IF_CLAUSE,
    NOT_SAID_BEFORE,
    REJECTED_BEFORE,
    alone_in_its_sentence,
    given_as_answer,
    inside_a_quote,
    opens_its_sentence,
    said_form,
    sentence_before,
)
from .phrase_forms import PLAIN_ANSWER_WORDS, Choice, PhraseOption, has_an_evaluation
from .phrase_mention import embedded
from .readers import DIRECT, LOOSE, Unreadable
from .text import words


def the_only_candidate(
    text: str, only: Choice, options: tuple[PhraseOption, ...]
) -> tuple[Choice, ...]:
    """The phrase an answer names as its only candidate, graded by how it is given, or
    none when it is not given as what would be said."""
    refuse_one_of_listed_sentences(text, only)
    if _offered_under_conditions(text, only, options):
        raise Unreadable("the answer gives sentences under different conditions, choosing none")
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
        if _AFTER_A_CLAUSE_OF_ITS_OWN.search(sentence_before(text, only.start)) and not (
            inside_a_quote(text, only) or pointed_at(text, only)
        ):
            # "So, this is Albert's perspective, and it is very good." in such prose: the
            # second clause of the answerer's sentence, its "it" what the first one named
            return ()
        # Named once in a longer text that marks no answer: likely, not certain.
        return (Choice(only.label, only.start, only.end, LOOSE, only.tokens),)
    if embedded(text, only):
        # a quote inside a sentence that marks no answer: only its place says so
        return (replace(only, grade=LOOSE),)
    return (only,)


def _offered_under_conditions(text: str, only: Choice, options: tuple[PhraseOption, ...]) -> bool:
    """Whether the answer offers two different sentences, each as what would be said under
    its condition ("If she wanted to be kind, she could say '...'. If honest, '...'"), in
    the set or not, and the phrase is not given as the answer apart from them: it is one
    of them, or stands in prose no marker points at ("She baked it, and it was good.")."""
    offers = {}  # where each condition's sentence starts -> the sentence it offers
    for quote in QUOTE.finditer(text):
        sentence = sentence_before(text, quote.start())
        if (
            CONDITIONAL_SENTENCE.search(sentence)
            # (not the condition's own content, 'If she had said "X", he ...', nor a
            # condition on answering, "if I must pick", nor one it rejects, 'not "X"')
            and not IF_CLAUSE.search(sentence)
            and not re.search(rf"\bif{FORCED}", sentence)
            and not REJECTED_BEFORE.search(sentence + '"')
            and not NOT_SAID_BEFORE.search(sentence + '"')
            and _OFFERED.search(sentence)
            and has_an_evaluation(quote.group(), options)
        ):
            offers[quote.start() - len(sentence)] = tuple(words(quote.group()))
    if len(offers) < 2 or len(set(offers.values())) < 2:
        return False
    conditional = CONDITIONAL_SENTENCE.search(sentence_before(text, only.start))
    return bool(conditional) or not given_as_answer(text, only)


# A clause with its own subject and link ("this is albert's perspective"), then a comma and
# a conjunction that joins the next clause to it.
_AFTER_A_CLAUSE_OF_ITS_OWN = re.compile(
    r"\b[a-z]+(?:'s)?\s+(?:is|was|are|were)\s+[^,;:]*[a-z][^,;:]*,\s*(?:and|but|so)\s+$"
)
# In a sentence before a quote: a verb that offers it as said, or a colon that introduces it.
_OFFERED = re.compile(
    r"\b(?:say|tell|reply|respond|answer|go with|write|text|use|opt for|pick|choose)\b"
    r"|:\s*$"
)
