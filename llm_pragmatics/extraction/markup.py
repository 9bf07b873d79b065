"""Markup an answer is written in, translated to plain "label value" lines in one place.

The readers read plain text: labels, values and sentences. Answers come in HTML, XML,
LaTeX, code fences, YAML or TOML with comments, and tables written with any separator.
Each is translated here, before any reader sees the text, so that a layout nobody wrote a
reader for reads as the plain lines it stands for: a block element or a LaTeX row is a
line, an inline tag or command leaves its words, a value the prompt's template left in its
brackets ("<3>") is the value, a table's rows are "| a | b |" lines whatever separates its
cells (pipes, tabs, runs of spaces, LaTeX's "&"; text.py pairs a header row with its value
rows). The text is lower case here.
"""

from __future__ import annotations

import re
import unicodedata

from .delimited import key_value_lines
from .layouts import INFERRED
from .named_runs import named_runs

# Elements that hold a line or a block: each starts a line of its own.
_BLOCK_TAGS = r"p|div|li|ul|ol|br|tr|table|thead|tbody|h[1-6]|section|article|pre|dl|dt|dd"
_BLOCK = re.compile(rf"</?(?:{_BLOCK_TAGS})(?:\s[^<>\n]{{0,80}})?/?>")
# Table cells: a row of cells reads as a "| a | b |" line.
_CELL_OPEN = re.compile(r"<t[dh](?:\s[^<>\n]{0,80})?>")
_CELL_CLOSE = re.compile(r"</t[dh]>")
# A value the template's brackets were left around ("Prior: <3>", "<10>%", "<75%>", "<no>"); a
# placeholder ("<percent>") is no value and stays a tag; nor is an amount whose unit the
# brackets hold and the template's unit then gives again ("<6.99%>%"): garbled, not filled.
_BRACKETED_VALUE = re.compile(
    r"<\s*(\$?-?\d+(?:\.\d+)?%?|yes|no|true|false)\s*>(?<!%>(?=%))(?<!%\s>(?=%))"
)

# LaTeX: environments and rows are lines; commands with an argument leave it; others go.
_LATEX_ENVIRONMENT = re.compile(r"\\(?:begin|end)\{[a-z*]+\}(?:\{[^{}\n]*\})?")
_LATEX_RULE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^{}]*\}|noindent)")
_LATEX_FRACTION = re.compile(r"\\[dt]?frac\{([^{}]*)\}\{([^{}]*)\}")
_LATEX_ARGUMENT = re.compile(r"\\[a-z]+\*?\{([^{}]*)\}")
_LATEX_ESCAPED = re.compile(r"\\([%$&#_{}])")
_LATEX_MATH_DELIMITER = re.compile(r"\\[()\[\]]|\$\$")
_LATEX_ITEM = re.compile(r"\\item(?![a-z])")
# (A spacing mark ("\\,", "\\ ") goes wherever it stands: it is never the start of a word.)
_LATEX_COMMAND = re.compile(r"\\(?:(?:quad|qquad|left|right|cdot|times)(?![a-z])|[,;:! ])")
# A whole line set as math that opens with a command ("$\\boxed{\\text{Prior: 3; ...}}$",
# a reasoning model's final line): its dollar signs are no money, however long the line.
_LATEX_LINE_MATH = re.compile(r"(?m)^([ \t]*)\$(?=\\[a-z])([^$\n]*)\$(?=[ \t]*$)")
# Inline math ("$p(3)=70\\%$", "$3$"): its dollar signs are no money.
_LATEX_MATH = re.compile(r"\$(?P<math>[^$\n]{0,30}[\\=^_{}][^$\n]{0,30}|-?\d+(?:\.\d+)?)\$")
# Words set as math ("$it was good$"): words, not money (an amount starts with a digit).
_MATH_WORDS = re.compile(r"\$([a-z][a-z' ]{0,60}[a-z.!])\$")

