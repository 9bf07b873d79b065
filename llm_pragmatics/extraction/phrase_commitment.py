"""Whether an answer commits to the one phrase the phrase reader found: a second phrase
added beside it, a choice left open, or several phrases that only a place in the text
(the last line, a ranking, a named word) can tell apart (phrases.py uses these)."""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_markers import ANSWER_MARKER, QUOTE, pointed_at, quote_around
from .phrase_context import (
    DISCUSSED_AFTER,
    LESSER_AFTER,
    LESSER_BEFORE,
    NOT_SAID_BEFORE,
    REJECTED_BEFORE,
    REVISING_WORDS,
    WEIGHED_AFTER,
    alone_in_its_sentence,
    alone_on_its_line,
    context_of,
    opens_its_line,
    opens_its_sentence,
    sentence_before,
    weighed_among,
)
from .phrase_forms import (
    COPULA_WORDS,
    FILLERS,
    NOT_A_LEAD,
    PRONOUN,
    SHORT_ANSWER_WORDS,
    Choice,
    PhraseOption,
)
from .phrase_second_offers import led_as_another_offer, offered_again
from .readers import LOOSE, Unreadable
from .text import TAKEN_BACK, words

# A quoted phrase named the pick in the sentence that goes on from it ('"It wasn't bad" is
# the most likely', '... would be my pick'; not "the most likely to upset her"): a form
# not asked for, read loosely.
PICKED_AFTER = re.compile(
    r"^[\"'][.!]*\s*(?:is|would be)\s+(?:the\s+|my\s+)?(?:most likely|likeliest|best fit|"
    r"top (?:pick|choice)|(?:final\s+)?(?:answer|pick|choice))\b(?!\s+to\b)"
)
# Before a phrase in its sentence: another sentence given as well ("she could also say"),
# not one named a lesser alternative ("Also plausible: ...").
_ADDED_BEFORE = re.compile(
    r"\b(?:also|as well as|in addition|additionally)\b(?!\s+(?:possible|plausible|likely|"
    r"probable|an? (?:option|alternative)|acceptable|reasonable|okay|fine)\b)"
)
# After the choice: another answer given as well, quoted ("she might also respond with the
# word 'great'", "he could also say 'It was lovely'").
_ALSO_SAID = re.compile(
    r"\balso\s+(?:say|respond|reply|answer|go|use)\w*(?:\s+with)?\s*:?\s*"
    r"(?P<word>the\s+word\s+)?[\"'](?P<given>[^\"'\n]{1,60})[\"']"
)
# After the last phrase: the answer declines to choose between those it gave ("I can see
# her saying either one", "both would work"; the text has "one" as "1"); not "either way"
# or "it wasn't good either".
_LEFT_OPEN = re.compile(
    r"\b(?:either|both)\s+(?:(?:one|1)\b|of\s+(?:them|these|those|the\s+(?:two|2))\b)"
    r"|\b(?:either|both)(?:\s+(?:one|1|of\s+(?:them|these|those|the\s+two)))?\s+"
    r"(?:would|could|might|works?|fits?|sounds?|is\s+fine|are\s+fine)\b"
    # ("any of these could be what she says", "any of them would work")
    r"|\bany\s+of\s+(?:them|these|those|the\s+\w+)\s+(?:would|could|might|works?|fits?)\b"
)

# Before "both"/"either" in its sentence: a reason given for the choice ("..., since both
# of these sound the same"), not a choice declined.
_GIVING_A_REASON = re.compile(r"\b(?:since|because|as|given that)\b[^,;:]*$")


