"""Layouts that pair a name with a value, or mark an item as chosen, only by inference.

A table drawn with box characters, a list as R prints it, columns aligned as a program
prints them, a list or table whose ticks mark the chosen items, items struck through: each
is translated here to the plain lines it stands for ("name: value" lines, "| a | b |"
rows, the chosen items alone), once, before any reader sees the text. What is read from
such a layout is an inference, so every translation leaves INFERRED behind it, and the
parser reads no value of that answer as beyond doubt (0.8 at most). (Runs on the
lower-cased answer, before runs of spaces are squashed.)
"""

from __future__ import annotations

import re

from .delimited import CHOICE_HEADER, key_words

# What a translation leaves at the end of the text when it read a layout by inference (a
# ticked box as the choice, a list of values as a record of names): no value read from
# such a text is beyond doubt. text.normalise takes it out and says it was there.
INFERRED = "\n\ue000"

# Box-drawing characters ("┌──┬──┐", "│ a │ b │", "╠══╬══╣"): a table drawn with them is
# the ASCII table it stands for ("+--+--+", "| a | b |").
_BOX_VERTICAL = "│┃║╎╏┆┇┊┋"
_BOX_HORIZONTAL = "─━═╌╍┄┅┈┉╴╶╸╺"
_BOX = re.compile(r"[\u2500-\u257f]")


def drawn_tables(text: str) -> str:
    """A table drawn with box-drawing characters as an ASCII table: its sides and inner
    walls "|", its rules "-", its corners and joints "+"."""
    if not _BOX.search(text):
        return text

    def ascii_char(match: re.Match) -> str:
        char = match.group()
        return "|" if char in _BOX_VERTICAL else "-" if char in _BOX_HORIZONTAL else "+"

    walls = any(char in text for char in _BOX_VERTICAL)
    # (A rule alone, "──────", parts a text; walls make a table, read by inference.)
    return _BOX.sub(ascii_char, text) + (INFERRED if walls else "")


# R's print of a list: "$name" alone on a line, then the element as R prints it: "[1] 3",
# '[1] "no"', or a named vector (a line of names over a line of values, columns aligned).
_R_ELEMENT = re.compile(
    r"(?m)^\$(?P<name>[a-z][\w.]*)[ \t]*\n(?P<body>(?:[ \t]*\S[^\n]*(?:\n|$))+)"
)
_R_INDEX = re.compile(r"^[ \t]*\[\d+\][ \t]*")


def r_lists(text: str) -> str:
    """Each element of a list R printed as a "name: value" line: a vector's values after
    its name ("bets: 0 20 50 30"), a named vector's as pairs ("bets: 0: 0, 1: 20, ...")."""
    found = False

    def element(match: re.Match) -> str:
        nonlocal found
        lines = [line for line in match["body"].split("\n") if line.strip()]
        if all(_R_INDEX.match(line) for line in lines):
            values = " ".join(_R_INDEX.sub("", line).strip() for line in lines)
            value = re.sub(r'"([^"\n]*)"', r"\1", values)
        elif len(lines) == 2 and len(lines[0].split()) == len(lines[1].split()) >= 2:
            pairs = zip(lines[0].split(), lines[1].split(), strict=True)
            value = ", ".join(f"{name}: {v}" for name, v in pairs)
        else:
            return match.group()
        found = True
        return f"{match['name'].replace('.', ' ')}: {value}\n"

    text = _R_ELEMENT.sub(element, text)
    return text + INFERRED if found else text


# A list item: its marker (a bullet, a number or a letter), then a box ticked or not
# ("[x]", "( )", "☑", "✗"), or a mark after it ("It was good ✓"), or neither.
_ITEM = re.compile(
    r"(?P<bullet>(?:[-*+•]|\d{1,2}[.)]|[a-h][.)])[ \t]+)?"
    r"(?:(?P<box>\[[ x✓✔]?\]|\([ x•*●◉○◯]?\)|[☐☑☒✗✘○◯●◉⬤])[ \t]*)?(?P<item>.*)"
)
_MARKS_AFTER = "✓✔☑✗✘"
# (Not the emoji "✅" and "❌": answers set them before or after their labelled lines as
# ornament, or to say yes and no.)
# (A bubble sheet's filled bubble ticks, its hollow one does not: "○ It was bad", "● It
# was good", "(●)", "(○)".)
_TICK = re.compile(r"\[[x✓✔]\]|\([x•*●◉]\)|[☑☒✓✔●◉⬤]")
# A line that states a value under a label ("Knowledge: no ✗") is an answer, not an item.
_LABELLED = re.compile(r"[^:\n]{0,60}:[ \t]*\S")
# HTML's choices: an option selected, a radio button or check box checked.
_NUMBERED_OPTION = re.compile(r"<option(?:\s+[a-z]+\s*=\s*([\"']?)\d{1,2}\1)+\s*>")
_CHOICE_TAG = re.compile(r"<(?:option|input(?=[^<>]*type=[\"']?(?:radio|checkbox)))\b[^<>]{0,120}>")