# A fence around code ("```yaml", its backticks quotes by now), and a comment after a
# "key: value" ("# for 0, 1, 2, 3").
_FENCE = re.compile(r"(?m)^[ \t]*(?:```|~~~|''')[a-z0-9_+-]*[ \t]*$")
# A line of code in backticks (quotes by now) that sets a key ("`prior = 2`"): the line.
_CODE_LINE = re.compile(r"(?m)^[ \t]*'([^'\n]*[a-z][^'\n]*[:=][^'\n]*)'[ \t]*$")
_KEY_COMMENT = re.compile(r"(?m)^([^\n#]*?\S[ \t]*[:=][^\n#]*?\S)[ \t]+((?:#|//)[^\n]*)$")
_HTML_COMMENT = re.compile(r"<!--(.{0,300}?)-->", re.DOTALL)
# A comment that offers another answer ("# or maybe amazing", "// perhaps 2"): part of
# the answer, kept (two answers offered), not dropped as a note.
_ALTERNATIVE_COMMENT = re.compile(
    r"(?:#|//)[ \t]*\(?[ \t]*(?:or|maybe|perhaps|possibly|alternatively|either|might be|"
    r"could be)\b"
)
# A line of three or more cells between pipes, with no labels and no table around it
# ("3 | 0%/0%/10%/90% | no"): one answer per cell, as lines.
_CELLS_ON_ONE_LINE = re.compile(r"(?m)^(?![ \t]*\|)[^|\n:]+(?:[ \t]\|[ \t][^|\n:]+){2,}$")
# A percent sign written before its number ("%40", ": % 40"): it opens a value, after a
# space, a line's start or a separator. Right after anything else it is the unit of what
# it follows, a template's placeholder ("1: <percent>% 2: ...", "?% 2") or a value.
_PERCENT_FIRST = re.compile(r"(?<![^\s:(\[{=,;/|\"'])%[ \t]?(\d+(?:\.\d+)?)(?![\d%])")


# A character that stands for a number but is no amount: a vulgar fraction ("¼", "1⁄4" with
# the fraction slash) or a raised or lowered digit ("²", "₃"). NFKC would make digits of it
# ("¼" -> "1⁄4", read as a 1): it becomes UNREADABLE, which no reader takes for a value.
UNREADABLE = "\ufffd"
_NUMERALS = [c for c in map(chr, range(0xA0, 0x2200)) if unicodedata.numeric(c, None) is not None]
_FRACTIONS = "".join(c for c in _NUMERALS if unicodedata.name(c, "").startswith("VULGAR"))
_SCRIPTS = "".join(
    c for c in _NUMERALS if unicodedata.name(c, "").startswith(("SUPERSCRIPT", "SUBSCRIPT"))
)
# (A whole number before it is part of it: "12½" and "12 ½" are no 12. A superscript mark
# after a number, set apart by footnotes ("5^¹"), stays a mark: "5^1" is no amount.)
_SCRIPT_NUMBER = re.compile(
    rf"(?:\d+(?:\.\d+)?[ \t]?)?(?:\d*[⁄∕]\d+|[{_FRACTIONS}]|(?<!\^)[{_SCRIPTS}]+)"
)


# A whole number and a fraction of one percent ("12½%", "87 ¾ percent"): a number of
# percent, written as its decimal; a fraction whose decimal does not end ("33⅓%") stays
# unreadable, and so does a fraction of the money alone ("½").
_PERCENT_FRACTION = re.compile(
    rf"(?<![\d.])(?P<whole>\d{{1,3}})[ \t]?(?P<fraction>[{_FRACTIONS}])(?=[ \t]?(?:%|per ?cent\b))",
    re.IGNORECASE,
)


def _percent_decimal(match: re.Match) -> str:
    fraction = unicodedata.numeric(match["fraction"])
    if round(fraction * 1000, 6) != round(fraction * 1000):
        return match.group()
    return f"{int(match['whole']) + fraction:g}"


def unreadable_numbers(text: str) -> str:
    """Fractions and raised or lowered digits as UNREADABLE (after footnotes, which place the
    notes their marks call; before NFKC); a fraction of a whole percent as its decimal."""
    return _SCRIPT_NUMBER.sub(UNREADABLE, _PERCENT_FRACTION.sub(_percent_decimal, text))


# A footnote's mark ("[^1]", "[2]", "¹", "*", "†") and its note, a line of its own below.
_FOOTNOTE_MARK = r"\[\^?[\w-]{1,8}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|[*†‡]{1,3}"
_FOOTNOTE = re.compile(rf"(?m)^[ \t]*(?P<mark>{_FOOTNOTE_MARK}):?[ \t]+(?P<note>\S[^\n]*)$\n?")