def refuse_uncommitted(text: str, first: Choice, mentioned: list[Choice]) -> None:
    """Unreadable when the answer gives a second phrase beside its choice ('I'd say A. She
    could also say B', 'A, and maybe B too if ...'; not a lesser alternative) or, after
    its last phrase, declines to choose ("either one would do")."""
    added = [
        o
        for o in mentioned
        if o.label != first.label
        and o.start > first.start
        and _ADDED_BEFORE.search(sentence_before(text, o.start))
        and not _set_aside_in_context(text, o)
    ]
    if added:
        # 'I'd say A. She could also say B', 'A, and maybe B too if ...': a second sentence
        # given beside the first, not as a lesser alternative: two answers, no choice
        raise Unreadable("the answer adds another phrase beside its choice")
    if any(_rejected_before_in_its_sentence(text, o, first) for o in mentioned):
        # 'not "It was good" but "It was good"': the same sentence rejected and given
        raise Unreadable("the answer rejects the sentence it gives")
    own = text[first.start : first.end]
    for also in _ALSO_SAID.finditer(text, first.end):
        given = also["given"].strip(" .!,")
        evaluates = also["word"] or re.search(rf"\b{COPULA_WORDS}\b|'s\b", given)
        if evaluates and given != own:
            # "She might also respond with the word 'great'": another answer, outside the set
            raise Unreadable("the answer adds another answer beside its choice")
    last = max(m.end for m in mentioned) if mentioned else first.end
    left_open = _LEFT_OPEN.search(text, last)
    if left_open and not _GIVING_A_REASON.search(sentence_before(text, left_open.start())):
        raise Unreadable("the answer leaves it open between phrases")


def _rejected_before_in_its_sentence(text: str, other: Choice, first: Choice) -> bool:
    """Whether a phrase is the choice's own, rejected earlier in the choice's sentence."""
    between = text[other.end : first.start].lstrip("\"'.!")
    if other.label != first.label or other.end > first.start or re.search(r"[.!?\n]", between):
        return False
    before = context_of(text, other.start, other.end)[0]
    return bool(_DENIED_BEFORE.search(before) or NOT_SAID_BEFORE.search(before))


# Right before a phrase: denied ("not", "rather than"), not only weighed ("A or B").
_DENIED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\brather than|\binstead of)\s+(?:say(?:ing)?\s+)?[\"']?$"
)


def _set_aside_in_context(text: str, choice: Choice) -> bool:
    """Whether the words around a phrase make it no answer: a lesser alternative,
    rejected, not said or weighed ("I also thought of 'It was bad', but it is harsh")."""
    before, after = context_of(text, choice.start, choice.end)
    return bool(
        LESSER_BEFORE.search(before)
        or REJECTED_BEFORE.search(before)
        or NOT_SAID_BEFORE.search(before)
        or weighed_among(before)
        or WEIGHED_AFTER.match(after)
        or DISCUSSED_AFTER.match(after)
        or LESSER_AFTER.match(after)
    )


def named_by_its_word(text: str, options: tuple[PhraseOption, ...], offered: list[Choice]):
    """Of phrases offered, the one an answer marker names by its closing word alone
    ('"It was a terrible song" or "It wasn't a great song", based on the answer:
    terrible'); a loose reading."""
    finals = {o.label: words(o.text)[-1] for o in options}
    for marker in reversed(list(ANSWER_MARKER.finditer(text))):
        word = re.fullmatch(r"[\s\"'*]*([a-z]+)[\s\"'*.!]*", text[marker.end() :].split("\n")[0])
        if not word:
            continue
        named = [c for c in offered if c.end <= marker.start() and finals[c.label] == word[1]]
        if len({c.label for c in named}) == 1:
            return replace(named[0], grade=LOOSE)
        return None
    return None