def ticked_boxes(text: str) -> str:
    """A list some of whose items are ticked and others not, as its ticked items alone: a
    tick marks its item as chosen, as "<- my answer" does. Items are ticked in a box before
    them ("[x]", "(x)", "☑", HTML's selected option or checked button) or by a mark after
    them ("✓"); not by an empty box, a cross, or nothing. (A list all ticked is a checklist
    done, read as it is; several ticked are several choices.)"""
    in_a_form = "<select" in text

    def choice(tag: re.Match) -> str:
        # An "<option>" outside a form, numbered and not selected, is a named element
        # ('<option n="1">30%</option>': option 1's amount), read as any other.
        if not in_a_form and _NUMBERED_OPTION.fullmatch(tag.group()):
            return tag.group()
        return "\n[x] " if re.search(r"\b(?:selected|checked)\b", tag.group()) else "\n[ ] "

    text = _CHOICE_TAG.sub(choice, text)
    text = _struck_out(_boxes_in_line(_emoji_marks(_emphasised_item(_marked_rows(text)))))
    lines = text.split("\n")
    items = [_item(line) for line in lines]
    marks = [m["box"] or m["after"] for m in items]
    ticked = [bool(mark and _TICK.fullmatch(mark)) for mark in marks]
    # Unticked: an empty box or a cross, or an item with no mark in a list of marks after.
    listed = [bool(m["bullet"]) and not mark for m, mark in zip(items, marks, strict=True)]
    unticked = [
        (bool(mark and not tick) or (plain and any(m["after"] for m in items)))
        and not _labelled(m["item"])
        for m, mark, tick, plain in zip(items, marks, ticked, listed, strict=True)
    ]
    if not any(ticked) or not any(unticked):
        return text
    kept = [
        m["item"] if tick else line
        for line, m, tick, untick in zip(lines, items, ticked, unticked, strict=True)
        if not untick
    ]
    return "\n".join(kept) + INFERRED


# A mark alone in a table's cell that points at its row or ticks it ("| ➡️ | It wasn't good |").
_ROW_MARK = re.compile(r"(?:-+>|<-+|[➡⬅👉👈✓✔✅☑★⭐])\ufe0f?")
_TABLE = re.compile(r"(?m)(?:^[ \t]*\|[^\n]*\|[ \t]*(?:\n|$)){3,}")
_RULE_CELL = re.compile(r":?-{2,}:?")


def _marked_rows(text: str) -> str:
    """A table with a column of marks, some rows' marked and every other row's empty, as
    boxes ticked and not: the mark singles out the row chosen, as "<- my answer" does (two
    marked are two choices). Only for three rows or more under a header."""

    def rows_ticked(match: re.Match) -> str:
        lines = match.group().rstrip("\n").split("\n")
        cells = [[c.strip() for c in line.strip()[1:-1].split("|")] for line in lines]
        if len(cells) < 5 or not all(_RULE_CELL.fullmatch(c) for c in cells[1]):
            return match.group()
        rows = cells[2:]
        if len({len(row) for row in rows}) != 1:
            return match.group()
        for column in range(len(rows[0])):
            marks = [bool(_ROW_MARK.fullmatch(row[column])) for row in rows]
            empty = [not row[column] for row in rows]
            if 0 < sum(marks) < len(rows) and all(
                m or e for m, e in zip(marks, empty, strict=True)
            ):
                items = [
                    ("[x] " if mark else "[ ] ")
                    + " - ".join(c for c in row if c and c != row[column])
                    for row, mark in zip(rows, marks, strict=True)
                ]
                return "\n".join(items) + "\n"
        return match.group()

    return _TABLE.sub(rows_ticked, text)


