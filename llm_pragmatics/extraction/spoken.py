"""Speech written down: dictation that says its punctuation ("prior colon three new line
...") and the fillers of talk ("um", "uh", "like") as the written answer would have them.

Run on the lower-cased answer before number words become digits (extraction.text). English
and generic: nothing here knows a study.
"""

from __future__ import annotations

import re

# Punctuation as dictation says it, and the mark it stands for.
_SPOKEN_MARKS = {
    r"new (?:line|paragraph)|next line|line break": "\n",
    r"colon": ":",
    r"semi-?colon": ";",
    r"comma": ",",
    r"full stop|period": ".",
    r"question mark": "?",
    r"exclamation (?:mark|point)": "!",
    r"open (?:bracket|paren(?:thesis)?)": "(",
    r"close (?:bracket|paren(?:thesis)?)": ")",
}
_SPOKEN_MARK = re.compile(
    r"[ \t]*\b(?:" + "|".join(f"(?P<m{i}>{w})" for i, w in enumerate(_SPOKEN_MARKS)) + r")\b[ \t]*"
)
_MARKS = list(_SPOKEN_MARKS.values())
# Written punctuation that ends or splits a statement.
_WRITTEN_MARK = re.compile(r"[:;,.?!\n]")


def _mark(match: re.Match) -> str:
    mark = next(_MARKS[i] for i in range(len(_MARKS)) if match[f"m{i}"])
    if mark == "\n":
        return "\n"
    return f"{mark} " if mark not in "(" else f" {mark}"


def dictated(text: str) -> tuple[str, bool]:
    """Dictation's spoken punctuation as marks, when the text is dictation: three or more
    spoken marks and fewer written ones ("prior colon three comma ..."); and whether it
    was (its layout is then read by inference). In written prose "a comma" or "a period
    of time" are words and stay."""
    spoken = len(_SPOKEN_MARK.findall(text))
    if spoken < 3 or len(_WRITTEN_MARK.findall(text)) >= spoken:
        return text, False
    return _SPOKEN_MARK.sub(_mark, text).strip(), True


# Hesitations said aloud, with the commas that set them off ("go with, uh, three"); not
# "hmm", which as often opens a second thought ("... hmm, that overshoots. Final: ...").
_FILLER = re.compile(r"(?:,[ \t]*)?\b(?:u+h+|u+m+|e+r+m+)\b(?:[ \t]*,)?(?=[ \t]+[a-z\d$])")
# "like" as a filler before an amount ("I'd put like zero on none", "say, like, 3"), after a
# verb of giving an answer; not a comparison ("looks like 3 passed").
_LIKE = re.compile(
    r"(?P<verb>\b(?:put|say|bet|give|guess|maybe|about|with))[ \t]*,?[ \t]+like,?(?=[ \t]+(?:\$|"
    r"[\d]|zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a hundred|nothing))"
)


def _without_filler(match: re.Match) -> str:
    if not match.group().startswith(","):
        return ""
    # (a list goes on after it: "0 on 1, uh, 90% on 2" keeps its comma)
    return ", " if re.search(r"[\d%]$", match.string[: match.start()]) else " "


# A yes or no said again at once, for emphasis ("No, no, he doesn't.", "yes yes"): said once.
_SAID_AGAIN = re.compile(r"\b(yes|no|yeah|nope|nah)\b(?:[ \t]*[,.!]?[ \t]+\1\b)+")


# "I'd" written down without its apostrophe, as speech-to-text does ("id say three", "id
# put ten percent on one"): before a verb of answering it is no "ID".
_ID = re.compile(r"\bid(?=[ \t]+(?:say|guess|put|bet|give|go|stake|think|pick)\b)")


def without_fillers(text: str) -> str:
    """The text without the fillers of talk before what they hold up ("Um, okay", "go
    with, uh, three", "put like zero on none"), and a yes or no said again at once."""
    text = _ID.sub("i'd", _FILLER.sub(_without_filler, text))
    text = _SAID_AGAIN.sub(r"\1", text)
    return _LIKE.sub(r"\g<verb>", text)
