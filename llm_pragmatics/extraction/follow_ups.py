"""Where an answer stops answering the question it was asked: a question or task the
model sets itself after its answer (small models trained on exercise books go on with
"Follow-up question 1: ...", "Instruction 2 (more difficult): ...", "Question 2: ..."
and answer those too). What comes after answers another question, not the one asked.
"""

from __future__ import annotations

import re

# A line that opens another question or task: "follow-up question(s)", "follow up 1",
# "a new/another/harder question", or a question, instruction, task or exercise numbered
# from 2 (the asked one being the first).
_FOLLOW_UP = re.compile(
    r"(?m)^[ \t]*(?:\d+[.)][ \t]*)?(?:"
    r"follow[- ]?ups?\b(?:[ \t]+(?:question|exercise|task)s?\b)?|"
    r"(?:new|another|next|harder|more difficult)[ \t]+(?:question|instruction|task|exercise|"
    r"scenario)\b|"
    r"(?:question|instruction|task|exercise|problem|scenario)[ \t]*#?[ \t]*(?:[2-9]|1\d)\b"
    r")[^\n]*"
)


# The label's line and the next line with words: where the question it sets is asked.
_ASKED = re.compile(r"[^\n]*(?:\n[ \t]*)*[^\n]*")


def before_a_follow_up(text: str) -> int:
    """Where the first question or task the answer sets itself begins: a label of one that
    asks a question on its line or the next (not a table's numbered rows read as "question
    2: it wasn't bad"); the text's end if none does, or if nothing comes before it."""
    for match in _FOLLOW_UP.finditer(text):
        asked = _ASKED.match(text, match.end())
        if text[: match.start()].strip() and "?" in match.group() + asked.group():
            return match.start()
    return len(text)
