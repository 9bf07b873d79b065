"""Keys joined to their values inside a notation's marks, as the "key: value" lines the
readers read.

However an answer writes its fields as data, each is a key, a separator and a value; the
notations differ only in the marks around the three. The marks go, the pair stays:

- markup that wraps a key or a value: BBCode's tags ("[b]Prior:[/b] 3", any tag the text
  closes), spoilers ("||3||"), a label in another script's brackets ("【Prior】3"), a form's
  box around a value ("0 -> [ 5 ]"), a wiki table's marks around its cells ("| 0 || 5%");
- a sigil before a key ("$prior: 3;", "@prior = 3") and a language's spelling of a boolean
  ("$false", ".false.", "#f", "<false/>");
- a key's words run together in camel case ("knowsExactly", "betOn0": split before the
  text is lower-cased);
- pairs written as a notation's own element: a tag pair ('[Prior "3"]'), a key element
  before a value element ("<key>Prior</key><integer>3</integer>"), a two-item tuple of a
  name and a value ("{prior, 3}", "(0, 5)" in a list of such), a template's parameter
  ("| prior = 3"), a session's prompt over its value (">>> prior" over "3"), a ledger's
  posting ("bets:exactly1   5.00 usd");
- a record written on one line ("Answer { prior = 2, bets = [...], knows = false }",
  "{prior: 3, bet0: 0, ...}", "list(prior = 3, ...)"): its items, each a key and a value,
  one a line.

Which key answers which question stays the readers' to say (a line whose key names no
field is read as no field's). Only forms that occur at least twice, or a record of two
items or more, are rewritten: one bracketed pair alone may be prose. (Runs on the
lower-cased text, first in notations.name_value_notations; camel_case_keys before it.)
"""

from __future__ import annotations

import re

from .literals import closing_bracket, top_level_items

_AMOUNT = r"-?\$?\d+(?:\.\d+)?%?"
_QUOTED = r"\"[^\"\n]{0,40}\"|'[^'\n]{0,40}'"
_KEY = r"[a-z][\w.-]{0,40}"

# A key's words in camel case ("knowsExactly", "betOn0", "speakerKnowsExactly"): two lower
# case letters or more before the first capital, so that names ("McDonald", "iPhone",
# "YouTube") stay as they are; a key before its separator, or after the colon that marks
# a key (":betOn0 5 ;"), not a function's name ("mapOf(").
_CAMEL_KEY = re.compile(
    r"(?<![\w])(?:(?<=:)[a-z]{2,}[a-z0-9]*[A-Z]\w*"
    r"|[a-z]{2,}[a-z0-9]*[A-Z]\w*(?=[ \t]*(?::|=|->|<-|</)))"
)


def camel_case_keys(text: str) -> str:
    """Each word in camel case with its words apart by "_" ("knows_exactly", "bet_on_0"),
    as a key in snake case is written (run before the text is lower-cased)."""

    def split(match: re.Match) -> str:
        return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Za-z])(?=\d)", "_", match.group())

    return _CAMEL_KEY.sub(split, text)