def several_phrases(text: str, candidates: list[Choice]) -> tuple[Choice, ...]:
    """Several different phrases: a list is no choice; reasoning that ends with one on a
    line of its own chose that one; otherwise they conflict."""
    items = [
        c
        for c in candidates
        if alone_on_its_line(text, c) or _after_a_line_label(text, c) or _a_delimited_row(text, c)
    ]
    if len({c.label for c in items}) > 1:
        # ("Actor 1: It was bad.\nActor 2: It was good.": lines in one layout, a list)
        raise Unreadable("the answer lists several phrases without choosing one")
    ranked = all(
        re.fullmatch(r"[\s\"'.,]*>[\s\"'.,]*", text[a.end : b.start])
        for a, b in zip(candidates, candidates[1:], strict=False)
    )
    heading = text[: candidates[0].start].rsplit("\n", 1)[-1]
    if ranked and re.search(r"\b(?:most|likeliest|best|first|top)\b", heading):
        # "Most to least likely: A > B > C": a ranking, its first the most likely
        first = candidates[0]
        return (Choice(first.label, first.start, first.end, LOOSE, first.tokens),)
    if REVISING_WORDS.search(text, candidates[0].end, candidates[-1].start):
        return tuple(candidates)  # a phrase, then another that takes it back
    lines = [line for line in text.splitlines() if line.strip()]
    starts = {text.rfind("\n", 0, c.start) for c in candidates}
    one_a_line = len(starts) == len(candidates) and len({c.label for c in candidates}) > 1
    if one_a_line and all(opens_its_line(text, c) for c in candidates):
        # each line opens with a phrase and goes on with a note on it ("It was good - too
        # kind.\nIt wasn't bad - honest."): a list of candidates, not reasoning that ends
        # with its pick on the last line
        raise Unreadable("the answer lists several phrases without choosing one")
    last = [c for c in candidates if c.start >= text.rfind(lines[-1])] if lines else []
    if len({c.label for c in last}) == 1 and len(lines) > 1:
        if offered_again(text, [c for c in candidates if c not in last], last):
            return tuple(candidates)  # "It was good.\n\nBetter yet, it was amazing.": two
        if not any(_given_on_its_line(text, c) for c in last):
            # "It wasn't terrible.\n\nThis is kind, without pretending it was good.": the
            # last line speaks of a phrase inside a clause of its own; it picks nothing.
            # When its sentence is about the answer ("This is ...", "That keeps ..."), the
            # one sentence given on its line before it is the answer it explains.
            earlier = [c for c in candidates if c not in last]
            given = all(_given_on_its_line(text, c) for c in earlier)
            sentence = re.split(r"[.!?\n]", text[: last[0].start])[-1]
            if len({c.label for c in earlier}) == 1 and given and _ABOUT_IT.match(sentence):
                return (replace(earlier[0], grade=LOOSE),)
            raise Unreadable("the last line names a phrase only inside another sentence")
        return (Choice(last[0].label, last[0].start, last[0].end, LOOSE, last[0].tokens),)
    return tuple(candidates)


# A sentence about the answer just given: "This is a gentle way ...", "That keeps ...",
# "This answer avoids ..." (not "That it was bad ...": a clause).
_ABOUT_IT = re.compile(
    r"[\s*\"']*(?:this|that)(?:'s\b|(?:\s+(?:answer|response|reply|sentence|phrasing|wording|"
    r"choice|option|line))?\s+(?!it\b|the\b|he\b|she\b|they\b)(?:is|was|would|[a-z]+s)\b)"
)


def _given_on_its_line(text: str, choice: Choice) -> bool:
    """Whether a phrase on the last line is given there as a sentence: it opens its
    sentence (a quote opens one), or an answer marker points at it; not a clause inside
    another sentence, quoted or not ('Wendy smiled. "Really? I thought it was bad!"')."""
    return opens_its_sentence(text, choice) or pointed_at(text, choice)


def refuse_labelled_lines(text: str, marker: int, chosen: Choice, candidates: list[Choice]) -> None:
    """Unreadable when the marker that picked a phrase is its line's label, and other
    phrases stand in lines of that layout ("Actor 1: It was bad.\nActor 3: It wasn't
    bad."): the last of a list is no choice unless its label names the answer ("Answer:")."""
    on_its_line = text.rfind("\n", 0, chosen.start) < marker <= chosen.start
    if not (on_its_line and _after_a_line_label(text, chosen)):
        return
    label = text[text.rfind("\n", 0, chosen.start) + 1 : chosen.start]
    if ANSWER_MARKER.search(label):
        return
    others = [
        c
        for c in candidates
        if c.label != chosen.label and (alone_on_its_line(text, c) or _after_a_line_label(text, c))
    ]
    if others:
        raise Unreadable("the answer lists several phrases without choosing one")


