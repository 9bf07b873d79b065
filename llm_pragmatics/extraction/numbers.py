"""Readers of numbers: a count of objects, and an amount bet on one of a set of options.

Both are generic: the range of a count, the options and the words that also name an option
come from the field (the study definition); nothing here knows what is being counted.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fields import Field
from .readers import ANSWER, CLEAR, DIRECT, LOOSE, SECTION, Found

# A number as answers write it: "3", "33.3", ".5", "-5".
_NUMBER = r"(?P<sign>(?<![\w.])-)?(?P<value>\d+(?:\.\d+)?|\.\d+)(?![\d])(?!\.\d)"

# --- A count ------------------------------------------------------------------------------

# A number that is not an answer to "how many": a total ("of 3", "out of the 3"), a
# percentage or money, a time, a list marker, a part of a fraction's denominator.
_TOTAL_BEFORE = re.compile(r"(?:\bout\s+of|\bof|/)\s*(?:the\s+|all\s+)?$")
# (A number before a colon is a key, "0: 10%"; before an operator, arithmetic.)
_NOT_A_COUNT_AFTER = re.compile(r"^(?:\s*%|\s*:|\s*[*×+=/]\s*\d|(?:st|nd|rd|th)\b)")
# Words that say "how many" by the range: all of them is the maximum, none the minimum.
_ALL = re.compile(
    r"\ball\s+(?:(?P<n>\d+)(?:\s+of\s+(?:them|the\s+\w+))?|of\s+(?:them|the\s+\w+)|the\s+\w+)"
)
_NONE = re.compile(r"\b(?:none|not (?:a single )?one|not any)(?:\s+of\s+(?:them|the\s+\w+))?\b")
# In prose, a count is an answer only where the answer says it is one.
# In prose, a count is an answer only where the answer says it is one: "I'd say 2", "my
# guess is 3", "probably all three". Within a question's own part, also "the answer is 2"
# and "so 3".
_SAYS = (
    r"(?:i'd|i would|i'll|i will|i) (?:say|guess|estimate|expect|think|believe|assume|"
    r"predict|suspect|bet|go with)|(?:i'd|i would) have (?:said|guessed|thought|expected)|"
    r"my (?:guess|estimate|prior|belief|expectation|initial "
    r"(?:guess|answer|estimate))(?: is| would be| was|:)|my answer to (?:the first question|"
    r"question 1)(?: is| would be|:)|(?:most |highly |very )?(?:likely|probably)|"
    r"expect(?:ed|ing)?|assume"
)
_SAYS_IN_PART = _SAYS + (
    r"|(?:the |my )?(?:answer|estimate|guess)(?: is| would be|:)|so|thus|therefore|hence|"
    r"overall|in total"
)


def _said(says: str) -> re.Pattern:
    return re.compile(
        rf"\b(?:{says})\b[\s,:]*(?:that\s+)?(?:it(?:'s| is) )?(?:about |around |maybe |"
        r"probably |likely |only |just |exactly |that )*(?=(?P<said>[^.;!?\n]{0,40}))"
    )


_SAID_IN_ANSWER, _SAID_IN_PART = _said(_SAYS), _said(_SAYS_IN_PART)
# Between two candidates, these make an answer that is not one number ("2 or 3", "2-3").
_ALTERNATIVE = re.compile(r"^\s*(?:or|to|-|/|and|,)\s*(?:maybe\s+|possibly\s+|perhaps\s+)?$")


def _count_candidates(text: str, field: Field) -> list[Found]:
    """Every number in `text` that could answer "how many", with the quantifier words."""
    found = []
    for match in re.finditer(_NUMBER, text):
        before, after = text[max(0, match.start() - 12) : match.start()], text[match.end() :]
        if _TOTAL_BEFORE.search(before) or _NOT_A_COUNT_AFTER.match(after):
            continue
        if before.endswith("$") or re.search(r"(?:question|q|step|part|#)\s*$", before):
            continue
        value = float(match["value"]) * (-1 if match["sign"] else 1)
        found.append(Found(value, match.start(), match.end(), DIRECT))
    for match in _ALL.finditer(text):
        if match["n"] is None or float(match["n"]) == field.maximum:
            found.append(Found(field.maximum, match.start(), match.end(), CLEAR))
    for match in _NONE.finditer(text):
        found.append(Found(field.minimum, match.start(), match.end(), CLEAR))
    found.sort(key=lambda f: f.start)
    # "all 3": the quantifier and its number are one statement.
    return [f for f in found if not any(o is not f and o.start <= f.start < o.end for o in found)]


def _in_question(text: str, position: int) -> bool:
    """Whether the position is in a sentence that ends with a question mark."""
    end = re.compile(r"[.!?\n]").search(text, position)
    return bool(end) and end.group() == "?"


def _first_sentence(text: str) -> tuple[int, str]:
    """The text up to the end of its first sentence or line: where a label's answer is."""
    stripped = text.lstrip(" \t\n:-=\"'")
    offset = len(text) - len(stripped)
    end = re.search(r"(?<!\d)[.;!?](?:\s|$)|\n", stripped)
    return offset, stripped[: end.start() if end else None]


