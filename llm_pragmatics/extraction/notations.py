"""Notations that pair names with values, as the objects they stand for.

Every notation an answer is written in pairs a name with a value; they differ only in the
marks between them: "name=value" fields (a URL's query string "prior=3&bet0=0", a log
line's "[q2] bet[0]=0% bet[1]=5%", an INI or TOML file's "key = value" lines under
"[section]" headers), a command line's "--name value" options, function calls
("answer(prior=3, knows=no)", "bet(1, 10)."), an s-expression's "(name value)" lists, a
table constructor's bracketed keys ("[0] = 5") and lines keyed by a question's number and an
option together ("q2-0: 5%").
Each is read here into the nested object it stands for (a name over its value or over the
names inside it; an indexed name, "bet[0]", under its name; a name given twice with both
its values; a log tag that numbers a question, "[q2]", over the line's fields), and
objects.object_lines writes every one of them as the "key: value" lines the readers read,
nested names on lines of their own. Which name answers which question is still the
readers' to say; that the notation is such an object is an inference, marked as such.
(Runs on the lower-cased text, before objects.flatten_json.)
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

from .layouts import INFERRED
from .literals import array_literals, commented_records, declared_records
from .named_runs import named_runs
from .objects import object_lines
from .wrapped_pairs import unwrapped_pairs

# A name (words joined by "_", "-" or ".", an index in brackets after it: "bet[0]") and its
# value: quoted, or a run of characters up to a space, "&" or ";".
_NAME = r"[a-z][\w.-]{0,40}(?:\[\w{1,12}\])?"
_VALUE = r"\"[^\"\n]*\"|'[^'\n]*'|[^\s&;,=\"'\[\]]+"
_FIELD = re.compile(rf"(?P<name>{_NAME})[ \t]*=[ \t]*(?P<value>{_VALUE})")
# A log line's fields after what starts it: bracketed tags ("[q2]", "[info]"), a time.
# (A tag holds two characters or more: "[x]" is a ticked box.)
_LOG_START = re.compile(r"[ \t]*(?:\[[^\]\n]{2,30}\][ \t]*|\d[\d:.t-]{5,}z?[ \t]+)*")
# A log line's tag that numbers a question ("[q2]", "[question 3]"): the name its
# fields are under ("q2 (knows): no"); other tags ("[info]") name nothing.
_QUESTION_TAG = re.compile(r"[ \t]*\[(?P<name>(?:q|question|part)[ \t]*#?[ \t]*\d{1,2})\]")
# A command line's options, two or more, each a name and its value ("$ answer --prior 3
# --knows no", "--bet=10"), after the command's words.
_FLAG_TEXT = (
    r"--[a-z][\w-]{0,40}(?:[ \t]+|=)(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s&;=\"'\[\]-][^\s&;=\"'\[\]]*)"
)
_FLAG = re.compile(r"--(?P<name>[a-z][\w-]{0,40})(?:[ \t]+|=)(?P<value>\S+)")
_FLAGS = re.compile(
    rf"(?:\$[ \t]*)?(?:[\w./][\w./-]*[ \t]+){{0,3}}(?P<flags>{_FLAG_TEXT}(?:[ \t]+{_FLAG_TEXT})+)"
)
# A query string: fields joined by "&" (after a URL's "?", if any).
_PLAIN_FIELD = rf"{_NAME}[ \t]*=[ \t]*(?:{_VALUE})"
_QUERY = re.compile(rf"(?:\S*\?)?(?P<fields>{_PLAIN_FIELD}(?:&{_PLAIN_FIELD})+)")
# A section's header alone on its line: "[after]", "[knows_exactly]", "[answers.bets]".
_HEADER = re.compile(r"[ \t]*\[(?P<name>[a-z][\w.-]{0,40})\][ \t]*")


def name_value_notations(text: str) -> str:
    """The text with each notation that pairs names with values written as "key: value"
    lines (an s-expression, "name=value" fields of a query string, a log or an INI file),
    marked as read by inference; text in none of them is left as it is."""
    text = array_literals(commented_records(declared_records(unwrapped_pairs(text))))
    data = _s_expression(text.strip())
    if data is not None:
        return "\n".join(object_lines(data)) + INFERRED
    keyed = _question_option_keys(_BRACKETED_KEY.sub(r"\g<key> ", text))
    if keyed != text:
        return name_value_notations(keyed) + INFERRED
    text = named_runs(text)
    out, section, calls = [], None, None
    for line in text.split("\n"):
        header = _HEADER.fullmatch(line)
        fields = _fields(line)
        call = _call(line)
        if call is not None:
            if calls is None:  # (a run of calls is one object: "bet(0, 5)", "bet(1, 95)")
                calls = {}
                out.append((None, calls, line))
            _merge(calls, call)
            continue
        calls = None
        if header and not _FIELD.search(line):
            section = {}
            out.append((header["name"], section, line))
        elif fields is not None and section is not None and len(fields) == 1:
            section.update(fields)  # a key of the section above
        elif fields is not None and (len(fields) > 1 or _LOG_START.match(line).group()):
            section, tag = None, _QUESTION_TAG.match(line)
            out.append((tag["name"] if tag else None, fields, line))
        else:
            section = None if line.strip() else section
            out.append((None, None, line))
    if not any(body for _, body, _ in out):
        return text
    written = []
    for name, body, line in out:
        if not body:  # (a line of text, or a header over no keys)
            written.append(line)
        else:
            written += object_lines({name: body} if name else body)
    return "\n".join(written) + INFERRED


# A table constructor's key in brackets before its value ("{ [0] = 5, [1] = 95 }",
# '["2"] = 40', "[3] => 0"): the key itself; not an indexed name ("bet[0]=5"), not a box.
_BRACKETED_KEY = re.compile(
    r"(?<![\w\]])\[[ \t]*([\"']?)(?P<key>\w{1,12})\1[ \t]*\](?=[ \t]*(?:=(?!=)|->))"
)
# A line keyed by a question's number and an option together ("q2-0: 5%", "Q2_1 = 10",
# "question 2.3: 40%", "q2[0]: 0%"): the option's value within that question.
_QUESTION_OPTION_LINE = re.compile(
    r"(?m)^[ \t]*(?P<question>[a-z]{1,12}[ \t]?\d{1,2})(?:[_.-]|\[)(?P<option>\d{1,2})\]?"
    r"[ \t]*[:=][ \t]*(?P<value>\$?\d+(?:\.\d+)?%?)[ \t]*$"
)


def _question_option_keys(text: str) -> str:
    """The text with each run of three or more lines keyed by one question and its options
    written as the question's key over "option: value" lines; lines not in such a run
    stay as they are (a single "q2.1: 3" may be a part's number, not an option)."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        first = _QUESTION_OPTION_LINE.fullmatch(lines[i])
        run = [first] if first else []
        while first and i + len(run) < len(lines):
            more = _QUESTION_OPTION_LINE.fullmatch(lines[i + len(run)])
            if not more or more["question"] != first["question"]:
                break
            run.append(more)
        options = [m["option"] for m in run]
        if len(run) >= 3 and len(set(options)) == len(options):
            out.append(f"{first['question']}:")
            out += [f"  {m['option']}: {m['value']}" for m in run]
            i += len(run)
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _fields(line: str) -> dict | None:
    """A line's "name=value" fields as an object (indexed names under their name), when
    the line is nothing else: a query string, or fields after a log line's start."""
    query, flags = _QUERY.fullmatch(line.strip()), _FLAGS.fullmatch(line.strip())
    if flags:
        pairs = [(m["name"], m["value"].strip("\"'")) for m in _FLAG.finditer(flags["flags"])]
    elif query:
        pairs = [_pair(m) for m in _FIELD.finditer(query["fields"])]
        pairs = [(name, unquote_plus(value)) for name, value in pairs]
    else:
        rest = line[_LOG_START.match(line).end() :]
        matches = list(_FIELD.finditer(rest))
        covered = "".join(rest[m.start() : m.end()] for m in matches)
        if not matches or re.sub(r"[ \t,;]", "", rest) != re.sub(r"[ \t,;]", "", covered):
            return None
        pairs = [_pair(m) for m in matches]
    data: dict = {}
    for name, value in _indexed(pairs):
        base, _, index = name.partition("[")
        if index:
            data.setdefault(base, {})
            if not isinstance(data[base], dict):
                return None
            _add(data[base], index.rstrip("]"), value)
        elif isinstance(data.get(name), dict):
            return None  # a name both a list and a value: no object
        else:
            _add(data, name, value)
    return data


# A function call alone on its line, its arguments in brackets ("answer(prior=3, knows=no)",
# "bet(1, 10).", "prior(3);").
_CALL = re.compile(r"[ \t]*(?P<name>[a-z][\w.]{0,40})\((?P<args>[^()\n]*)\)[ \t]*[.;]?[ \t]*")


def _call(line: str) -> dict | None:
    """A call as the object it stands for: keyword arguments as names under the call's
    name ({"answer": {"prior": "3", ...}}), one argument as its value ({"prior": "3"}), two
    whose first is an option's label as that option's value ({"bet": {"1": "10"}}); None
    for any other line."""
    match = _CALL.fullmatch(line)
    if not match:
        return None
    name, args = match["name"], [a.strip() for a in match["args"].split(",")]
    if not all(args):
        return None
    keyword = _fields(", ".join(args)) if all("=" in a for a in args) else None
    if keyword is not None:
        return {name: keyword}
    if any("=" in a for a in args):
        return None
    values = [a.strip("\"'") for a in args]
    if len(values) == 1:
        return {name: values[0]}
    if len(values) == 2 and len(values[0]) <= 2:
        return {name: {values[0]: values[1]}}
    return None


def _merge(data: dict, more: dict) -> None:
    for name, value in more.items():
        if isinstance(value, dict) and isinstance(data.get(name), dict):
            for key, inner in value.items():
                _add(data[name], key, inner)
        elif isinstance(value, dict) or isinstance(data.get(name), dict):
            data[name] = [data[name], value] if name in data else value
        else:
            _add(data, name, value)


def _add(data: dict, name: str, value: str) -> None:
    """The value under its name; a name given twice keeps both its values ("prior=2&prior=3"
    as "prior: 2, 3": two answers)."""
    if name in data:
        data[name] = [*(data[name] if isinstance(data[name], list) else [data[name]]), value]
    else:
        data[name] = value


# A name numbered at its end ("bet0", "p_1", "stake-2"), and an amount.
_NUMBERED_NAME = re.compile(r"(?P<base>[a-z][a-z_.-]*?)[_.-]?(?P<index>\d{1,2})")
_AMOUNT = re.compile(r"\$?\d+(?:\.\d+)?%?")


def _indexed(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Names numbered at their end as an array's elements ("bet0=5&bet1=15" as "bet[0]",
    "bet[1]"), when three or more share their name and all hold amounts: the elements of
    one list, not names of their own ("q1=3&q3=no" stays)."""
    bases: dict[str, list[str]] = {}
    for name, value in pairs:
        match = _NUMBERED_NAME.fullmatch(name)
        if match:
            bases.setdefault(match["base"], []).append(value)
    arrays = {
        base
        for base, values in bases.items()
        if len(values) >= 3 and all(_AMOUNT.fullmatch(v) for v in values)
    }
    arrays -= {name for name, _ in pairs}
    out = []
    for name, value in pairs:
        match = _NUMBERED_NAME.fullmatch(name)
        if match and match["base"] in arrays:
            name = f"{match['base']}[{int(match['index'])}]"
        out.append((name, value))
    return out


def _pair(match: re.Match) -> tuple[str, str]:
    return match["name"], match["value"].strip("\"'")


# An s-expression's tokens: brackets, quoted strings, atoms.
_TOKEN = re.compile(r"\(|\)|\"[^\"\n]*\"|[^\s()\"]+")


def _s_expression(text: str):
    """An answer that is one s-expression, "(answers (prior 3) (bets (0 0) (1 10)) ...)",
    as the object it stands for ({"answers": {"prior": "3", "bets": {"0": "0", ...}}});
    None for any other text."""
    if not (text.startswith("(") and text.endswith(")")) or "\n" not in text.strip():
        return None
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != re.sub(r"\s+", "", text):
        return None
    try:
        tree, rest = _tree(tokens)
    except (IndexError, ValueError):
        return None
    if rest:
        return None
    data = _s_object(tree)
    return data if isinstance(data, dict) else None


def _tree(tokens: list[str]):
    """The first expression of the tokens (a list for a bracketed one), and the rest."""
    head, rest = tokens[0], tokens[1:]
    if head == ")":
        raise ValueError("a closing bracket with none open")
    if head != "(":
        return head.strip('"'), rest
    items = []
    while rest[0] != ")":
        item, rest = _tree(rest)
        items.append(item)
    return items, rest[1:]


def _s_object(tree):
    """A list whose head is a name is that name over its value: one atom, an object of
    the lists after it (each a name over its value), or the atoms after it as a list."""
    if not isinstance(tree, list):
        return tree
    if len(tree) < 2 or isinstance(tree[0], list):
        return None
    name, body = tree[0], tree[1:]
    if len(body) == 1 and not isinstance(body[0], list):
        return {name: body[0]}
    if all(isinstance(item, list) for item in body):
        inner = {}
        for item in body:
            pair = _s_object(item)
            if not isinstance(pair, dict) or set(pair) & set(inner):
                return None
            inner.update(pair)
        return {name: inner}
    if not any(isinstance(item, list) for item in body):
        return {name: body}
    return None
