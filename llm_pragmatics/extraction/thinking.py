"""The thinking a reasoning model prints before its answer: Qwen3, DeepSeek-R1 and their
distills ("<think> ... </think>" first, then the answer), Magistral ("[THINK] ...
[/THINK]"), EXAONE ("<thought> ... </thought>") and gpt-oss (its analysis channel, rendered
"<|channel|>analysis<|message|> ... <|end|><|start|>assistant<|channel|>final<|message|>",
or with the special tokens dropped, "analysis... assistantfinal").

The thinking is reasoning, not the answer: the values it tries, the candidates it weighs
and the yes or no it leans to are no answer, even when the answer after it gives none
(labelling rules 1 and 4). So it is taken out before the answer is read, by the parser and
by the extraction model alike; an answer that is all thinking (cut off by the token limit
inside it or just after it, or never closed) states nothing.
"""

from __future__ import annotations

import re

# The tag's names as reasoning models print them ("<think>", "<thinking>", "<thought>",
# "[THINK]"), in any case.
_NAME = r"(?:think(?:ing)?|thought)"
# Each markup: the opening of a block that opens the answer (after blank space only), and
# the closing that ends it.
_MARKUPS = [
    (rf"[<\[]\s*{_NAME}\s*[>\]]", rf"[<\[]\s*/\s*{_NAME}\s*[>\]]"),
    # gpt-oss with its special tokens: the analysis channel, then the final one.
    (
        r"(?:<\|start\|>\s*assistant\s*)?<\|channel\|>\s*analysis\s*<\|message\|>",
        r"(?:<\|end\|>\s*)?(?:<\|start\|>\s*assistant\s*)?<\|channel\|>\s*final\s*<\|message\|>",
    ),
    # gpt-oss with the special tokens dropped: the channel's name runs into its text
    # ("analysisWe need ...", "assistantfinalPrior: 3"); a heading "Analysis:" is no opening.
    (r"analysis(?=[^\W\d_])", r"assistant\s*final"),
]
_MARKUPS = [
    (re.compile(rf"\A\s*{opening}", re.IGNORECASE), re.compile(closing, re.IGNORECASE))
    for opening, closing in _MARKUPS
]
# gpt-oss's end-of-message tokens after the final answer are no part of it.
_END_TOKENS = re.compile(r"(?:\s*<\|(?:end|return)\|>)+\s*\Z")
# A reasoning model whose thinking is printed with no tag at all (QwQ: its chat template
# holds the opening one): it opens by talking to itself ("Okay, so ...", "Alright, let me
# ...") and interrupts itself ("Hmm", "wait", "hold on"), until its answer is marked.
_MONOLOGUE_OPENING = re.compile(
    r"\A\s*(?:okay|ok|alright|all right)\s*[,.!]?\s+(?:so|let(?:'s|\s+me)|now|hmm+)\b",
    re.IGNORECASE,
)
_SELF_INTERRUPTION = re.compile(r"\b(?:hmm+|wait|hold on)\b", re.IGNORECASE)
# The answer marked after it: "Final answer", "**Answer**", or a labelled line ("Prior: 3").
_MARKED_ANSWER = re.compile(
    r"\bfinal\s+answer\b|^[\W_]*[a-z][\w ]{0,30}[*_]*:", re.IGNORECASE | re.MULTILINE
)

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
        opened = [(o, c) for o, c in _MARKUPS if o.match(text)]
        closings = [c.search(text) for o, c in opened or ([] if thinking else _MARKUPS)]
        closings = [found for found in closings if found]
        if closings:
            text, thinking = text[min(closings, key=lambda c: c.start()).end() :], True
            continue
        if opened:
            # Opened and never closed: all the rest is thinking (cut off, or the model
            # stopped inside it).
            return "", CUT_IN_THINKING if truncated else ONLY_THINKING
        break
    if thinking and not text.strip():
        return "", CUT_AFTER_THINKING if truncated else ONLY_THINKING
    if truncated and not thinking and _untagged_monologue(text):
        return "", CUT_IN_THINKING
    if thinking:
        text = _END_TOKENS.sub("", text)
    return text, None


def _untagged_monologue(text: str) -> bool:
    """Whether an answer is a thinking monologue with no tag and no answer marked in it
    ("Okay, so ... I'd say 3. Hmm, wait, ..."): cut off by the token limit, the counts, bets
    and words it tries are reasoning before an answer that never came (rule 1)."""
    return bool(
        _MONOLOGUE_OPENING.match(text)
        and _SELF_INTERRUPTION.search(text)
        and not _MARKED_ANSWER.search(text)
    )