def _after_a_line_label(text: str, choice: Choice) -> bool:
    """Whether the phrase is all its line says after a short label and a colon ("Actor 2:
    It wasn't bad.", "Option B: 'It was good'"): an item of labelled lines."""
    line_start = text.rfind("\n", 0, choice.start) + 1
    line_end = text.find("\n", choice.end)
    lead = text[line_start : choice.start]
    rest = text[choice.end : line_end if line_end >= 0 else len(text)]
    return bool(
        re.fullmatch(r"[ \t*>-]*(?:[\w'-]+[ \t]*){1,3}:[ \t*]*[\"']?", lead)
        and re.fullmatch(r"[\W_]*", rest)
    )


def _a_delimited_row(text: str, choice: Choice) -> bool:
    """Whether the phrase is the last cell of a delimited line ("jake,it was good", "2 | it
    wasn't bad"): after short cells and a delimiter (a comma with no space after it), closing its
    line, beside another line of its paragraph with as many cells (a header, or a row)."""
    line_start = text.rfind("\n", 0, choice.start) + 1
    line_end = text.find("\n", choice.end)
    lead = text[line_start : choice.start]
    rest = text[choice.end : line_end if line_end >= 0 else len(text)]
    cell = r"[\w'-]+(?: [\w'-]+){0,2}([,;](?! )|[|\t])"
    delimiter = re.fullmatch(rf"[ \t]*(?:{cell})+[ \t]*[\"']?", lead)
    if not delimiter or not re.fullmatch(r"[\W_]*", rest):
        return False
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    paragraph_start = text.rfind("\n\n", 0, line_start) + 1
    paragraph_end = text.find("\n\n", choice.end)
    paragraph = text[paragraph_start : paragraph_end if paragraph_end >= 0 else len(text)]
    count = line.count(delimiter[1])
    others = [x for x in paragraph.strip("\n").split("\n") if x != line]
    return any(x.count(delimiter[1]) == count for x in others)


def asked(text: str, choice: Choice) -> bool:
    """Whether the phrase stands in a question the answer asks ("Would he say it was
    terrible? No.", 'Maybe "It wasn't bad"?'): weighed, not given, unless the answer's
    next words say yes to it ('"It was good"? Yes, that's it.'). Not a question it
    quotes as said ('she'd say "It was good?"')."""
    quote = quote_around(text, choice)
    if quote is not None:
        # the question mark is the answerer's, after the closing quote: a question that
        # asks ('Would she say "It was good"?'), or a guess ('Maybe "It was good"?') the
        # next sentence questions again ("Or is that too generous?"); a guess left as it
        # is ('Maybe "It was good"? Not sure.') is a hedged pick
        opening = sentence_before(text, choice.start).strip(" \"'*,")
        if not re.match(r"[ \t*]*\?", text[quote.end() :]):
            return False
        if answered_yes(text, choice):
            return False
        if re.match(_QUESTION_OPENING, opening):
            return True
        guess = not opening or re.match(_TENTATIVE, opening)
        return bool(guess) and bool(re.match(r"[ \t*]*\?[\s*]*[^.!?\n]*\?", text[quote.end() :]))
    end = re.compile(r"[.!?\n]").search(text, choice.end)
    # (a question opened by its verb or a question word; not a tag: "It wasn't bad, was it?")
    opened = re.match(_QUESTION_OPENING, sentence_before(text, choice.start).lstrip(" \"'*"))
    return bool(end) and end.group() == "?" and bool(opened)


