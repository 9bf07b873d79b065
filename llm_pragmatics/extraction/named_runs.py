"""Runs of names paired with values in notations no reader knows, as objects.

Whatever the notation (a stylesheet's "bet-2: 8%;" lines, shell or container variables
"export stake_1=40", a probability's "p(x=2) = 90%", a calendar's "bet;option=1:20", an
array "bets = [0 5 35 60];" or "bets = listof(0, 60, 30, 10),"), it pairs a name with a
value: a name, a separator ("=", ":", "->"), a value, several on a line or one a line.
Names may carry an option's number ("bet_1", "bet1", "p(n=1)", "bet[1]", "bet;option=1").
A run of such lines is read into the object it stands for (numbered names under their
name, an array as a list) and written by objects.object_lines as the "key: value" lines
the readers read. Only runs that hold something no reader reads otherwise (numbered
names, three or more, all amounts; or an array of three or more numbers) are rewritten,
and that they are such objects is an inference, marked as such.
(Runs on the lower-cased text, in notations.name_value_notations.)
"""

from __future__ import annotations

import re

from .layouts import INFERRED
from .objects import object_lines

# An option's number inside a name: after a mark or none ("bet_1", "bet-1", "p1"), in
# brackets, alone or as a parameter ("bet(1)", "p(n=1)", "bet[option=1]"), or as a
# calendar's parameter ("bet;option=1").
_INDEX = (
    r"(?:(?P<mark>[-_.]?)(?P<i1>\d{1,2})"
    r"|(?P<open>[(\[])(?P<parameter>[a-z]{1,12}[ \t]*=[ \t]*)?(?P<i2>\d{1,2})[)\]]"
    r"|;[a-z]{1,12}=(?P<i3>\d{1,2}))"
)
_AMOUNT = r"\$?(?:\d+(?:\.\d+)?|\.\d+)%?"
# An array of bare amounts: in brackets or a call's brackets ("[0 5 35 60]", "listof(0,
# 60)", "c(0, 60)", "{0, 60}").
_ARRAY = rf"(?:[a-z]{{0,12}}\(|\[|\{{)[ \t]*{_AMOUNT}(?:[ \t]*[, \t][ \t]*{_AMOUNT})+[ \t]*[)\]}}]"
_VALUE = rf"(?P<array>{_ARRAY})|(?P<value>{_AMOUNT}|[a-z]+|\"[^\"\n]*\"|'[^'\n]*')"
# An item: a name, a separator ("=", ":", "->", an assignment's "<-" or ":="), a value;
# or a numbered name and an amount with spaces alone between them ("bet_2 40%").
_ITEM = re.compile(
    rf"(?P<name>[a-z]+(?:_[a-z]+)*){_INDEX}?[ \t]*(?P<sep>=|:|->|<-|:=)[ \t]*"
    rf"(?:{_VALUE})(?![\w.%$])"
)
_SPACED_ITEM = re.compile(
    rf"(?P<name>[a-z]+(?:_[a-z]+)*){_INDEX}[ \t]+(?P<value>{_AMOUNT})(?![\w.%$])"
)
# What may stand between items: spaces, a comma, a semicolon, a middle dot, a bar.
_BETWEEN = re.compile(r"[ \t]*[,;·•|]?[ \t]*")
# What may start a line of items: a command ("env", "export", "set") that starts other
# lines too, or a label (and an arrow) before two items or more ("fields -> prior: 3 ·
# bet(0): 0%"); what may end it: a separator, a comment ("% order: 0, 1, 2, 3", "// 0, 1,
# 2, 3", "# in percent").
_START = re.compile(r"[ \t]*(?P<word>[a-z]{2,12})[ \t]*(?P<mark>->|:)?[ \t]+")
_END = re.compile(r"[ \t]*(?P<mark>[,;]?[ \t]*(?:(?:%|//|#)[ \t][^\n]*)?)")


# An instruction that moves a value into a name, as assembly writes it ("mov prior, 3",
# "ld bet_2, 30"): the operands alone on the line, the value a number.
_INSTRUCTION = re.compile(
    rf"(?m)^[ \t]*(?P<word>[a-z]{{2,8}})[ \t]+(?P<name>[a-z][\w.-]{{0,30}})[ \t]*,[ \t]*"
    rf"(?P<value>{_AMOUNT})[ \t]*$"
)


def instructions(text: str) -> str:
    """Lines of one instruction word, three or more, that move a number into a name, as
    "name: number" lines: the word says nothing of the value. An inference."""
    words = [m["word"] for m in _INSTRUCTION.finditer(text)]
    moving = {word for word in words if words.count(word) >= 3}
    if not moving:
        return text

    def moved(match: re.Match) -> str:
        return f"{match['name']}: {match['value']}" if match["word"] in moving else match.group()

    return _INSTRUCTION.sub(moved, text) + INFERRED