def footnotes(text: str) -> str:
    """Each footnote's note in brackets where its mark stands ("Prior: 3[^1]" and "[^1]:
    2 would also do" -> "Prior: 3 ([^1] 2 would also do)"): a note says something about
    the value it marks, so it is read beside it. (Before superscripts become digits.)"""
    # (found again after each note placed: placing one moves the ones after its mark)
    for index in reversed(range(len(_FOOTNOTE.findall(text)))):
        note = list(_FOOTNOTE.finditer(text))[index]
        mark = re.escape(note["mark"])
        # The mark stands after a value or a word, not at a line's start (a bullet).
        references = [
            m
            for m in re.finditer(rf"(?<=[\w.%)\]]){mark}(?![\w*†‡¹²³⁴⁵⁶⁷⁸⁹⁰])", text)
            if not (note.start() <= m.start() < note.end())
        ]
        if len(references) != 1 or references[0].start() > note.start():
            continue  # no mark, or several: not a footnote this can place
        (reference,) = references
        if text[note.end() :].strip() and "\n\n" not in text[reference.end() : note.start()]:
            continue  # notes stand apart, at the end: this is a list
        line = text[text.rfind("\n", 0, reference.start()) + 1 : text.find("\n", reference.end())]
        if note["mark"][0] == "*" and line.count("*") % 2 == 0:
            continue  # the closing star of an emphasis ("*Prior*: 2")
        body = f" ({note['note'].strip()})"
        text = text[: note.start()] + text[note.end() :]
        text = text[: reference.start()] + body + text[reference.end() :]
    # A superscript mark no note explains stays a mark after a number: it never joins the
    # number's digits when superscripts become digits ("5¹" is no 51; read as "5^1").
    return re.sub(r"(?<=[\d%])(?=[¹²³⁴⁵⁶⁷⁸⁹⁰])", "^", text)


# A record given as names and then values in brackets (SQL's "INSERT INTO t (a, b) VALUES
# (1, 2)", "(a, b) = (1, 2)").
_RECORD = re.compile(
    r"\((?P<names>[a-z_][\w ]*(?:,[ \t]*[a-z_][\w ]*)+)\)\s*(?:values|=|->)\s*"
    r"\((?P<values>[^()\n]+)\)[ \t]*;?"
)
# "bet0=15", "bet_0: 15", a probability's "P0: 15%": a key's number apart from its word
# ("bet 0=15", "p 0: 15%"). (One letter is a key only as a probability's "p": "Q1:" and
# "A1:" number questions and answers.)
_KEY_NUMBER = re.compile(r"(?m)^([ \t]*(?:[a-z]{2,}|p))_?(\d+)(?=[ \t]*[:=])")
# A key's option as an index in brackets ("bet (0): 10%", "bets[2] = 60"), and a name led
# to its value by dots ("Prior ........ 2", "Bet on 1 . . . . 20%"), as a printed form
# does: read by inference.
_KEY_INDEX = re.compile(r"(?m)^([ \t]*[a-z][a-z ]{0,30}?)[ \t]*[\[(](\d)[\])](?=[ \t]*[:=])")
_LEADER = re.compile(
    r"(?m)^(?P<name>[ \t]*[a-z][^\n.:]{0,40}?)[ \t]*(?:\.{4,}|(?:\. ){3,}\.?|·{3,})[ \t]*"
    r"(?P<value>(?:[^\n.]|(?<=\d)\.(?=\d)){1,30}?)[ \t]*$"
)
# ... or by an ellipsis set apart by spaces ("PRIOR ... 3"), a leader only in three lines or
# more with a short value, two of them amounts ("It was... good" is a pause).
_SHORT_LEADER = re.compile(
    r"(?m)^(?P<name>[ \t]*[a-z][^\n.:]{0,40}?)[ \t]+\.{3}[ \t]+"
    r"(?P<value>(?:\$?\d+(?:\.\d+)?%?|[a-z]+)(?:[ \t][a-z]+)?)[ \t]*$"
)
# A log's lines start with the time they were written ("[09:14] ", "[2026-11-30 09:14:03]",
# "2026-11-30t09:14z ", "09:14:03 " before a word); radio procedure words end them (",
# over", "over and out"). In two lines or more, both go: neither holds an answer.
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[ \t]?[ap]m|z)?"
_DATE = rf"\d{{4}}-\d{{2}}-\d{{2}}(?:[t ]{_TIME})?"
_LOG_TIME = re.compile(
    rf"(?m)^[ \t]*(?:\[(?:{_DATE}|{_TIME})\][ \t]*|{_DATE}[ \t]+|{_TIME}[ \t]+(?=[a-z]))"
)
_PROCEDURE_WORD = re.compile(r"(?m)(?<=\S)[ \t]*[,.;-]?[ \t]+(?:over(?: and out)?|out)[.!]?[ \t]*$")