# An emoji tick or cross opening a list's line ("✅ It wasn't bad", "❌ It was bad").
_EMOJI_MARK = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:(?:[-*+•]|\d{1,2}[.)])[ \t]+)?)(?P<mark>[✅❌❎✖])\ufe0f?[ \t]*"
    r"(?P<item>\S.*)$"
)
# ... or closing a list's line ("- It was amazing ✅"), the other lines closed by a cross or
# by nothing.
_EMOJI_MARK_AFTER = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+)(?P<item>\S[^\n]*?)"
    r"(?:[ \t]+(?P<mark>[✅❌❎✖])\ufe0f?)?[ \t]*$"
)


def _emoji_marks(text: str) -> str:
    """Lines opened (or a list's lines closed) by emoji ticks and crosses as boxes ticked
    and not: the ticked line is the one chosen. Only for one tick among two lines or more
    unticked, on items of one form (the same first word: candidates, "It was bad", "It
    wasn't bad"); answers also set these emoji beside their answers as ornament or to say
    yes and no ("✅ 3 passed", "❌ She doesn't know exactly"), and never beside a label or
    a question."""
    for pattern in (_EMOJI_MARK, _EMOJI_MARK_AFTER):
        lines = list(pattern.finditer(text))
        ticks = sum(m["mark"] == "✅" for m in lines)
        first_words = {re.sub(r"^\W+", "", m["item"]).split(" ")[0] for m in lines}
        if ticks != 1 or len(lines) < 3 or len(first_words) != 1:
            continue
        if any(_labelled(m["item"]) or "?" in m["item"] for m in lines):
            continue
        return pattern.sub(
            lambda m: f"{m['lead']}{'[x]' if m['mark'] == '✅' else '[ ]'} {m['item']}", text
        )
    return text


# A list's line ("3. **It was good**", "- __It wasn't bad__."): its item wrapped whole in
# emphasis or not.
_LIST_LINE = re.compile(
    r"(?m)^(?P<lead>[ \t]*(?:[-+*•]|\d{1,2}[.)]|[a-h][.)])[ \t]+)"
    r"(?P<item>(?P<wrap>\*\*|__)?(?P<inner>[^*_\n]+?)(?(wrap)(?P=wrap)))(?P<end>[.!]?)[ \t]*$"
)


def _emphasised_item(text: str) -> str:
    """A list whose one item is wrapped whole in emphasis, the others not, as boxes ticked
    and not: emphasis singles out the item chosen. Only for three items or more of one form
    (the same first word: candidates), none labelled."""
    lines = list(_LIST_LINE.finditer(text))
    first_words = {m["inner"].split(" ")[0] for m in lines}
    if sum(bool(m["wrap"]) for m in lines) != 1 or len(lines) < 3 or len(first_words) != 1:
        return text
    if any(_labelled(m["inner"]) or "?" in m["inner"] for m in lines):
        return text
    return _LIST_LINE.sub(
        lambda m: f"{m['lead']}{'[x]' if m['wrap'] else '[ ]'} {m['inner']}{m['end']}", text
    )


# Boxes in a row on one line, each before its item ("Prior: [ ] 0  [ ] 1  [x] 3"); on a
# bubble sheet the bubbles not filled may show their option's letter ("(A) 0  (B) 1  (●) 2").
_BOX_MARK = r"\[[ x✓✔]?\]|\([ x•*●◉○◯]?\)|\([a-e]\)|[☐☑☒○◯●◉⬤]"
_EMPTY_BOX = re.compile(r"\[ ?\]|\( ?\)|[☐○◯]")
_NOT_A_BOX = r"[^\n\[\]()☐☑☒○◯●◉⬤]*"
# A row's label that is only a key ("A ○ It was terrible   B ○ It was bad"): each item's
# key stands before its box, so an item ends in the next one's key.
_KEY_LABEL = re.compile(r"[ \t]*[a-z0-9]{1,2}[.):]?[ \t]*")
_KEY_AFTER = re.compile(r"[ \t]+[a-z0-9]{1,2}[.):]?$")
_BOX_ROW = re.compile(
    rf"(?m)^(?P<label>(?:[ \t]*\d{{1,2}}\)[ \t]+)?{_NOT_A_BOX}?)"
    rf"(?P<row>(?:(?:{_BOX_MARK}){_NOT_A_BOX}){{2,}})$"
)
_BOXED_ITEM = re.compile(rf"(?P<box>{_BOX_MARK})(?P<item>{_NOT_A_BOX})")