# Brackets of other scripts around a label at a line's start ("【Prior】3", "〔Bets〕...").
_SCRIPT_LABEL = re.compile(
    r"(?m)^(?P<lead>[ \t]*)[【〔〖〘《〈](?P<label>[^】〕〗〙》〉\n]{1,40})[】〕〗〙》〉]"
    r"[ \t]*(?=\S)"
)
# A spoiler ("||3||", "||no||", ">!yes!<"), not in a table's row.
_SPOILER = re.compile(r"(?m)^(?![ \t]*\|)[^\n]*")
_SPOILED = re.compile(r"\|\|(?=\S)(?P<value>[^|\n]{1,60}?)(?<=\S)\|\||>!(?P<reddit>[^\n]{1,60}?)!<")
# A form's box around a value after a separator ("0 -> [ 5 ]", "prior: [3]").
_BOXED_VALUE = re.compile(
    rf"(?<=[:=>])(?P<lead>[ \t]*)\[[ \t]*(?P<value>{_AMOUNT}|yes|no|true|false)[ \t]*\]"
    r"(?![\w{(\[])"
)
# A sigil before a key at a line's start ("$prior: 3;", "@bet_1 = 5", "%answer = (", a
# property's ":prior: 2", a custom property's "--bet-1: 5%;").
# (A colon only before a key closed by its own colon: ":answer :prior 3" is Turtle's.)
_SIGIL = re.compile(
    rf"(?m)^(?P<lead>[ \t]*)(?:(?:[$@%&]+|--)(?={_KEY}[ \t]*(?::|=|->))|:(?={_KEY}:\s))"
)
# A language's boolean: PowerShell's "$false", Fortran's ".false.", Scheme's "#f", a
# property list's "<false/>".
_BOOLEAN = re.compile(
    r"(?<![\w$.#])(?:[$#](?P<a>true|false)\b|\.(?P<b>true|false)\.|#(?P<c>[tf])\b|"
    r"<(?P<d>true|false)[ \t]*/>)"
)
# A tag pair as a chess game's header writes it ('[prior "3"]'), alone on its line.
_TAG_PAIR = re.compile(
    rf"(?m)^(?P<lead>[ \t]*)\[(?P<key>{_KEY})[ \t]+\"(?P<value>[^\"\n]*)\"\][ \t]*$"
)
# A key element before its value element ("<key>prior</key><integer>3</integer>").
_ELEMENT_PAIR = re.compile(
    rf"<(?P<tag>key|name|field|label)>[ \t]*(?P<key>{_KEY})[ \t]*</(?P=tag)>\s*"
    r"(?:<(?P<type>[a-z]+)>[ \t]*(?P<value>[^<>\n]{1,40}?)[ \t]*</(?P=type)>|(?P<bool>true|false))"
)
# A two-item tuple in braces of a name and a value ("{prior, 3}", "{knowledge, yes}"); not
# words in round brackets ("(honest, harsh)": an aside).
_NAMED_TUPLE = re.compile(
    rf"\{{[ \t]*(?P<key>{_KEY})[ \t]*,[ \t]*"
    rf"(?P<value>{_AMOUNT}|yes|no|true|false|{_QUOTED})[ \t]*\}}"
)
# A list of three or more tuples of an option's number and an amount ("[(0, 5), (1, 35),
# ...]").
_NUMBERED_TUPLE = rf"[({{][ \t]*\d{{1,2}}[ \t]*,[ \t]*{_AMOUNT}[ \t]*[)}}]"
_TUPLE_LIST = re.compile(rf"{_NUMBERED_TUPLE}(?:[ \t]*,[ \t]*{_NUMBERED_TUPLE}){{2,}}")
# A template's parameter ("| prior = 3", "|bet_1=10%"); not a table's row ("| p = 1 | 5% |").
_PARAMETER = re.compile(rf"(?m)^(?P<lead>[ \t]*)\|[ \t]*(?={_KEY}[ \t]*=[^|\n]*$)")
# A session's prompt before a name alone (">>> prior", "julia> bets", "iex(3)> knows"), and
# the value the session printed on the line below.
_PROMPT_PAIR = re.compile(
    rf"(?m)^[ \t]*(?:>>>|[a-z]{{1,8}}(?:\(\d+\))?>)[ \t]*(?P<key>{_KEY})[ \t]*(?:#[^\n]*)?\n"
    r"[ \t]*(?P<value>(?!>>>)[^\n]{1,80})$"
)
# A ledger's posting: an account's path, its names apart by colons, then the amount after
# two spaces or more ("  bets:exactly1   5.00 usd").
_POSTING = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?P<key>[a-z][\w-]*(?::[a-z][\w-]*)+)(?:[ \t]{2,}|\t)(?=-?\$?\d)"
)
# A wiki table: opened by "{|", closed by "|}", rows apart by "|-", a header's cells after
# "!" apart by "!!", a row's after "|" apart by "||".
_WIKI_TABLE = re.compile(r"(?ms)^[ \t]*\{\|[^\n]*\n(?P<body>.*?)^[ \t]*\|\}[ \t]*$")
# A float written with its point and no decimals ("0.", "18."), in a list.
_BARE_POINT = re.compile(r"(?<=\d)\.(?=[ \t]*[,\])}])")
# A list whose items are apart by semicolons in bars ("[| 0; 0; 10; 90 |]", F#'s array).
_BARRED_LIST = re.compile(rf"\[\|[ \t]*(?P<items>{_AMOUNT}(?:[ \t]*;[ \t]*{_AMOUNT})+)[ \t]*\|\]")
# A record on one line: a name (or none) and its items in brackets.
_RECORD = re.compile(r"(?P<name>[a-z][\w.]{0,30}[ \t]*)?(?P<open>[{(\[])")
_ITEM = re.compile(rf"(?:{_KEY}|'{_KEY}'|\"{_KEY}\"(?=[ \t]*(?:=|->)))[ \t]*(?::=|=|->|:|<-)")