def answered_yes(text: str, choice: Choice) -> bool:
    """Whether a quoted phrase is put as a question the answer then says yes to
    ('Would she say "It was good"? Yes, that's it.'): chosen by its answer, a reading
    of the answer's own dialogue, so not beyond doubt."""
    quote = quote_around(text, choice)
    return quote is not None and bool(_ANSWERED_YES.match(text, quote.end()))


_QUESTION_OPENING = (
    r"(?:would|could|should|will|can|did|does|do|is|was|were|might|may|shall|what|why|how|"
    r"wouldn't|couldn't|isn't|wasn't|didn't)\b"
)
# Words that put a sentence up as a guess ("Maybe ...?", "How about ...?", "Or ...?").
_TENTATIVE = r"(?:maybe|perhaps|possibly|or|so|how about|what about)\b"
# A question mark closing the quote, then a yes to it ('"It was good"? Yes, that's it.').
_ANSWERED_YES = re.compile(
    r"[ \t*]*\?[\s*]*(?:yes|yep|yeah|yup|exactly|definitely|absolutely|that's it|"
    r"that's the one)\b(?![^.!?\n]*\b(?:but|if|though)\b)"
)


def capped_after(text: str, choice: Choice, options: tuple[PhraseOption, ...]) -> bool:
    """Whether another of the closing words follows the phrase negated, as a cap on it
    ("It was good, but not amazing", "It was bad - not terrible"): one evaluation, most
    likely, but the sentence names two of the words, so not beyond doubt."""
    own = words(next(o.text for o in options if o.label == choice.label))[-1]
    others = "|".join(re.escape(words(o.text)[-1]) for o in options if words(o.text)[-1] != own)
    return bool(
        re.match(
            rf"[\"'.!]*(?:\s*[,;]\s*(?:but\s+)?|\s+-+\s+|\s+but\s+)not\s+"
            rf"(?:(?:{FILLERS})\s+)*(?:{others})\b",
            text[choice.end :],
        )
    )


def negated_beside(text: str, choice: Choice, options: tuple[PhraseOption, ...]) -> bool:
    """Whether another of the closing words follows the phrase negated after a bare comma
    or semicolon and ends the sentence ("It was good, not amazing.", "It wasn't terrible;
    not bad", "..., certainly not bad"): "not amazing" stands as a sentence of its own with
    its frame left out, two of the forms; a cap joined by "but" or a dash ("good, but not
    amazing") is one."""
    own = words(next(o.text for o in options if o.label == choice.label))[-1]
    others = "|".join(re.escape(words(o.text)[-1]) for o in options if words(o.text)[-1] != own)
    return bool(
        re.match(
            rf"[\"'.!]*\s*[,;]\s*(?:(?:{FILLERS})\s+)*not\s+(?:(?:{FILLERS})\s+)*(?:{others})\b"
            r"[\"'*]*\s*(?:[.!?\n]|$)",
            text[choice.end :],
        )
    )


