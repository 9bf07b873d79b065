"""Data written as delimited lines, translated to the table rows every other table becomes.

A block of lines that split on one delimiter (comma, semicolon, tab or pipe) into the same
number of cells, under a header line of names (or, two cells a line, names beside their
values over three lines or more), is a table whatever wrote it: a CSV block ("question,
answer" over "prior,3"), a psql result (a header row, a "----+----" rule, value rows), a
semicolon list. Its lines become "| a | b |" rows, which text.py pairs as it pairs any
table: a narrow table row by row ("prior: 3"), a wide one's values with its header. A run of
"key=value" pairs on one line is one pair a line. (Runs on the lower-cased answer, before
runs of spaces are squashed.)
"""

from __future__ import annotations

import re

# Pipes first: a psql row ("3 | 0 | 10") may hold a decimal comma; then tabs; commas before
# semicolons.
_DELIMITERS = ("|", "\t", ",", ";")
# A name in a header: a word or a few, no amounts or labels ("prior", "bet_0", "bet (%)").
_NAME = re.compile(r"[a-z][a-z0-9_ ./()%$'-]{0,24}")
# A value in a row: short or empty, with no label of its own ("0: 0%" is a label and its
# value).
_VALUE = re.compile(r"[^:\n]{0,25}")
# ... or longer, in the quotes CSV writes around a cell, which mark where it ends
# ('"It wasn't good","1 heart; honest but gentle"').
_QUOTED_CELL = re.compile(r'"[^"\n]{0,120}"')
# A rule under a header: dashes, with "+" or "|" where the columns meet ("----+----").
_RULE = re.compile(r"[ \t]*[-=]{2,}(?:[ \t]*[+|][ \t]*[-=]{2,})*[ \t]*[+|]?[ \t]*")
# A header that names a column of choices ("chosen?", "selected", "likely?"): its rows, a
# yes or a no each, make a table even with no amounts in it ("sentence,chosen" over "it was
# bad,false").
CHOICE_HEADER = re.compile(
    r"(?:chosen|selected|picked|pick|choice|my (?:pick|choice|answer)|(?:most )?likely)\??"
)
# psql's booleans.
_BOOLEAN = {"t": "true", "f": "false"}
# A key's digits apart from its word, its underscores spaces ("bet_0" -> "bet 0", "b1" ->
# "b 1", R's "p.0" -> "p 0"): the label a reader knows.
_KEY_DIGITS = re.compile(r"(?<=[a-z])[_.]?(?=\d)")


def delimited_tables(text: str) -> str:
    """Every delimited block of the text as "| a | b |" rows (its rule dropped)."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        rows, end = _block(lines, i)
        if rows:
            out += ["| " + " | ".join(row) + " |" for row in rows]
            i = end
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _block(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """The rows of the delimited block that starts at lines[start], and where it ends."""
    header_line = lines[start].strip()
    if header_line.startswith("|") or header_line.endswith("|"):
        return [], start  # a markdown table: text.py reads it
    for delimiter in _DELIMITERS:
        header = _split(header_line, delimiter)
        # Or no header: names and their values, a pair a line ("prior;3", "knows;no").
        pairs = len(header) == 2 and _pair(header)
        if len(header) < 2 or not (pairs or _header(header)):
            continue
        rows, j = [], start + (0 if pairs else 1)
        if j < len(lines) and _RULE.fullmatch(lines[j]):
            j += 1
        quoted = True  # every row's cells in CSV's quotes
        while j < len(lines):
            row = _split(lines[j].strip(), delimiter)
            raw = _raw_cells(lines[j].strip(), delimiter)
            in_quotes = [bool(_QUOTED_CELL.fullmatch(part)) for part in raw]
            if len(row) != len(header) or not all(
                _VALUE.fullmatch(cell) or q for cell, q in zip(row, in_quotes, strict=True)
            ):
                break
            quoted = quoted and all(in_quotes)
            rows.append(row)
            j += 1
        if pairs:
            if len(rows) >= 3 and all(_pair(row) for row in rows):
                return [_cells(row) for row in rows], j
            continue
        # Two cells a line is a table only over several rows ("prior,3", "bet_0,0"); a
        # header of numbers alone only over amounts with their unit ("0 | 1 | 2 | 3" over
        # "5% | 15% | 60% | 20%").
        # Rows all in CSV's quotes under a header of names are a table however few and
        # whatever they hold ('sentence,reason' over '"It wasn't good","honest"').
        quoted = quoted and bool(rows) and all(_named(cell) for cell in header)
        enough = len(rows) >= (2 if len(header) == 2 else 1) or quoted
        if not any(_named(cell) for cell in header):
            enough = enough and all(re.search(r"[%$]", cell) for row in rows for cell in row)
        amounts = any(re.search(r"\d", cell) for row in rows for cell in row) or quoted
        if enough and (amounts or any(CHOICE_HEADER.fullmatch(cell) for cell in header)):
            return [key_words(header), *(_cells(row) for row in rows)], j
    return [], start


def _named(cell: str) -> bool:
    """A name, its brackets closed ("bet (%)", not "insert into t (a")."""
    return bool(_NAME.fullmatch(cell)) and cell.count("(") == cell.count(")")


def _header(cells: list[str]) -> bool:
    """Names, a name over options' numbers ("state,0,1,2,3"), or three or more numbers."""
    numbers = [cell for cell in cells if re.fullmatch(r"\d{1,2}", cell)]
    names = [cell for cell in cells if _named(cell)]
    if not names:
        return len(numbers) == len(cells) >= 3
    return len(names) + len(numbers) == len(cells) and names[0] == cells[0]