def _boxes_in_line(text: str) -> str:
    """A row of boxes on one line as its ticked items alone, after the line's label
    ("prior: 3"); several ticked stay side by side ("knowledge: yes, no"): several
    answers, not one."""
    found = False
    rows = list(_BOX_ROW.finditer(text))

    def keyed(match: re.Match) -> bool:
        """Each item under a key of its own, the first's the row's label, the others' at
        the end of the item before ("A ○ It was bad   B ● It was good"); not a question's
        number before a row of boxes ("1. (A) 0  (B) 1  (●) 2")."""
        items = [m["item"].strip(" \t,;/|") for m in _BOXED_ITEM.finditer(match["row"])]
        return bool(_KEY_LABEL.fullmatch(match["label"])) and all(
            _KEY_AFTER.search(item) for item in items[:-1]
        )

    def items_of(match: re.Match) -> list[tuple[str, str]]:
        items = [(m["box"], m["item"].strip(" \t,;/|")) for m in _BOXED_ITEM.finditer(match["row"])]
        if keyed(match):
            items = [(box, _KEY_AFTER.sub("", item)) for box, item in items]
        return items

    # A bubble sheet's rows under keys alone are one sheet: with a tick in one row, a
    # row with none holds options not chosen.
    sheet_ticked = any(keyed(m) and any(_TICK.fullmatch(b) for b, _ in items_of(m)) for m in rows)

    def ticked(match: re.Match) -> str:
        nonlocal found
        items = items_of(match)
        chosen = [item for box, item in items if _TICK.fullmatch(box)]
        if not all(item for _, item in items):
            return match.group()
        under_keys = keyed(match)
        if not chosen and under_keys and sheet_ticked:
            return ""
        if not chosen and _options_listed(items):
            # Options offered under their letters, none chosen ("Prior: (a) 0 (b) 1 (c) 2
            # (d) 3"): the options listed, not answers lettered as questions are.
            return match["label"] + " / ".join(item for _, item in items)
        if not chosen and all(_EMPTY_BOX.fullmatch(box) for box, _ in items):
            # Boxes offered and none ticked ("Knowledge: [ ] yes [ ] no"): a form's blank
            return match["label"] + "___"
        said_after = _said_after_options(match["row"])
        if not chosen and said_after is not None:
            # The options, then what the answer says of them ("(a) 0 (b) 1 (c) 2 (d) 3 --
            # my answer is (c) 2", "-- none fits"): that alone is its answer, read by
            # inference.
            found = True
            return match["label"] + said_after
        if not chosen:
            return match.group()
        found = True
        return ("" if under_keys else match["label"]) + ", ".join(chosen)

    text = _BOX_ROW.sub(ticked, text)
    return text + INFERRED if found else text


def _options_listed(items: list[tuple[str, str]]) -> bool:
    """Whether boxed items are a scale's options under their letters: "(a)", "(b)", ... in
    order, three or more, over whole numbers counting up by one ("(a) 0 (b) 1 (c) 2");
    not answers lettered by question ("(a) 2 (b) 0: 5%, ... (c) no")."""
    letters = "".join(box[1:-1] for box, _ in items if re.fullmatch(r"\([a-e]\)", box))
    numbers = [int(item) for _, item in items if re.fullmatch(r"\d{1,2}", item)]
    counting = len(numbers) == len(items) and numbers == list(
        range(numbers[0], numbers[0] + len(numbers))
    )
    return len(items) >= 3 and letters == "abcde"[: len(items)] and counting


_LETTERED_OPTION = re.compile(
    r"[ \t]*\((?P<letter>[a-e])\)[ \t]*(?P<number>\d{1,2})(?![\w%$]|\.\d)[ \t,;/|]*"
)


