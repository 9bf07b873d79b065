"""The phrase an answer marker points at ("I'd say", "Answer:", "She would reply"): the
choice among the candidates the phrase reader kept, when a marker settles it.

Apart from phrases.py, which sorts every phrase of the set into candidates, weighed and set
aside: once that is done, a marker decides by rules of its own (the last marker that points
at an evaluation, the span it points at, an item it names by reference, an earlier answer
that differs from it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_markers import (
    ANSWER_MARKER,
    answer_span,
    earlier_answers,
    last_marker,
    named_as_given,
    pointed_at,
)
from .phrase_bare import bare_word_at, given_as_own
from .phrase_commitment import refuse_a_later_sentence, refuse_labelled_lines, several_phrases
from .phrase_context import REVISING_WORDS, alone_in_its_sentence, list_item, said_form
from .phrase_forms import Choice, PhraseOption, choice_of, subjectless_regex
from .phrase_mention import evaluates_anew, said_by_another
from .phrase_references import by_reference
from .readers import LOOSE, Unreadable


def marked_choice(
    text: str,
    options: tuple[PhraseOption, ...],
    candidates: list[Choice],
    set_aside: list[Choice],
    weighed: list[Choice],
    in_a_row: set[Choice],
) -> tuple[Choice, ...] | None:
    """The phrases the last answer marker points at (none, one, or two that conflict), or
    None when no marker points at any."""
    passed_over = set_aside + weighed
    # a later marker at a quote that evaluates nothing ('... and Bo would reply "Thanks!"')
    # or at someone else's words ('someone eager to please might say "amazing"') is passed
    # over for an earlier one that points at an evaluation: the choice before it is likely,
    # not certain
    any_marker = last_marker(text, candidates, passed_over)
    marker = last_marker(
        text,
        candidates,
        passed_over,
        lambda quote: evaluates_anew(text, quote, candidates, options),
    )
    past_a_quote = marker is not None and marker != any_marker
    marker = any_marker if marker is None else marker
    if marker is None:
        return None
    following = [c for c in candidates if c.start >= marker]
    # (items of a list under the marker, alone or each with its note: "Options:\n-
    # 'A': harsh\n- 'B': honest" lists candidates, it marks none)
    if len({c.label for c in following if list_item(text, c)}) > 1:
        raise Unreadable("the answer lists several phrases without choosing one")
    start, end = answer_span(text, marker)
    chosen = [c for c in following if start <= c.start and c.end <= end]
    if chosen and chosen[0] in in_a_row:
        raise Unreadable("the answer lists several phrases without choosing one")
    if not chosen:
        chosen = by_reference(text, marker, candidates + weighed)
    if len({c.label for c in chosen}) == 1:
        refuse_a_later_sentence(text, chosen[0], [c for c in following if c.start >= end])
        refuse_labelled_lines(text, marker, chosen[0], candidates)
        # An earlier answer that differs: a sentence of its own, or what an earlier
        # "The answer is ..." pointed at.
        marked_before = earlier_answers(text, marker, candidates)
        given = [
            c
            for c in candidates
            if c.start < marker
            and alone_in_its_sentence(text, c)
            and not _THE_TRUTH_BEFORE.search(text, 0, c.start)
        ]
        given += marked_before
        if len({c.label for c in given}) == 1 and given[0].label != chosen[0].label:
            return (chosen[0], given[0])
        # (also when another earlier marker agrees with it, if words that revise follow
        # the first: "I'd say A, but let me reconsider ... he'd say B. Final answer: B")
        taken_back = [
            c
            for c in marked_before
            if c.label != chosen[0].label and _REVISED.search(text, c.end, marker)
        ]
        if taken_back:
            return (chosen[0], taken_back[0])
        # ('Her way of putting it was, "It was bad"', then "Her answer is 'It was good'")
        named = [c for c in candidates if c.start < marker and named_as_given(text, c)]
        if any(c.label != chosen[0].label for c in named):
            return (chosen[0], *named)
        return (replace(chosen[0], grade=LOOSE) if past_a_quote else chosen[0],)
    if chosen:
        return several_phrases(text, chosen)
    return ()


# Before a sentence: it is named as the truth ("Here's the thing: it was terrible. But ...
# he'd say 'It wasn't bad'"): the speaker's real opinion, not an earlier answer.
_THE_TRUTH_BEFORE = re.compile(
    r"\b(?:here(?:'s| is) the (?:thing|truth|reality)|the (?:truth|reality|fact) is|"
    r"truth be told|in (?:truth|reality)|the (?:honest )?truth)[ \t]*[:,-]?[ \t]*(?:that[ \t]+)?$"
)
# Words that take an earlier answer back ("let me reconsider", "on second thought").
_REVISED = re.compile(rf"{REVISING_WORDS.pattern}|\breconsider(?:ing|ed)?\b|\brethink(?:ing)?\b")


# A bare word closing its sentence right after a marker ("Final answer: amazing.").
def refuse_another_bare_word(text: str, chosen: Choice, options: tuple[PhraseOption, ...]) -> None:
    """An answer marker that gives a bare word of the set, closing its sentence or its clause
    before a reason, other than the chosen phrase's ('She\'d say "It was good." Final answer:
    amazing.', "Answer: bad. It was good.", 'My choice is good, since "It wasn\'t bad" sounds
    cold') answers a second time, differently: no choice (the same word again agrees). Not
    someone else's words, nor one said not to be."""
    closing = {o.label: o.text.split()[-1] for o in options}
    for marker in ANSWER_MARKER.finditer(text):
        # (or the phrase without its subject: "Final answer: wasn't bad.")
        start = len(text) - len(text[marker.end() :].lstrip(" \t:*\"'"))
        frame = subjectless_regex(options).match(text, start)
        if frame and frame.start() != chosen.start and _closes_its_sentence(text, frame.end()):
            before = re.split(r"[.!?\n]", text[: frame.start()])[-1]
            if given_as_own(before) and choice_of(frame, options, LOOSE).label != chosen.label:
                raise Unreadable("an answer marker gives another phrase than the sentence chosen")
        word = bare_word_at(text, marker.end(), options)
        if not word or chosen.start <= word.start("word") < chosen.end:
            continue
        before = re.split(r"[.!?\n]", text[: marker.start()])[-1] + marker.group()
        if said_by_another(before) or re.search(r"\b(?:not|never)\b|n't\b", before):
            continue
        # (nor one under a condition: "if she only wanted to inform him she'd say good")
        if not given_as_own(re.split(r"[.!?\n]", text[: word.start("word")])[-1]):
            continue
        if word["word"] != closing[chosen.label]:
            raise Unreadable("an answer marker gives another word than the sentence chosen")


def past_the_answer_line(
    text: str, line: re.Match, candidates: list[Choice], options: tuple[PhraseOption, ...]
) -> tuple[Choice, ...]:
    """An answer line that gives a bare word ("Final answer: amazing.") is the answer and
    what follows explains it; but a sentence given after it as what would be said ("She'd
    say it wasn't bad", "It was bad." alone) answers again: with another word no choice,
    with the same word that sentence (its frame too). Not someone else's words nor one
    under a condition ("If he asked, her mum would say ..."): they explain."""
    if not bare_word_at(text, line.start("given"), options):
        return ()
    later = [
        c
        for c in candidates
        if c.start >= line.end()
        and (pointed_at(text, c) or (alone_in_its_sentence(text, c) and said_form(text, c)))
        and given_as_own(re.split(r"[.!?\n]", text[: c.start])[-1])
    ]
    for c in later:
        refuse_another_bare_word(text, c, options)
    return tuple(later[:1])


def _closes_its_sentence(text: str, end: int) -> bool:
    return bool(re.match(r"[\"'*]*[ \t]*(?:[.!;]|\n|$)", text[end:]))
