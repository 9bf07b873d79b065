"""A bare evaluation beside the chosen sentence: "Larry, not bad. It was amazing." gives
two evaluations of the thing with words of the set, one without its frame. A bare word
states an assessment ("Bad." = bad, README), so beside a sentence with another word or
polarity the answer evaluates twice: no choice. The same evaluation again agrees ("Not
bad. It wasn't bad.", "Amazing! It was amazing.").
"""

from __future__ import annotations

import re

from .phrase_forms import FILLERS, RATING_LEAD, Choice, PhraseOption
from .readers import Unreadable

# A sentence that is only an evaluation: perhaps a name or an interjection before a comma
# or the rating restated ("Rating 1, terrible."), "not" and fillers, the word, "at all" or a
# name after it ("Larry, not bad.", "Really good!", "Not bad at all, Tom."). Not a question
# ("Amazing? No."), nor a word with a noun after it ("Good question.").
_BARE_EVALUATION = re.compile(
    rf"[ \t\"'*]*(?:[a-z]+,[ \t]*|{RATING_LEAD})?(?P<negated>not[ \t]+)?(?:(?:{FILLERS})[ \t]+)*"
    r"(?P<word>[a-z]+)(?:[ \t]+at[ \t]+all)?(?:,[ \t]*[a-z]+)?[ \t\"'*]*"
)
_SENTENCE = re.compile(r"[^.!?\n]+(?P<end>[.!?\n]+|$)")


def refuse_a_bare_evaluation_beside(
    text: str, chosen: Choice, options: tuple[PhraseOption, ...]
) -> None:
    """A sentence of its own that evaluates with a bare word of the set, differently from
    the chosen phrase: two evaluations, no choice (README: one utterance, several
    evaluations)."""
    by_text = {o.text: o.label for o in options}
    words = {o.text.split()[-1] for o in options}
    for sentence in _SENTENCE.finditer(text):
        # (a piece of the chosen phrase itself: "It wasn't... hmm... amazing.")
        inside = sentence.start() < chosen.end and chosen.start < sentence.end()
        if inside or "?" in sentence["end"]:
            continue
        bare = _BARE_EVALUATION.fullmatch(text, sentence.start(), sentence.start("end"))
        if not bare or bare["word"] not in words:
            continue
        said = f"it {'wasn' + chr(39) + 't' if bare['negated'] else 'was'} {bare['word']}"
        if by_text.get(said) != chosen.label:
            raise Unreadable("a bare evaluation beside the sentence evaluates differently")
