"""A bare word of the set given as the answer, without its sentence ("answer: good, since
it's true", "I'd say bad, but most people would say terrible", "won't say anything but
'bad'"): where it ends, whether the clause that gives it is the answerer's own, and whether
a later correction takes it back.

The factor reader (factors.py) finds the places where a partial phrase is the answer; these
rules keep a reason after the word, someone else's words beside it and a revision after it
out of what it reads.
"""

from __future__ import annotations

import re

from .phrase_context import CORRECTION_BEFORE, IF_CLAUSE, NOT_SAID_BEFORE
from .phrase_forms import FILLERS, TASK_NOUN, PhraseOption, of_the_task
from .phrase_mention import said_by_another
from .readers import Unreadable

# A negated saying that excepts one word is an exclusive choice of it ("won't say anything
# but 'bad'", "would say nothing other than good").
_EXCEPTED = re.compile(
    r"\b(?:anything|nothing|no (?:other )?word|none)\s+(?:else\s+)?"
    r"(?:but|except|other than|besides|save)[ \t]*[\"'*]*$"
)
# A word of saying whose clause ends in an exception: the marker of an exclusive choice.
EXCLUSIVE_MARKER = re.compile(
    r"\b(?:say|tell|use|answer|pick|choose|go with)\s+(?:him|her|them\s+)?"
    r"(?:anything|nothing|no (?:other )?word|none)\s+(?:else\s+)?"
    r"(?:but|except|other than|besides|save)\b[ \t]*"
)
# A contrasting clause after someone else's words brings the answerer's own ("some would
# say terrible, but my answer is bad"; "I'd say bad, but most people would say terrible").
_CONTRAST = re.compile(r"(?:;|[,.]?\s+(?:but|yet|whereas|while|though|however)\s*,?)\s")
# The bare word, perhaps after a copula or "with" and fillers, in its quotes or bold.
_WORD = re.compile(
    r"[ \t:]*(?:(?:with|is|was|would be|will be|should be)[ \t]+)?"
    rf"[\"'*]*(?:(?:{FILLERS})\s+)*(?P<word>[a-z]+)[\"'*]*"
)
# After the word, a reason or a further clause: "good, since ...", "amazing — it's ...",
# "bad (because ...)", "bad, but most people ...".
_REASON_AFTER = re.compile(
    r"[ \t]*(?:[,;]?[ \t]*\b(?:since|because|as|given|for)\b|[(—–]|-{1,2}[ \t]|"
    r"[,;][ \t]*(?:but|yet|though|while|whereas|which|and)\b)"
)


_IN_HER_PLACE = re.compile(
    r"^\s*if\s+(?:i|we)\s+(?:were|was)\s+(?:in\s+[a-z]+'s\s+(?:place|shoes)|[a-z]+)\b,?"
)


def own_clause(before: str) -> str:
    """The last clause of the words before a place: the answerer's own after a contrast
    with someone else's words."""
    return _CONTRAST.split(before)[-1]


def excepted(before: str) -> bool:
    """Whether a negated saying before a word excepts it: an exclusive choice of it."""
    return bool(_EXCEPTED.search(before))


def given_as_own(before: str) -> bool:
    """Whether the words before a bare word (its sentence up to it) give it as the
    answerer's own answer: not someone else's, not under a condition, not said not to be
    (unless the negation excepts it)."""
    # ("If I were him, I'd say": the answerer in the speaker's place, no condition)
    clause = _IN_HER_PLACE.sub("", own_clause(before))
    said_not = NOT_SAID_BEFORE.search(clause.rstrip(" \"'") + " ") and not excepted(clause)
    return not (IF_CLAUSE.search(clause) or said_not or said_by_another(clause))


def names_the_answer(word: str) -> bool:
    """Whether the word after a marker is a noun for the answer itself, no word given as it
    ("it's my final answer.", "that's my choice.")."""
    return bool(re.fullmatch(rf"[\"'*]*(?:{TASK_NOUN}|(?:option|choice|pick)s?)[\"'*]*", word))


def closing_words(options: tuple[PhraseOption, ...]) -> set[str]:
    return {o.text.split()[-1] for o in options}


def bare_word_at(text: str, start: int, options: tuple[PhraseOption, ...]) -> re.Match | None:
    """A word of the set right after a marker that closes its clause or has a reason
    after it ("I'd say bad, but ...", "would say bad (no hearts)")."""
    word = _WORD.match(text, start)
    if not word or word["word"] not in closing_words(options):
        return None
    closed = re.match(r"[ \t]*(?:[.!,;]|\n|$)", text[word.end() :])
    return word if closed or _REASON_AFTER.match(text, word.end()) else None


def bare_word_end(text: str, start: int, end: int, options: tuple[PhraseOption, ...]) -> int:
    """Where a place that opens on a bare word of the set ends when a reason or a further
    clause follows the word ("good, since it's true": the word, not "it's true")."""
    word = _WORD.match(text, start, end)
    if word and word["word"] in closing_words(options) and _REASON_AFTER.match(text, word.end()):
        return word.end()
    return end


