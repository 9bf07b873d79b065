"""The deterministic parser: every field the answer states, from the part that answers it.

Each field is read from its section's parts (SECTION scope); a field whose section has no
part, in an answer without that label, is read from the whole answer (ANSWER scope), where
the readers count only statements that say what they are about. Every value is checked
against its field where it is read. A field stated twice differently, out of type or range,
or cut off by the token limit is a problem (final); a field not found is missing (the
extraction model may find it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .answer_markers import ANSWER_LINE
from .attribution import ATTRIBUTED
from .candidates import passed_over
from .factor_sentences import refuse_factors_read_apart, refuse_phrase_given_twice
from .fields import CHOICE, Rejected
from .lone_after_thinking import refuse_lone_value
from .numbered_choice import numbered_choice_parts
from .out_of_order import drop_out_of_order
from .phrase_lead_line import quotes_joined_to_leads_that_set_them_aside
from .placed_values import bare_guess, placed_parts
from .readers import (
    ANSWER,
    CLEAR,
    DIRECT,
    GRADE_CONFIDENCE,
    LOOSE,
    SECTION,
    Found,
    Unreadable,
    weakest,
)
from .restated_lines import with_restated_lines
from .revisions import (
    REVISION,
    SUMMARY_LEAD,
    named_again,
    restated_parts,
    restated_runs,
    revising_sentences,
    section_names,
    sentence_end,
    unreadable_again,
)
from .sections import ANSWER_HEADING, Part, answer_proper, named_after, naming, split
from .spec import ExtractionSpec
from .templates import without_templates
from .text import REVISING, normalise_marked, sentence_start
from .thinking import without_thinking
from .truncation import cut_in_another_answer, cut_off

TRUNCATED = "length"  # the finish_reason of an answer cut off at the token limit


@dataclass
class Reading:
    """What the parser made of one answer."""

    text: str  # the normalised answer
    parts: list[Part]
    truncated: bool
    values: dict[str, object] = field(default_factory=dict)
    grades: dict[str, str] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)  # final: not for the model
    missing: list[str] = field(default_factory=list)  # not found: worth asking the model
    revisions: list[tuple[int, int]] = field(default_factory=list)  # sentences that revise
    # Every value read for a field, kept or not: a model's value must agree with them.
    seen: dict[str, set] = field(default_factory=dict)

    def region(self, section: str | None) -> list[tuple[int, int, str, str]]:
        """(start, end, scope, grade) of where a field of `section` is read."""
        if section is None:
            return [(start, end, SECTION, DIRECT) for start, end in answer_proper(self.text)]
        parts = [p for p in self.parts if p.section == section]
        if parts and all(p.attributed for p in parts):
            return []  # "Prior (what Mark reported): 2": given only as someone else's
        own = [(p.start, p.end, SECTION, p.grade) for p in parts if not p.attributed]
        return own or [(0, len(self.text), ANSWER, CLEAR)]


def read_field(spec: ExtractionSpec, name: str, text: str, scope: str) -> list[Found]:
    """The field's reader on `text` (raises Unreadable)."""
    return spec.readers[name](text, spec.field(name), scope)


