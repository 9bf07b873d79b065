"""The factor reader: one factor of the phrase an answer chooses, or of a partial phrase.

The phrases are a study's option set, each with its level of every factor (phrases.py
chooses among them). With no whole phrase in the answer, a factor may still be stated: in
a short answer ("Amazing!", "It wasn't ..."), a quoted sentence or the sentence after an
answer marker that evaluates once in the phrases' form ("she'd say 'It was alright'"),
an answer line ("A: Bad"), or a key ("frame: wasn't").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .answer_markers import ANSWER_LINE, ANSWER_MARKER, SAYING_PARTICIPLE, last_marker
from .fields import Field
from .phrase_bare import (
    EXCLUSIVE_MARKER,
    another_quoted_after,
    bare_word_at,
    bare_word_end,
    excepted,
    given_as_own,
    names_the_answer,
    own_clause,
    refuse_a_revised_place,
    said_after_a_colon,
)
from .phrase_context import (
    ALTERNATIVE_AFTER,
    IF_CLAUSE,
    NOT_SAID_BEFORE,
    REJECTED_BEFORE,
    WEIGHED_AFTER,
    weighed_among,
)
from .phrase_forms import (
    COPULA,
    COPULA_WORDS,
    FILLERS,
    NEXT_CLAUSE,
    PLAIN_ANSWER_WORDS,
    PRONOUN,
    SHORT_ANSWER_WORDS,
    START,
    SUBJECT,
    PhraseOption,
    fill_blank,
    has_an_evaluation,
    one_evaluation,
    options_of,
    overlaps_any,
    phrase_regex,
    restates_the_word,
    slots_filled,
    without_clauses_of_no_thing,
)
from .phrase_frames import level_in
from .phrase_leads import refuse_an_offer_after_the_lead, short_lead
from .phrase_mention import TURN, said_by_another
from .phrases import (
    chosen_phrases,
)
from .readers import CLEAR, LOOSE, Found, Unreadable
from .text import BLANK, words


@lru_cache(maxsize=256)
def _level_words(options: tuple[PhraseOption, ...], factor: str) -> dict[str, tuple[int, ...]]:
    """Level -> the positions of the words every phrase with that level has in the same
    place and not every phrase has there ("wasn't" for the frame "wasnt")."""
    tokens = {o.label: words(o.text) for o in options}
    everywhere = {
        j
        for j, t in enumerate(tokens[options[0].label])
        if all(w[j : j + 1] == [t] for w in tokens.values())
    }
    by_level: dict[str, list[list[str]]] = {}
    for option in options:
        by_level.setdefault(dict(option.levels)[factor], []).append(tokens[option.label])
    return {
        level: tuple(
            j
            for j, t in enumerate(group[0])
            if j not in everywhere and all(w[j : j + 1] == [t] for w in group)
        )
        for level, group in by_level.items()
    }


def read_factor(text: str, field: Field, scope: str) -> list[Found]:
    """A factor of the chosen phrase (a factor reader: `option_set`, `factor`, and
    `values`, the field's value for each level when it is not the level itself).

    The level of the phrase the answer chooses, its span the factor's own words (so that
    "It was bad" cut off after "bad" keeps the frame). With no whole phrase: in a short
    answer ("Amazing!", "It wasn't ..."), or in a quoted sentence or after an answer marker
    ("she'd say 'It was a special performance'"), the level whose own words it has."""
    options = options_of(field)
    factor = field.params["factor"]
    values = field.params.get("values") or {}
    levels = {o.label: dict(o.levels)[factor] for o in options}
    own = _level_words(options, factor)
    slots = slots_filled(text)
    text = fill_blank(text)
    chosen = [
        replace(c, grade=LOOSE) if overlaps_any(c, slots) else c
        for c in chosen_phrases(text, options)
    ]
    if len({c.label for c in chosen}) > 1:
        shown = "; ".join(dict.fromkeys(text[c.start : c.end] for c in chosen))
        raise Unreadable(f"conflicting answers ({shown})")
    if chosen:
        found = []
        for c in chosen:
            level = levels[c.label]
            spans = [c.tokens[j] for j in own[level] if j < len(c.tokens)] or [(c.start, c.end)]
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            found.append(Found(values.get(level, level), start, end, c.grade))
        return found
    # Keyed by the factor's name ("frame: wasn't", a JSON object).
    found = []
    for level, positions in own.items():
        example = next(words(o.text) for o in options if levels[o.label] == level)
        forms = "|".join(COPULA.get(example[j], re.escape(example[j])) for j in positions)
        # "frame: wasn't", "word: bad" (a JSON object's keys): a key, then the level alone,
        # on its line or between pipes ("frame=wasn't | word=bad")
        keyed = (
            rf"(?m)(?:^|(?<=\|))[ \t\"']*(?:{re.escape(factor)}|[a-z]+(?: [a-z]+)?)[\"']?"
            r"[ \t]*[:=][ \t]*"
            rf"[\"']?(?:(?:it|this|that)[ \t]+)?(?:{forms})[\"']?"
            # (a reason after the value, "word: bad (0 hearts)", is read loosely)
            rf"(?P<reason>[ \t]*\([^()\n]*\)|[ \t]*[,;—–-]+[ \t]*(?:since|because|as)\b[^\n]*)?"
            r"[ \t.,]*(?=\||$)"
        )
        for match in re.finditer(keyed, text):
            # ("Final answer: good.\nActually, it was decent.": a correction takes it back)
            _bare_place_end(text, match.start(), match.end(), options)
            grade = LOOSE if match["reason"] else CLEAR
            found.append(Found(values.get(level, level), *match.span(), grade))
        # 'he'd go with a "wasn't" sentence': the level named as the kind of sentence an
        # answer marker in its sentence picks (not one rejected), loosely
        for match in re.finditer(rf"\ban?[ \t]+[\"']?(?:{forms})[\"']?{_KIND_OF_SENTENCE}", text):
            before = re.split(r"[.!?\n]", text[: match.start()])[-1]
            marked = ANSWER_MARKER.search(before) or _MAKES.search(before)
            rejected = REJECTED_BEFORE.search(before) or NOT_SAID_BEFORE.search(before)
            # (one offered after "or" is a second answer, not a rejected one)
            offered = re.search(r"\bor\s+(?:(?:maybe|perhaps|possibly|even)\s+)?$", before)
            if marked and (offered or not rejected):
                found.append(Found(values.get(level, level), *match.span(), LOOSE))
    if found:
        return found
    answer_line = ANSWER_LINE.search(text)
    given = None  # an answer line with no whole phrase from it on: the place to read
    if answer_line and not phrase_regex(options).search(text, answer_line.start("given")):
        start, end = answer_line.span("given")
        given = (start, _bare_place_end(text, start, end, options))
    places = [(*given, True)] if given else partial_places(text, options)
    for start, end, given_alone in places:
        part = text[start:end]
        if BLANK in part:
            continue  # the prompt's template echoed with its blank: no answer
        short = len(words(text)) <= SHORT_ANSWER_WORDS or given_alone
        if not one_evaluation(part, options, short=short):
            continue
        part = without_clauses_of_no_thing(part, options)
        for level, positions in own.items():
            example = next(words(o.text) for o in options if levels[o.label] == level)
            spans = [level_in(example[j], part) for j in positions]
            if positions and all(spans):
                first, last = min(s.start() for s in spans), max(s.end() for s in spans)
                found.append(Found(values.get(level, level), start + first, start + last, LOOSE))
    return found


# Before the kind of sentence: the speaker would make or use one ("He might make a 'Bad'
# sentence", "she'd use a wasn't-one").
_MAKES = re.compile(
    r"\b(?:would|will|might|could|'d|'ll)\s+(?:\w+ly\s+)?(?:make|give|use|offer|write|form)\s*$"
)
# After a level's words: a noun for a sentence ('a "wasn't" sentence', "a was-one").
_KIND_OF_SENTENCE = (
    r"[ \t-]+(?:sentence|one|1|version|line|phrasing|framing|frame|form|statement|reply|answer)\b"
)


def _talked_about(text: str, quote: re.Match, before: str) -> bool:
    """Whether a quote is spoken of, not given: offered as one of several, an item of a
    list of quotes, weighed, not said, supposed ("if ...", "Saying 'X' when ... is not
    possible")."""
    after = text[quote.end() : quote.end() + 40]
    return bool(
        (ALTERNATIVE_AFTER.match(after) and not _said_again(text, quote))
        # an item of a list of quotes ("options: 'It was amazing', 'It was go")
        or re.search(r"[\"']\s*[,;/]\s*(?:or\s+|and\s+)?$", text[: quote.start()])
        # (its first item too, before another sentence: 'options = ("It was", "It wasn't")';
        # not a frame before its word, '("It was", "great")', one sentence in two strings)
        or re.match(rf"\s*[,;/]\s*(?:or\s+|and\s+)?[\"']{PRONOUN}\b", after)
        or WEIGHED_AFTER.match(after)
        or weighed_among(before)
        or NOT_SAID_BEFORE.search(before + '"')
        or IF_CLAUSE.search(before)
        # a sentence that opens on saying the quote speaks of it ("Saying 'X' would ...")
        or re.fullmatch(r"\s*(?:saying|to say)\s*:?\s*[\"']?", before)
        # someone else's words ("someone eager to please might say 'amazing'")
        or said_by_another(before)
    )


def _said_again(text: str, quote: re.Match, before: bool = False) -> bool:
    """Whether "or" joins a quote to the same quote after it (or, with `before`, before
    it): '"It was awesome" or "It was awesome"', one sentence said twice, not offered as
    another."""
    said, joint = re.escape(quote.group()), r"\s*,?\s*or\s+(?:(?:maybe|perhaps|possibly|even)\s+)?"
    if before:
        return bool(re.search(said + joint + "$", text[: quote.start()]))
    return bool(re.match(joint + said, text[quote.end() :]))


# Words that give a quote as something said or chosen.
_SAYING = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|answer|answers|respond|responds|reply|replies|"
    r"choose|pick|go with|rather|instead|response|utterance|"
    # ("he'd open with 'It wasn't'": the sentence's start chosen)
    r"(?:open|start|begin|lead)s?\s+with|opts?\s+for)\b"
)


