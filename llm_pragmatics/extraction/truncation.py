"""An answer cut off at the token limit: which of its values the cut may have changed (one
that runs to the end of the text) or may have joined by a second one (a last, unfinished
sentence that starts another answer)."""

from __future__ import annotations

import re

from .readers import Found

# What starts another answer: someone would or might say something ("Or she might say");
# not the answer given pointed back at ("Zack would say this because ...").
_ANOTHER_ANSWER = re.compile(
    r"\b(?:would|will|might|could|may|'d|'ll)\s+(?:\w+\s+){0,2}"
    r"(?:say|tell|reply|respond|answer|go with|choose|pick|opt for)\b"
    r"(?!\s+(?:this|so)\b(?!\s*:)|\s+that\s+(?:because|since|as|to)\b)"
    # ("I could tell", "you could tell she was proud": seeing, not saying; "she could
    # tell him" may say)
    r"(?<!\bcould tell(?=\s*$|\s+(?:that|how|from|by|i|she|he|they|it|you|we)\b))"
)


def cut_in_another_answer(text: str, found: list[Found]) -> bool:
    """Whether a truncated answer's last, unfinished sentence, after every value found,
    starts another answer ("Or she might say", "My final answer"): what the cut took
    could have been a second value."""
    body = text.rstrip(" \t\n\"'*_")
    last = max(m.end() for m in re.finditer(r"^|[.!?\n]", body))
    tail = body[last:]
    if not found or re.search(r"[.!?]$", body):
        return False
    end = max(x.end for x in found)
    if last <= end:
        # the value in the cut sentence, another item begun after it ('from "It was
        # amazing" to softer ones like'): the cut took the rest of a list of candidates
        return bool(_ANOTHER_ITEM.match(body[end:]) and _RANGE_FROM.search(body[last:end]))
    # the choice reopened after the value ("... so amazing. But hold on, let me
    # reconsider ... So maybe"): the cut falls while the answer is still weighing
    return bool(
        _ANOTHER_ANSWER.search(tail)
        or _opens_alike(text, found[-1], tail)
        or _REOPENED.search(body[end:])
    )


# A list of candidates going on after a value: "from A to ...", "A or ...", "A versus ...".
_RANGE_FROM = re.compile(
    r"\b(?:from|between)\b(?:(?!\b(?:say|tell|answer|reply|pick|choose|go with)\b)[^.!?\n])"
    r"{0,40}(?<!\w)[\"“']"
)
# (a frame's value ends before its word: "was| amazing, to")
_ANOTHER_ITEM = re.compile(
    r"(?:\s+[a-z]+)?[\s\"'*_,]*(?:(?:all the way|right|up|down)\s+)?(?:to|and|or)\b", re.I
)
# Words that reopen a choice made in reasoning.
_REOPENED = re.compile(
    r"\b(?:wait|hold on|hang on|reconsider|rethink|on second thought|second-guess)\b", re.I
)


def _opens_alike(text: str, found: Found, tail: str) -> bool:
    """Whether the cut sentence opens with the same two words as the line of a value
    found ("- It was good\n- It was ama"): another item of the same form begun, which
    could have been another answer."""
    line_start = text.rfind("\n", 0, found.start) + 1
    opening = re.findall(r"[a-z']+", text[line_start : found.end])[:2]
    return len(opening) == 2 and re.findall(r"[a-z']+", tail)[:2] == opening


def cut_off(text: str, found: Found) -> bool:
    """Whether a value of a truncated answer may be cut off: it runs to the end of the
    text ("Bets: ... 3: 4" could have been 45; "It was" could have been "It wasn't"),
    unless a quote mark or emphasis after it closes one opened before it on its line
    ('she'd say: "It wasn't bad"', "**3**"): that shows it ended; so does a space or line
    break after it ("It wasn't bad "): the next word never came, but this one was whole."""
    rest = text[found.end :]
    ended_by_space = bool(re.match(r"[\"'*_]*\s", rest))
    return (
        found.end >= len(text.rstrip(" \t\n\"'*_"))
        and not _closed_after(text, found)
        and not ended_by_space
    )


def _closed_after(text: str, found: Found) -> bool:
    closer = re.match(r"\"|\*\*", text[found.end :])
    line = text[text.rfind("\n", 0, found.start) + 1 : found.start]
    return bool(closer) and line.count(closer.group()) % 2 == 1