# A printed form's led line with a column's words repeated on every line: a label before the
# name ("Selection: exactly 1 .... stake $30"), a word before the value.
_FORM_LINE = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?P<label>[a-z][a-z ]{0,20}:[ \t]*)?(?P<name>[a-z][^\n.:]{0,40}?)"
    r"(?P<leader>[ \t]*(?:\.{4,}|(?:\. ){3,}\.?|·{3,})[ \t]*)(?P<word>[a-z]+[ \t]+)?"
    r"(?P<value>\$?\d+(?:\.\d+)?%?)[ \t]*$"
)


def form_columns(text: str) -> str:
    """A form's led lines, three or more, without the label and the word that every one of
    them repeats: the column's name, not the line's."""
    lines = list(_FORM_LINE.finditer(text))
    labels, words = {m["label"] for m in lines}, {m["word"] for m in lines}
    if len(lines) < 3 or (labels == {None} and words == {None}):
        return text
    same_label, same_word = len(labels) == 1, len(words) == 1

    def plain_line(m: re.Match) -> str:
        label = "" if same_label else m["label"] or ""
        word = "" if same_word else m["word"] or ""
        return f"{m['lead']}{label}{m['name']}{m['leader']}{word}{m['value']}"

    return _FORM_LINE.sub(plain_line, text)


def log_lines(text: str) -> str:
    """A log's lines without the times that start them and the procedure words that end
    them, where two lines or more have them."""
    for pattern in (_LOG_TIME, _PROCEDURE_WORD):
        if len(pattern.findall(text)) >= 2:
            text = pattern.sub("", text)
    return text


# A key in snake case ("initial_estimate: 3", "speaker_knows_exactly = false"): its words.
_SNAKE_KEY = re.compile(r"(?m)^[ \t]*[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?=[ \t]*[:=])")


# Cells of names, then as many cells of values, on one line ("0 | 1 | 2 | 3 -> 0 | 10 |
# 60 | 30"), words before them naming the line.
_PAIRED_CELLS = re.compile(
    # (a line with a pipe and then an arrow or "=", looked for first: the rest is slow)
    r"(?m)^(?=[^|\n]*\|[^\n]*(?:->|=))(?P<lead>[^|\n]*?)"
    r"(?P<keys>[^|\n\s]+(?:[ \t]*\|[ \t]*[^|\n]+?)+)[ \t]*(?:->|=)[ \t]*"
    r"(?P<values>[^|\n]+(?:\|[^|\n]+)+)$"
)


# A cell that is a key and its value ("Prior = 3", "Bets: 0: 0%, ...").
_KEYED_CELL = re.compile(r"[ \t]*[a-z][a-z' ]{0,30}?[ \t]*[:=][ \t]*\S[^|]*")


def _paired_cells(match: re.Match) -> str:
    if all(_KEYED_CELL.fullmatch(cell) for cell in match.group().split("|")):
        return match.group()  # "Prior = 3 | Bets = ... | Knowledge = yes": keyed cells
    keys = [k.strip() for k in match["keys"].split("|")]
    values = [v.strip() for v in match["values"].split("|")]
    if len(keys) != len(values) or not all(keys) or not all(values):
        return match.group()
    lead = match["lead"].strip(" \t:")
    pairs = ", ".join(f"{k}: {v}" for k, v in zip(keys, values, strict=True))
    return f"{lead}: {pairs}" if lead else pairs


def _record(match: re.Match) -> str:
    """A record's names and values as "name: value" lines, when they are as many."""
    names = [n.strip() for n in match["names"].split(",")]
    values = [v.strip().strip("'\"") for v in match["values"].split(",")]
    if len(names) != len(values):
        return match.group()
    return "\n" + "\n".join(
        f"{n.replace('_', ' ')}: {v}" for n, v in zip(names, values, strict=True)
    )


# A BibTeX-like entry: its head ("@answer{letters,") and closing brace go, and each field's
# value in braces is its value ("prior = {3},", by now "prior: {3},").
_ENTRY_HEAD = re.compile(r"(?m)^[ \t]*@[a-z]+[ \t]*\{[^,{}\n]*,[ \t]*$")
_ENTRY_END = re.compile(r"(?m)^[ \t]*\}[ \t]*$")
_BRACED_VALUE = re.compile(
    r"(?m)^(?P<key>[ \t]*[a-z][\w .-]{0,40}:[ \t]*)\{(?P<value>[^{}\n]{1,60})\}[ \t]*,?[ \t]*$"
)


