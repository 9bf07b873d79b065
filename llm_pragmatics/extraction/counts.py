"""The count reader: a whole number of objects, the answer to "how many".

Generic: the range (`min`, `max`) comes from the field; "all" means the maximum and "none"
the minimum. Nothing here knows what is counted.
"""

from __future__ import annotations

import re

from .count_candidates import bound_counts, possible_counts, said_with_reason
from .count_keyed import count_keyed_to_its_reason
from .count_sayings import (
    ALSO_AN_ANSWER,
    COUNT_AT_FIRST,
    ENTERTAINED,
    HOW_MANY_ASKED,
    OF_THE_TIME_AFTER,
    REPORT_WORDS,
    RESTATED,
    SAID_EXPECTED,
    SAID_EXPECTED_IN_PART,
    SAID_IN_ANSWER,
    SAID_IN_PART,
    SET_ASIDE,
    after_the_time_before,
    answered_before_the_report,
    before_the_report,
    line_before_the_report,
    said_after_the_report,
)
from .fields import Field
from .readers import ANSWER, CLEAR, LOOSE, SECTION, Found
from .text import CORRECTING, number_shape, sentence_start

# A count that is a bound, not a value: "one, at most", "2 or more".
_BOUND_AFTER = re.compile(
    r"^(?:\s+of\s+(?:them|the\s+\w+))?[\s,]*(?:at most|at least|or (?:more|fewer|less)|"
    r"max(?:imum)?\b|min(?:imum)?\b|or so|\+|"
    r"at the most|tops\b)"
)
# After a number, words that make it an option given an amount: "I would bet 0 on 0",
# "so 2 should be lower, say 40%", "so 3 gets $50".
# (Not a question named after the count: "I'd go with 3 for the first question".)
_AMOUNTS_OPTION = re.compile(
    r"\s+(?:on|for)\b(?!\s+(?:the\s+)?(?:[a-z0-9]+\s+)?(?:question|part|q\s?\d))|"
    r"\s+(?:should (?:really )?(?:be|get)|gets?|receives?|is now|becomes|"
    r"goes|drops|falls|rises|moves)\b[^.;!?\n\d]{0,30}(?:\$\s?\d|\d[\d.]*\s?(?:%|percent|pct))"
)
# What may stand before the count that starts an answer: a hedge or a confidence in it
# ("probably 3", "95% that all 3 ...").
_LEAD = re.compile(
    # (and what it is based on or when, no number in it: "based on the base rate, all 3",
    # "since tickets almost always win, 3", "before the call, three", "initially, 3")
    # (not of the speaker's report, unless before it: "given what Mark said, 2" is his)
    rf"^(?:(?:(?=before|prior to)|(?![^,\n]*\b(?:{REPORT_WORDS}|after|now)\b))"
    r"(?:based on|given|since|because|going by|judging (?:by|from)|considering|in light of|"
    r"from|with|"
    r"before|prior to|initially|at first|at the (?:outset|start)|to begin with|going in|"
    r"a priori)(?:\s+[^,.;:!?\n\d]{1,40})?,\s*|"
    r"[\s\"'(\[]|\d+(?:\.\d+)?%\s*(?:sure|confident|certain|chance|likely)?\s*(?:that\s+)?|"
    r"(?:fairly|pretty|quite|very|reasonably|almost|completely|totally)?\s*"
    r"(?:sure|confident|certain)\b\s*(?:that\s+)?|"
    r"(?:probably|prob(?=[ \t]+[a-z])|likely|most likely|maybe|perhaps|about|around|roughly|"
    r"approximately|"
    r"exactly|only|just|i think|i'd say|i guess|i'm|i am|that|it's|it is|"
    # (a count said to exist: "there are 2 that passed", checked by _EXISTING below)
    r"there(?:'s| is| are| were| will be| would be| must be| should be))\b[\s,:]*)*"
)
# After the count of "there are 2 ...": the objects that are so ("who have won", "that
# passed", "with checks"), not a total of what there is ("there are 3 exams; I'd say 2").
_EXISTING = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:who|that|which|with)\b|"
    r"(?:\s+[a-z]+)?\s+(?:have|has|had|are|were|did)\b(?!\s+(?:in total|altogether))"
)
_SURE = re.compile(r"\b(?:sure|confident|certain|i'm|i am)\b")
# In its part, a verb of choosing before the count, its subject left out as minutes and
# notes write ("Item 1 (prior): agreed on 3", "Prior: went with all three").
_CHOSEN = re.compile(
    r"(?:(?:agreed|settled|decided)(?:[ \t]+(?:up)?on)?|went[ \t]+with|going[ \t]+with|chose|"
    r"picked)[ \t]+"
)