def parse(spec: ExtractionSpec, answer: str, finish_reason: str = "") -> Reading:
    """Read every field the parser can from one answer."""
    truncated = finish_reason == TRUNCATED
    raw = str(answer or "")
    answer, all_thinking = without_thinking(answer, truncated)
    if all_thinking:
        # Only reasoning: nothing is stated, and the model is not asked (thinking.py).
        problems = {f.name: f"{f.name}: {all_thinking}" for f in spec.fields}
        return Reading("", [], truncated, problems=problems)
    text, inferred = normalise_marked(answer)
    text = quotes_joined_to_leads_that_set_them_aside(without_templates(text))
    parts = with_restated_lines(text, spec.sections, split(text, spec.sections))
    parts = numbered_choice_parts(spec, text, parts)
    reading = Reading(text, parts, truncated)
    findings: dict[str, list[Found]] = {}
    for f in spec.fields:
        try:
            findings[f.name] = _read(spec, f.name, reading)
        except Unreadable as reason:
            reading.problems[f.name] = f"{f.name}: {reason}"
    reading.seen = {name: {x.value for x in found} for name, found in findings.items()}
    drop_out_of_order(spec, reading, findings)
    reading.problems |= refuse_factors_read_apart(spec.fields, reading.revisions, findings)
    reading.problems |= refuse_phrase_given_twice(spec.fields, answer_proper(text), findings)
    for f in spec.fields:
        if f.name in reading.problems:
            continue
        found = findings[f.name]
        complete = [x for x in found if not (reading.truncated and cut_off(text, x))]
        if f.section is None and reading.truncated and cut_in_another_answer(text, complete):
            # "... she'd reply: 'It was bad.' Or she might say" and the cut: with the whole
            # answer answering the field, the answer the cut falls in could have been another
            reading.problems[f.name] = (
                f"{f.name}: cut off in another answer (the answer was truncated)"
            )
            continue
        if not complete:
            if found:
                reading.problems[f.name] = f"{f.name}: cut off (the answer was truncated)"
            else:
                reading.missing.append(f.name)
            continue
        _settle(reading, f, complete)
    refuse_lone_value(spec, reading, raw, answer)
    if inferred or reading.revisions or REVISION.search(text):
        # An answer that revises, restates or doubts itself, or one whose layout was read
        # by inference (a ticked box as the choice): none of its values is beyond doubt.
        reading.grades = {name: weakest(grade, LOOSE) for name, grade in reading.grades.items()}
    return reading


