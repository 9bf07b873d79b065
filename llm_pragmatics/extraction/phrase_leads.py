"""A short answer set apart at the head of a longer one: the paragraphs before a last
paragraph that explains it ('It wasn\'t "amazing".\n\n(She liked it a little ...)'), or a
first sentence in the prompt's frame followed in its paragraph by its reason ("It was
great! Tom wants Bill to feel good."); and a quote offered instead after such a sentence
('It was okay. She might prefer "It was sweet" though.'), which leaves no choice."""

from __future__ import annotations

import re

from .answer_markers import ANSWER_MARKER, QUOTE
from .phrase_context import NOT_SAID_BEFORE, WEIGHED_AFTER
from .phrase_forms import (
    ABOUT_ANOTHER_THING_AFTER,
    FILLERS,
    SHORT_ANSWER_WORDS,
    PhraseOption,
    one_evaluation,
)
from .phrase_mention import said_by_another
from .readers import Unreadable
from .revisions import REVISION
from .text import words


def short_lead(text: str, whole: re.Pattern, options: tuple[PhraseOption, ...] = ()) -> int | None:
    """Where a short answer given on its own ends, when the answer is that, a blank line,
    and one paragraph that only explains it: no sentence of the set (but one whose word
    is a remark on another thing, "it's good to be kind"), no quote but one it
    weighs or rejects, no answer marker and no revision in it, and no sentence of its own
    that evaluates the thing again (any of those may be a second answer). With no blank
    line, the same holds of a first sentence in the prompt's frame closed by one word, the
    rest of its paragraph the explanation. None otherwise."""
    parts = list(re.finditer(r"\n[ \t]*\n\s*", text.strip()))
    # (a phrase whose word is a remark on another thing, "it's good to be kind", is none)
    if any(not ABOUT_ANOTHER_THING_AFTER.match(text, m.end()) for m in whole.finditer(text)):
        return None
    start = len(text) - len(text.lstrip())
    if parts:
        end = start + parts[-1].start()
        rest = text[start + parts[-1].end() :]
    elif lead := _FRAMED_LEAD.match(text, start):
        end, rest = lead.end("sentence"), text[lead.end() :]
    else:
        return None
    if not 0 < len(words(text[start:end])) <= SHORT_ANSWER_WORDS or "\n" in rest.strip():
        return None
    said = _without_weighed_quotes(rest)
    if re.search(r"[\"“”]|(?<!\w)'|'(?!\w)", said) or _gives_a_sentence(said):
        return None
    if options and any(_evaluates_again(s, options) for s in re.split(r"[.!?;]+", said)):
        return None  # "It was fine. Not bad.": a second evaluation, no choice
    return None if REVISION.search(rest) else end


# The prompt's frame, perhaps with fillers, and one word closing the first sentence, before
# more in its paragraph ("It wasn't great. ...", "It was increíble! ..."), or closed by
# the hearts as if a word ("It was 0 hearts. ...").
_FRAMED_LEAD = re.compile(
    rf"[\"'*]*(?P<sentence>it[ \t]+(?:was|wasn't|wasn’t|was[ \t]+not)"
    rf"(?:[ \t]+(?:{FILLERS}))*[ \t]+(?:(?:[^\W_]|['-])+|[0-3][ \t]+hearts?)"
    r"[\"'*]*[.!]+[\"'*]*)[ \t]+(?=\S)"
)


def _evaluates_again(sentence: str, options: tuple[PhraseOption, ...]) -> bool:
    """Whether a sentence of the explanation evaluates the thing as an answer would: a
    bare word ("Not bad.") or the prompt's frame again ("It was good"); not the thing
    described by its name ("The cake was dry"), the answerer's account of it."""
    sentence = sentence.strip(" \t\n\"'*()")
    if not sentence or not one_evaluation(sentence, options, short=True):
        return False
    return len(words(sentence)) <= 3 or bool(re.match(r"it\b", sentence))