def _said_after_options(row: str) -> str | None:
    """What a row says after a scale's options under their letters ("(a) 0 (b) 1 (c) 2
    -- none fits": "-- none fits"), a letter naming one of them as its option's number
    ("my answer is (c) 2" -> "my answer is 2"; "(c) 3" names no option: kept as it is);
    None for a row that is not such options with words after them."""
    options, at = {}, 0
    while (option := _LETTERED_OPTION.match(row, at)) and option["letter"] not in options:
        options[option["letter"]] = option["number"]
        at = option.end()
    rest = row[at:].strip()
    listed = [(f"({k})", v) for k, v in options.items()]
    if not rest or len(listed) < 3 or not _options_listed(listed):
        return None

    def named(reference: re.Match) -> str:
        agrees = options.get(reference["letter"]) == reference["number"]
        return reference["number"] if agrees else reference.group()

    said = _LETTERED_OPTION.sub(lambda m: f" {named(m).strip()} ", rest)
    return re.sub(r"[ \t]+", " ", said).strip()


def _labelled(line: str) -> bool:
    match = _LABELLED.match(line)
    return bool(match and re.search(r"\w", match.group()[:-1]))


# A mark after an item, alone or opening a note on it ("It was good ✗ too dishonest", a
# table's row "It wasn't bad | ✓ | kind and true").
_MARK_AFTER = re.compile(rf"[ \t]+(?P<mark>[{_MARKS_AFTER}])(?:[ \t]+[^\n{_MARKS_AFTER}]*)?$")


def _item(line: str) -> dict:
    """A line's list marker, box, item and mark after it (each None where it has none)."""
    parts = _ITEM.match(line.strip()).groupdict()
    item = parts["item"]
    after = _MARK_AFTER.search(item)
    parts["after"] = after["mark"] if after else None
    parts["item"] = item[: after.start()].rstrip() if after else item
    return parts


# An item struck through whole ("~~It was bad~~", "- ~~yes~~").
_STRUCK = re.compile(r"[ \t]*(?:(?:[-*+•]|\d{1,2}[.)]|[a-h][.)])[ \t]+)?~~[^~\n]+~~[.!]?[ \t]*")


def _struck_out(text: str) -> str:
    """A list some of whose items are struck through and others not, without the struck
    ones: striking an item out rejects it."""
    lines = text.split("\n")
    # (A labelled line struck out and written again is an answer revised: both stay.)
    struck = [bool(_STRUCK.fullmatch(line)) and not _labelled(line) for line in lines]
    items = [line for line, gone in zip(lines, struck, strict=True) if line.strip() and not gone]
    if not any(struck) or not items:
        return text
    return "\n".join(line for line, gone in zip(lines, struck, strict=True) if not gone) + INFERRED


# A table's cell that ticks its row, and one that leaves it unticked.
_TICK_CELL = re.compile(rf"{_TICK.pattern}|x|<-+|←")
_UNTICKED_CELL = re.compile(r"|\[ ?\]|\( ?\)|[☐✗✘-]")
# ... and under a header that names the choice ("Chosen?", "Pick"), a yes or a no, and the
# emoji tick, which elsewhere may only adorn ("| Kind? | ✅ |").
_YES_CELL, _NO_CELL = re.compile(r"true|yes|✅\ufe0f?"), re.compile(r"false|no")


def ticked_rows(rows: list[list[str]]) -> list[list[str]] | None:
    """A table's header and the rows a column of ticks marks (the column gone), when the
    column ticks some rows and leaves others ("| Option | Chosen? |" over "| It was good |
    ✓ |" and "| It was bad | |"); None for a table with no such column."""
    header, *data = rows
    for j in range(1, len(header)):
        cells = [row[j] if j < len(row) else "" for row in data]
        tick, untick = _TICK_CELL, _UNTICKED_CELL
        if CHOICE_HEADER.fullmatch(header[j]):
            tick = re.compile(rf"{tick.pattern}|{_YES_CELL.pattern}")
            untick = re.compile(rf"{untick.pattern}|{_NO_CELL.pattern}")
        ticks = [bool(tick.fullmatch(cell)) for cell in cells]
        if not any(ticks) or all(ticks):
            continue
        if all(
            t or untick.fullmatch(cell) or not cell for t, cell in zip(ticks, cells, strict=True)
        ):
            kept = [row for row, tick in zip(data, ticks, strict=True) if tick]
            return [[cell for k, cell in enumerate(row) if k != j] for row in [header, *kept]]
    return None


