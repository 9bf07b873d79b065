"""A count keyed to its reason at the start of a part ("Prior: 3: the seeds almost always
sprout"), and a key whose value is left blank ("Prior: 0: NaN"), which counts nothing."""

from __future__ import annotations

import re

from .fields import Field
from .readers import LOOSE, Found

# A count that starts its part keyed to its reason in words ("3: the seeds almost always
# sprout", from "- **3**: ..."), as "Knowledge: yes: he looked" is keyed.
# (After the part's label: a part that starts at the number is one it numbers, "1: The
# answer is yes".)
_KEYED_TO_A_REASON = re.compile(r"[ \t\n]+(?P<count>\d+)[ \t]*:[ \t]+(?=[a-z])")


# A value left blank by a word for none ("NaN", "N/A", "null"): the key has no value.
_NO_VALUE = re.compile(r"[\s*]*(?:nan|n/?a|null|nil|undefined|unknown|tbd|tba)\b")


def count_keyed_to_its_reason(text: str, field: Field) -> list[Found]:
    """The count a part starts with, keyed to its reason, when it is the part's one keyed
    line and its words count nothing: several ("0: none sprouted", "1: one did") list the
    options instead. An inference: never beyond doubt."""
    keyed = _KEYED_TO_A_REASON.match(text)
    if not keyed or len(re.findall(r"(?m)^[ \t]*\d+[ \t]*[:=]", text)) != 1:
        return []
    reason = text[keyed.end() :].split("\n")[0]
    if re.search(r"\d|\b(?:all|none|no|every|both|neither|yes)\b", reason):
        return []  # a count in the words ("1: I think all of them"): the key numbers a line
    if _NO_VALUE.match(reason):
        return []  # "Prior: 0: NaN": a state keyed to a blank value, no count of it
    count = int(keyed["count"])
    if not field.minimum <= count <= field.maximum:
        return []
    return [Found(count, keyed.start("count"), keyed.end("count"), LOOSE)]
