"""Literals of programming languages, as the plain lists and "name: value" lines the
readers read.

An array literal given as a value is its list whatever type or constructor stands before
its brackets ("[]int{0, 20, 45, 35}", "listOf(...)", "new[] {...}", "vec![...]"); a map of
spaced pairs (EDN's "{0 0, 1 20}") is pairs, its keywords (":prior 3") keys; a positional
record (a tuple, a constructor's arguments) whose comment names its items is those names
over its items. (Runs on the lower-cased text, first in notations.name_value_notations.)
"""

from __future__ import annotations

import re

from .layouts import INFERRED

# An array literal as a language writes it, a type or a constructor before its brackets
# ("[]int{0, 20, 45, 35}", "[4]float64{...}", "new int[] {...}", "new[] {...}",
# "listOf(...)", "List.of(...)", "vec![...]", "np.array([...])", "Array(...)"), given as a
# value (after ":", "=" or "->"): three amounts or more.
_LIST_OF_AMOUNTS = r"\$?\d+(?:\.\d+)?%?(?:[ \t]*,[ \t]*\$?\d+(?:\.\d+)?%?){2,}"
_ARRAY_LITERAL = re.compile(
    r"(?<=[:=>])(?P<lead>[ \t]*)"
    r"(?:new(?:[ \t]+[a-z]\w*)?[ \t]*\[\][ \t]*\{|(?:\[\d*\])+[a-z]\w*[ \t]*\{"
    r"|[a-z][\w.:]*(?:<[\w ,]*>)?(?:!?\[|\((?:[ \t]*\[)?))"
    rf"[ \t]*(?P<amounts>{_LIST_OF_AMOUNTS})[ \t]*(?:\][ \t]*\)|[\])}}])"
)


# A map whose keys stand before their values with a space alone, or "to", between, its
# pairs apart by commas (EDN's "{0 0, 1 20, 2 65, 3 15}", Kotlin's "mapOf(0 to 5, ...)"):
# three pairs or more.
_SPACED_PAIR = r"[a-z0-9]{1,2}[ \t]+(?:to[ \t]+)?\$?\d+(?:\.\d+)?%?"
_SPACED_MAP = re.compile(
    r"(?:\{|\b[a-z]*map(?:of)?\()[ \t]*"
    rf"(?P<pairs>{_SPACED_PAIR}(?:[ \t]*,[ \t]*{_SPACED_PAIR}){{2,}})[ \t]*[)}}]"
)


def array_literals(text: str) -> str:
    """Each array literal given as a value, written as the plain list it is ("[0, 20, 45,
    35]"): its type or constructor says nothing of what the values are; and each map of
    spaced pairs as pairs ("{0: 0, 1: 20, ...}")."""
    text = _ARRAY_LITERAL.sub(r"\g<lead>[\g<amounts>]", text)

    def paired(match: re.Match) -> str:
        pairs = [re.sub(r"\sto\s", " ", p).split() for p in match["pairs"].split(",")]
        if len({key for key, _ in pairs}) < len(pairs):
            return match.group()
        return "{" + ", ".join(f"{key}: {value}" for key, value in pairs) + "}"

    text = _SPACED_MAP.sub(paired, text)
    # (keywords as keys, ":prior 3 :knows :no", two or more: "prior: 3 knows: no")
    if len(_KEYWORD_KEY.findall(text)) >= 2:
        text = _KEYWORD_VALUE.sub(r"\g<name>", _KEYWORD_KEY.sub(r"\g<name>: ", text))
    return text


# A positional record (a tuple, a list, a constructor's arguments) alone on its line, maybe
# assigned, with a comment after it that names its items ("answers = (3, [0, 0, 0, 100],
# True)  # prior, bets, knowledge", "Answer(3, ...); // prior, bets, knows").
_COMMENTED_RECORD = re.compile(
    r"(?m)^[ \t]*(?:[a-z_][\w.<>\[\]():, ]{0,40}=[ \t]*)?"
    r"(?:new[ \t]+)?(?:[a-z_][\w.]*)?(?P<open>[(\[{])(?P<items>[^\n]+)[)\]}][ \t]*;?[ \t]*"
    r"(?:#|//|--|%|;)[ \t]*\(?(?:(?:in order|order|fields?|items?)[ \t]*:?[ \t]*)?"
    r"(?P<names>[a-z][\w ]{0,30}(?:[ \t]*[,/|][ \t]*[a-z][\w ]{0,30})+)\)?[ \t.]*$"
)


def commented_records(text: str) -> str:
    """Each positional record whose comment names its items, as many names as items, as
    "name: item" lines. That the comment names them in order is an inference."""

    def named(match: re.Match) -> str:
        items = top_level_items(match["items"])
        names = [n.strip() for n in re.split(r"[,/|]", match["names"])]
        if items is None or len(items) != len(names) or len(names) < 2:
            return match.group()
        return "\n".join(f"{n}: {i}" for n, i in zip(names, items, strict=True)) + INFERRED

    return _COMMENTED_RECORD.sub(named, text)