def _read(spec: ExtractionSpec, name: str, reading: Reading) -> list[Found]:
    section = spec.field(name).section
    # Read from the whole answer, a field still does not read another question's answer:
    # the first sentence of that question's part ("Prior: 3: 100%" is no bet).
    answers = [
        (p.start, sentence_end(reading.text, p.start), p.grade)
        for p in reading.parts
        if p.section != section and p.grade != LOOSE
    ]
    # ... unless a part numbered its own way ("Question 2: Joe knows exactly how many ...")
    # states this field's choice clearly: the answer numbered the questions differently.
    choice = spec.field(name).type == CHOICE
    regions = reading.region(section)
    if not regions:
        raise Unreadable(ATTRIBUTED)
    own = list(regions)
    if any(grade == LOOSE for *_, grade in regions):
        # A part by position is a guess: what the whole answer says must agree with it.
        regions.append((0, len(reading.text), ANSWER, LOOSE))
    if regions and all(scope == SECTION for _, _, scope, _ in regions):
        # A revision elsewhere ("P.S. on reflection I'd change the bet on 3 to 60%") is a
        # second answer to the field, however it is labelled.
        revisions = revising_sentences(reading.text, regions)
        reading.revisions += revisions
        regions += [(a, b, ANSWER, LOOSE) for a, b in revisions]
        if section is not None:
            asked = spec.section(section)
            restated = restated_parts(
                reading.text,
                naming(spec.sections, section),
                revisions,
                asked.label if asked.before_report else None,
            )
            size = sum(f.section == section for f in spec.fields)
            restated += restated_runs(reading.text, size, revisions)
            regions += [(a, b, SECTION, LOOSE) for a, b in restated]
            # A summary ("In short: ... most weight to 2 (60%) ...") says every answer
            # again, each as its part would: read as a part is.
            leads = [(SUMMARY_LEAD.match(reading.text, a, b), b) for a, b in revisions]
            regions += [(lead.end(), b, SECTION, LOOSE) for lead, b in leads if lead]
    if section is not None:
        # The section's label again inside a line of its part, after words of it ("Knowledge:
        # no -- certain: yes"): what follows it is the part's answer too.
        regions += [
            (a, b, SECTION, CLEAR)
            for s, e, scope, _ in regions
            if scope == SECTION
            for a, b in named_again(reading.text, spec.section(section), s, e)
        ]
    # A part placed by position, for a section of several fields: which bare number is
    # whose is a guess (one field's part is that field's).
    shared = sum(f.section == section for f in spec.fields) > 1
    placed, guessed = placed_parts(reading.text, reading.parts, section, shared)
    found = []
    unplaced = []  # pairs of a placed part that only its place ties to the field
    # The field's own part given again with a value no reader takes: the first is in doubt.
    own_parts = own if section is not None and not shared and len(own) > 1 else []
    unread_again = False
    for start, end, scope, grade in regions:
        text = reading.text[start:end]
        if scope == SECTION and section is not None:
            text = _without_asides_of_others(spec, section, text)
        try:
            read = read_field(spec, name, text, scope)
        except Unreadable:
            if section is None and (start, end) in reading.revisions and _before(found, end):
                # Weighing with no choice ("'A' or maybe 'B'") before the answer the whole
                # text gives is its reasoning: a revision follows what it revises.
                continue
            raise
        if (start, end, scope, grade) in own_parts and not read:
            unread_again = unread_again or unreadable_again(text)
        if (start, end) in placed:
            # A key paired with a value ("1: 3%") under no label is the field's only where
            # the whole answer would read it so too (a list of every key): alone, the key
            # could as well be a question's number.
            kept = _kept_outside_sections(spec, name, text, read)
            unplaced += [_line_of(text, x.start) for x in read if x not in kept]
            read = kept
        title = _TITLE.match(text) if scope == SECTION and not read else None
        # (a line that gives the answer, "A: Bad", is no title: what follows explains it)
        if title and not ANSWER_LINE.match(title.group()):
            # A part under a heading whose words name the question ("Question 1: Before
            # the call", a blank line, then the answer): the answer is below the title,
            # read as no asked form is.
            read = [
                Found(x.value, x.start + title.end(), x.end + title.end(), LOOSE)
                for x in read_field(spec, name, text[title.end() :], scope)
            ]
        for x in read:
            # (a value named another question's, "2 for the second question", is that one's)
            named = named_after(text, x.end, spec.sections) not in (None, section)
            if named or ((start, end) in guessed and bare_guess(text, x)):
                continue
            x = Found(x.value, x.start + start, x.end + start, weakest(grade, x.grade))
            # (A revision may restate several questions in one sentence: "Summary: prior
            # 3, ... she doesn't know exactly".)
            revised = (start, end) in reading.revisions
            if (
                scope == ANSWER
                and not revised
                and any(
                    s <= x.start < e
                    and not _CLAUSE_JOINED.search(reading.text, s, x.start)
                    and not (choice and g == CLEAR and x.grade == CLEAR)
                    for s, e, g in answers
                )
            ):
                continue
            found.append(x)
    if unread_again:
        found = [Found(x.value, x.start, x.end, LOOSE) for x in found]
    if unplaced and not found:
        raise Unreadable(
            f"{unplaced[0]!r}: a value paired with a key in a part placed by position alone "
            "(the key could be a question's number)"
        )
    if section is None and found and _commentary_speaks_of(spec, name, reading.text, regions):
        found = [Found(x.value, x.start, x.end, LOOSE) for x in found]
    elif (
        section is not None
        # (a choice whose own part is left blank, "Knowledge: 1: <percent>%\nNo answer",
        # is what the text outside states of it clearly: "Joe knows exactly how many ...")
        and (found or (choice and _left_blank(reading.text, own)))
        and all(
            scope == SECTION or (start, end) in reading.revisions
            for start, end, scope, _ in regions
        )
    ):
        # What the text outside the answer's parts (reasoning before them, a note after)
        # states of the field, saying what it is about: a second answer if it differs.
        # (Also beside a line that sums the answer up again: "TL;DR: prior 3, bets ...".)
        outside, doubted = _stated_outside(spec, name, reading, regions, {x.value for x in found})
        if doubted:
            found = [Found(x.value, x.start, x.end, LOOSE) for x in found]
        found += outside
    return found


# A part that gives nothing: its placeholders gone, keys with no value left ("1:  %"),
# marks, words for no answer (not "0:15", a value however garbled).
_BLANK = re.compile(
    r"(?:[^\w]|_|\d+[ \t]*:(?![ \t]*\d)|\bno answer\b|\bn/?a\b|\bnone\b|\bnull\b|\bnan\b|"
    r"\btbd\b)*"
)


def _left_blank(text: str, own: list) -> bool:
    return bool(own) and all(_BLANK.fullmatch(text[start:end]) for start, end, *_ in own)


