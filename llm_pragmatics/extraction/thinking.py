"""The thinking a reasoning model prints before its answer (Qwen3, DeepSeek-R1 and their
distills: "<think> ... </think>" first, then the answer).

The thinking is reasoning, not the answer: the values it tries, the candidates it weighs
and the yes or no it leans to are no answer, even when the answer after it gives none
(labelling rules 1 and 4). So it is taken out before the answer is read, by the parser and
by the extraction model alike; an answer that is all thinking (cut off by the token limit
inside it or just after it, or never closed) states nothing.
"""

from __future__ import annotations

import re

# The tag's names as reasoning models print them ("<think>", "<thinking>"), in any case.
_NAME = r"think(?:ing)?"
# A block opening the answer (after blank space only), closed or not.
_OPENING = re.compile(rf"\A\s*<\s*{_NAME}\s*>", re.IGNORECASE)
_CLOSING = re.compile(rf"<\s*/\s*{_NAME}\s*>", re.IGNORECASE)

# Why an answer that is all thinking states nothing.
CUT_IN_THINKING = "cut off inside the thinking, before any answer (the answer was truncated)"
CUT_AFTER_THINKING = "cut off after the thinking, before any answer (the answer was truncated)"
ONLY_THINKING = "no answer after the thinking"


def without_thinking(answer: str, truncated: bool = False) -> tuple[str, str | None]:
    """The answer with the thinking it opens with taken out, and why nothing is left
    (None when an answer is left, or when there was no thinking)."""
    text = str(answer or "")
    thinking = False
    # A closing tag ends the thinking, whether its opening tag was printed or not (an
    # R1-distill's chat template may put "<think>" in the prompt, so the answer holds only
    # "... </think>"); blocks one after the other all go.
    while True:
        opening = _OPENING.match(text)
        closing = _CLOSING.search(text)
        if closing and (opening or not thinking):
            text, thinking = text[closing.end() :], True
            continue
        if opening:
            # Opened and never closed: all the rest is thinking (cut off, or the model
            # stopped inside it).
            return "", CUT_IN_THINKING if truncated else ONLY_THINKING
        break
    if thinking and not text.strip():
        return "", CUT_AFTER_THINKING if truncated else ONLY_THINKING
    return text, None
