"""Where an answer's structure, not its wording, says which phrase it gives.

Answers that weigh several phrases (a discussion, shares or ranks over the options) give
one only when they mark it: a conclusion that closes the weighing ("Final: ...", "So the
answer: ..."), or the first place of a ranking whose first label is the top ("Most likely:
A. Next: B."). Both are read here, before the phrase reader's sentence-by-sentence
reading; an answer that marks nothing is left to it (and a list is no choice there).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_markers import ANSWER_MARKER, answer_span, earlier_answers
from .phrase_context import (
    NOT_SAID_BEFORE,
    REJECTED_BEFORE,
    alone_in_its_sentence,
    weighed_among,
)
from .phrase_forms import Choice, PhraseOption, choice_of, phrase_regex
from .readers import CLEAR, LOOSE, Unreadable

# A conclusion that closes the weighing before it: what follows it is the answer.
_CONCLUSION = re.compile(
    r"\b(?:(?:my|the)\s+)?final(?:ly)?(?:\s+(?:answer|choice|pick|verdict|pick|response))?"
    r"(?:\s+(?:is|would be|will be))?|"
    r"\b(?:so|thus|therefore|hence|overall|in the end|ultimately)?,?\s*(?:the|my)\s+"
    r"(?:answer|choice|pick|verdict)(?:\s+(?:is|would be|will be)|\s*(?=:))|"
    r"\b(?:in the end|ultimately|all things considered|on balance)\b|"
    # (after a comma too: "..., so: It was good")
    r"(?:^|(?<=[\n.!?,;]))[ \t]*(?:so|thus|therefore|hence)[ \t]*:|"
    r"\bi(?:'ll|'d| will| would)\s+(?:go|settle)\s+(?:with|on)\b|"
    # the weighing closed by elimination ("That leaves 'A', ...", "by elimination: A")
    # (a loose reading; not what it "leaves out", "off the table")
    r"(?P<left>\b(?:that|which|this)\s+leaves(?:\s+(?:us|me))?(?:\s+with)?(?:\s+only)?"
    r"(?=[ \t:]*[\"'])|\bby\s+elimination\b)|"
    r"(?P<other_words>"
    # "The one that fits two hearts is ...", "Most likely: ..." (a loose reading)
    # (its clause may hold a name's apostrophe and an aside: "that best fits Ann's goal
    # (kind and honest)")
    r"\bthe\s+(?:one|sentence|option|phrase)\s+(?:that|which)\s+"
    r"(?:[^.!?\n\"']|(?<=\w)'(?=\w)){0,100}?"
    r"\s(?:is|would be)\b|"
    r"(?:^|(?<=[\n.!?]))[ \t]*(?:most likely|likeliest|best fit|my pick)[ \t]*:)"
)
# After a phrase an elimination names: set aside, not left as the answer ("... out").
_LEFT_ASIDE = re.compile(r"[\"'.,!]*\s+(?:out|off|aside|behind|unsaid)\b")
# After two phrases offered, a lean to one of them by its place ("but mostly the first").
_LEAN = re.compile(
    r"\b(?:mostly|probably|more likely|most likely|rather|preferably|leaning|lean(?:ing)?\s+"
    # (anyone's pick: "I'd say", "Larry would probably pick"; not "wouldn't")
    r"(?:to|towards?)|(?:'d|\bwould|\bwill|'ll)\s+(?:(?:probably|likely|rather)\s+)?"
    r"(?:say|pick|choose|go with|opt for)|prefer(?:ring)?)\s+(?:to(?:ward)?s?\s+)?(?:the\s+)?"
    r"(?P<place>first|former|second|latter)\b"
    # ... or the place named, then said likelier ("the latter is more like what she'd say",
    # "the first one sounds more likely"; not "the latter is less likely")
    r"|\bthe\s+(?P<place_first>first|former|second|latter)(?:\s+(?:one|1))?\s+(?:is|seems|"
    r"sounds|feels|would be)\s+(?:much\s+|far\s+|a lot\s+)?(?:more|most|likelier|"
    r"the (?:more|most|likelier|better)|better|closer)\b"
)
# A ranking's label before a phrase ("Most likely:", "Next:", "2nd -"); the top one.
_RANK_LABEL = re.compile(
    r"(?:^|[.!?;\n][\"']?)[ \t]*(?P<label>[a-z0-9][a-z0-9 ()~'-]{0,30}?)[ \t]*[:-][ \t]*[\"']?$"
)
# ... or in prose, words of a ranking in the phrase's clause ('Most likely "A", then "B",
# and least likely "C"').
_PROSE_RANK = re.compile(
    r"(?:^|[.!?;,\n][\"']?)[ \t]*(?P<label>(?:(?:and|but)\s+)?(?:(?:then|next)(?:\s+(?:maybe|"
    r"perhaps|possibly))?|followed by|after that|(?:the\s+)?(?:most|least|less|second most|"
    r"next most)\s+likely(?:\s+(?:is|would be))?|(?:the\s+)?likeliest(?:\s+is)?|last(?:ly)?|"
    r"finally))[ \t]*[:-]?[ \t]*[\"']?$"
)
# (not "next most likely", "second most likely": places below the top)
# (nor "at first", "first thought/draft": a place in time, the start of a revision)
_TOP = re.compile(
    r"(?<!next )(?<!second )\b(?:most|best|top|(?<!at )first(?!\s+(?:thought|instinct|"
    r"impression|draft|attempt|try|version|pass|reaction|take|guess|go)\b)|1st|likeliest|"
    r"highest|number 1|#1)\b"
)


def concluded(text: str, options: tuple[PhraseOption, ...]) -> Choice | None:
    """The phrase the answer's last conclusion gives, when the weighing before it is
    closed by it: one phrase in what the conclusion points at, not rejected there, no
    other phrase after it, and no other given as an answer before it (a sentence of its
    own that is no question, or what an answer marker points at: "It was good. Final
    answer: It was amazing", "I'd say 'A' ... I'll go with 'B'" revise)."""
    markers = list(_CONCLUSION.finditer(text))
    if not markers:
        return None
    regex = phrase_regex(options)
    start, end = answer_span(text, markers[-1].end())
    inside = [choice_of(m, options, CLEAR) for m in regex.finditer(text, start, end)]
    if len({c.label for c in inside}) != 1:
        return None
    chosen = inside[0]
    before = text[start : chosen.start] + " "
    if REJECTED_BEFORE.search(before.rstrip()) or NOT_SAID_BEFORE.search(before):
        return None
    if weighed_among(text[markers[-1].end() : chosen.start]):
        # "the choice is between 'A' and 'B'": the marker opens the weighing, it closes
        # nothing (with the second candidate cut off by the token limit, one is left)
        return None
    others = [choice_of(m, options, CLEAR) for m in regex.finditer(text)]
    if any(c.label != chosen.label for c in others if c.start >= end):
        return None
    if markers[-1]["left"] and _LEFT_ASIDE.match(text, chosen.end):
        return None  # 'That leaves "A" out': set aside, not what is left
    if _OR_ANOTHER_QUOTE.match(text, chosen.end):
        # '"It was terrible" or "It wasn't great"': a second sentence offered beside it,
        # whether or not of the set, leaves the conclusion no single phrase
        raise Unreadable("the answer offers a second sentence beside its conclusion's")
    for c in others:
        if c.start < markers[-1].start() and c.label != chosen.label and _asserted(text, c):
            return None
    earlier = [
        c for c in earlier_answers(text, markers[-1].start(), others) if not _taken_back(text, c)
    ]
    if any(c.label != chosen.label for c in earlier):
        # 'I'd say "A" ... I'll go with "B"': an answer given before the conclusion and then
        # revised; the phrase reader weighs it beside the conclusion (two answers conflict)
        return None
    if (
        any(c.label != chosen.label for c in others)
        or markers[-1]["other_words"]
        or markers[-1]["left"]
    ):
        return replace(chosen, grade=LOOSE)
    return chosen


def closing_line(text: str, options: tuple[PhraseOption, ...]) -> Choice | None:
    """A phrase alone in the answer's last paragraph, after a paragraph of reasoning that
    weighed phrases without giving one ("... the candidates are 'A' and 'B'. ...\n\nA."):
    the weighing closed by its outcome; a loose reading. Not after an answer marker or an
    earlier phrase given as a sentence of its own (two answers), nor after a list."""
    paragraphs = re.split(r"\n[ \t]*\n", text.rstrip())
    if len(paragraphs) < 2 or ANSWER_MARKER.search(text):
        return None
    last = paragraphs[-1]
    start = len(text.rstrip()) - len(last)
    regex = phrase_regex(options)
    match = re.fullmatch(r"[\s\"'.!]*(?P<p>.+?)[\s\"'.!]*", last)
    if not match or not regex.fullmatch(match["p"]):
        return None
    reasoning = paragraphs[-2]
    # (reasoning is prose, not a list whose lines are phrases)
    if len(reasoning.split()) < 12 or any(
        regex.fullmatch(line.strip(" \t\"'.!-*")) for line in reasoning.split("\n")
    ):
        return None
    chosen = choice_of(regex.match(text, start + match.start("p")), options, LOOSE)
    others = [choice_of(m, options, CLEAR) for m in regex.finditer(text, 0, start)]
    if any(c.label != chosen.label and _asserted(text, c) for c in others):
        return None
    # (with no other phrase weighed the phrase reader reads the answer as it stands)
    return chosen if any(c.label != chosen.label for c in others) else None


# After a phrase: "or" and another quoted sentence ('... "A" or maybe "B"').
_OR_ANOTHER_QUOTE = re.compile(
    r"[\"'\u201d]?\s*,?\s*\bor\s+(?:(?:maybe|perhaps|possibly|even|else)\s+)*[\"'\u201c]"
)


# Right after a phrase: a hesitation and a verdict on it ('"It was amazing"... hmm, that
# overshoots', "It was bad - no, that's too harsh"): given, then taken back.
_TAKEN_BACK = re.compile(
    r"[\"'.!]*\s*(?:\.{3}|…|,|-+)?\s*(?:(?:hmm+|no|wait|actually|nah)[,.!]*\s*)+"
    r"(?:that|it|this)(?:'s|\s+is|\s+would be|\s+might be)?\s+(?:overshoots|undershoots|"
    r"too\b|goes too far|overstates|understates|oversells|undersells|wrong|not right)"
)


def _taken_back(text: str, choice: Choice) -> bool:
    return bool(_TAKEN_BACK.match(text, choice.end))


def _asserted(text: str, choice: Choice) -> bool:
    """A phrase given as a sentence of its own, not asked ("'It was good'?")."""
    if not alone_in_its_sentence(text, choice):
        return False
    after = re.match(r"[\"'\s]*(?P<mark>[.!?\n:]|$)", text[choice.end :])
    return bool(after) and after["mark"] not in ("?", ":")


# A heading that says the numbered list under it runs from the likeliest down.
_ORDERED_HEADING = re.compile(
    r"\b(?:most|likeliest)\b[^\n]{0,30}\bto\s+(?:the\s+)?least\b|"
    # "most likely first", "likeliest on top", "from most probable down"
    r"\b(?:most\s+(?:likely|probable)|likeliest)\s+(?:one\s+)?(?:first|on top|at the top|down)\b|"
    r"\b(?:in (?:descending )?order of|ranked by)\s+(?:likelihood|probability)\b"
)


def ordered_first(text: str, options: tuple[PhraseOption, ...]) -> Choice | None:
    """The first item of a list (numbered 1., 2., ..., bulleted or one a line) of phrases
    whose heading says it runs from the likeliest down ("Ranked from most to least
    likely:"); a loose reading. A list whose heading says nothing of an order is no choice
    (phrases.py)."""
    items = []
    for match in phrase_regex(options).finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        marker = re.fullmatch(
            r"[ \t]*(?:(?P<number>\d+)[.)]|[-*\u2022])?[ \t]*[\"'*]*",
            text[line_start : match.start()],
        )
        if not marker:
            return None
        items.append((marker["number"], line_start, choice_of(match, options, LOOSE)))
    if len({c.label for *_, c in items}) < 2 or items[0][0] not in ("1", None):
        return None
    if len({number is None for number, *_ in items}) > 1:
        return None  # bullets and numbers mixed: not one list
    heading = text[: items[0][1]].rstrip().rsplit("\n", 1)[-1]
    return items[0][2] if _ORDERED_HEADING.search(heading) else None


def ranked_first(text: str, options: tuple[PhraseOption, ...]) -> Choice | None:
    """The first phrase of a ranking: every phrase after a label of its own, the first
    label the top ("Most likely: A. Next: B. Least likely: C"), no other label the top.
    A loose reading: a ranking says which is likeliest, as its label says."""
    regex = phrase_regex(options)
    ranked = []
    for match in regex.finditer(text):
        label = _RANK_LABEL.search(text, 0, match.start())
        if not label or label.end() != match.start():
            label = _PROSE_RANK.search(text, 0, match.start())
        if ranked and _SAME_RANK.fullmatch(text, ranked[-1][1].end, match.start()):
            # ('Less likely: "B" (30%) or "C" (20%)': joined to the one before, its place)
            ranked.append((ranked[-1][0], choice_of(match, options, LOOSE)))
            continue
        if not label or label.end() != match.start():
            return None
        ranked.append((label["label"], choice_of(match, options, LOOSE)))
    if len(ranked) < 2 or len({c.label for _, c in ranked}) < 2:
        return None
    top = [c.label for label, c in ranked if label == ranked[0][0]]
    if len(set(top)) > 1:
        return None  # "Most likely: A or B": two at the top
    if not _TOP.search(ranked[0][0]) or any(_TOP.search(label) for label, _ in ranked[len(top) :]):
        return None
    return ranked[0][1]


# Between two phrases under one ranking label: a share perhaps, then "or", "and" or a comma.
_SAME_RANK = re.compile(
    r"[\"'*]*[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?"
    r"(?:,[ \t]*(?:(?:or|and)[ \t]+)?|(?:or|and)[ \t]+)[\"'*]*"
)


def leaned(text: str, options: tuple[PhraseOption, ...]) -> Choice | None:
    """Of two phrases offered, the one a lean after them names by its place ("Either A or
    B, but mostly the first"); a loose reading."""
    phrases = [choice_of(m, options, LOOSE) for m in phrase_regex(options).finditer(text)]
    if len(phrases) != 2 or phrases[0].label == phrases[1].label:
        return None
    lean = _LEAN.search(text, phrases[1].end)
    if not lean:
        return None
    place = lean["place"] or lean["place_first"]
    return phrases[0] if place in ("first", "former") else phrases[1]