# Between two candidates, these make an answer that is not one number ("2 or 3", "2-3").
_ALTERNATIVE = re.compile(
    r"^\s*(?:or|to|-|/|and|,)\s*(?:maybe\s+|possibly\s+|perhaps\s+)?$|^[ \t]+$|"
    # counts of things listed ("3 letters, 4 checks, 2 checks"): several, none the answer
    # (not counts of times: "2 before, 3 after")
    r"^[ \t]+(?!(?:before|after|now|then|initially|first|later|earlier)\b)[a-z]+[ \t]*,[ \t]*$|"
    r"^[\s,;(]*(?:(?:or|and|though|but|although)\s+)?(?:(?:honestly|really|also|it)\s+){0,2}"
    r"(?:maybe|perhaps|possibly|or|could be|might be|could also be|might also be|may be)\s+"
    r"(?:even\s+|just\s+)?$|"
    # a second count that takes the first back or qualifies it: "3 (well, 2 if ...)"
    rf"^[\s,;(-]*(?:{CORRECTING}|well|if not|or even|sorry|oops|no)"
    r"[\s,:]+(?:(?:maybe|perhaps|possibly|probably|more like)\s+)?$"
)


def _in_question(text: str, position: int) -> bool:
    """Whether the position is in a sentence that ends with a question mark."""
    end = re.compile(r"[.!?\n]").search(text, position)
    return bool(end) and end.group() == "?"


# What may stand between a label and its value; not the sign of a negative number ("-1").
_LABEL_PUNCTUATION = re.compile(r"(?:[ \t\n:=\"']|-(?!\d))*")


def _first_sentence(text: str, scope: str) -> tuple[int, str]:
    """The text up to the end of its first sentence or line: where an answer's count is.
    A sentence that starts a line does not start with a list marker ("1. How many ...?
    I'd guess 3"); after its label, "3. Because ..." is a count, as it is at a part's very
    start past its number ("1. Three. Because ..."): a list there would start at 1."""
    lead = text[: _LABEL_PUNCTUATION.match(text).end()]
    stripped = text[len(lead) :]
    marker = re.match(r"(?P<n>\d+)[.)][ \t]+(?=[a-z])", stripped)
    if marker and (scope == ANSWER or (not lead and marker["n"] == "1") or "\n" in lead):
        stripped = stripped[marker.end() :]
    offset = len(text) - len(stripped)
    end = re.search(r"[.;!?](?=\s|$)|\n", stripped)
    return offset, stripped[: end.start() if end else None]


def _leading_count(text: str, field: Field, scope: str) -> list[Found]:
    """The count that starts the first sentence ("3", "all three", "probably 3 boxes",
    "2 out of 3"), and its alternatives ("2 or 3"); none for a bound ("one, at most")."""
    offset, sentence = _first_sentence(text, scope)
    candidates = possible_counts(sentence, field)
    lead = _LEAD.match(sentence).end()
    choosing = _CHOSEN.match(sentence, lead) if scope == SECTION else None
    if choosing:
        lead = choosing.end() + _LEAD.match(sentence[choosing.end() :]).end()
    if not candidates or candidates[0].start != lead or _in_question(sentence, 0):
        return []
    first = candidates[0]
    if _BOUND_AFTER.match(sentence[first.end :]):
        return []
    there = re.search(r"\bthere\b", sentence[:lead])
    if there and not _EXISTING.match(sentence[first.end :]):
        return []
    grade = first.grade if not sentence[:lead].strip(" \"'([") else CLEAR
    if re.search(r",\s*$", sentence[:lead]):
        grade = LOOSE  # after a phrase that opens the sentence ("before the call, 3")
    if _SURE.search(sentence[:lead]) or there or choosing:
        # "I'm about 90% sure all 3 ...": a count read through how sure it is, through what it
        # says exists ("there are 2 that ..."), or through the verb that chose it
        grade = LOOSE
    chosen = [Found(first.value, first.start + offset, first.end + offset, grade)]
    for previous, candidate in zip(candidates, candidates[1:], strict=False):
        if not _ALTERNATIVE.match(sentence[previous.end : candidate.start]):
            break
        chosen.append(Found(candidate.value, candidate.start + offset, candidate.end + offset))
    return chosen