def _without_weighed_quotes(rest: str) -> str:
    """The explanation without the quotes it weighs, rejects ('"terrible" would be too
    harsh', 'rather than "bad"') or reports as someone else's: no second answer."""
    kept, end = [], 0
    for quote in QUOTE.finditer(rest):
        before = rest[: quote.start()] + quote.group()[0]
        sentence = re.split(r"[.!?\n]", rest[end : quote.start()])[-1]
        if said_by_another(sentence):
            # someone else's words, reported with their saying ('Her friends might prefer
            # "It was sweet"'): no answer marker of the answer's own
            kept.append(rest[end : quote.start() - len(sentence)])
            end = (
                re.compile(r"[ \t,]*(?:though|too|instead|as well)?").match(rest, quote.end()).end()
            )
        elif (
            WEIGHED_AFTER.match(rest[quote.end() :])
            or NOT_SAID_BEFORE.search(before)
            or re.search(r"\b(?:rather than|instead of)\s+[\"']$", before)
        ):
            kept.append(rest[end : quote.start()])
            end = quote.end()
    return "".join(kept) + rest[end:]


def _gives_a_sentence(rest: str) -> bool:
    """Whether an answer marker in the explanation gives words as said; one that only
    names the kind of thing said ("so he would say something positive") gives none."""
    return any(
        not _A_KIND_SAID.match(rest, marker.end()) for marker in ANSWER_MARKER.finditer(rest)
    )


_A_KIND_SAID = re.compile(r"(?:something|anything)(?:[ \t]+(?!like\b)[a-z]+){0,3}[ \t]*(?:[.!]|$)")


# After the answer's first sentence in the prompt's frame, a sentence whose subject (one
# word: the speaker, by pronoun or name) might prefer or say a quote instead, and that ends
# with it ('It was okay. She might prefer "It was sweet" though.'): a second sentence
# offered, no choice. Not someone else's ("her friends might prefer"), nor a quote weighed
# in its sentence ('... "It was sweet", but that overstates it').
_OFFERED_INSTEAD_BEFORE = re.compile(
    r"^\s*(?:(?:but|though|although|and|or)\s+)?(?!(?:some|others|people|anyone|someone)\b)"
    r"[a-z'-]+\s+(?:might|could|may)\s+(?:also\s+|rather\s+|even\s+|well\s+)?"
    r"(?:prefer|say|go\s+with|choose|pick|opt\s+for)\s*:?\s*$"
)
# The prompt's frame and one word closing a first clause before a comma.
_FRAMED_CLAUSE = re.compile(_FRAMED_LEAD.pattern.replace("[.!]+", ",", 1))
# (perhaps with a short phrase of its purpose or thing: "to be kind", "for the cookie")
_CLOSES_AS_AN_OFFER = re.compile(
    r"[ \t]*(?:(?:to|for|about|if|when)[ \t]+[^.!?\n,;\"']{1,30}?)?"
    r"[ \t]*,?[ \t]*(?:(?:though|instead|too|as well)[ \t]*)?(?:[.!]|$)"
)


def refuse_an_offer_after_the_lead(text: str, quoted: list[tuple[int, int]]) -> None:
    """Unreadable when a quote is offered so after a first sentence in the prompt's frame
    (or its first clause, closed by a comma: 'It was good, though she might prefer "It was
    amazing"')."""
    start = len(text) - len(text.lstrip())
    lead = _FRAMED_LEAD.match(text, start) or _FRAMED_CLAUSE.match(text, start)
    for start, end in quoted if lead else ():
        if words(text[start:end]) == words(lead["sentence"]):
            continue  # the same sentence offered again is that sentence
        before = re.split(r"[.!?\n]", text[lead.end("sentence") : start])[-1]
        if _OFFERED_INSTEAD_BEFORE.search(before) and _CLOSES_AS_AN_OFFER.match(text, end):
            raise Unreadable("the answer gives its sentence and offers another one instead")