def read_count(text: str, field: Field, scope: str) -> list[Found]:
    """A whole number of objects (a count reader: `min`, `max` in the definition).

    In its section, the count that starts the first sentence ("3", "all three", "2 out of
    3") or that the first sentence says is the answer ("I'd say 2"); alternatives there
    ("2 or 3") are all returned. In an unlabelled answer, only a count the answer says is
    its answer ("I'd say two", "my guess is 3", "it is highly likely that all three ...")."""
    if scope == SECTION:
        offset, sentence = _first_sentence(text)
        candidates = _count_candidates(sentence, field)
        if candidates and not sentence[: candidates[0].start].strip(" \"'(["):
            first = candidates[0]
            chosen = [Found(first.value, first.start + offset, first.end + offset, first.grade)]
            for previous, candidate in zip(candidates, candidates[1:], strict=False):
                if not _ALTERNATIVE.match(sentence[previous.end : candidate.start]):
                    break
                start, end = candidate.start + offset, candidate.end + offset
                chosen.append(Found(candidate.value, start, end))
            return chosen
        paragraph = text[offset:].split("\n\n")[0]
        return [
            Found(x.value, x.start + offset, x.end + offset, CLEAR)
            for x in _said_counts(paragraph, field, _SAID_IN_PART)
        ]
    return [
        Found(x.value, x.start, x.end, LOOSE) for x in _said_counts(text, field, _SAID_IN_ANSWER)
    ]


def _said_counts(text: str, field: Field, said: re.Pattern) -> list[Found]:
    """Counts the text says are its answer: the count right after "I'd say", "my guess
    is", "probably" and the like; not in a question ("Do you think 2 ...?")."""
    found = []
    for match in said.finditer(text):
        if _in_question(text, match.start()):
            continue
        said = match["said"]
        candidates = _count_candidates(said, field)
        if candidates and not said[: candidates[0].start].strip(" ,\"'"):
            first, start = candidates[0], match.start("said")
            found.append(Found(first.value, start + first.start, start + first.end))
    return found


# --- An amount bet on an option ----------------------------------------------------------

_AMOUNT = (
    r"[\"']?(?P<dollar>\$)?\s?"
    + _NUMBER
    + r"\s?(?P<percent>%)?[\"']?(?!\w)(?!\s*(?:/\s*\d|:\d|of\b|out of\b))"
)
_NOTHING = r"(?P<nothing>nothing|no money|not a (?:cent|dollar|penny))"
_CONNECT = (
    r"\s*(?:each\s+)?(?:(?:goes|go|going|placed|put|bet|wagered|riding|stays?)\s+)?"
    r"(?:on|for|to|towards?)\s+(?:the\s+)?(?:options?\s+|outcomes?\s+|"
    r"states?\s+|answers?\s+|possibilit(?:y|ies)\s+|cases?\s+|scenarios?\s+)?(?:(?:that\s+)?"
    r"(?:exactly|only)\s+)?"
)
_CHANCE = r"\s*(?:chance|probability|likelihood|odds)\s+(?:that|of)\s+(?:exactly\s+|only\s+)?"
_REST = (
    r"(?:(?:all\s+)?the\s+)?(?:others?|rest|remaining(?:\s+(?:ones?|options?|outcomes?))?|"
    r"everything else|anything else|other (?:options?|outcomes?|ones?))\b"
)
_SEPARATOR = r"\s*(?P<sep>:|=|->|-|\||\bgets?\b|\breceives?\b|\bat\b|\bwith\b)\s*"


@lru_cache(maxsize=4096)
def _option_pattern(label: str, aliases: tuple[str, ...]) -> str:
    names = "|".join([re.escape(label), *aliases])
    return rf"(?<![\w.$%/-])[\"']?(?:{names})[\"']?(?![\w%]|\.\d)"