def _guess_put_as_question(text: str, match: re.Match) -> bool:
    """Whether a question is the answerer's own guess, its sentence opening on the words
    that say it ("I'd assume none of them ...?", "Probably two?"): a count given, if
    tentatively; not a question put to someone ("Do you think 2 ...?", "Would I say 2?")."""
    return not text[sentence_start(text, match.start()) : match.start()].strip(" \t\"'(-")


def _said_counts(
    text: str, field: Field, said: re.Pattern, of_the_time_before: bool = False
) -> list[Found]:
    """Counts the text says are its answer: the count right after "I'd say", "my guess
    is", "probably" and the like; not in a question ("Do you think 2 ...?"); if
    `of_the_time_before`, not in a sentence that says it is of the time after the report
    ("After the call, I'd say 2")."""
    found = []
    for match in said.finditer(text):
        if _in_question(text, match.start()) and not _guess_put_as_question(text, match):
            continue
        if of_the_time_before and said_after_the_report(text, match.start()):
            continue
        if re.search(r"(?:likely|probably)[\s]*[,:;]", match.group()):
            continue  # "3 is likely, 2 is possible": the hedge closes what came before
        said_text = said_with_reason(match)
        candidates = possible_counts(said_text, field)
        if candidates and not said_text[: candidates[0].start].strip(" ,\"'"):
            first, start = candidates[0], match.start("said")
            if _AMOUNTS_OPTION.match(said_text[first.end :]):
                continue  # "I would bet 0 on 0": an amount on an option, not a count
            if _BOUND_AFTER.match(said_text[first.end :]):
                continue
            found.append(Found(first.value, start + first.start, start + first.end, CLEAR))
            # and its alternatives ("I'd guess 2 - 3 of them", "I'd say 2 or maybe 3")
            for previous, candidate in zip(candidates, candidates[1:], strict=False):
                if not _ALTERNATIVE.match(said_text[previous.end : candidate.start]):
                    break
                found.append(
                    Found(candidate.value, start + candidate.start, start + candidate.end, CLEAR)
                )
            # and a count its sentence offers too ("I'd lean toward 3, though honestly 2
            # wouldn't surprise me", "two of them, or maybe all three")
            # or says again as, in other words ("none of them lacked checks, i.e. 3 had")
            # (not one the sentence then sets aside for the first again: "two - maybe all
            # three, but I'll go with two")
            at = start + first.end
            end = _SENTENCE_END.search(text, at)
            laters = possible_counts(text[at : end.start() if end else len(text)], field)
            for k, later in enumerate(laters):
                also = ALSO_AN_ANSWER.match(text[at + later.end :])
                offered = _OFFERED_BEFORE.search(text[at : at + later.start]) and not any(
                    x.value == first.value for x in laters[k + 1 :]
                )
                if later.value != first.value and (
                    also or RESTATED.search(text, at, at + later.start) or offered
                ):
                    found.append(Found(later.value, at + later.start, at + later.end, CLEAR))
    return found


_ITEM = re.compile(r"(?m)^[ \t]*(?P<n>\d+|[a-h])[.)](?=[ \t]*\n|[ \t]+\S)")


def _list_items(text: str) -> list[str] | None:
    """The items of a part that starts with a numbered list: two or more items numbered
    from 1 (or a), or, on the line after its label, one item with text after its number
    ("Question 1:\n1. Yes."). None for a part that does not ("Prior: 3. Because ...",
    "Before:\n3." are a count)."""
    markers = list(_ITEM.finditer(text))
    if not markers or text[: markers[0].start()].strip(" \t\n:-=\"'"):
        return None
    if markers[0]["n"].isdigit():
        # Lettered markers inside a numbered list are an item's sub-items ("2.\n  a. 0
        # exams: 0%\n  b. ..."): part of the item, not items.
        markers = [m for m in markers if m["n"].isdigit()]
    numbers = [m["n"] for m in markers]
    counted = numbers == [str(i + 1) for i in range(len(numbers))]
    lettered = numbers == [chr(ord("a") + i) for i in range(len(numbers))]
    one_item = (
        len(markers) == 1
        and re.match(r"[ \t]*\n", text)
        and text[markers[0].end() :].strip(" \t\n.;,")
    )
    if not ((len(markers) > 1 and (counted or lettered)) or one_item):
        return None
    ends = [m.start() for m in markers[1:]] + [len(text)]
    return [" " * m.end() + text[m.end() : end] for m, end in zip(markers, ends, strict=True)]


