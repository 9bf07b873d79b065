"""Objects an answer is written as, as the "key: value" lines every reader reads.

A JSON object or a Python dict (one line a key, a nested object on its key's line), JSON
Lines (an object a line), an object that is one name and its value ({"question": 2,
"answer": ...}), records that pair an option with its amount ({"option": 1, "bet": 25}),
and a label naming a range of options over as many values ("bets 0 to 3:
0, 40, 45, 15"). (Runs last in text.normalise, on the lower-cased text.)
"""

from __future__ import annotations

import ast
import json
import re

from .delimited import CHOICE_HEADER
from .layouts import INFERRED

# Names that name an object or an element ("<field name="prior">", {"question": 2, ...}),
# and names that hold its value ("<bet outcome="1" value="90"/>", {"answer": 3}).
NAMING = {"name", "key", "id", "label", "field", "question", "title", "q"}
HOLDING = {"value": "", "amount": "", "answer": "", "bet": "", "percent": "%", "a": ""}


def flatten_json(text: str) -> str:
    """An answer written as a JSON object or a Python dict, as "key: value" lines: one line
    per key, a nested object on its key's line ("bets: 0: 5%, 1: 10%"); an object keyed 1,
    2, ... as "answer 1: ...", "answer 2: ...". Text that is no object is left as it is."""
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        return text
    first, last = text.rfind("[", 0, start), text.find("]", end)
    if first >= 0 and last > end and not text[first + 1 : start].strip():
        records = _object(text[first : last + 1])
        if isinstance(records, list) and records and all(isinstance(r, dict) for r in records):
            lines = [line for record in _chosen(records) for line in object_lines(record)]
            return text[:first] + "\n".join(lines) + INFERRED + text[last + 1 :]
    data = _object(text[start : end + 1])
    if not isinstance(data, dict):
        return _json_records(text)
    before = text[:start] + ("\n" if text[:start].strip() else "")
    return before + "\n".join(object_lines(data)) + text[end + 1 :]


# Outside quotes, the words of JSON and Python for true, false and nothing.
_LITERAL_WORD = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|\b(true|false|null|none)\b")
_PYTHON_WORD = {"true": "True", "false": "False", "null": "None", "none": "None"}


def _object(text: str):
    """The JSON object, or Python dict (single quotes, numbers as keys), the text is; else
    None. (The text is lower case: Python's True is "true" here.)"""
    try:
        return json.loads(text)
    except ValueError:
        pass
    python = _LITERAL_WORD.sub(
        lambda m: _PYTHON_WORD[m.group(1)] if m.group(1) else m.group(), text
    )
    try:
        return ast.literal_eval(python)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None  # ("{[1]: 2}": a key that cannot be one)


def _chosen(records: list[dict]) -> list[dict]:
    """The records a key naming the choice marks true ({"text": ..., "selected": true}),
    that key left out, when it marks some and not others; else every record."""
    for key in records[0]:
        flags = [r.get(key) for r in records]
        if CHOICE_HEADER.fullmatch(str(key)) and all(isinstance(f, bool) for f in flags):
            if any(flags) and not all(flags):
                return [{k: v for k, v in r.items() if k != key} for r in records if r[key]]
    return records


def _flagged(value) -> bool:
    """A list of records that each flag, under a key naming the choice, whether chosen
    (all false or all true too: then no record is singled out, a list)."""
    if not (isinstance(value, list) and len(value) > 1):
        return False
    if not all(isinstance(r, dict) and r for r in value):
        return False
    return any(
        CHOICE_HEADER.fullmatch(str(key)) and all(isinstance(r.get(key), bool) for r in value)
        for key in value[0]
    )


def _json_records(text: str) -> str:
    """JSON Lines (an object a line, two or more) as the lines of each object. Which
    object answers what is read from its keys: an inference."""
    lines = text.split("\n")
    records = {i: _object(line.strip()) for i, line in enumerate(lines)}
    records = {i: r for i, r in records.items() if isinstance(r, dict) and r}
    if len(records) < 2:
        return text
    for i, record in records.items():
        lines[i] = "\n".join(object_lines(record))
    return "\n".join(lines) + INFERRED


def _named_value(data: dict) -> str | None:
    """An object that is one name and its value ({"name": "prior", "value": 3}, {"question":
    2, "answer": ...}) as a "name: value" line: a name of words is the name; a number
    keeps its key ("question 2")."""
    if len(data) != 2:
        return None
    names = [k for k in data if str(k) in NAMING]
    values = [k for k in data if str(k) in HOLDING]
    if len(names) != 1 or len(values) != 1 or isinstance(data[names[0]], dict | list):
        return None
    name = str(data[names[0]])
    name = name if re.match(r"[a-z]", name) else f"{names[0]} {name}"
    return f"{name}: {_json_inline(data[values[0]])}"