def _before(found: list[Found], end: int) -> bool:
    return bool(found) and end <= min(x.start for x in found)


# Within another question's first sentence, a clause joined after its answer, or a key after
# a comma, says something of its own ("Prior is 3, and Joe doesn't know"; "prior: 3, bet 0: 0").
_CLAUSE_JOINED = re.compile(
    r"[,;][ \t]+(?:and|but|while|whereas)[ \t]+|[,;][ \t]*[a-z][\w ]{0,20}:"
)


def _kept_outside_sections(spec, name: str, text: str, read: list[Found]) -> list[Found]:
    """The findings of a part placed by position, less those read as a key's value
    (DIRECT) that the same text read as a whole answer (ANSWER scope) does not give."""
    if not any(x.grade == DIRECT for x in read):
        return read
    try:
        outside = {(x.start, x.end, x.value) for x in read_field(spec, name, text, ANSWER)}
    except Unreadable:
        outside = set()
    return [x for x in read if x.grade != DIRECT or (x.start, x.end, x.value) in outside]


def _line_of(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)].strip()


# A title: one short line with no sentence in it, a blank line after it.
_TITLE = re.compile(r"[ \t]*[^\n.!;]{1,60}[?:]?[ \t]*\n[ \t]*\n")


def _stated_outside(
    spec, name: str, reading: Reading, regions: list, values: set
) -> tuple[list[Found], bool]:
    """Statements of the field before the answer's first part (reasoning, up to the line
    of its label) or after its last, that differ from what its own part says ("before the
    call I'd say all 3" above "Prior: 2"); and whether the reasoning stated a value the
    field cannot take ("I'd expect 2.7 of 3", a mean): no answer beside the part's, but a
    doubt on it."""
    text = reading.text
    taken = [(p.start, p.end) for p in reading.parts] + [(a, b) for a, b, *_ in regions]
    first, last = min(start for start, _ in taken), max(end for _, end in taken)
    # (In a one-paragraph answer, up to the sentence of its label: "I expect all 3 ...
    # He doesn't know. Final: prior 2, bets as above" states the prior before its part.)
    before = text.rfind("\n", 0, first) + 1
    before = max([m.end() for m in _ENDS_SENTENCE.finditer(text, before, first)], default=before)
    marker = _MARKER_LINE.search(text, 0, before)
    before = marker.start() if marker else before  # a list's marker on the line above
    # Reasoning that ends in a final answer ("... Final answer: Prior 3; ...") led to it:
    # the final answer is what it concluded, not a second answer beside it.
    final = _FINAL.search(text, text.rfind("\n", 0, max(before - 1, 0)) + 1, first)
    # ... as does reasoning above a heading that announces the answer ("Answer" alone on
    # the line above the first part).
    above = text.rfind("\n", 0, max(before - 1, 0)) + 1
    final = final or ANSWER_HEADING.fullmatch(text, above, max(before - 1, above))
    gaps = [(0, 0 if final else before), (last, len(text))]
    # A part given to another question by its number or place alone may answer this one
    # in words that say so ("Question 1 is yes, Mark knows exactly how many ..."): what it
    # states of the field clearly (not loosely) counts too.
    section = spec.field(name).section
    # (Not one labelled as of the time after the speaker spoke, for a question of the time
    # before: "Updated guess: 2 is most likely (60%) ...".)
    before = section is not None and spec.section(section).before_report
    others = [
        (p.start, p.end)
        for p in reading.parts
        if p.section != section and p.grade == CLEAR and not (before and p.after_report)
    ]
    # ... and another question's part given a second time (a summary under the labels
    # again) may state this field, in any grade, on lines below its own answer's that its
    # labels miss ("Prior: 3\nBet on 2: 25%" in a summary table).
    again = [
        (sentence_end(text, p.start), p.end)
        for i, p in enumerate(reading.parts)
        if p.section != section and any(q.section == p.section for q in reading.parts[:i])
    ]
    found, doubted = [], False
    # (a choice between named candidates may stand in a revising sentence: up to the parts)
    parts_start = min([p.start for p in reading.parts], default=first)
    for start, end in gaps + others + again:
        if not reading.text[start:end].strip():
            continue
        try:
            stated = read_field(spec, name, reading.text[start:end], ANSWER)
        except Unreadable:
            continue
        fitting = [x for x in stated if _fits(spec.field(name), x.value)]
        doubted = doubted or len(fitting) < len(stated)
        found += [
            Found(x.value, x.start + start, x.end + start, LOOSE)
            for x in fitting
            if x.value not in values
            and not _dropped(text, x.start + start)
            and not passed_over(text, x.start + start, parts_start)
            and ((start, end) not in others or x.grade != LOOSE or (start, end) in again)
        ]
    return found, doubted


