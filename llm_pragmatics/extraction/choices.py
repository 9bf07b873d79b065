"""Readers of choices: a yes/no answer, one of a closed set of phrases, a factor of one.

The phrases, their factors and the words of the statement a "yes" makes come from the study
definition; the English around them (negation, hedges, answer markers, fillers such as
"really") is the library's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fields import Field
from .readers import CLEAR, DIRECT, LOOSE, SECTION, Found
from .text import words


class Unreadable(ValueError):
    """The text answers the field but gives no single value (a list of candidates, say);
    the message says why. The field stays empty and is not sent to the extraction model."""


# --- Yes or no ----------------------------------------------------------------------------

_YES = r"yes|yeah|yep|yup|aye|true|correct|absolutely|definitely|certainly|of course"
_NO = (
    r"no|nope|nah|false|not really|not exactly|definitely not|certainly not|absolutely not|"
    r"of course not"
)
_LIKELY_NO = r"probably not|likely not|most likely not|unlikely|not likely|i don't think so"
_LIKELY_YES = r"probably|likely|most likely|very likely|highly likely|i think so|i believe so"
_FIRST = re.compile(
    rf"^[\s\"'(\[]*(?:(?P<no>{_NO})|(?P<likely_no>{_LIKELY_NO})|(?P<yes>{_YES})|"
    rf"(?P<likely_yes>{_LIKELY_YES}))\b(?P<rest>.*)",
    re.DOTALL,
)
# An answer that says the question cannot be decided.
_UNDECIDED = re.compile(
    r"^[\s\"'(\[]*(?:not sure|unsure|uncertain|unclear|maybe|perhaps|possibly|it depends|"
    r"depends|hard to (?:say|tell)|can't (?:say|tell)|partially|partly|somewhat|sort of|"
    r"kind of|unknown|n/a|i don't know|don't know|hmm)\b"
)
_NEGATION = (
    r"(?:doesn't|don't|didn't|can't|couldn't|won't|wouldn't|isn't|wasn't|aren't|hasn't|"
    r"haven't|hadn't|shouldn't|mustn't|not|never|no way|unlikely|doubt(?:ful)?|hardly|"
    r"barely|without)"
)
_PARTIAL = re.compile(r"\b(?:only|just|partially|partly|some|half)\W*$")
_FIRST_PERSON = re.compile(r"(?:^|[^\w'])(?:i|we)\s+(?:\w+\s+){0,2}$")
_CLAUSE = re.compile(
    r"[.;!?\n]|(?:,\s*|\s)(?:but|although|though|yet|however|whereas|while)\b|"
    r",\s*(?:so|because|since|as)\b"
)
_HEDGE = re.compile(
    r"\b(?:not sure|unsure|uncertain|unclear|whether|if|might|may|could|possibly|perhaps|"
    r"maybe|hard to (?:say|tell))\b"
)


def _statements(text: str, field: Field) -> list[Found]:
    """Yes or no from statements of the claim ("she doesn't know exactly" = no; "he knows
    exactly how many" = yes). Statements by the one answering ("I don't know") are their
    own uncertainty, not an answer; a claim limited to part ("only knows about one") is
    no claim either way."""
    claim = field.params["claim"]
    specific = "|".join(field.params.get("specific") or [r"(?!)"])
    found = []
    for verb in re.finditer(rf"\b(?:{claim})\b", text):
        sentence_end = re.compile(r"[.!?\n]").search(text, verb.end())
        if sentence_end and sentence_end.group() == "?":
            continue  # a question, not a statement ("Do you think she knows exactly?")
        clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, verb.start())), default=0)
        before = text[clause_start : verb.start()]
        after = text[verb.end() : verb.end() + 60]
        after = _CLAUSE.split(after)[0]
        if _FIRST_PERSON.search(before) or _PARTIAL.search(before) or re.match(r"\s*only\b", after):
            continue
        negated = re.search(rf"\b{_NEGATION}\b(?:\W+[\w']+){{0,3}}\W*$", before)
        hedged = _HEDGE.search(before)
        if negated and not re.search(r"\b(?:not sure|unsure|whether|if)\b", before):
            found.append(Found("no", verb.start(), verb.end(), CLEAR))
        elif not negated and not hedged and re.match(rf"\s*(?:\w+\s+){{0,2}}(?:{specific})", after):
            found.append(Found("yes", verb.start(), verb.end(), CLEAR))
    return found


def read_yes_no(text: str, field: Field, scope: str) -> list[Found]:
    """A yes/no answer (a yes_no reader: `claim`, the verb of what a yes claims, and
    `specific`, the words that make a statement the question's claim).

    In its section the first word decides ("Yes", "No, she only saw one", "Probably not");
    an answer that starts undecided ("not sure", "maybe") is no answer. Elsewhere, and in a
    section without a yes or no word, statements of the claim decide; in an unlabelled
    answer also a sentence that starts with "Yes," or "No,"."""
    if scope == SECTION:
        # An answer may repeat its question first ("Does he know exactly? No.").
        echo = re.match(r"[^?\n]*\?\s*(?=\S)", text)
        if echo and _FIRST.match(text[echo.end() :]):
            text = " " * echo.end() + text[echo.end() :]
        first = _FIRST.match(text)
        if first:
            rest = first["rest"]
            if re.match(r"\s*(?:and|or|/)\s*(?:no|yes)\b", rest):
                return [Found("yes", 0, len(text), DIRECT), Found("no", 0, len(text), DIRECT)]
            kind = next(k for k in ("no", "likely_no", "yes", "likely_yes") if first[k])
            value = "yes" if "yes" in kind else "no"
            if kind == "likely_yes" and not re.match(r"\s*[,.:;!-]?\s*(?:yes\b|$)", rest):
                # "Probably, since ..." is not a yes; "likely that she knows" is read below.
                return _statements(text, field)
            grade = DIRECT if kind in ("yes", "no") else LOOSE
            start = first.start(kind)
            return [Found(value, start, first.end(kind), grade)]
        if _UNDECIDED.match(text):
            return []
        return _statements(text, field)
    found = _statements(text, field)
    for match in re.finditer(r"(?:^|[.!?]\s+|\n)\W*(?:(?P<yes>yes)|(?P<no>no))[,.!:;-]", text):
        value = "yes" if match["yes"] else "no"
        found.append(Found(value, match.start(value), match.end(value), LOOSE))
    return sorted(found, key=lambda f: f.start)


# --- One of a closed set of phrases, and its factors -------------------------------------

# Words a speaker puts inside a phrase without changing which phrase it is.
_FILLERS = (
    r"really|very|so|that|too|truly|pretty|quite|absolutely|totally|just|all|actually|simply|"
    r"honestly|genuinely|completely|entirely|utterly|particularly|especially|extremely|"
    r"incredibly|super|overall|definitely|certainly|rather|fairly|somewhat|still|even|"
    r"a bit|a little|kind of|sort of|that much|all that"
)
_BETWEEN = rf"[\s,]+(?:(?:{_FILLERS})[\s,]+){{0,3}}"
# A phrase whose first word is a pronoun may name its subject ("the cake was good").
_PRONOUNS = {"it", "this", "that", "they", "he", "she"}
_SUBJECT = r"(?:it|this|that|[a-z]+'s\s+\w+|(?:the|your|his|her|their|my|our)\s+\w+(?:\s+\w+)?)"
# What comes before a phrase that the answer does not choose.
_REJECTED_BEFORE = re.compile(
    r"(?:\bnot|n't|\brather than|\binstead of|\bthan|\bavoid(?:ing)?|\bnor|\bneither|"
    r"\beither|\bor|\bvs\.?|\bversus|\bunlike)\s+(?:(?:just|simply|even|maybe|perhaps|possibly)\s+)?"
    r"(?:say(?:ing)?\s+)?"
    r"(?:that\s+)?[\"']?$"
)
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:saying|to say|say|says|if)\s*:?\s*[\"']?$")
_HYPOTHETICAL_AFTER = re.compile(
    r"^[\"'.,!]*\s*(?:would|could|might|may|is|sounds|seems|feels|was|will|can)\b"
)
_ALTERNATIVE_AFTER = re.compile(r"^[\"'.,!]*\s*(?:or|vs\.?|versus)\b")
_ANSWER_MARKER = re.compile(
    r"\b(?:answer|response|reply|choice|verdict|conclusion|final|"
    r"(?:would|will|might|could|'d|should)\s+(?:\w+\s+){0,2}(?:say|tell|reply|respond|go with|"
    r"choose|pick|answer|opt for)|says?|said|choose|chose|pick|go with|utterance)\b\W*|:\s*$"
)
_CHOSEN_AFTER = re.compile(
    r"^[\"'.!]*\s*(?:<-+|←|✓|✔|\((?:my |the )?(?:answer|choice|chosen|pick)\)|"
    r"-+\s*(?:my |the )?(?:answer|choice|chosen))"
)
SHORT_ANSWER_WORDS = 8


def _phrase_pattern(text: str) -> str:
    tokens = words(text)
    first = _SUBJECT if tokens[0] in _PRONOUNS else re.escape(tokens[0])
    body = _BETWEEN.join([first, *(re.escape(t) for t in tokens[1:])])
    return rf"(?<![\w'])(?:{body})(?![\w'-])"


@lru_cache(maxsize=64)
def _phrase_regex(options: tuple[tuple[str, str], ...]) -> re.Pattern:
    alternatives = "|".join(
        f"(?P<o_{i}>{_phrase_pattern(text)})" for i, (_, text) in enumerate(options)
    )
    return re.compile(alternatives)


def _options_of(field: Field) -> tuple[tuple[str, str], ...]:
    return tuple((o["label"], o["text"].lower()) for o in field.params["options"])


@lru_cache(maxsize=4096)
def _phrases(text: str, options: tuple[tuple[str, str], ...]) -> tuple[Found, ...]:
    """The phrases the answer states as its choice, by option label.

    Phrases the answer rejects ("rather than 'it was terrible'"), weighs ("saying 'it was
    bad' would hurt") or puts aside in parentheses do not count. After an answer marker
    ("I'd say", "Answer:") only the first phrase after the last marker counts. A list of
    several phrases with none marked as the answer is no choice (Unreadable)."""
    regex = _phrase_regex(options)
    asides = [(m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)]
    candidates, listed = [], []
    for match in regex.finditer(text):
        label = next(options[int(k[2:])][0] for k, v in match.groupdict().items() if v)
        before = text[max(0, match.start() - 40) : match.start()]
        before = re.split(r"[.!?\n]", before)[-1]
        after = text[match.end() : match.end() + 30]
        if _CHOSEN_AFTER.match(after):
            return (Found(label, match.start(), match.end(), CLEAR),)
        if any(s < match.start() < e for s, e in asides):
            continue
        if _REJECTED_BEFORE.search(before) or _ALTERNATIVE_AFTER.match(after):
            listed.append(match)
            continue
        if _HYPOTHETICAL_BEFORE.search(before) and _HYPOTHETICAL_AFTER.match(after):
            continue
        candidates.append(Found(label, match.start(), match.end(), CLEAR))
    if not candidates:
        if len({m.group() for m in listed}) > 1:
            raise Unreadable("the answer weighs several phrases without choosing one")
        return ()
    markers = [m.end() for m in _ANSWER_MARKER.finditer(text)]
    after_marker = [c for c in candidates if markers and c.start >= markers[-1]]
    if after_marker:
        return (after_marker[0],)
    distinct = {c.value for c in candidates}
    if len(distinct) == 1:
        only = candidates[0]
        whole = re.fullmatch(r"[\s\"'.!]*(?P<p>.*?)[\s\"'.!]*", text)
        if whole and whole["p"] == text[only.start : only.end]:
            return (Found(only.value, only.start, only.end, DIRECT),)
        return (only,)
    on_own_lines = [c for c in candidates if _alone_on_its_line(text, c)]
    if len({c.value for c in on_own_lines}) > 1:
        raise Unreadable("the answer lists several phrases without choosing one")
    lines = [line for line in text.splitlines() if line.strip()]
    last = [c for c in candidates if c.start >= text.rfind(lines[-1])] if lines else []
    if len({c.value for c in last}) == 1 and len(lines) > 1:
        # Reasoning that weighs the phrases, then the answer on a line of its own.
        return (Found(last[0].value, last[0].start, last[0].end, LOOSE),)
    return tuple(candidates)


def _alone_on_its_line(text: str, found: Found) -> bool:
    """Whether the phrase is all its line says (besides a list marker and punctuation)."""
    start = text.rfind("\n", 0, found.start) + 1
    end = text.find("\n", found.end)
    line = text[start : end if end >= 0 else len(text)]
    rest = line.replace(text[found.start : found.end], " ", 1)
    return not re.sub(r"^\s*(?:\d+[.)]|[a-h][.)]|\(\w\))|[\W_]", "", rest).strip()


def read_phrase(text: str, field: Field, scope: str) -> list[Found]:
    """The option of a closed set of phrases the answer chooses (a phrase reader:
    `option_set`, an option set of the study's probabilities block); the value is the
    option's label."""
    return list(_phrases(text, _options_of(field)))


def _level_words(field: Field) -> dict[str, set[str]]:
    """Level -> the words every phrase with that level has and not every phrase has."""
    options = field.params["options"]
    everywhere = set.intersection(*(set(words(o["text"].lower())) for o in options))
    levels: dict[str, set[str]] = {}
    for option in options:
        level = str(option["levels"][field.params["factor"]])
        found = set(words(option["text"].lower())) - everywhere
        levels[level] = levels[level] & found if level in levels else found
    return levels


def read_factor(text: str, field: Field, scope: str) -> list[Found]:
    """A factor of the chosen phrase (a factor reader: `option_set`, `factor`, and
    `values`, the field's value for each level when it is not the level itself).

    The level of the phrase the answer chooses; in a short answer that is no whole phrase
    ("Amazing!", "It wasn't ..."), the level whose own words it has."""
    values = field.params.get("values") or {}
    levels = {o["label"]: str(o["levels"][field.params["factor"]]) for o in field.params["options"]}
    chosen = _phrases(text, _options_of(field))
    if len({f.value for f in chosen}) > 1:
        shown = "; ".join(dict.fromkeys(text[f.start : f.end] for f in chosen))
        raise Unreadable(f"conflicting answers ({shown})")
    if chosen:
        return [
            Found(values.get(levels[f.value], levels[f.value]), f.start, f.end, f.grade)
            for f in chosen
        ]
    if len(words(text)) > SHORT_ANSWER_WORDS:
        return []
    found = []
    for level, own in _level_words(field).items():
        spans = [re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", text) for w in sorted(own)]
        if own and all(spans):
            start, end = min(s.start() for s in spans), max(s.end() for s in spans)
            found.append(Found(values.get(level, level), start, end, LOOSE))
    return found