def several_words_after(text: str, end: int, options: tuple[PhraseOption, ...], own: str) -> bool:
    """ "It was awful, bad, good", "awful and bad": one sentence with several of the
    closing words."""
    finals = {words(o.text)[-1] for o in options} - {words(own)[-1]}
    # ("It wasn't bad, but terrible": a second evaluation with its frame left out; "good
    # - even amazing": another one appended, raised)
    separator = r"(?:\s*[,/;]\s*(?:or\s+|and\s+|but\s+)?|\s+-+\s+|\s+(?:or|and|but)\s+)"
    joined = rf"{separator}(?:also\s+)?(?:(?:{FILLERS})\s+)*"
    words_ = "(?:" + "|".join(map(re.escape, finals)) + r")\b"
    # "It was good, not bad at all", "good, and not bad": another word negated as a verdict
    # of its own (a plain "not" caps the first: "It was good, but not amazing")
    # ("..., but definitely not good": a filler before the "not" as much)
    negated = rf"(?:(?:{FILLERS})\s+)*not\s+(?:(?:{FILLERS})\s+)*{words_}"
    emphatic = rf"{separator}{negated}\s+(?:at all|in the least|(?:one|1) bit)\b"
    if re.match(rf"{emphatic}|\s*,?\s*and\s+{negated}", text[end:]):
        return True
    # "It was good, not amazing, not bad": two words negated in a row are a list of
    # verdicts, not a cap on the first
    if re.match(rf"(?:{separator}{negated}){{2,}}", text[end:]):
        return True
    # "It was good, possibly amazing", "bad, if not terrible": another word after a comma
    # and a hedge is offered beside the first, no choice between them
    hedged = r"(?:or\s+)?(?:possibly|maybe|perhaps|even|arguably|borderline|if\s+not)"
    if re.match(rf"\s*[,;]\s*{hedged}\s+(?:(?:{FILLERS})\s+)*{words_}", text[end:]):
        return True
    # ("It was dreadful, terrible, awful, bad": another of the words further down a list
    # of single words, whatever words stand between)
    if re.match(rf"^(?:{joined}[a-z]+\b)*?{joined}{words_}", text[end:]):
        return True
    # "It wasn't good, but good", "It was bad, yet not bad": its own word again after a
    # contrast, closing the clause: the thing evaluated both ways
    own_word = re.escape(words(own)[-1])
    contrast = r"\s*[,;-]*\s*(?:but|yet|though)\s+(?:still\s+)?(?:not\s+)?"
    if re.match(rf"{contrast}(?:(?:{FILLERS})\s+)*{own_word}\s*(?:[.!?,;\"')\n]|$)", text[end:]):
        return True
    # "It was good, I think - or maybe amazing": another word offered later in the sentence
    rest = re.split(r"(?<!\.)[.!?](?!\.)|\n", text[end:], maxsplit=1)[0]
    hedge = r"(?:(?:maybe|perhaps|possibly|even|just)\s+)?"
    if re.search(rf"\bor\s+{hedge}(?:(?:{FILLERS})\s+)*{words_}", rest):
        return True
    # "It was good, I guess. Or amazing.": the next sentence offers another word
    following = text[end + len(rest) :]
    if re.match(rf"[.!?\s]*or\s+{hedge}(?:(?:{FILLERS})\s+)*{words_}", following):
        return True
    # "It was good... no wait, amazing", "It was amazing! Well, good.", "good, I mean, not
    # bad": the word taken back for another, in its sentence or at the next one's start
    taken_back = (
        rf"\b(?:{TAKEN_BACK}|make (?:that|it)|no|nay|er|erm|uh|um|sorry|well|in fact|"
        r"or should i say)\b"
    )
    another = rf"{taken_back}[\s,:;-]+(?:not\s+)?(?:(?:{FILLERS})\s+)*{words_}"
    return bool(re.search(another, rest) or re.match(rf"[.!?\s]*{another}", following))


def given_in_brackets(text: str, match: re.Match) -> bool:
    """Whether a phrase is all that brackets hold, right after an answer marker's words in
    its sentence ("Bob would pick the kindest line (It wasn't terrible)")."""
    opening = text.rfind("(", 0, match.start())
    inside = text[opening + 1 : text.find(")", match.end())]
    alone = re.fullmatch(r"[\s\"']*" + re.escape(match.group()) + r"[\s\"'.!]*", inside)
    return bool(alone) and bool(ANSWER_MARKER.search(sentence_before(text, opening)))


# Chat interjections and apologies that may close a short answer ("tbh it wasn't bad lol",
# "it wasnt good, sry").
_CHAT_TAIL = re.compile(
    r"\b(?:lol|lmao|rofl|haha\w*|hehe\w*|xd|tbh|imo|imho|ngl|fr|tho|sry|srry|sorry|soz|"
    r"sowwy|xo+|x+|smh|ugh|oof|:\(|:\))\b"
)