@lru_cache(maxsize=512)
def _bet_patterns(options: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, re.Pattern]:
    one = "(?:" + "|".join(_option_pattern(*o) for o in options) + ")"
    prefix = r"(?:(?:exactly|state|option|outcome|answer)\s+)?"
    listed = rf"{prefix}{one}(?:\s*(?:,|&|\+|\band\b)\s*(?:and\s+)?{prefix}{one})*"
    # Words naming the objects, and their total ("2 of the 3 jars", "3 phones with
    # burned-out transistors"), between an option and its amount.
    noun = (
        r"(?P<noun>(?:[ \t]+(?!on\b|for\b|gets?\b|and\b)[a-z'-]+|"
        r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+)?\d+){0,6}?)"
    )
    aside = r"(?:\s*\([^)\n]{0,60}\))?"
    amount = _AMOUNT
    return {
        # "0: 10%", "2 jars - 50%", "1 (one works): 10%", "3 phones with burned-out
        # transistors: $100", "0 and 1: 0%", '"2": 40'
        "option_first": re.compile(rf"(?P<options>{listed}){noun}{aside}{_SEPARATOR}{amount}"),
        # "$25 on option 1", "$0 on options 0, 1 and 2", "10% for 2", "a 30% chance that 2"
        "amount_first": re.compile(
            rf"(?:{amount}|{_NOTHING})(?:{_CONNECT}|{_CHANCE})(?P<options>{listed})"
        ),
        # "| 2 | 50% |"
        "table": re.compile(rf"\|\s*(?P<options>{one})[^|\n]{{0,40}}\|\s*{amount}\s*\|"),
        # "nothing on the others", "$10 on each of the rest"
        "rest": re.compile(rf"(?:{amount}|{_NOTHING}){_CONNECT}(?:each\s+of\s+)?{_REST}"),
        # "the others: 0%", "the rest get $0"
        "rest_first": re.compile(
            rf"{_REST}\s*(?:(?:each\s+)?(?:gets?|receives?|at|:|-|=)\s*)?(?:{amount}|{_NOTHING})"
        ),
    }


def _options(field: Field) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((o["option"], tuple(o.get("aliases", ()))) for o in field.params["options"])


@lru_cache(maxsize=2048)
def _read_bets(
    text: str, options: tuple[tuple[str, tuple[str, ...]], ...], scope: str, total: float | None
) -> tuple[tuple[int, Found], ...]:
    """(option index, Found) for every bet the text states."""
    patterns = _bet_patterns(options)
    labels = [re.compile(_option_pattern(*o)) for o in options]
    found: list[tuple[int, Found]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for kind, pattern in patterns.items():
        if kind.startswith("rest"):
            continue
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            explicit = bool(match["dollar"] or match["percent"] or match.groupdict().get("nothing"))
            if scope == ANSWER and not explicit:
                continue
            if (
                kind == "option_first"
                and not explicit
                and match["sep"] not in (":", "=", "->", "|")
            ):
                continue
            value = _amount(match)
            named = [i for i, label in enumerate(labels) if label.search(match["options"])]
            grade = DIRECT if kind == "option_first" and match["sep"] == ":" else CLEAR
            if kind == "option_first" and match["noun"].strip():
                grade = CLEAR
            # The value's own span: "40%" at the end of a cut answer is complete, "4" not.
            start, end = match.span("value") if match["value"] else match.span()
            found += [(i, Found(value, start, end, grade)) for i in named]
            taken.append((match.start(), match.end()))
    rests = [*patterns["rest"].finditer(text), *patterns["rest_first"].finditer(text)]
    for match in rests:
        if scope == ANSWER and not (match["dollar"] or match["percent"] or match["nothing"]):
            continue
        stated = {i for i, _ in found}
        for i in range(len(options)):
            if i not in stated:
                found.append((i, Found(_amount(match), match.start(), match.end(), CLEAR)))
    if not found and scope == SECTION:
        found = _in_order_amounts(text, len(options), total)
    return tuple(sorted(found, key=lambda pair: pair[1].start))


def _amount(match: re.Match) -> float:
    if match.groupdict().get("nothing") or match["value"] is None:
        return 0.0
    return float(match["value"]) * (-1 if match["sign"] else 1)


def _in_order_amounts(text: str, count: int, total: float | None) -> list[tuple[int, Found]]:
    """A bare list of as many amounts as there are options ("10%, 20%, 30%, 40%"), in
    option order, when it sums to the total: the layout the prompt asks for without the
    option labels."""
    line = text.strip().split("\n\n")[0]
    amounts = list(re.finditer(_AMOUNT, line))
    if len(amounts) != count or re.search(r"[a-z]{3,}", line):
        return []
    values = [_amount(m) for m in amounts]
    if total is None or abs(sum(values) - total) > 0.5:
        return []
    offset = text.index(line)
    return [
        (i, Found(v, m.start() + offset, m.end() + offset, LOOSE))
        for i, (v, m) in enumerate(zip(values, amounts, strict=True))
    ]


def read_bet(text: str, field: Field, scope: str) -> list[Found]:
    """The amount bet on one option (a bet reader: `option`, `min`, `max`).

    Reads the layouts answers use: "0: 10%", "2 jars - 50%", a table row, "$25 on option 1",
    "$0 on options 0, 1 and 2" (one amount for several), "10% for 2", "nothing on the
    others", and in its section a bare list of one amount per option. In an unlabelled
    answer an amount counts only with its unit (% or $)."""
    options = _options(field)
    index = [label for label, _ in options].index(str(field.params["option"]))
    total = field.params.get("total")
    return [f for i, f in _read_bets(text, options, scope, total) if i == index]