def partial_places(text: str, options: tuple[PhraseOption, ...]) -> list[tuple[int, int, bool]]:
    """Where a partial phrase is an answer: a short answer as a whole; quoted sentences
    (also one a truncated answer leaves open) not rejected, weighed or supposed, and that
    hold no whole phrase (those the phrase reader judged); with no such quote, the first
    sentence after the last answer marker. Each with whether it is given on its own, after
    a word of saying or an answer marker ('I would say "good"', "so my pick: bad."): there
    a bare word is a short answer, however long the text around it."""
    whole = phrase_regex(options)
    # (one sentence whose first clause is short is as short: "It was the best soup I've
    # had all year.")
    first_clause = re.split(NEXT_CLAUSE, text.strip(), maxsplit=1)[0]
    one_sentence = not re.search(r"[.!?\n]\s*\S", text.strip())
    # (not when the sentence goes on to tell what someone would do or feel: "Fiona's
    # performance was poor, and Yvonne would be disappointed" narrates, it is no line said)
    narrated = _NARRATED_AFTER.match(text.strip(), len(first_clause))
    brief = len(words(text)) <= SHORT_ANSWER_WORDS or (
        one_sentence and len(words(first_clause)) <= SHORT_ANSWER_WORDS and not narrated
    )
    short = brief and not whole.search(text)
    # "It was" and nothing more is the template without its word; "It wasn't ..." trails off.
    template = re.fullmatch(rf"[\s\"']*{PRONOUN}\s+(?:{COPULA_WORDS})[\s\"'!]*\.?[\s\"'!]*", text)
    places = [(0, len(text))] if short and not template else []
    lead_end = None if places else short_lead(text, whole, options)  # ("Bad.\n\n(She was kind.)")
    places = [(0, lead_end)] if lead_end else places
    echoed = _AFTER_THE_TEMPLATE.match(text)
    if echoed and not whole.search(text, echoed.end()):
        # 'The format is "It was ___" or "It wasn\'t ___". Amazing.': the template echoed
        # with its blank is no answer; a short answer after it is given on its own
        rest = len(words(text[echoed.end() :]))
        if 0 < rest <= SHORT_ANSWER_WORDS:
            places = [(echoed.end(), len(text))]
    quotes = re.compile(r"\"([^\"\n]{1,120})(?:\"|$)|(?<![\w])'([^'\n]{1,120}?)(?:'(?![\w])|$)")
    quoted, rejected, given_whole, given_alone = [], set(), [], [(0, lead_end)]
    offered_whole = False  # a sentence of the set offered among others, not said by others
    for quote in quotes.finditer(text):
        before = re.split(r"[.!?\n]", text[max(0, quote.start() - 60) : quote.start()])[-1]
        if excepted(before) and not whole.search(quote.group()):
            # "won't say anything but 'bad'": an exclusive choice, given on its own
            quoted.append(quote.span())
            given_alone.append(quote.span())
            continue
        # (after someone else's words, a contrasting clause gives the answerer's own:
        # 'Some would say "terrible", but my answer is "bad"')
        before = own_clause(before)
        if (
            REJECTED_BEFORE.search(before + '"') and not _said_again(text, quote, before=True)
        ) or re.search(r"\b(?:rather than|instead of)\b[^,;:]*$", before):
            # (not one whose own object ends at a comma: "rather than giving a harsh
            # critique, it would be '...'")
            rejected.add(tuple(words(quote.group())))
            continue
        if _TO_ADD.search(before):
            # "Don't forget to add 'It was'": words named to be added, not said; nor is
            # the short answer around them one
            places = []
            continue
        if said_by_another(before) and places == [(0, len(text))]:
            # 'A blunt friend might say "terrible".': someone else's words, and a short
            # answer that is only their report is no answer of its own
            places = []
        if _talked_about(text, quote, before):
            if whole.search(quote.group()) and not said_by_another(before):
                offered_whole = True  # ('"It wasn\'t bad." Or he might say "amazing"')
            continue
        if whole.search(quote.group()):
            given_whole.append(quote.span())  # judged by the phrase reader
            continue
        said = _SAYING.search(before) or said_after_a_colon(text, *quote.span())
        if len(words(text)) > PLAIN_ANSWER_WORDS and not said:
            continue  # a quote in a long text, said by no one: a line of a story
        # ('say it was "awful"': the frame right before a quoted word is the sentence's)
        frame = _FRAME_BEFORE.search(text, 0, quote.start())
        quoted.append((frame.start() if frame else quote.start(), quote.end()))
        if _SAID_RIGHT_BEFORE.search(before) and _CLOSES_ITS_SENTENCE.match(text, quote.end()):
            given_alone.append(quote.span())
    # A sentence given and rejected in the same answer ("X instead of X") is no choice.
    quoted = [q for q in quoted if tuple(words(text[q[0] : q[1]])) not in rejected]
    given = [whole.search(text[a:b]).group() for a, b in given_whole]
    # (the word of the sentences given, quoted again, names the same evaluation)
    quoted = [q for q in quoted if not restates_the_word(text[q[0] : q[1]], given)]
    if given_whole and any(has_an_evaluation(text[a:b], options) for a, b in quoted):
        # 'It could be "It was good." The correct answer is "It was great!"': a sentence
        # of the set given and another one: two sentences, no choice (not even the frame
        # they share); a quote that evaluates nothing ('Karen would reply "Thanks!"') is
        # no second sentence
        raise Unreadable("the answer gives a sentence of the set and another one")
    if (given_whole or offered_whole) and any((a, b) in given_alone for a, b in quoted):
        # ('"It wasn't bad." Or he might say "amazing"': a word of its own besides)
        raise Unreadable("the answer offers a sentence of the set and a word alone")
    refuse_an_offer_after_the_lead(text, quoted)
    places += quoted
    reply = _reply_to_a_question(text)
    if reply and not quoted and not whole.search(text):
        # "Robert: How was my cake?\nOliver: Honestly? It was perfect.": the reply given
        places.append(reply)
        given_alone.append(reply)
    if not quoted:
        _refuse_two_bare_answers(text, options)
    marker = last_marker(text, [])
    if marker is None:
        # "Kyle would answer: It was terrib", "The answer to this question is: It was
        # awful": a marker and a colon later in its sentence point at what follows
        colons = [
            colon.end()
            for m in [*ANSWER_MARKER.finditer(text), *_BLANK_NAMED.finditer(text)]
            if (colon := re.compile(r"[^.!?\n:]{0,40}:[ \t]*").match(text, m.start(), len(text)))
        ]
        marker = colons[-1] if colons else None
    if marker is None:
        # "Sarah would most likely say terrible.", "she'd respond with terrible.": a marker
        # and one bare word closing its sentence
        # (or closing its clause, the answerer's own: "I'd say bad, but most people would
        # say terrible"; "won't say anything but bad")
        markers = [*ANSWER_MARKER.finditer(text), *_BLANK_NAMED.finditer(text)]
        bare = [
            word.start("word")
            for m in [*markers, *EXCLUSIVE_MARKER.finditer(text)]
            if (
                (word := _BARE_WORD.match(text, m.end()))
                or (word := bare_word_at(text, m.end(), options))
            )
            and given_as_own(re.split(r"[.!?\n]", text[: word.start("word")])[-1])
            and not names_the_answer(word["word"])  # ("it's my final answer.")
        ]
        marker = bare[-1] if bare else None
    if marker is None:
        # "She would say it wasn't great.", "he'd tell her that it was okay": a marker and,
        # unquoted in its sentence, a clause in the phrases' form (the listener named or
        # not); two such clauses may be two people's or a revision: neither is read
        clauses = [
            clause.start("clause")
            for m in ANSWER_MARKER.finditer(text)
            if _SAYING_VERB.search(m.group()) and (clause := _SAID_CLAUSE.match(text, m.end()))
        ] + [
            clause.start("clause")
            for m in SAYING_PARTICIPLE.finditer(text)
            if (clause := _SAID_CLAUSE.match(text, m.end()))
        ]
        marker = clauses[0] if len(clauses) == 1 else None
    if marker is not None and not quoted:
        end = re.compile(r"[.!?\n]").search(text, marker)
        end = _bare_place_end(text, marker, end.start() if end else len(text), options)
        # what follows "rather than" is rejected, not part of the answer ("he might say
        # 'It wasn't' rather than 'It was'": the frame wasn't)
        # ... unless it rejects the very words given ("'It was fine' instead of 'It was
        # fine'"), which says nothing
        rejected_after = _REJECTED_AFTER.search(text, marker, end)
        if rejected_after and _words(text[marker : rejected_after.start()]) != _words(
            text[rejected_after.end() : end]
        ):
            end = rejected_after.start()
        # (nor what a marker gives as someone else's words: "a blunt friend might say
        # terrible", "others would say it wasn't good"; theirs end where a contrasting
        # clause brings the marker: "some would say terrible, but my answer is bad")
        # (a lead closed by a colon is the marker's sentence: 'he would not say:\n\n"...')
        before = re.split(r"[.!?\n]", text[:marker].rstrip(" \t\n*>:"))[-1]
        if given_as_own(before) and not whole.search(text, marker, end):
            if another_quoted_after(text, end, text[marker:end]):
                # ('He\'d say:\n"It was nice."\nOr maybe "It was okay."': two offered)
                raise Unreadable("the answer gives another sentence after its own")
            if given_whole or offered_whole:
                # 'She\'d say "It wasn\'t bad". My pick: good.': a word of its own beside
                # a sentence of the set the phrase reader did not choose
                raise Unreadable("the answer gives a sentence of the set and a word alone")
            places.append((marker, end))
            given_alone.append((marker, end))
    return [
        (start, end, (start, end) in given_alone or start == (echoed.end() if echoed else -1))
        for start, end in places
    ]


