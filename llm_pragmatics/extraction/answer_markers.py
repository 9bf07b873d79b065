"""Answer markers ("I'd say", "Answer:", "->", a colon) and what they point at: the
sentence or quote after them, a list item named by its marker or place; which phrases
earlier markers gave, and where the text after the last marker that points at something
starts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .phrase_forms import Choice
from .text import BLANK

# (A word's apostrophe stays inside a single-quoted phrase: 'It wasn't bad'.)
QUOTE = re.compile(r"\"[^\"\n]{1,200}\"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){1,200}?'(?!\w)")


# A condition on answering, not on the speaker ("if I have to commit:", "if pushed:"):
# it points at the answer.
FORCED = (
    r"\s+(?:(?:i|you|we)\s+(?:have to|had to|must|need to|were to|was to)\s+"
    r"(?:choose|commit|pick|answer|decide|go with)|pushed|forced|pressed)\b"
)
ANSWER_MARKER = re.compile(
    r"\b(?:answer|response|reply|choice|verdict|conclusion|final|utterance|"
    # a line named as the pick ("her most likely line is", "the best sentence here is", "the
    # best fit ... is", "the most informative sentence is")
    r"(?:most\s+(?:likely|appropriate|fitting|suitable|informative|accurate|honest|natural|"
    r"plausible|probable|realistic|tactful)|likeliest|best|chosen)\s+"
    r"(?:line|sentence|option|words?|fit)|"
    # (after a gesture and "and": "would just shrug and say", not "would never lie and say")
    r"(?:would|will|might|'d|'ll|should)\s+(?:\w+\s+){0,2}"
    r"(?:(?<!\bnot\s)(?<!\bnever\s)(?<!n't\s)\w+\s+and\s+)?(?:say|said|tell|reply|replied|respond|"
    # (not the question asked, echoed: "What would Henry be most likely to say?")
    r"go with|choose|pick|answer|answered|opt for|(?<=\bbe\s)(?:telling|saying))(?![ \t]*\?)|"
    # the speaker expected to tell it ("I'd expect Jasmine to tell Victoria that ..."): a
    # lean, as "is likely to say" (EXPECTED_TO_SAY)
    r"(?<!not )(?<!n't )expect(?:s|ed)?\s+[a-z]+\s+to\s+(?:say|tell)(?![ \t]*\?)|"
    r"choose|chose|pick|go with|"
    r"settle (?:on|for)|"
    # (the speaker's pick in the present or past: "she goes with it wasn't bad")
    r"(?:goes|went) with|picks|chooses|opts for|"
    r"prefer|"
    # "is very likely to say", "the line should be": what would be said, named as such
    # (not "would not be likely to say", "is not going to say")
    r"(?<!not )(?<!not be )(?<!n't be )(?:likely|going|expected)\s+to\s+"
    r"(?:say|reply|respond|answer)(?![ \t]*\?)|should\s+be|"
    rf"lean(?:s|ing)?\s+(?:toward|towards|to)|if{FORCED})\b"
    r"(?:\s+(?:is|would be|will be|was)\b(?=\s*:))?[^\w\"']*|"
    r"->[ \t]*"
)
# The answerer expecting the speaker to say it: a lean, read below certainty.
EXPECTED_TO_SAY = re.compile(r"\bexpect(?:s|ed)?\s+[a-z]+\s+to\s+(?:say|tell)\b")
# What the speaker would do, then a participle of saying after a comma ("Zack would use
# the mildest word, telling Steven it wasn't terrible"): what she says, a marker.
SAYING_PARTICIPLE = re.compile(
    r"\b(?:would|will|might|'d|'ll)\s+(?!not\b|never\b)[^.!?\n\"]*?,[ \t]*"
    r"(?:telling|saying to|saying)[ \t]+"
)
# A colon introduces what follows ("the kindest true thing is: It wasn't bad").
_COLON = re.compile(r":[ \t]*")
# A line that gives the answer: "Answer: ...", "A: ...", "Final answer: ...".
ANSWER_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:my |the )?(?:final )?(?:answer|response|reply)|a)[ \t]*:[ \t]*"
    r"(?P<given>\S[^\n]*)"
)
# A list item named by its marker: "c", "(b)", "number 2".
# Or by its place in the list: "the second one", "the last".
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
REFERENCE = re.compile(
    # (after a marker noun, its copula: "the best choice is option 3", "my pick would be c")
    r"[\s:\"'(]*(?:(?:is|would be|will be)\s+)?"
    r"(?:(?:number\s+|option\s+)?\(?(?P<key>[a-h]|\d)\)?[\s.!\"')]*$|"
    rf"(?:the\s+)?(?P<ordinal>{'|'.join(ORDINALS)}|last)"
    r"(?:\s+(?:one|1|option|sentence|choice|item|phrase))?"
    # a place may end its clause before a reason ("the second one - it's the top"); a
    # bare key only the text ("Answer: 3, since ..." could be a count)
    r"(?:[\s.!\"')]*$|[\"')]*\s*(?:[.!;,\n]|\s[-\u2013\u2014]+\s|[\u2013\u2014])))"
)


def pointed_at(text: str, choice: Choice) -> bool:
    """Whether an answer marker points at a phrase ("she would say 'Your cake was good'")."""
    for marker in ANSWER_MARKER.finditer(text, 0, choice.start):
        start, end = answer_span(text, marker.end())
        if start <= choice.start and choice.end <= end:
            return True
    return False


def answer_span(text: str, marker: int) -> tuple[int, int]:
    """What an answer marker points at: the first sentence after it, or the quote that
    starts there ('would say "It was awful. I'm sorry."', later sentences explain)."""
    start = len(text) - len(text[marker:].lstrip(" \t\n,:"))
    end = re.compile(r"[.!?;](?=\s|$)|\n").search(text, start)
    end = end.end() if end else len(text)
    quote = QUOTE.search(text, start)
    if quote and quote.start() < end and "(" not in text[start : quote.start()]:
        # ("would pick something positive, but a lie like 'It was amazing' ...", "is it
        # wasn't bad, though 'It was good' ...": the marker's object ends where a clause of
        # contrast begins; the quote after it is no part of it)
        contrast = _CONTRAST.search(text, start, quote.start())
        if contrast:
            return start, contrast.start()
        return quote.span()
    return start, end


_CONTRAST = re.compile(r",?[ \t]+(?:but|though|although|yet|whereas)\b")


_ARROW_BEFORE = re.compile(r"->[ \t]*$")
# A line's label that names an earlier version of the answer ("First draft -", "Initial
# attempt:", "v1:", "Before edits:"): the sentence after it was given, then revised.
_EARLIER_VERSION = re.compile(
    r"(?m)^[ \t*>-]*(?:(?:my\s+)?(?:first|initial|original|rough|early|earlier|old|previous)\s+"
    r"(?:draft|version|attempt|try|pass|take|guess|answer|go)|draft|v1|version 1|"
    r"before (?:edits?|editing|revision|revising))\**[ \t]*(?:\(\w+\)[ \t]*)?[:=-]+[ \t*]*[\"']?$"
)


def earlier_answers(text: str, marker: int, candidates: list[Choice]) -> list[Choice]:
    """The phrases that answer markers before `marker` point at ("The answer is 'It was
    awful'. So the correct answer is 'It wasn't awful'": two answers), and one an arrow at
    `marker` leads from, and one after a line's label that names an earlier version
    ("First draft - It was bad\nFinal - ...")."""
    found = [
        c
        for c in candidates
        if c.end <= marker
        and _EARLIER_VERSION.search(text, text.rfind("\n", 0, c.start) + 1, c.start)
    ]
    for m in ANSWER_MARKER.finditer(text, 0, marker):
        start, end = answer_span(text, m.end())
        if end <= marker:
            found += [c for c in candidates if start <= c.start and c.end <= end][:1]
    # a phrase the arrow leads from ("It was good -> It was amazing"): a sentence changed
    # into another, both given
    arrow = _ARROW_BEFORE.search(text[:marker])
    if arrow:
        found += [
            c
            for c in candidates
            if c.end <= arrow.start() and re.fullmatch(r"[\s\"'.!,]*", text[c.end : arrow.start()])
        ]
    return found


def last_marker(
    text: str,
    candidates: list[Choice],
    set_aside: list[Choice] = (),
    evaluates: Callable[[re.Match], bool] = lambda quote: True,
) -> int | None:
    """Where the text after the last answer marker starts, among the markers that point
    at something: a phrase, a quote or a list item's marker in the sentence after them (a
    marker in closing remarks, "an example of a response that ...", points at nothing; one
    at a phrase set aside, "Alternatively, she might say ...", neither; nor one at a quote
    that `evaluates` nothing, 'and Bo would reply "Thanks!"'). A colon is a marker when a
    phrase follows it there."""

    def points(end: int, quotes: bool) -> bool:
        start, stop = answer_span(text, end)
        if BLANK in text[start:stop]:
            return False  # the prompt's template echoed ("answer with ... 'It was ___'")
        if any(start <= c.start and c.end <= stop for c in set_aside):
            return False
        if any(start <= c.start and c.end <= stop for c in candidates):
            return True
        quote = QUOTE.match(text, start)
        return quotes and bool((quote and evaluates(quote)) or REFERENCE.match(text[end:]))

    ends = [m.end() for m in ANSWER_MARKER.finditer(text) if points(m.end(), True)]
    ends += [m.end() for m in _COLON.finditer(text) if points(m.end(), False)]
    return max(ends) if ends else None


# A quote named as what something was ('Her way of putting it was, "It was bad"', "the
# reply is: 'It was good'"): the copula and its comma or colon mark it as given.
_NAMED_AS = re.compile(r"\b(?:is|was|would be|will be|would have been)\s*[,:]\s*$")


def named_as_given(text: str, choice: Choice) -> bool:
    """Whether a phrase stands in a quote that a copula and a comma or colon introduce."""
    quote = quote_around(text, choice)
    return quote is not None and bool(_NAMED_AS.search(text, 0, quote.start()))


def quote_around(text: str, choice: Choice) -> re.Match | None:
    """The quote a phrase stands in, if any."""
    return next(
        (q for q in QUOTE.finditer(text) if q.start() <= choice.start and choice.end <= q.end()),
        None,
    )