def plain(text: str) -> str:
    """The text with its markup translated: HTML and XML, LaTeX, code fences and comments,
    a record of names and values, "key=value" pairs on one line, keys with a number or in
    snake case, a percent sign before its number."""
    text = _RECORD.sub(_record, key_value_lines(form_columns(log_lines(text))))
    text = _KEY_NUMBER.sub(r"\1 \2", text)
    text, inferred = _KEY_INDEX.subn(r"\1 \2", text)
    # (Two lines of leaders at least: one is as likely a pause, "It was.... good".)
    led = len(_LEADER.findall(text)) >= 2
    text = _LEADER.sub(r"\g<name>: \g<value>", text) if led else text
    short = [m["value"] for m in _SHORT_LEADER.finditer(text)]
    if len(short) >= 3 and sum(bool(re.match(r"\$?\d", v)) for v in short) >= 2:
        text, led = _SHORT_LEADER.sub(r"\g<name>: \g<value>", text), True
    text = _SNAKE_KEY.sub(lambda m: m.group().replace("_", " "), text)
    text = _BRACKETED_VALUE.sub(r"\1", text)
    if _ENTRY_HEAD.search(text):
        text = _ENTRY_END.sub("", _ENTRY_HEAD.sub("", text))
        text, braced = _BRACED_VALUE.subn(r"\g<key>\g<value>", text)
        inferred += braced
    text = _html(text)
    latex = "\\" in text
    if latex:
        text = _latex(text)
    text = _LATEX_MATH.sub(lambda m: m["math"].replace("\\%", "%"), text)
    text = _MATH_WORDS.sub(r"\1", text)
    if latex:  # (names paired with values in maths read as in any notation: "p_1 = 0.1")
        text = named_runs(text)
    text = _FENCE.sub("", text)
    text = _CODE_LINE.sub(r"\1", text)
    # Comments go; one that holds a number may hold a second value ("prior: 3  # or 2",
    # "<!-- maybe 2 -->"): then no value of the answer is beyond doubt.
    comments = _HTML_COMMENT.findall(text) + [m[2] for m in _KEY_COMMENT.finditer(text)]
    text = _KEY_COMMENT.sub(_without_a_note, _HTML_COMMENT.sub(" ", text))
    doubted = any(re.search(r"\d", comment) for comment in comments)
    text = _PAIRED_CELLS.sub(_paired_cells, text)
    text = _CELLS_ON_ONE_LINE.sub(lambda m: re.sub(r"[ \t]\|[ \t]", "\n", m.group()), text)
    text = _PERCENT_FIRST.sub(r"\1%", text)
    return text + INFERRED if inferred or led or doubted else text


def _without_a_note(line: re.Match) -> str:
    """A "key: value" line less its comment, unless the comment offers another answer."""
    return line[0] if _ALTERNATIVE_COMMENT.match(line[2]) else line[1]


# Cells apart by tabs or by runs of spaces ("0     1     2", "State\t0\t1").
_SPACED_CELLS = re.compile(r"\t+|[ ]{2,}")


# The border of a reStructuredText simple table: runs of "=" apart by spaces.
_BORDER = re.compile(r"[ \t]*=+(?:[ \t]+=+)+[ \t]*")


def _bordered_tables(text: str) -> str:
    """A table drawn with "=====  =====" borders, its rows cut where the border's columns
    start, as "| a | b |" rows (the borders go)."""
    lines, out, columns = text.split("\n"), [], None
    for line in lines:
        if _BORDER.fullmatch(line):
            columns = [m.start() for m in re.finditer(r"=+", line)]
            continue
        if columns and line.strip():
            bounds = [*columns[1:], None]
            cells = [line[a:b].strip() for a, b in zip(columns, bounds, strict=True)]
            out.append("| " + " | ".join(cells) + " |")
            continue
        columns = None if not line.strip() else columns
        out.append(line)
    return "\n".join(out)