# A sentence's frame right before a quote that closes it: 'it was "awful"'.
_FRAME_BEFORE = re.compile(rf"{START}{PRONOUN}(?:'s|[ \t]+{COPULA_WORDS})[ \t]+$")


def _reply_to_a_question(text: str) -> tuple[int, int] | None:
    """The last line of a two-person script when it answers the other person's question
    on the line before it ("Robert: How was my cake?\nOliver: It was perfect.")."""
    turns = list(TURN.finditer(text.strip()))
    if len(turns) < 2 or text.strip()[turns[-1].end() :].strip():
        return None
    asked, reply = turns[-2], turns[-1]
    if asked["name"] == reply["name"] or not asked["said"].rstrip(" \t\"'*").endswith("?"):
        return None
    offset = len(text) - len(text.lstrip())
    return reply.start("said") + offset, reply.end() + offset


def _bare_place_end(text: str, start: int, end: int, options: tuple[PhraseOption, ...]) -> int:
    """The end of a place that gives a bare word: before a reason after it, and no
    correction later that gives another word."""
    trimmed = bare_word_end(text, start, end, options)
    refuse_a_revised_place(text, start, trimmed, options)
    return trimmed


# Sentences at the start that all hold the template's blank ("The format is 'It was ___'.").
_AFTER_THE_TEMPLATE = re.compile(rf"(?:[^.!?\n]*{BLANK}[^.!?\n]*[.!?\n]+\s*)+")
# After a first clause: another that tells what someone other than the speaker and the
# listener (or the thing) would do or feel ("and yvonne would likely be disappointed").
_NARRATED_AFTER = re.compile(
    r"\s*,?\s*(?:and|but|so|while|because)\s+(?!(?:i|you|we|it|that|this)\b)[a-z']+"
    r"(?:\s+[a-z']+)?\s+(?:would|might|could|will|may)\b"
)
# The template's blank named as what a colon or "with" fills ("so the last blank gets:
# amazing", "the missing word: bad", "fill in the blank with good."): an answer marker.
_BLANK_NAMED = re.compile(r"\bthe\s+(?:\w+\s+)?(?:blank|gap|missing word|empty slot)\b[ \t]*")
# A quote given on its own: a word of saying right before it ('I would say "good"', "she'd
# answer: 'bad'"), not one further back ('say "X" to describe it as "good"'), and nothing
# after it in its sentence (not the first of a list: 'a word like "bad", "remarkable"').
_SAID_RIGHT_BEFORE = re.compile(
    r"\b(?:say|says|said|tell|tells|answer|answers|respond|responds|reply|replies|choose|"
    r"pick|go with|(?:answer|choice|pick|response|reply) (?:is|would be|will be))\b"
    r"(?:\s+with)?[\s,:]*$"
)
_CLOSES_ITS_SENTENCE = re.compile(r"[\s*_]*[.!]?[\s*_]*(?:\n|$)|[\s*_]*[.!][\s*_]+(?=[A-Za-z])")
# One word, perhaps with fillers or after "with" or a copula ("my answer is amazing."), that
# closes its sentence.
_BARE_WORD = re.compile(
    rf"(?:(?:with|is|was|would be|will be)[ \t]+)?"
    rf"(?P<word>[\"'*]*(?:(?:{FILLERS})\s+)*[a-z]+[\"'*]*)[ \t]*(?:[.!]|\n|$)"
)
# After a marker (perhaps the speaker named: "response from Molly would be"), a bare word
# closing its clause ("..., but", "the answer would be amazing.").
_WORD_OF_A_CLAUSE = re.compile(
    r"[ \t:]*(?:(?:from|of|by)[ \t]+[a-z]+[ \t]+)?"
    r"(?:(?:with|is|was|would be|will be|should be)[ \t]+)?"
    rf"[\"'*]*(?:(?:{FILLERS})\s+)*(?P<word>[a-z]+)[\"'*]*[ \t]*(?:[.!,;]|\n|$)"
)