def unwrapped_pairs(text: str) -> str:
    """The text with every key and value freed of the marks around them, as "key: value"."""
    text = _WIKI_TABLE.sub(_wiki_table, text)
    closed = set(re.findall(r"\[/([a-z]{1,10})\]", text))
    if closed:  # BBCode: the tags the text closes, and a list's items
        names = "|".join(map(re.escape, closed))
        text = re.sub(rf"\[/?(?:{names})(?:=[^\]\n]{{0,30}})?\]", "", text)
        text = re.sub(r"\[\*\]", "- ", text) if "list" in closed else text
    text = _SPOILER.sub(lambda line: _SPOILED.sub(_spoiled, line.group()), text)
    text = _SCRIPT_LABEL.sub(r"\g<lead>\g<label>: ", text)
    text = _BOXED_VALUE.sub(r"\g<lead>\g<value>", text)
    text = _BOOLEAN.sub(_boolean, text)
    text = _twice(_SIGIL, r"\g<lead>", text)
    text = _twice(_TAG_PAIR, r"\g<lead>\g<key>: \g<value>", text)
    text = _twice(_PARAMETER, r"\g<lead>", text)
    text = _twice(_ELEMENT_PAIR, _element_pair, text)
    text = _twice(_PROMPT_PAIR, _prompt_pair, text)
    text = _twice(_POSTING, _posting, text)
    text = _TUPLE_LIST.sub(_tuple_list, text)
    text = _twice(_NAMED_TUPLE, r"\n\g<key>: \g<value>\n", text)
    text = _BARRED_LIST.sub(lambda m: "[" + re.sub(r"[ \t]*;[ \t]*", ", ", m["items"]) + "]", text)
    return "\n".join(_record_lines(line) for line in text.split("\n"))


def _twice(pattern: re.Pattern, replacement, text: str) -> str:
    """The text with the pattern replaced where it matches twice or more."""
    return pattern.sub(replacement, text) if len(pattern.findall(text)) >= 2 else text


def _boolean(match: re.Match) -> str:
    word = match["a"] or match["b"] or match["d"] or {"t": "true", "f": "false"}[match["c"]]
    return word


def _spoiled(match: re.Match) -> str:
    return match["value"] or match["reddit"]


def _element_pair(match: re.Match) -> str:
    return f"\n{match['key']}: {match['value'] or match['bool']}\n"


def _prompt_pair(match: re.Match) -> str:
    value = _BARE_POINT.sub("", match["value"].strip())
    return f"{match['key']}: {value}"


def _wiki_table(match: re.Match) -> str:
    """A wiki table as a markdown table's rows ("! outcome !! bet" -> "| outcome | bet |")."""
    rows = []
    for line in match["body"].split("\n"):
        line = line.strip()
        if line.startswith(("!", "|")) and not line.startswith("|-"):
            cells = re.split(r"!!|\|\|", line[1:])
            rows.append("| " + " | ".join(cell.strip() for cell in cells) + " |")
            if line.startswith("!") and len(rows) == 1:  # (a header: a rule under it)
                rows.append("|" + "---|" * len(cells))
    return "\n".join(rows)


def _posting(match: re.Match) -> str:
    """A posting's account as words, a number apart ("bets:exactly1" -> "bets exactly 1:")."""
    key = re.sub(r"(?<=[a-z])(?=\d)", " ", match["key"].replace(":", " "))
    return f"{match['lead']}{key}: "


def _tuple_list(match: re.Match) -> str:
    pairs = re.findall(rf"[({{][ \t]*(\d{{1,2}})[ \t]*,[ \t]*({_AMOUNT})[ \t]*[)}}]", match.group())
    if len({key for key, _ in pairs}) < len(pairs):
        return match.group()
    return ", ".join(f"{key}: {value}" for key, value in pairs)


def _record_lines(line: str) -> str:
    """A line that holds a record ("answer { prior = 2, bets = [...], knows = false }") with
    the record's items one a line, when two or more of them are a key and a value."""
    for match in _RECORD.finditer(line):
        close = closing_bracket(line, match.start("open"))
        if close is None:
            continue
        body = line[match.end("open") : close]
        if match["open"] == "(" and not re.search(r"[(\[{:]|->", body):
            continue  # (a call of plain "name=value" arguments: notations reads it)
        items = top_level_items(body.replace(";", ",").strip(" \t,"))
        if not items or len(items) < 2:
            continue
        pairs = [item for item in items if _ITEM.match(item)]
        if len(pairs) < 2 or len(pairs) < len(items) - 1:
            continue
        lines = [_ITEM.sub(lambda m: _key_of(m.group()), item, count=1) for item in items]
        before = line[: match.start()]
        return "\n".join([before.rstrip(), *lines, line[close + 1 :].strip(" \t;,.")])
    return line


def _key_of(item: str) -> str:
    """An item's key and separator as "key:"."""
    key = re.match(rf"['\"]?({_KEY})", item)[1]
    return f"{key}: "