# A name and its value apart by a run of spaces, with no label mark ("knows    no"), and a
# line of single words (a printed data frame's header, "prior bet0 knows").
_SPACED_PAIR = re.compile(r"(?P<name>[a-z][\w.()'?-]*(?: [a-z][\w.()'?-]*)*) {2,}(?P<value>\S+)")
_WORDS = re.compile(r"\S+")


def aligned_columns(text: str) -> str:
    """Columns aligned as a program prints them, as what they say: names beside their
    values, the values starting in one column over two lines or more (a pandas Series,
    "prior    2") as "name: value" lines; a header of names over rows that line up with it
    at the right, as R and pandas print a data frame ("  prior bet0" over "1     2   10",
    a row's name first), as "| a | b |" table rows. Either is read by inference."""
    lines, out, i, found = text.split("\n"), [], 0, False
    while i < len(lines):
        block = _aligned_pairs(lines, i) or _aligned_records(lines, i)
        if not block:
            out.append(lines[i])
            i += 1
            continue
        out += block[0]
        i, found = i + block[1], True
    text = "\n".join(out)
    return text + INFERRED if found else text


def _aligned_pairs(lines: list[str], start: int) -> tuple[list[str], int] | None:
    pairs = []
    for line in lines[start:]:
        match = _SPACED_PAIR.fullmatch(line.strip())
        if not match or line.find(match["value"], len(match["name"])) != _column(lines, start):
            break
        pairs.append(f"{match['name']}: {match['value']}")
    return (pairs, len(pairs)) if len(pairs) >= 2 else None


def _column(lines: list[str], start: int) -> int:
    """Where the value of the first line of pairs starts (-1: no pair)."""
    match = _SPACED_PAIR.fullmatch(lines[start].strip())
    return lines[start].find(match["value"], len(match["name"])) if match else -1


def _aligned_records(lines: list[str], start: int) -> tuple[list[str], int] | None:
    header = list(_WORDS.finditer(lines[start]))
    if len(header) < 3 or not all(re.fullmatch(r"[a-z][\w.]*", w.group()) for w in header):
        return None
    edges = [w.end() for w in header]
    rows = []
    for line in lines[start + 1 :]:
        words = list(_WORDS.finditer(line))
        words = words[1:] if len(words) == len(header) + 1 else words  # the row's name
        if len(words) != len(header) or [w.end() for w in words] != edges:
            break
        rows.append([w.group() for w in words])
    if not rows or not any(re.search(r"\d", cell) for row in rows for cell in row):
        return None
    table = [key_words([w.group() for w in header]), *rows]
    return ["| " + " | ".join(row) + " |" for row in table], len(table)


# A spreadsheet's cell reference before a cell's contents ("a1: prior    b1: 3").
_CELL = re.compile(r"(?:^|(?<=[ \t]))(?P<column>[a-z]{1,2})(?P<row>\d{1,4})[ \t]*:[ \t]*")


def cell_references(text: str) -> str:
    """Rows of a spreadsheet copied with their cell references ("A1: Prior    B1: 3\nA2:
    P(0)    B2: 0%") as "name: value" rows ("prior: 3"): when at least two lines each hold
    references to two or more cells of one row, the references on such lines go. Read by
    inference."""
    lines = text.split("\n")

    def is_row(line: str) -> bool:
        cells = list(_CELL.finditer(line))
        return (
            len(cells) > 1
            and cells[0].start() == len(line) - len(line.lstrip())
            and (
                len({cell["row"] for cell in cells}) == 1
                and len({cell["column"] for cell in cells}) == len(cells)
            )
        )

    rows = [is_row(line) for line in lines]
    if sum(rows) < 2:
        return text
    lines = [_cells_apart(line) if row else line for line, row in zip(lines, rows, strict=True)]
    return "\n".join(lines) + INFERRED


def _cells_apart(line: str) -> str:
    """A row's cells without their references, set apart as a name and its value are
    ("a1: prior    b1: 3" -> "prior: 3")."""
    starts = list(_CELL.finditer(line))
    ends = [cell.start() for cell in starts[1:]] + [len(line)]
    return ": ".join(line[cell.end() : end].strip() for cell, end in zip(starts, ends, strict=True))
