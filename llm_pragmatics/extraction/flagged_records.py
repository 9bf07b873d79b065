"""A YAML list of records with a flag naming the choice, as the records it marks.

"- text: It was bad / chosen: false", "- text: It wasn't good / chosen: true": the flag marks
its record as chosen, as JSON's {"selected": true} does (objects.py), when it marks some
records and not others. (Runs on the lower-cased answer, before bullets are removed.)
"""

from __future__ import annotations

import re

from .delimited import CHOICE_HEADER
from .layouts import INFERRED

# A record of a YAML list: its first "key: value" after the dash, then its other keys
# indented under it.
_RECORD = re.compile(
    r"^(?P<indent>[ \t]*)-[ \t]+(?P<first>[a-z_][\w ]{0,24}:[^\n]*)"
    r"(?P<rest>(?:\n(?P=indent)[ \t]+[a-z_][\w ]{0,24}:[^\n]*)*)",
    re.M,
)
_RECORDS = re.compile(rf"(?:{_RECORD.pattern}(?:\n|$)){{2,}}", re.M)
_FLAG = {"true": True, "yes": True, "false": False, "no": False}


def flagged_records(text: str) -> str:
    """Each YAML list of two records or more whose flag marks some true and the others
    false, as the marked records' other lines alone, read by inference."""
    found = False

    def chosen(match: re.Match) -> str:
        nonlocal found
        records = []
        for record in _RECORD.finditer(match.group()):
            lines = [record["first"], *record["rest"].split("\n")[1:]]
            pairs = [line.strip().split(":", 1) for line in lines]
            records.append({key.strip(): value.strip() for key, value in pairs})
        for key in records[0]:
            flags = [_FLAG.get(r.get(key, "")) for r in records]
            if not CHOICE_HEADER.fullmatch(key) or None in flags:
                continue
            if any(flags) and not all(flags):
                found = True
                kept = [r for r, flag in zip(records, flags, strict=True) if flag]
                lines = [f"{k}: {v}" for r in kept for k, v in r.items() if k != key]
                return "\n".join(lines) + "\n"
        return match.group()

    text = _RECORDS.sub(chosen, text)
    return text + INFERRED if found else text