def _other_counts(paragraph: str, offset: int, leading: list[Found], field) -> list[Found]:
    """The leading count, and other counts in range its paragraph offers as an answer
    too ("3 (though 2 would also be reasonable)"). Any other count in range there, an
    aside or an explanation ("3, since 1 of them ..."), leaves the leading count beyond
    doubt no more: its grade drops to loose."""
    end = leading[-1].end - offset
    also, doubted = [], False
    for x in possible_counts(paragraph[end:], field):
        value = x.value
        if value in {f.value for f in leading} or not field.minimum <= value <= field.maximum:
            continue
        # (a count the leading one is led to by an arrow, "3 -> 2", is the answer changed)
        changed = re.fullmatch(r"[ \t]*(?:->|>|~>)[ \t]*", paragraph[end : end + x.start])
        # (and one after words that take the leading one back: "2... actually no, 3")
        changed = changed or _CORRECTION.search(paragraph, end, end + x.start)
        # (and one words give as the answer anew, ending their sentence: "2. Hmm, no ...
        # Let's say 3."; not a supposition, "let's say 1 of them failed")
        changed = changed or (
            _ANSWERED_ANEW.search(paragraph[: end + x.start])
            and re.match(r"[ \t]*(?:[.!?;)]|$)", paragraph[end + x.end :])
        )
        # (and one the leading count is said again as, in other words: "none of them to
        # be fine, in other words all 3 have ...": which of the two counts the objects
        # with the property, the words do not say)
        restated = RESTATED.search(paragraph, end, end + x.start)
        # (and one the next sentence offers in its place: "Three. Or maybe 2, hard to say.")
        offered = _OFFERED_NEXT.match(paragraph, end, end + x.start)
        if changed or restated or offered or ALSO_AN_ANSWER.match(paragraph[end + x.end :]):
            also.append(Found(value, x.start + end + offset, x.end + end + offset, LOOSE))
        doubted = True
    if doubted:
        leading = [Found(f.value, f.start, f.end, LOOSE) for f in leading]
    return leading + also


# Words that put a later value in an earlier one's place ("scratch that", "make it").
_CORRECTION = re.compile(rf"\b(?:{CORRECTING})\b")
# Right before a later count, words that give it as the answer anew ("let's say 3", "I'll
# go with 3", "call it 3"), not as a count in an explanation.
_ANSWERED_ANEW = re.compile(
    r"(?:\b(?:let's|let us|i'll|i will|i'm going to|i am going to)\s+(?:just\s+)?"
    r"(?:say|go with|go for|settle on|stick with|pick|choose|call it)|"
    r"(?:^|[.;!?:,]\s*(?:(?:so|then|ok|okay)\s+)?)(?:call it|settle on|going with))\s*$"
)
# After a count, at the start of the next sentence or right after a dash or comma, words
# that offer another count as the answer ("Or maybe", "Could be", "Possibly", "- or even").
_OFFERED_NEXT = re.compile(
    r"(?:[^.;!?\n]*[.;!?]|[ \t]*(?:-+|,|\(|\u2013|\u2014))[ \t]*"
    r"(?:(?:but|though|then again|and|well|hmm)[ \t,]+)?(?:or[ \t]+)?(?:maybe|perhaps|possibly|or|"
    r"(?:it[ \t]+|that[ \t]+)?(?:could|might|may)[ \t]+(?:also[ \t]+|well[ \t]+)?be)[ \t,]+"
    r"(?:even[ \t]+|just[ \t]+)?$"
)
_BETWEEN = re.compile(r"\bbetween\s+$")
# Right before a later count of the sentence: words that offer it too or put it in the first
# one's place ("two of them, or maybe all three", "3 - no, make that 2", "none (perhaps one)").
_OFFERED_BEFORE = re.compile(
    rf"(?:\bor|\bmaybe|\bperhaps|\bpossibly|\b(?:{CORRECTING})|\bno)[\s,(:]*"
    r"(?:(?:maybe|perhaps|possibly|even|just)\s+)*$"
)
# A sentence's end; not an abbreviation's dot ("i.e. 3").
_SENTENCE_END = re.compile(r"(?<!\bi\.e)(?<!\be\.g)[.!?;](?=\s|$)|\n")