def _fits(f, value) -> bool:
    try:
        f.check(value)
    except Rejected:
        return False
    return True


_MARKER_LINE = re.compile(r"(?m)^[ \t]*(?:\d+|[a-z])[.)][ \t]*\n\Z")
_FINAL = re.compile(r"\bfinal answers?\b")
# A sentence of words ended on the line (not a list's marker, "1. Prior: 3").
_ENDS_SENTENCE = re.compile(r"[a-z]{2}[.!?][\"')*]*[ \t]+")
# A value the reasoning considered and turned from ("at first I was going to put 50% on 2,
# but ..."): a candidate, not an answer.
_DROPPED = re.compile(
    r"\b(?:at first|initially|was going to|were going to|first thought|first instinct|"
    r"considered|thought about|thought of|my first guess)\b"
)


def _dropped(text: str, position: int) -> bool:
    start = sentence_start(text, position)
    return bool(_DROPPED.search(text, start, position))


def _without_asides_of_others(spec: ExtractionSpec, section: str, text: str) -> str:
    """A part with its asides about another question blanked ("Prior: 3 (after the call
    I'd say 2)": the 2 is the bets' business), and its later sentences that start by
    naming another question ("Prior: 3\nAfter the call I think 1 has a check."), every
    position kept."""
    others = "|".join(section_names(s) for s in spec.sections if s.name != section)
    if not others:
        return text
    pattern = re.compile(rf"\([^()\n]*\b(?:{others})\b[^()\n]*\)")
    text = pattern.sub(lambda m: " " * len(m.group()), text)
    first = re.search(r"[.!?](?=\s)|\n", text)
    if not first:
        return text
    # (a name of several words, "after the call": "after all, 2" may be the part's own)
    later = re.compile(rf"(?:(?<=[.!?]\s)|(?<=\n))[ \t]*(?P<name>{others})\b[^.!?\n]*")
    for match in later.finditer(text, first.end()):
        if " " in match["name"].strip() and not re.search(REVISING, match.group()):
            text = text[: match.start()] + " " * len(match.group()) + text[match.end() :]
    return text


def _commentary_speaks_of(spec: ExtractionSpec, name: str, text: str, regions: list) -> bool:
    """Whether the commentary left out of an answer ("Explanation: saying 'It was
    terrible' would be too honest") says anything of the field: doubt near its value."""
    kept = sorted((start, end) for start, end, *_ in regions)
    gaps = [(a_end, b_start) for (_, a_end), (b_start, _) in zip(kept, kept[1:], strict=False)]
    gaps += [(kept[-1][1], len(text))] if kept else []
    for start, end in gaps:
        if not text[start:end].strip():
            continue
        try:
            if read_field(spec, name, text[start:end], ANSWER):
                return True
        except Unreadable:
            return True
    return False


def _settle(reading: Reading, f, found: list[Found]) -> None:
    """One value, checked against the field, or the problem why there is none."""
    values = {}
    for x in found:
        try:
            value = f.check(x.value)
        except Rejected as reason:
            reading.problems[f.name] = f"{f.name}: {reason}"
            return
        best = values.get(value)
        if best is None or GRADE_CONFIDENCE[x.grade] > GRADE_CONFIDENCE[best]:
            values[value] = x.grade
    if len(values) > 1:
        shown = ", ".join(sorted(str(v) for v in values))
        reading.problems[f.name] = f"{f.name}: conflicting answers ({shown})"
        return
    ((value, grade),) = values.items()
    reading.values[f.name] = value
    reading.grades[f.name] = grade