def spaced_rows(text: str) -> str:
    """Rows of cells apart by tabs or runs of spaces, the same number (three or more) on
    every line of a block, as "| a | b |" table rows: a header row (no amounts in it) pairs
    with the value rows under it, as any table does; and a table between "=====  ====="
    borders, cut where the border's columns start. (Before spaces are squashed.)"""
    if "==" in text:
        text = _bordered_tables(text)
    lines, out, i, indexed = text.split("\n"), [], 0, False
    while i < len(lines):
        width = _spaced_width(lines[i])
        j = i + 1
        while width and j < len(lines) and _spaced_width(lines[j]) == width:
            j += 1
        block = lines[i:j]
        rows = [_SPACED_CELLS.split(line.strip()) for line in block]
        if width and out and _index_header(out[-1], width, rows):
            # (a data frame's header over rows named by their number: the numbers go)
            rows = [_SPACED_CELLS.split(out.pop().strip())] + [row[1:] for row in rows]
            block, indexed = ["  ".join(row) for row in rows], True
        # (Lines each after a list's number, "1.  (a) 0   (b) 1" over "2.  0 > 10%   1 > 20%",
        # are the items of a list, one question each: no header over rows.)
        numbered = all(re.match(r"[ \t]*\d{1,2}[.)][ \t]", line) for line in block)
        header_ok = width and not numbered and not re.search(r"[%$]", block[0])
        if len(block) >= 2 and header_ok and any(re.search(r"\d", line) for line in block[1:]):
            out += ["| " + " | ".join(row) + " |" for row in rows]
        else:
            out += block
        i = j
    return "\n".join(out) + (INFERRED if indexed else "")


def _index_header(line: str, width: int, rows: list[list[str]]) -> bool:
    """A line of names, one fewer than the cells of the rows below it, whose first cells
    number them from 0 or 1: a data frame's header, its rows' numbers unnamed."""
    cells = _SPACED_CELLS.split(line.strip())
    words = all(re.fullmatch(r"[a-z][\w.]*", cell) for cell in cells)
    names = [row[0] for row in rows]
    first = int(names[0]) if names[0] in ("0", "1") else None
    numbered = first is not None and names == [str(first + i) for i in range(len(rows))]
    return words and len(cells) == width - 1 and len(rows) >= 2 and numbered


def _spaced_width(line: str) -> int:
    cells = _SPACED_CELLS.split(line.strip())
    return len(cells) if len(cells) >= 3 and "|" not in line else 0


def _html(text: str) -> str:
    """Rows of cells as "| a | b |" lines, block elements as lines; other tags stay (the
    caller reads named elements and drops the rest)."""
    if "<" not in text:
        return text
    text = re.sub(r"<tr(?:\s[^<>\n]{0,80})?>", "\n|", text)
    text = _CELL_OPEN.sub(" ", text)
    text = _CELL_CLOSE.sub(" |", text)
    text = _BLOCK.sub("\n", text)
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text)


def _latex(text: str) -> str:
    """A tabular's rows as "| a | b |" lines, an aligned block's rows as lines ("prior &= 3
    \\\\" -> "prior = 3"), commands as their words."""
    tabular = "\\begin{tabular" in text or "\\begin{array" in text
    text = _LATEX_LINE_MATH.sub(r"\1\2", text)
    text = _LATEX_ENVIRONMENT.sub("\n", text)
    text = _LATEX_RULE.sub("", text)
    text = _LATEX_FRACTION.sub(r"\1/\2", text)
    for _ in range(3):  # nested: \textbf{\text{prior}}
        text = _LATEX_ARGUMENT.sub(r"\1", text)
    rows = re.split(r"\\\\", text)
    if tabular and len(rows) > 1:
        rows = [_tabular_row(row) for row in rows]
    text = "\n".join(re.sub(r"[ \t]*&[ \t]*", " ", row) for row in rows)
    text = _LATEX_ESCAPED.sub(r"\1", text)
    text = _LATEX_MATH_DELIMITER.sub(" ", text)
    text = _LATEX_ITEM.sub("\n", text)
    # An operator's name before its argument ("\Pr[X=2]", "\mathbb{P}(2)" by now "P(2)")
    # is its word; spaces a spacing command left before a comma go.
    text = re.sub(r"\\([a-z]+)(?=[(\[])", r"\1", _LATEX_COMMAND.sub(" ", text))
    return re.sub(r"[ \t]+(?=,)", "", text)


def _tabular_row(row: str) -> str:
    if "&" not in row:
        return row
    cells = [cell.strip() for cell in re.split(r"(?<!\\)&", row.strip(" \t\n"))]
    return "| " + " | ".join(cells) + " |"