def refuse_a_revised_place(text: str, start: int, end: int, options: tuple[PhraseOption, ...]):
    """A place that gives a bare word (opening it, "amazing. Actually, it's fine.", or
    closing it, "Final answer: good.") and a correction after the word: no choice."""
    opening = bare_word_at(text, start, options)
    word = re.findall(r"[a-z]+", text[start:end])
    if opening:
        refuse_a_revised_word(text, opening.end(), opening["word"], options)
    elif word and word[-1] in closing_words(options):
        refuse_a_revised_word(text, end, word[-1], options)


def refuse_a_revised_word(text: str, end: int, word: str, options: tuple[PhraseOption, ...]):
    """A bare word answer followed by a correction that gives another word of the set
    ("She'd pick: bad. Actually no, thinking again: good.") answers twice: no choice."""
    for later in re.finditer(r"[a-z]+", text[end:]):
        if later.group() == word or later.group() not in closing_words(options):
            continue
        if not re.match(r"[\"'*]*[ \t]*(?:[.!,;]|\n|$)", text[end + later.end() :]):
            continue  # "Actually, amazing would be too much": weighed, not given
        before = re.split(r"[.!?\n]", text[end : end + later.start()])[-1]
        if CORRECTION_BEFORE.search(before) and not re.search(r"(?:\bnot|n't)\s*$", before):
            raise Unreadable("a correction after the bare word gives another word of the set")
    # ("Answer: amazing. Actually, it's fine.": a correction that evaluates the thing anew,
    # with a word outside the set, takes the word back all the same; not one about the
    # answer, "Actually, it's what fits best")
    # (the next sentence only: later ones explain)
    for sentence in re.finditer(r"[^.!?\n]*[a-z][^.!?\n]*", text[end:]):
        revision = _REVISED_EVALUATION.search(sentence.group())
        if revision and CORRECTION_BEFORE.search(sentence.group()[: revision.start()] + " "):
            if not of_the_task(sentence.group()[revision.start() :]):
                raise Unreadable("a correction after the bare word evaluates the thing anew")
        break


# An evaluation of the thing: its pronoun, a copula and a word ("it's fine", "it was okay").
# (not a clause about something else: "it was her first try", "it's because ...")
_REVISED_EVALUATION = re.compile(
    r"\b(?:it|this|that)(?:'s|\s+(?:is|was)(?:n't|\s+not)?)\s+"
    r"(?!(?:her|his|my|their|your|our|its|to|because|when|that|what|how)\b)[a-z]"
)


# A lead sentence closed by a colon with the quote right after it, on its own line or the
# same one ('He'd most likely say something honest but soft:\n\n"It wasn't great."'): a
# quote given as the answer, though its own sentence holds no word of saying.
_COLON_CLOSES = re.compile(r":[ \t*]*(?:\n[ \t]*){0,2}$")
_LEAD_SAYS = re.compile(
    r"\b(?:say|tell|answer|respond|reply|pick|choose|go (?:with|for)|opt for|settle on)\b"
)
# (a lead that offers several is no choice: "one of these:", "options like:")
_LEAD_OFFERS = re.compile(r"\b(?:one of|options?|either|examples?|such as|e\.g\.|like)\b")
_QUOTED_SENTENCE = re.compile(
    r"[\"'“‘]\s*((?:it|this|that)\s+(?:was|wasn|is|isn)[^\"“”\n]*?)(?=[\"”’]|'(?!\w)|\n|$)",
    re.I,
)
# (a sentence after these is set aside, not offered: "'It wasn't' rather than 'It was'")
_SET_ASIDE_BEFORE = re.compile(r"\b(?:rather than|instead of|not|never|than)\s*$", re.I)


def another_quoted_after(text: str, end: int, given: str) -> bool:
    """Whether a quoted sentence in the phrases' form other than `given` follows `end`, not
    set aside: a second offer or a self-correction ('"It was nice." Or maybe "It was
    okay."')."""
    own = re.findall(r"[a-z]+(?:'[a-z]+)?", given.lower())
    return any(
        re.findall(r"[a-z]+(?:'[a-z]+)?", m.group(1).lower()) != own
        and not _SET_ASIDE_BEFORE.search(text, 0, m.start())
        for m in _QUOTED_SENTENCE.finditer(text, end)
    )


def said_after_a_colon(text: str, start: int, end: int) -> bool:
    """Whether a quote at `start`-`end` is given on its own after a lead sentence of the
    answerer's that a colon closes: one sentence chosen, unless another quoted sentence
    follows it (a second offer or a self-correction: no choice)."""
    colon = _COLON_CLOSES.search(text, 0, start)
    if not colon:
        return False
    lead = re.split(r"[.!?\n]", text[: colon.start()])[-1]
    return bool(
        _LEAD_SAYS.search(lead)
        and not _LEAD_OFFERS.search(lead)
        and given_as_own(lead)
        and not NOT_SAID_BEFORE.search(lead + " ")
        and not another_quoted_after(text, end, text[start:end])
    )