# Keys for what the speaker says, and for what she thinks but does not say: beside the
# first, the second is her real opinion, no answer ({"thinks": ..., "says": ...}).
_SAID_KEY = re.compile(r"(?:speaker[ _])?(?:says|said|would[ _]say|utterance|spoken|out[ _]loud)")
_THOUGHT_KEY = re.compile(
    r"(?:speaker[ _])?(?:thinks|thought|thoughts|believes|feels|(?:real|true|honest|private)"
    r"[ _](?:opinion|view|feelings?|thoughts?)|inner[ _](?:thoughts?|voice))"
)


def object_lines(data: dict) -> list[str]:
    named = _named_value(data)
    if named is not None:
        return [named]
    if any(_SAID_KEY.fullmatch(str(k)) for k in data):
        said = {k: v for k, v in data.items() if not _THOUGHT_KEY.fullmatch(str(k))}
        if len(said) < len(data):
            # (which key is the answer is read from the keys' names: an inference)
            return [*object_lines(said), INFERRED.strip("\n")]
    keys = [str(k) for k in data]
    numbered = len(keys) > 1 and keys == [str(i) for i in range(1, len(keys) + 1)]
    lines = []
    for key, value in data.items():
        name = f"answer {key}" if numbered else str(key).replace("_", " ")
        if (
            isinstance(value, dict)
            and len(value) == 1
            and not _keyed_by_options(value)
            and not _has_dict(value)
        ):
            # One name inside another says what kind of value it is: the names joined, the
            # inner one as an aside ("question 1 (count): 3", "after (answer): no"). That
            # the outer name is the question is an inference.
            ((inner, single),) = value.items()
            inner = str(inner).replace("_", " ")
            if _CONTAINER.fullmatch(name):
                # (... unless the outer one only holds values, "[answers]" over "prior = 3":
                # then the inner one is the question)
                lines.append(f"{inner}: {_json_inline(single)}{INFERRED}")
                continue
            lines.append(f"{name} ({inner}): {_json_inline(single)}{INFERRED}")
        elif isinstance(value, dict) and (_has_dict(value) or not _keyed_by_options(value)):
            lines += [f"{name}:", *object_lines(value)]
        elif _flagged(value):
            # {"candidates": [{"text": ..., "chosen": true}, ...]}: records under a key, with
            # a flag, a record a line as the top-level list is read: the ones marked, or all
            # of them when none is singled out (an inference)
            kept = [line for record in _chosen(value) for line in object_lines(record)]
            lines += [f"{name}:", *kept, INFERRED.strip("\n")]
        else:
            lines.append(f"{name}: {_json_inline(value)}")
    return lines


# Names that hold values and say nothing of which question they answer.
_CONTAINER = re.compile(
    r"(?:my |the )?(?:answers?|responses?|results?|outputs?|values|fields|data)"
)


def _keyed_by_options(data: dict) -> bool:
    """An object whose keys are short labels ("0", "1", "a"): one line of "key: value"."""
    return all(len(str(k)) <= 2 for k in data)


def _has_dict(data: dict) -> bool:
    return any(isinstance(v, dict) for v in data.values())


