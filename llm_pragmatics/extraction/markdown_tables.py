"""Markdown, org-mode and ASCII tables as "key: value" lines, so that every reader reads a
table as it reads labels (text.py runs it)."""

from __future__ import annotations

import re

from .layouts import INFERRED, ticked_rows

_TABLE_ROW = re.compile(r"[ \t]*\|.*")
# A table's rule: "+-----+---+" (ASCII), "|---|:--|" (markdown, between header and rows)
# or "|----+---|" (org-mode).
_TABLE_RULE = re.compile(
    r"[ \t]*\+[-=+]+\+?[ \t]*|[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*[|+])+[ \t]*(?::?-+:?)?[ \t]*\|?"
)


def flatten_tables(text: str) -> str:
    """A markdown or ASCII table, as "key: value" lines, so that every reader reads a
    table as it reads labels: a two-column table row by row ("| 0 | 25% |" -> "0: 25%");
    a wider one row by row, each cell keyed by its column ("| bet | 0% | 70% |" under
    "| state | 0 | 1 |" -> "bet: 0: 0%, 1: 70%"), or, when its first column holds
    values rather than row names, by its header alone ("0: 0%, 1: 70%"). The header row
    stays as a line of its cells when it names something. A row the token limit cut
    stays the last line."""
    lines, out, i = text.split("\n"), [], 0
    while i < len(lines):
        if not _in_table(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        block = []
        while i < len(lines) and _in_table(lines[i]):
            block.append(lines[i])
            i += 1
        rows = [_cells(line) for line in block if not _TABLE_RULE.fullmatch(line)]
        rows, doubted = _without_commentary(rows) if rows else (rows, False)
        width = len(rows[0]) if rows else 0
        if len(rows) < 2 or width < 2 or any(len(r) != width for r in rows[1:-1]):
            out += block
            continue
        ticked = ticked_rows(rows)
        if ticked is None:
            out += _table_lines(rows)
        else:  # (a list of items, its ticked ones alone, when the column was the other)
            out += [r[0] for r in ticked[1:]] if len(ticked[0]) == 1 else _table_lines(ticked)
        if ticked is not None or doubted:
            out[-1] += INFERRED
    return "\n".join(out)


# A table's column of commentary ("| | Answer | Why |"): explanations, not answers; and
# one that says how sure the answer is ("| Q | Answer | Confidence |"): about the answer.
_COMMENTARY_COLUMN = re.compile(
    r"(?:explanation|reason|reasoning|rationale|justification|notes?|comments?|why|because|"
    r"confidence|certainty|sure(?:ness)?)s?(?: \(%\)| level)?"
)


# ... but a note says something of the value beside it ("| Prior | 3 | or 2 |"): it is
# read there, in brackets, as a footnote is.
_NOTE_COLUMN = re.compile(r"(?:notes?|comments?|remarks?)")


def _without_commentary(rows: list[list[str]]) -> tuple[list[list[str]], bool]:
    """The rows without their commentary columns, and whether a cell left out holds a
    number (it may hold a second value: "| Prior | 3 | could also be 2 |")."""
    keep = [j for j, cell in enumerate(rows[0]) if not _COMMENTARY_COLUMN.fullmatch(cell)]
    if len(keep) == len(rows[0]) or len(keep) < 2:
        return rows, False
    notes = [j for j, cell in enumerate(rows[0]) if j and _NOTE_COLUMN.fullmatch(cell)]
    dropped = [j for j in range(len(rows[0])) if j not in keep and j not in notes]
    doubted = any(re.search(r"\d", row[j]) for row in rows[1:] for j in dropped if j < len(row))
    out = [[row[j] for j in keep if j < len(row)] for row in rows[:1]]
    for row in rows[1:]:
        cells = list(row)
        for j in notes:
            if j < len(cells) and cells[j]:
                cells[j - 1] = f"{cells[j - 1]} ({cells[j]})"
        out.append([cells[j] for j in keep if j < len(cells)])
    return out, doubted


def _in_table(line: str) -> bool:
    return bool(_TABLE_ROW.fullmatch(line) or _TABLE_RULE.fullmatch(line))


def _cells(line: str) -> list[str]:
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    return [cell.strip() for cell in line.split("|")]


# A unit in a column's header ("bet (%)", "amount in $", "stake, dollars"): its cells'.
_HEADER_UNIT = re.compile(r"(?:\(|\bin |, ?)?(?P<unit>%|\$)\)?$")


def _with_units(rows: list[list[str]]) -> list[list[str]]:
    """Bare numbers in a column (or row) whose header names the unit, with the unit ("10"
    under "bet (%)" -> "10%")."""
    units = [re.search(r"[a-z]", cell) and _HEADER_UNIT.search(cell) for cell in rows[0]]
    out = [rows[0]]
    for row in rows[1:]:
        cells = []
        # (or a row's, in its first cell: "bet (%) | 10 | 20 | ...")
        own = re.search(r"[a-z]", row[0]) and _HEADER_UNIT.search(row[0]) if row else None
        for cell, unit in zip(row, units + [None] * len(row), strict=False):
            unit = unit or own
            if unit and re.fullmatch(r"\d+(?:\.\d+)?", cell):
                cell = f"{cell}%" if unit["unit"] == "%" else f"${cell}"
            cells.append(cell)
        out.append(cells)
    return out


# A cell that can name a row or a column: a few words, no quote marks or sentence's end.
_NAME_CELL = re.compile(r"[a-z][\w ()%$#?/'-]{0,30}(?<![.!])")
# ... but not a clause, a subject, its verb and more ("It was good", "she's fine"): a
# sentence is a value, never a row's name (a frame alone, "| It wasn't | bad |", is a key).
_CLAUSE_CELL = re.compile(
    r"[\"'*]*(?:it|this|that|he|she|they|i|we|you)(?:'s|'re|'m|[ \t]+(?:is|was|were|are|am)"
    r"(?:n't)?)[ \t]+\w"
)
# A first column that numbers the questions ("| Q | Answer |", "| # | Answer |").
_QUESTION_COLUMN = re.compile(r"q|#|no\.?|questions?(?: number| no\.?| #)?")


def _numbers_options(data: list[list[str]]) -> bool:
    """Rows numbered from 0 ("| # | Bet |" over "| 0 | 5% |"): the numbers are options
    (questions count from 1). From 1 they may as well count the rows."""
    return data[0][0] == "0"


def _table_lines(rows: list[list[str]]) -> list[str]:
    header, *data = rows = _with_units(rows)
    if len(header) == 2 and len(data) == 1 and all(_NAME_CELL.fullmatch(k) for k in header):
        if not _NAME_CELL.fullmatch(data[0][0]) or _CLAUSE_CELL.match(data[0][0]):
            # One record under two named columns whose first cell is no key but a sentence
            # ("| Speaker says | Speaker thinks |" over '| "It was good." | It was bad. |',
            # "| Sentence | Thinks |" over "| It was good | It was bad |"):
            # a "key: value" line per column, as a wider record is read.
            return [f"{key}: {value}" for key, value in zip(header, data[0], strict=False)]
    if len(header) == 2:
        if (
            _QUESTION_COLUMN.fullmatch(header[0])
            and all(re.fullmatch(r"\d{1,2}", r[0]) for r in data)
            and not _numbers_options(data)
        ):
            # (a row's number is its question's: "question 3: no", not an option's "3: no")
            rows = [header, *[[f"question {r[0]}", *r[1:]] for r in data]]
        return [f"{key}: {value}" for key, value, *_ in (r + [""] for r in rows)]
    named = [bool(re.search(r"[a-z]", key)) for key in header]
    if len(data) == 1 and all(named):
        # One record under named columns ("| Prior | Bet on 0 | ... |" over "| 3 | 0% |
        # ..."): a "key: value" line per column, each key a label of its own.
        return [f"{key}: {value}" for key, value in zip(header, data[0], strict=False)]
    if len(data) == 1 and named[0] and not re.search(r"[a-z]", data[0][0]):
        # ... and under named columns and unnamed ones between ("| Prior | 0 | 1 | ... |
        # Knows? |"): a line per named column, and one for each run of the others
        # ("0: 0%, 1: 15%, ..."), so no named column's line holds what the others say.
        lines: list[str] = []
        for j, (key, value) in enumerate(zip(header, data[0], strict=False)):
            if named[j] or named[j - 1]:
                lines.append(f"{key}: {value}")
            else:
                lines[-1] += f", {key}: {value}"
        return lines
    if _by_column(header, data):
        # Named rows under named columns, each row filled in some columns only ("| |
        # Before | After |" over "| Count | 3 | 2 |", "| Bet on 0 | - | 0% |"): each column
        # is one answer, read down ("after: count: 2, bet on 0: 0%, ...").
        return [
            f"{key}: "
            + ", ".join(f"{row[0]}: {row[j]}" for row in data if not _BLANK_CELL.fullmatch(row[j]))
            for j, key in enumerate(header)
            if j
        ]
    # (a header of numbers alone, under an empty corner, only keys the rows: as a line of
    # its own it would be a list of bare numbers, "0, 1, 2, 3")
    lines = [", ".join(c for c in header if c)] if any(named) else []
    for row in data:
        pairs = list(zip(header, row, strict=False))
        # (under an empty corner, the first column names the rows: "bet on 0")
        corner = not header[0] and re.search(r"[a-z]", row[0])
        if corner or (re.search(r"[a-z]", row[0]) and not re.search(r"\d", row[0])):
            cells = ", ".join(f"{key}: {value}" for key, value in pairs[1:])
            lines.append(f"{row[0]}: {cells}")
        else:
            lines.append(", ".join(f"{key}: {value}" for key, value in pairs))
    return lines


# A cell left blank: nothing, a dash, "n/a".
_BLANK_CELL = re.compile(r"[-–—/]*|n/?a|none given")


def _by_column(header: list[str], data: list[list[str]]) -> bool:
    """Whether a table is read by column: under an empty corner, two or more named columns
    over more named rows (the columns are the answers, the rows what each holds; the
    other way round it is read by row), and some row left blank in a column where another
    is filled."""
    if header[0] or not 3 <= len(header) <= len(data):
        return False
    if not all(re.search(r"[a-z]", key) for key in header[1:]):
        return False
    if not all(len(row) == len(header) and re.search(r"[a-z]", row[0]) for row in data):
        return False
    blank = [[bool(_BLANK_CELL.fullmatch(cell)) for cell in row[1:]] for row in data]
    return any(any(row) and not all(row) for row in blank)