# A value alone: an amount ("3", "10%", "$25", "0.5") or a yes or no.
_BARE_VALUE = re.compile(r"\$?\d+(?:\.\d+)?%?|yes|no|true|false|t|f")


def _pair(cells: list[str]) -> bool:
    """A name and a value alone ("prior", "3"; not "so", "2 of them")."""
    return bool(_named(cells[0]) and _BARE_VALUE.fullmatch(cells[1]))


def _split(line: str, delimiter: str) -> list[str]:
    # (a cell in quotes, as CSV writes it: '"prior","3"')
    return [re.sub(r'^"(.*)"$', r"\1", cell) for cell in _raw_cells(line, delimiter)]


def _raw_cells(line: str, delimiter: str) -> list[str]:
    """A line's cells as written, quotes kept (a delimiter inside CSV's quotes is the
    cell's); none when the delimiter is not in it."""
    if delimiter not in line:
        return []
    if '"' not in line:
        return [cell.strip() for cell in line.split(delimiter)]
    cell = rf'[ \t]*(?:"[^"\n]*"|[^"\n{re.escape(delimiter)}]*)[ \t]*'
    if not re.fullmatch(rf"{cell}(?:{re.escape(delimiter)}{cell})*", line):
        return [c.strip() for c in line.split(delimiter)]  # quotes inside a cell
    return [
        c.group().strip() for c in re.finditer(rf"(?:^|(?<={re.escape(delimiter)})){cell}", line)
    ]


def key_words(cells: list[str]) -> list[str]:
    """Keys as a reader knows them: their digits apart, underscores spaces ("bet_0", "b1")."""
    return [_KEY_DIGITS.sub(" ", cell).replace("_", " ") for cell in cells]


def _cells(row: list[str]) -> list[str]:
    """A row's cells, its first a key when it names one, its booleans words."""
    row = [_BOOLEAN.get(cell, cell) for cell in row]
    return key_words(row[:1]) + row[1:] if _named(row[0]) else row


# A line of "key=value" pairs apart by spaces ("prior=3 bets=0/10/60/30 knows=no").
_PAIRS_ON_ONE_LINE = re.compile(
    r"(?m)^[ \t]*[a-z][\w-]*=[^\s=]+(?:[ \t]+[a-z][\w-]*=[^\s=]+)+[ \t]*$"
)


def key_value_lines(text: str) -> str:
    """A line of "key=value" pairs as one pair a line."""
    return _PAIRS_ON_ONE_LINE.sub(lambda m: "\n".join(m.group().split()), text)