def _json_inline(value) -> str:
    named = _named_value(value) if isinstance(value, dict) else None
    if named is not None:
        # (a record of a name and its value inside a list, {"q": 1, "a": 3}: by inference)
        return named + INFERRED
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_json_inline(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_json_inline(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


# A label that names a range of options over a list of values, one each ("bets 0 to 3: 0,
# 40, 45, 15", "bets (0-3): 5% / 15% / 60% / 20%").
_RANGED_LIST = re.compile(
    r"(?m)^(?P<label>[a-z][a-z ]{0,30}?)[ \t]*\(?(?P<first>\d)[ \t]*(?:to|-|through)[ \t]*"
    r"(?P<last>\d)\)?[ \t]*[:=][ \t]*(?P<values>[^\n:=]+?)[ \t.]*$"
)
# ... or that lists its options, the values in as many places after it ("bets 0/1/2/3 =
# 0/10/60/30 %", "bets (0, 1, 2, 3): 5, 10, 60, 25"), a line or a clause of one.
_LISTED_OPTIONS = re.compile(
    r"(?m)(?:^|(?<=;))(?P<lead>[ \t]*)(?P<label>[a-z][a-z ]{0,30}?)[ \t]*\(?"
    r"(?P<options>\d(?:[ \t]*[,/][ \t]*\d)+)\)?[ \t]*[:=][ \t]*(?P<values>[^\n:;=]+?)[ \t.]*(?=;|$)"
)
_AMOUNT = re.compile(r"\$?\d+(?:\.\d+)?%?")


def ranged_lists(text: str) -> str:
    """A list of values under a label that names a range of options, or lists them, each
    value paired with its option when they are as many ("bets: 0: 0, 1: 40, 2: 45, 3:
    15"). That the values run in the options' order is an inference."""

    def paired(label: str, options: list[str], values: str) -> str | None:
        values = values.strip()
        if re.fullmatch(r"\[[^\[\]]*\]|\([^()]*\)|\{[^{}]*\}", values):
            values = values[1:-1].strip()  # (a list in brackets: "= [0, 5, 35, 60]")
        values = re.split(r"[ \t]*[,/;][ \t]*", values)
        if values[-1].endswith("%") and not any("%" in v for v in values[:-1]):
            values = [v.rstrip("%") + "%" for v in values]  # "0/10/60/30 %": a unit for all
        if len(values) != len(options) or len(values) < 2 or len(set(options)) < len(options):
            return None
        if not all(_AMOUNT.fullmatch(v) for v in values):
            return None
        listed = ", ".join(f"{o}: {v}" for o, v in zip(options, values, strict=True))
        return f"{label}: {listed}{INFERRED}"

    def ranged(match: re.Match) -> str:
        options = [str(o) for o in range(int(match["first"]), int(match["last"]) + 1)]
        return paired(match["label"], options, match["values"]) or match.group()

    def listed(match: re.Match) -> str:
        options = re.split(r"[ \t]*[,/][ \t]*", match["options"])
        pairs = paired(match["label"], options, match["values"])
        return match["lead"] + pairs if pairs else match.group()

    return _LISTED_OPTIONS.sub(listed, _RANGED_LIST.sub(ranged, text))


# Records of two keys, one naming an option by a short label and one holding its amount,
# written one after the other in either order: JSON's list of objects once flattened
# ("option: 0, bet: 5, option: 1, bet: 10"), a YAML list of maps ("- option: 0" over
# "amount: 5"), "{option: 0 percent: 5}". Which key names the option is read from its
# value (a number or a letter), not from a list of names.
# ("percent" is "%" by now: "option: 0 percent: 5" reads "option: 0%: 5")
_AMOUNT_KEY = "|".join([*HOLDING, "probability", "chance", "share", "stake", "wager", "%"])
_LABEL = r"(?P<label>\d{1,2}|[a-z])\b"
_VALUE = r"(?P<amount>\$?\d+(?:\.\d+)?%?)(?![\d.])"
_BETWEEN = r"[ \t]*[,;]?\s*"
_OPTION_PAIR = rf"(?P<name>[a-z]{{1,12}})[ \t]*[:=][ \t]*{_LABEL}"
_AMOUNT_PAIR = rf"(?P<key>{_AMOUNT_KEY})[ \t]*[:=][ \t]*{_VALUE}"
_OPTION_FIRST = re.compile(rf"\b{_OPTION_PAIR}{_BETWEEN}{_AMOUNT_PAIR}")
_AMOUNT_FIRST = re.compile(rf"\b{_AMOUNT_PAIR}{_BETWEEN}{_OPTION_PAIR}(?!%)")


def option_records(text: str) -> str:
    """Records that pair an option with its amount, two or more with the same two keys, as
    "option 1: 25" items. That the short-valued key names the option is an inference."""
    # (the order the records are written in is the one whose first record starts first:
    # "bet: 0, state: 0, bet: 10, state: 1" is no "state: 0, bet: 10")
    orders = []
    for pattern in (_OPTION_FIRST, _AMOUNT_FIRST):
        records = [m for m in pattern.finditer(text) if m["name"] not in HOLDING]
        keys = [(m["name"], m["key"]) for m in records]
        paired = {k for k in keys if keys.count(k) > 1}
        starts = [m.start() for m in records if (m["name"], m["key"]) in paired]
        if paired:
            orders.append((min(starts), pattern, paired))
    if orders:
        _, pattern, paired = min(orders, key=lambda order: order[0])

        def item(match: re.Match) -> str:
            if (match["name"], match["key"]) not in paired:
                return match.group()
            bare = re.fullmatch(r"[\d.]+", match["amount"])
            unit = "%" if bare and match["key"] in ("%", "percent") else ""
            return f"{match['name']} {match['label']}: {match['amount']}{unit}"

        return pattern.sub(item, text) + INFERRED
    return text