def closes_a_short_answer(text: str, choice: Choice) -> bool:
    """Whether a phrase ends an answer of a few words, one sentence, after a lead of three
    words at most that has no subject of its own ("omg", "Sorry, Tom -"; not "I know"),
    only signs after it."""
    before = text[: choice.start]
    return (
        len(words(text)) <= SHORT_ANSWER_WORDS
        and len(words(before)) <= 3
        and not re.search(r"[a-z0-9]", _CHAT_TAIL.sub("", text[choice.end :]))
        and not re.search(r"[.!?\n]", before)
        and not re.search(rf"\b{NOT_A_LEAD}\b", before)
    )


# Right before a phrase in its sentence: words that give it as said, the speaker's or
# the answerer's ("then maybe add", "and tell him", "she could follow up with").
_GIVEN_BEFORE = re.compile(
    r"\b(?:say|says|saying|said|add|adds|adding|added|tell|tells|reply|replies|answer|answers|"
    r"respond|responds|go\s+with|goes\s+with|follow(?:s|ed)?(?:\s+(?:it\s+)?up)?\s+with|"
    r"continue|continues|write|writes|text|texts)"
    # (and whom: "tell him", "texts maya")
    r"(?:\s+[a-z]+)?\b[\s,:]*(?:that\s+)?[\"']?$"
)


def refuse_a_later_sentence(text: str, first: Choice, later: list[Choice]) -> None:
    """Unreadable when, after the sentence an answer marker points at, the answer gives
    another sentence of the set as said (a sentence of its own, after words that give it:
    "then maybe add", "and tell him", or that offer it again: "better yet") that nothing
    around it sets aside ('I'd say "It was good." Then maybe add "It wasn't amazing"'): a
    second sentence offered, whatever word joins it, so no choice."""
    for other in later:
        if other.label == first.label or other.start < first.end:
            continue
        given = (
            alone_in_its_sentence(text, other)
            or _GIVEN_BEFORE.search(sentence_before(text, other.start))
            or led_as_another_offer(text, other)  # ("Better yet, it was amazing.")
        )
        if given and not _set_aside_in_context(text, other):
            raise Unreadable("the answer gives another phrase after its choice")


# A line and its list marker (a number or a letter; bullets are gone from the text).
_LINE = re.compile(r"(?m)^[ \t]*(?P<marker>(?:\d+[.)]|[a-h][.)]|\(\w\))[ \t]+)?(?P<item>[^\n]*\S)")
# A short sentence of the phrases' form, whatever its closing words: a pronoun, its copula
# and up to three words ("It was really good", "It wasn't a great cookie").
_SHORT_SENTENCE = re.compile(
    rf"[\"'\s]*{PRONOUN}(?:'s|\s+{COPULA_WORDS})(?:\s+[a-z'-]+){{1,3}}[\"'.!\s]*"
)


def _a_sentence_given(item: str) -> bool:
    """Whether a list item gives a short sentence of the form: as the whole item, or
    quoted after a note ('Not fair - "It wasn't a great cookie"')."""
    return bool(_SHORT_SENTENCE.fullmatch(item)) or any(
        _SHORT_SENTENCE.fullmatch(q.group()[1:-1]) for q in QUOTE.finditer(item)
    )


def refuse_one_of_listed_sentences(text: str, only: Choice) -> None:
    """A phrase that is one item of a list whose other items are sentences of its form
    with words outside the set ('1. Not fair - "It wasn't a great cookie"', '2. "It was
    really good"'; a column of three or more such lines and nothing else): a list of
    candidates with none marked is no choice, though only one of them is of the set."""
    lines = list(_LINE.finditer(text))
    own = next((m for m in lines if m.start("item") <= only.start < m.end()), None)
    if own is None or not _a_sentence_given(own["item"]):
        return
    given = [m for m in lines if m is not own and _a_sentence_given(m["item"])]
    if all(words(m["item"]) == words(own["item"]) for m in given):
        return  # one sentence said again and again (a small model repeating): no list
    marked = own["marker"] and any(m["marker"] for m in given)
    column = len(given) + 1 == len(lines) >= 3
    if marked or column:
        raise Unreadable("the answer lists several sentences without choosing one")