def top_level_items(text: str, separators: str = ",") -> list[str] | None:
    """The items of a list apart by its separators outside brackets and quotes; None when
    its brackets do not close."""
    items, depth, quote, start = [], 0, None, 0
    for i, char in enumerate(text):
        if quote:
            quote = None if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif char in separators and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
    items.append(text[start:].strip())
    items = [item for item in items if item] if separators != "," else items
    return items if depth == 0 and not quote and all(items) else None


# A record type declared with its fields' names in order ("data class Reply(val prior: Int,
# ...)", "type Reply struct { Prior int; ... }", "struct Reply { prior: u8, ... }",
# "(defrecord Reply [prior bets knows])", 'namedtuple("Reply", "prior bets knows")', a
# class's annotated lines "class Reply:" over "prior: int").
_DECLARED = re.compile(
    r"\b(?:class|struct|record|type|data|defrecord)[ \t]+(?P<name>[a-z_][\w-]*)"
    r"(?:[ \t]*=[ \t]*(?P=name))?[ \t]*(?:struct[ \t]*)?(?P<open>[(\[{]|:[ \t]*\n)"
    r"|namedtuple\([ \t]*[\"'](?P<tuple>[a-z_]\w*)[\"'][ \t]*,[ \t]*(?P<fields>[\"'][^\"'\n]*[\"'])"
)
_MODIFIER = re.compile(r"(?:(?:val|var|let|const|pub|public|private|readonly|final)[ \t]+)*")
_ANNOTATED = re.compile(r"(?:[ \t]+[a-z_]\w*[ \t]*:[^\n]*\n?)+")


def declared_records(text: str) -> str:
    """Each record built by position ("Reply(3, [0, 20, 45, 35], false)", "(->Reply 3 ...)")
    of a type the answer declares with as many fields, as "field: item" lines. That the
    items fill the fields in order is an inference (the language's own rule)."""
    for declared in _DECLARED.finditer(text):
        name, fields = declared["name"] or declared["tuple"], None
        if declared["fields"]:
            fields = re.split(r"[\s,]+", declared["fields"][1:-1].strip())
        elif declared["open"].startswith(":"):
            body = _ANNOTATED.match(text, declared.end())
            fields = [_field_name(line) for line in body.group().splitlines()] if body else None
        else:
            close = closing_bracket(text, declared.end() - 1)
            body = text[declared.end() : close] if close else ""
            fields = [_field_name(f) for f in re.split(r"[,;\n]", body) if f.strip()]
            if len(fields) == 1 and ":" not in body:
                fields = body.split()  # ("[prior bets knows]": names alone)
        if fields and len(fields) >= 2 and all(fields):
            return _built(text, declared.end(), name, fields)
    return text


def _field_name(field: str) -> str | None:
    match = re.match(r"[a-z_]\w*", field.strip()[_MODIFIER.match(field.strip()).end() :])
    return match.group() if match else None


def closing_bracket(text: str, start: int) -> int | None:
    """Where the bracket open at `start` closes."""
    depth = 0
    for i in range(start, len(text)):
        depth += (text[i] in "([{") - (text[i] in ")]}")
        if depth == 0:
            return i
    return None


_ASSIGNED = re.compile(r"[ \t]*(?:[a-z_][\w.:<>\[\] ]{0,40}?[ \t]*(?::=|=)[ \t]*)\Z")


def _built(text: str, after: int, name: str, fields: list[str]) -> str:
    """The text with the first record of the type built by position after its declaration
    written as its fields' lines."""
    built = re.compile(
        rf"(?P<clojure>\(->{re.escape(name)}[ \t]+)"
        rf"|(?<![\w-])(?:new[ \t]+)?{re.escape(name)}[ \t]*[({{]"
    )
    for match in built.finditer(text, after):
        opened = match.start() if match["clojure"] else match.end() - 1
        close = closing_bracket(text, opened)
        if close is None:
            continue
        body = text[match.end() : close]
        items = top_level_items(body, " \t\n" if match["clojure"] else ",")
        if not items or len(items) != len(fields):
            continue
        if any(re.match(r"[a-z_]\w*[ \t]*[:=](?!:)", item) for item in items):
            continue  # (named arguments: read as they are)
        lines = "\n".join(f"{f}: {i}" for f, i in zip(fields, items, strict=True))
        start = match.start()
        assigned = _ASSIGNED.search(text, text.rfind("\n", 0, start) + 1, start)
        start = assigned.start() if assigned else start  # ("r := Reply{...}": the line)
        return text[:start] + lines + INFERRED + text[close + 1 :]
    return text


# A keyword (EDN, Clojure, Ruby symbols) as a map's key, a value after it, or as a value.
_KEYWORD_KEY = re.compile(r"(?<=[{(\[\s,]):(?P<name>[a-z][\w?-]*)[ \t]+(?=[^\s}\]),])")
_KEYWORD_VALUE = re.compile(r"(?<=[:\s]):(?P<name>[a-z][\w?-]*)(?=[ \t]*[}\]),\n]|[ \t]*$)")