def _range_before(text: str, offset: int, field: Field) -> tuple[list[Found], bool]:
    """The counts of a range, of alternatives or of a bound ("between 2 and 3", "2 or 3",
    "at least 2") in `text`; and whether candidates were set aside ("it's tempting ...")."""
    candidates = possible_counts(text, field)
    set_aside = False
    for first, second in zip(candidates, candidates[1:], strict=False):
        joined = text[first.end : second.start]
        if ENTERTAINED.search(text[: first.start]) and SET_ASIDE.match(text[second.end :]):
            set_aside = True
            continue
        if _ALTERNATIVE.match(joined) or (
            _BETWEEN.search(text[: first.start]) and re.fullmatch(r"\s+and\s+", joined)
        ):
            return [
                Found(x.value, x.start + offset, x.end + offset, LOOSE) for x in (first, second)
            ], set_aside
    return bound_counts(text, offset, field, _BOUND_AFTER), set_aside


_BARE_COUNT = re.compile(r"(?:^|(?<=[.;!?\n]))[ \t]*(?P<count>\d+)[ \t]*(?:[.;!?]|$)", re.MULTILINE)


def _bare_counts(text: str, field: Field) -> list[Found]:
    """Sentences that are a count in range and nothing else ("Three."); not a list's
    marker at a line's start ("2. He doesn't know ...")."""
    return [
        Found(float(m["count"]), m.start("count"), m.end("count"), LOOSE)
        for m in _BARE_COUNT.finditer(text)
        if field.minimum <= float(m["count"]) <= field.maximum
        and not _LIST_MARKER.match(text, text.rfind("\n", 0, m.start("count")) + 1)
    ]


_LIST_MARKER = re.compile(r"[ \t]*\d+[.)][ \t]+[a-z]")


def read_count(text: str, field: Field, scope: str) -> list[Found]:
    """A whole number of objects (a count reader: `min`, `max` in the definition).

    In its section, the count that starts the first sentence ("3", "all three", "2 out of
    3", "probably 3"), or that its first paragraph says is the answer ("I'd say 2");
    alternatives ("2 or 3") are all returned, a bound ("one, at most") is none. In an
    unlabelled answer, a count the answer says is its answer ("I'd say two", "it is highly
    likely that all three ..."), or that starts the answer ("Three, because ...")."""
    if scope == SECTION:
        items = _list_items(text)
        if items is not None:
            # A part that is a list: each item's count is a candidate ("1. 1 of them\n
            # 2. 1 of them\n3. 2 of them" gives no single count; "1.\nYes" none).
            return [x for item in items for x in _leading_count(item, field, scope)]
        leading = _leading_count(text, field, scope) or count_keyed_to_its_reason(text, field)
        offset = _LABEL_PUNCTUATION.match(text).end()
        paragraph = text[offset:].split("\n\n")[0]
        said = [
            Found(x.value, x.start + offset, x.end + offset, CLEAR)
            for x in _said_counts(paragraph, field, SAID_IN_PART)
            if not OF_THE_TIME_AFTER.match(paragraph, x.end)
            and not after_the_time_before(paragraph, x.start)
        ]
        said += [
            Found(x.value, x.start + offset, x.end + offset, CLEAR)
            for x in _said_counts(paragraph, field, SAID_EXPECTED_IN_PART)
            if before_the_report(paragraph, x.start)
        ]
        said.sort(key=lambda x: x.start)
        if leading:
            # What the part then says is its answer must agree with how it starts ("2 of
            # the 3 passed, I think 3" gives two).
            return _other_counts(paragraph, offset, leading, field) + [
                x for x in said if x.start >= leading[-1].end
            ]
        # (what the part says is its answer is doubted by other counts as a leading one is;
        # a range before it stays two answers: "between 2 and 3, leaning towards 3")
        if not said:
            return []
        ranged, set_aside = _range_before(paragraph[: said[0].start - offset], offset, field)
        if set_aside:
            # (the answer after candidates set aside is read by inference)
            said = [Found(x.value, x.start, x.end, LOOSE) for x in said]
        return ranged + _other_counts(paragraph, offset, said, field)
    items = _list_items(text)
    if items is not None:
        # A numbered list: its markers are no counts ("1. 3\n2. He doesn't know ...");
        # each item's count is a candidate. (Of more items than the field has values, "1. 3
        # of the 3 ... 8. ...", they are items, not the answers to the questions.)
        return [
            Found(x.value, x.start, x.end, LOOSE)
            for item in items
            for x in _leading_count(item, field, SECTION)
        ]
    found = [Found(x.value, x.start, x.end, LOOSE) for x in _leading_count(text, field, scope)]
    # Counts said alone, one after the other ("Two. Three."): which answers which question
    # is not said, so each is a candidate.
    found += [x for x in _bare_counts(text, field) if found and x.start >= found[-1].end]
    # The first paragraph said again with other numbers ("2 of the 3 passed.\n\n3 of the
    # 3 passed."): each is a candidate.
    paragraphs = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for later in paragraphs[1:] if found else []:
        if number_shape(later.group()) == number_shape(paragraphs[0].group()):
            pad = " " * later.start()
            found += [
                Found(x.value, x.start, x.end, LOOSE)
                for x in _leading_count(pad + later.group(), field, scope)
            ]
    found += [
        Found(x.value, x.start, x.end, LOOSE)
        for x in _said_counts(text, field, SAID_IN_ANSWER, of_the_time_before=True)
        if not OF_THE_TIME_AFTER.match(text, x.end)
    ]
    found += [
        Found(x.value, x.start, x.end, LOOSE)
        for x in _said_counts(text, field, SAID_EXPECTED)
        if answered_before_the_report(text, x.start)
    ]
    found += [
        Found(float(m["count"]), m.start("count"), m.end("count"), LOOSE)
        for m in COUNT_AT_FIRST.finditer(text)
    ]
    # Under no label, "none" said alone ("None.") names nothing it counts: a refusal, or a
    # bare "no", as much as a count ("none of them", "none passed" count).
    found = [x for x in found if not _bare_none(text, x)]
    found += _answers_asked(text, field)
    found += [x for count in found for x in _corrected_after(text, count, field)]
    return sorted(set(found), key=lambda x: x.start)