# A sum of named terms equal to a sum of as many amounts, maybe to a total after ("P(0) +
# P(1) + P(2) + P(3) = 0% + 5% + 35% + 60% = 100%"): each term is paired with its amount.
_TERM = r"[a-z][a-z_]{0,12}(?:\([^()\n]{1,12}\)|\[[^\[\]\n]{1,12}\]|_?\d{1,2})"
_SUM_OF = r"(?P<{0}>{1}(?:[ \t]*\+[ \t]*{1})+)"
_SUMS = re.compile(
    rf"(?m)^(?P<lead>[ \t]*){_SUM_OF.format('terms', _TERM)}[ \t]*=[ \t]*"
    rf"{_SUM_OF.format('amounts', _AMOUNT)}(?P<total>[ \t]*=[ \t]*{_AMOUNT})?[ \t.]*$"
)


def summed_pairs(text: str) -> str:
    """Each sum of named terms equal to a sum of as many amounts as "term = amount" pairs
    ("p(0) = 0%, p(1) = 5%, ..."): the terms' order pairs them, an inference."""

    def paired(match: re.Match) -> str:
        terms = re.split(r"[ \t]*\+[ \t]*", match["terms"])
        amounts = re.split(r"[ \t]*\+[ \t]*", match["amounts"])
        if len(terms) != len(amounts) or len(set(terms)) < len(terms):
            return match.group()
        pairs = ", ".join(f"{t} = {a}" for t, a in zip(terms, amounts, strict=True))
        return match["lead"] + pairs + INFERRED

    return _SUMS.sub(paired, text)


def named_runs(text: str) -> str:
    """The text with each run of lines that pair names with values written as "key:
    value" lines, marked as read by inference, where the run holds what the readers do not
    read otherwise (see _object); other text is left as it is."""
    text = summed_pairs(instructions(text))
    lines, out, run = text.split("\n"), [], []
    starts = [m["word"] for m in map(_START.match, lines) if m]
    commands = {word for word in starts if starts.count(word) > 1}
    changed = False
    for line in [*lines, None]:
        pairs = _pairs(line, commands) if line is not None else None
        if pairs is not None:
            run.append((line, pairs))
            continue
        if run:
            data = _object([pair for _, found in run for pair in found])
            if data is None:
                out += [kept for kept, _ in run]
            else:
                out += object_lines(data)
                changed = True
            run = []
        if line is not None:
            out.append(line)
    return "\n".join(out) + INFERRED if changed else text


# An item: its name, the option's number in it (or None), its value (a list for an
# array), and whether the readers read it as it is written (a plain name, "bet_1",
# "bet(1)", on a line of nothing else).
Item = tuple[str, "str | None", object, bool]


def _pairs(line: str, commands: set[str]) -> list[Item] | None:
    """The line's items, when the line is nothing else (a command or a label before them, a
    separator or a comment after them); else None."""
    indent = len(line) - len(line.lstrip(" \t"))
    start = _START.match(line)
    for position in dict.fromkeys([indent, start.end() if start else indent]):
        prefixed, items = position != indent, []
        while item := _ITEM.match(line, position) or _SPACED_ITEM.match(line, position):
            items.append(_item(item))
            position = _BETWEEN.match(line, item.end()).end()
        position = len(line[:position].rstrip(" \t,;·•|"))
        end = _END.fullmatch(line, position)
        if not items or not end or (prefixed and start["word"] not in commands and len(items) < 2):
            continue
        # (a label and a colon before the items is the readers' own "bets: ..." layout;
        # numbered names, several on a line, they read only at a line's start)
        several = sum(index is not None for _, index, _, _ in items) > 1
        if (prefixed and start["mark"] != ":") or end["mark"].strip() or several:
            items = [(name, index, value, False) for name, index, value, _ in items]
        return items
    return None


def _item(match: re.Match) -> Item:
    item = match.groupdict()
    index = item["i1"] or item["i2"] or item["i3"]
    if item.get("array"):
        return item["name"], index, re.findall(_AMOUNT, item["array"]), False
    # (an assignment's "<-" or ":=" is no separator the readers know)
    plain = (
        match.re is _ITEM
        and item["sep"] not in ("<-", ":=")
        and item["i3"] is None
        and (
            index is None
            or item["mark"] in ("", "_")
            or (item["open"] == "(" and not item["parameter"])
        )
    )
    return item["name"], index, item["value"].strip("\"'"), plain


def _object(items: list[Item]) -> dict | None:
    """The object the items stand for, when they hold what the readers do not read as it is
    written (an array of three amounts or more, or numbered names written otherwise than
    "bet_1" or "bet(1)", or on lines with more than the items) and every numbered name
    holds three amounts or more; else None."""
    numbered: dict[str, dict[str, object]] = {}
    data: dict[str, object] = {}  # (in the answer's order)
    for name, index, value, _ in items:
        if index is None:
            if name in data:
                return None  # (a name given twice: no object)
            data[name] = value
            continue
        inner = numbered.setdefault(name, {})
        if data.setdefault(name, inner) is not inner:
            return None  # (a name both numbered and not)
        if (
            str(int(index)) in inner
            or not isinstance(value, str)
            or not re.fullmatch(_AMOUNT, value)
        ):
            return None
        inner[str(int(index))] = value
    if any(len(inner) < 3 for inner in numbered.values()):
        return None
    arrays = [v for v in data.values() if isinstance(v, list) and len(v) >= 3]
    if not numbered and not arrays:
        return None
    if all(plain for *_, plain in items):
        return None
    return data
