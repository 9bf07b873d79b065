"""Templates an answer echoes: a block offered as a pattern to fill or check against
("Use this template:", "For example:"), not the answer's own values."""

from __future__ import annotations

import re

# A line that offers what follows as a pattern to fill or check against, not as the
# answer's own values: "Please verify that your answer lies on this format:", "Use this
# template:", "For example:". Not the answer introducing itself ("Here is my answer in
# this format:").
_TEMPLATE_INTRO = re.compile(
    r"(?m)^[^\n]*\b(?:templates?|examples?|e\.g\.?|for instance|sample|formats?)\b[^\n]*:[ \t]*$"
)
_ADDRESSED = re.compile(
    r"\b(?:please|should|must|verify|check|make sure|ensure|templates?|examples?|e\.g|"
    r"for instance|sample)\b"
)
# (The answer's own: "Here is my answer in this format:", "In the format you asked for:".)
_OWN = re.compile(
    r"\b(?:my|i|i'll|i'm|i've|i'd|here's|here is|here are|below is|mine|asked|requested|"
    r"required|specified|as instructed)\b"
)


def without_templates(text: str) -> str:
    """The text with every template it offers blanked (the block after the line that
    introduces it, up to a blank line), every position kept: an echoed format is no
    answer."""
    for intro in _TEMPLATE_INTRO.finditer(text):
        line = intro.group()
        if not _ADDRESSED.search(line) or _OWN.search(line):
            continue
        end = text.find("\n\n", intro.end() + 1)
        end = len(text) if end < 0 else end
        block = re.sub(r"[^\n]", " ", text[intro.end() : end])
        text = text[: intro.end()] + block + text[end:]
    return text