def _answers_asked(text: str, field: Field) -> list[Found]:
    """The count that answers a "how many" question the text asks of the time before the
    report, as an interview or a transcript does (read loosely)."""
    found = []
    for asked in HOW_MANY_ASKED.finditer(text):
        if not line_before_the_report(asked["line"]):
            continue
        # (read as a part after its label: "3. Sigo phones ..." starts with a count, not
        # a list's marker)
        pad = " " * asked.end()
        found += [
            Found(x.value, x.start, x.end, LOOSE)
            for x in _leading_count(pad + text[asked.end() :], field, SECTION)
        ]
    return found


# A clause that opens on words putting a count in the place of the one before ("all three;
# rather, two", "Three. No wait, two."), after an interjection and in a chain of them too
# ("Oh wait, I mean two", "Hmm, actually, no wait: two").
_OPENS_CORRECTING = re.compile(
    r"[\s,;.!?-]*(?:\b(?:oh|ah|uh|um|er|hmm+|well|ok(?:ay)?)\b[\s,.!-]*)?"
    rf"(?:\b(?:{CORRECTING})\b[\s,:!-]+)+(?:(?:maybe|perhaps|probably|more like)\s+)?"
)


def _corrected_after(text: str, count: Found, field: Field) -> list[Found]:
    """The count that the clause right after a count's own puts in its place: a second
    answer (the text gives two)."""
    end = _SENTENCE_END.search(text, count.end)
    if not end:
        return []
    opening = _OPENS_CORRECTING.match(text, end.start())
    if not opening:
        return []
    clause = text[opening.end() :]
    candidates = possible_counts(
        clause[: (_SENTENCE_END.search(clause) or re.search("$", clause)).start()], field
    )
    if not candidates or candidates[0].start != 0:
        return []
    first = candidates[0]
    return [Found(first.value, opening.end() + first.start, opening.end() + first.end, LOOSE)]


def _bare_none(text: str, found: Found) -> bool:
    return text[found.start : found.end] == "none" and bool(
        re.match(r"[ \t]*(?:[.,;:!?)\n]|$)", text[found.end :])
    )