def _refuse_two_bare_answers(text: str, options: tuple[PhraseOption, ...]) -> None:
    """Two answer markers that each give a different word of the set bare ("The most likely
    response would be terrible, but ... the actual answer would be amazing.") offer two
    answers: no choice (not ones under a condition, said not to be or by someone else)."""
    closing = {o.text.split()[-1] for o in options}
    given = set()
    for marker in ANSWER_MARKER.finditer(text):
        word = _WORD_OF_A_CLAUSE.match(text, marker.end())
        if not word or word["word"] not in closing:
            continue
        before = re.split(r"[.!?\n]", text[: marker.start()])[-1] + marker.group()
        if IF_CLAUSE.search(before) or NOT_SAID_BEFORE.search(before) or said_by_another(before):
            continue
        given.add(word["word"])
    if len(given) > 1:
        raise Unreadable("two answer markers give different words of the set")


# After a marker: the listener perhaps, then a clause in the phrases' form ("him that it
# was okay", "Grace it wasn't great").
# (a relative "that" is no subject: "a response that is both ...")
_SAID_CLAUSE = re.compile(
    rf"(?:(?!{PRONOUN}\b)[a-z]+[ \t]+)?(?:that[ \t]+)?"
    rf"(?P<clause>(?!that\b){SUBJECT}(?:'s|[ \t]+{COPULA_WORDS})\b)"
)
# A marker that is a verb of saying ("would say", "she'd tell"), not a noun ("response").
_SAYING_VERB = re.compile(r"\b(?:say|said|tell|reply|replied|respond|answer|answered)\W*$")
# Right before a quote: a verb that names it as words to add to something.
_TO_ADD = re.compile(
    r"\b(?:add|adding|insert|inserting|include|including|prefix|prepend|append)\s*:?\s*[\"']?$"
)
_REJECTED_AFTER = re.compile(r"\b(?:rather than|instead of)\b")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower().replace("’", "'"))
