"""Parts by position: one paragraph, line or part of a one-line answer per question, in
question order, where no label says which question a part answers."""

from __future__ import annotations

import re

from .text import number_shape

# A label that names no question ("Answer:", "Response:"): over the answer, or before a value.
GENERIC_LABEL = re.compile(r"(?m)^[ \t]*(?:answer|response|reply|a)[ \t]*[:=-][ \t]*")


def in_order(text: str, widths: tuple[int, ...]) -> list[tuple[int, int]]:
    """(start, end) of one paragraph per section, in question order, when the answer is
    exactly that; or of a one-line answer's parts between " / ", ";", " | " or " || ".
    `widths` are the sections' numbers of fields, in question order."""
    count = len(widths)
    # (A paragraph ends at its last character: a final newline is no second line.)
    paragraphs = [
        (m.start(), m.start() + len(m.group().rstrip()))
        for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)
        if m.group().strip()
    ]
    paragraphs = _without_lead_in(text, paragraphs)
    if len(paragraphs) == count:
        # The same sentence again with other numbers answers no other question: it says
        # the same thing twice ("2 of the 3 passed." ... "3 of the 3 passed.").
        shapes = [number_shape(text[a:b]) for a, b in paragraphs]
        return paragraphs if len(set(shapes)) == len(shapes) else []
    lines = [m.span() for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if lines and (
        GENERIC_LABEL.fullmatch(text[slice(*lines[0])]) or _LEAD_IN.fullmatch(text, *lines[0])
    ):
        lines = lines[1:]  # "Response:" or a lead-in over the answer's lines
    if len(paragraphs) == 1 and len(lines) == count and count > 1:
        # One line per question, in one block ("3\n0: 0%, ...\nYes").
        shapes = [number_shape(text[a:b]) for a, b in lines]
        return lines if len(set(shapes)) == len(shapes) else []
    if len(paragraphs) > 1 and count > 1:
        # The same lines over paragraphs that explain them ("3\n0%, 10%, 20%, 70%\nno",
        # then "(The first line answers ...)"): each a short value, of another kind than
        # its neighbours' (a number, amounts, words), so which is whose is no guess.
        block = [(a, b) for a, b in lines if b <= paragraphs[0][1]]
        kinds = [value_kind(text[a:b]) for a, b in block]
        if (
            len(block) == count
            and all(len(text[a:b].strip()) <= _SHORT_PART for a, b in block)
            and all(x != y for x, y in zip(kinds, kinds[1:], strict=False))
            # (values alone: no label's key, "Prior: 3", and no heading)
            and not any(re.search(r"[^\d\s%$.,][ \t]*[:=\uff1a]", text[a:b]) for a, b in block)
        ):
            return block
    if len(paragraphs) == 1 and len(lines) == sum(widths) > count > 1:
        # One terse line per field, in field order (a line of cells, "Final answer - 2 | 0%
        # | 10% | 30% | 60% | no", is one per cell): a question's fields together.
        parts = _per_field_lines(text, lines, widths)
        if parts:
            return parts
    if len(paragraphs) == 1 and "\n" not in text.strip():
        # (after an answer's label, if any: "Summary - 3 / 0% / ... / no")
        lead = _ANSWER_LEAD.match(text)
        return _one_line_parts(text, lead.end() if lead else 0, len(text), widths)
    if paragraphs and "\n" not in text[slice(*paragraphs[0])]:
        # A one-line answer of short parts over paragraphs that explain it ("3; 0%/0%/0%/
        # 100%; yes." then "Longer version: ..."): the line's parts.
        parts = _one_line_parts(text, *paragraphs[0], widths)
        if parts and all(len(text[a:b].strip()) <= _SHORT_PART for a, b in parts):
            return parts
    last = paragraphs[-1] if len(paragraphs) > 1 else None
    if last and "\n" not in text[slice(*last)] and _ANSWER_LEAD.match(text, last[0]):
        # ... or under an answer's label below the reasoning that led to it ("...\n\nFinal
        # answers: 3 | 0%, 0%, 10%, 90% | no")
        parts = _one_line_parts(text, *last, widths)
        if parts and all(len(text[a:b].strip()) <= _SHORT_PART for a, b in parts):
            return parts
    return []


# A lead-in: an opener ("Let's think this through carefully.", "Sure, here are my answers:"),
# then words with no number, count, yes/no, hedge or question in them (nothing any question
# could take as its answer).
_LEAD_IN = re.compile(
    r"[ \t]*(?:let's|let me|let us|okay|ok|alright|all right|sure|"
    r"here(?:'s| is| are| goes)|hmm+|well|i'll|i will|to answer|step by step|"
    r"(?:good|great|interesting) (?:question|problem|puzzle))\b"
    r"(?:(?!\b(?:all|none|no|not|nothing|every\w*|each|both|either|neither|any\w*|some\w*|"
    r"most|many|few|several|half|full|whole|entire|zero|yes|yeah|yep|nope|nah|true|false|"
    r"knows?|knew|known|certain\w*|sure|so|probabl\w*|likely|unlikely|maybe|perhaps|"
    r"possibl\w*|guess|hard|unclear|depends|\w+n't|cannot)\b)[^\n\d?%$])*"
)


_ANSWER_LEAD = re.compile(
    r"[ \t]*(?:(?:my|the|our) )?(?:final |short )?(?:answers?|summary|tl;dr|in short|"
    r"in (?:summary|sum|brief)|to sum up|to summari[sz]e|summing up|bottom line)"
    r"[ \t]*(?::|[ \t]-+[ \t])"
)


_SHORT_PART = 40


def _per_field_lines(
    text: str, lines: list[tuple[int, int]], widths: tuple[int, ...]
) -> list[tuple[int, int]]:
    """The lines grouped into one part per question, each as wide as its question's
    fields, when every line is a terse value (past an answer's label on the first)."""
    lead = _ANSWER_LEAD.match(text, lines[0][0], lines[0][1])
    lines = [(lead.end(), lines[0][1]) if lead else lines[0], *lines[1:]]
    # (values alone: lines of keys and values, "bet_1 = 15%", are read by their keys)
    if any(len(text[a:b].strip(" .")) > _TERSE or re.search(r"[:=]", text[a:b]) for a, b in lines):
        return []
    ends = [sum(widths[: i + 1]) for i in range(len(widths))]
    groups = list(zip([0, *ends[:-1]], ends, strict=True))
    # Which line is whose is told by the kinds of value alone: a question's lines share
    # one, and its neighbours' differ ("20% | 0% | 10% | 30% | 60% | no": which four
    # percents are the bets?).
    kinds = [{value_kind(text[slice(*lines[k])]) for k in range(i, j)} for i, j in groups]
    if any(len(k) > 1 for k in kinds) or any(
        a == b for a, b in zip(kinds, kinds[1:], strict=False)
    ):
        return []
    return [(lines[i][0], lines[j - 1][1]) for i, j in groups]


def _without_lead_in(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs less a lead-in that answers nothing, a paragraph or the first line of
    one: it is no part, and must not take the first question's place and shift every part
    after it ("Let's think this through carefully." over three answers)."""
    if len(paragraphs) > 1 and _LEAD_IN.fullmatch(text, *paragraphs[0]):
        return paragraphs[1:]
    if paragraphs:
        start, end = paragraphs[0]
        line = re.match(r"[^\n]*\n\s*", text[start:end])
        if line and _LEAD_IN.fullmatch(text, start, start + len(line.group().rstrip())):
            return [(start + line.end(), end), *paragraphs[1:]]
    return paragraphs


def value_kind(value: str) -> str:
    """The kind of a terse value: an amount by its unit, a bare number, or words."""
    if "%" in value or "percent" in value:
        return "percent"
    if "$" in value or "dollar" in value:
        return "dollars"
    return "number" if re.fullmatch(r"[ \t.]*\d+(?:\.\d+)?[ \t.]*", value) else "words"


def _one_line_parts(
    text: str, start: int, end: int, widths: tuple[int, ...]
) -> list[tuple[int, int]]:
    """A line's parts between " / ", ";", " | ", " || ", a dash or a comma, one per question;
    or one per field, in field order ("3 | 0% | 10% | 20% | 70% | no"), a question's fields
    together."""
    count = len(widths)
    separators = (r"\s/\s", r";", r"\s\|\s", r"\s\|\|\s", _DASH, _COMMA, _ARROW, _SENTENCE_END)
    for separator in separators:
        cuts = [m.span() for m in re.compile(separator).finditer(text, start, end)]
        if separator == _ARROW and all(_key_to_amount(text, *cut) for cut in cuts):
            continue  # "2 -> 40%, 3 -> 60%": each arrow ties an option to its amount
        if count > 1 and len(cuts) == sum(widths) - 1 and separator != _SENTENCE_END:
            # Keep the cuts between questions, not those between one question's fields.
            between = [sum(widths[: i + 1]) - 1 for i in range(count - 1)]
            cuts = [cuts[i] for i in between]
        if len(cuts) == count - 1:
            edges = [start, *(x for cut in cuts for x in cut), end]
            parts = list(zip(edges[::2], edges[1::2], strict=True))
            # (Sentences, or clauses between dashes or commas, are parts only when each is
            # a terse answer: "3. 0%/0%/0%/100%. yes.", "3, 0% 10% 30% 60%, no", not prose.)
            short = all(len(text[a:b].strip(" .")) <= _TERSE for a, b in parts)
            # (Between commas, neighbours differ in kind too, "3, 0% 10% 30% 60%, no"; not a
            # list of like values, "(1, 2, 3)".)
            kinds = [value_kind(text[a:b].strip(" ()[]{}")) for a, b in parts]
            if separator == _COMMA and any(x == y for x, y in zip(kinds, kinds[1:], strict=False)):
                continue
            if separator not in (_SENTENCE_END, _DASH, _COMMA, _ARROW) or short:
                return parts
    return []


# A dash between spaces ("3 — then 0%, 0%, 15%, 85% — no"), not a range's ("2-3"), nor
# one that pairs a number with an amount ("2 - 45%, 3 - 55%").
_DASH = r"[ \t](?:-{1,2}|–|—)[ \t](?!\$?\d)"
# An arrow between spaces ("3 -> 0 5 25 70 -> no"; the answer's arrows are "->" by now).
_ARROW = r"[ \t](?:->|=>)[ \t]"
# ... that pairs an option with its amount instead ("2 -> 40%, 3 -> 60%").
_KEY_BEFORE = re.compile(r"(?:^|[^\w.%$])(?:\d|[a-z]{3,5})$")
_AMOUNT_AFTER = re.compile(r"[ \t]*\$?\d+(?:\.\d+)?[ \t]*%?(?=[ \t]*(?:[,;.]|and\b|$))")


def _key_to_amount(text: str, start: int, end: int) -> bool:
    return bool(_KEY_BEFORE.search(text, 0, start) and _AMOUNT_AFTER.match(text, end))


# A comma ("3, 0% 10% 30% 60%, no"), not a decimal one ("22,5%").
_COMMA = r",(?!\d)"
# A sentence's end inside a line; the parts between such ends, each this short at most.
_SENTENCE_END = r"\.[ \t]+(?=\S)"
_TERSE = 24


def lead_value(text: str, starts: list, names: list[str]) -> tuple[int, int] | None:
    """(start, end) of a terse value before the first label when that label is the second
    question's and the first has none ("3. Bets: 0: 0%, ... Knowledge: no"): the first
    question's answer, by its place."""
    first = min(starts)
    if len(names) < 2 or first[2] != names[1]:
        return None
    if any(name == names[0] for _, _, name, _ in starts):
        return None
    if re.fullmatch(r"\s*2\s*[.)]\s*", text[: first[0]]):
        # "2. Bets" (a heading "### 2. Bets"): the label's own number, no prior
        return None
    value = re.fullmatch(r"\s*(?P<value>[^\n:]*?)[ \t.,;\u2014-]*", text[: first[0]])
    if not value or not value["value"] or len(value["value"].split()) > _LEAD_WORDS:
        return None
    return value.span("value")


_LEAD_WORDS = 3
