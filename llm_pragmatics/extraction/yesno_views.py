"""Whose view a yes, a no or a statement of the claim is: someone else's answer ("Ann's
answer is yes"), a view weighed as possible ("one might say no"), a view given to someone else
("you believe she knows"), or the answerer's own uncertainty ("I don't know"): none of them is
the answerer's answer. Apart from yesno.py, which reads the answer.
"""

from __future__ import annotations

import re

# Words between a subject and its verb that are not the subject ("she really doesn't").
_NOT_A_SUBJECT = (
    r"do|does|did|don't|doesn't|didn't|can|can't|could|couldn't|will|won't|would|wouldn't|"
    r"may|might|must|should|not|never|really|even|actually|truly|just|honestly|probably|"
    r"possibly|certainly|definitely|surely|now|still|already|also|be|is|isn't|am|are|"
    r"able|unable|to|going|need|needs|ought|want|wants"
)
# Right before a yes or no: the answer of someone else ("Ann's answer is yes", "he
# replied no"), not the answerer's.
ATTRIBUTED_BEFORE = re.compile(
    r"(?:\b(?!(?:my|our|one|it|that|this|what)\b)[a-z]+'s|\b(?:his|her|their|your))\s+"
    r"(?:(?:own|first|final)\s+)?(?:answer|response|reply|guess|view)\s+"
    r"(?:is|was|would be|:)\s*[\"']?$|"
    r"\b(?:he|she|they|[a-z]+)\s+(?:says|said|answers|answered|replies|replied|responds|"
    r"responded)\s*:?\s*[\"']?$"
)
# Right before a yes or no: words that weigh it as a possible view ("You could argue no,
# but ...", "one might say yes"), not the answerer's answer.
CONSIDERED_BEFORE = re.compile(
    # ("one" is "1" in the normalised text)
    r"\b(?:you|one|1|some(?:one|body)?|people|many|others|critics|a (?:skeptic|critic|pessimist))"
    r"\s+(?:could|might|may|would|can)\s+"
    r"(?:argue|say|think|claim|answer|object)\s*(?:that\s+)?(?:it's\s+|the answer is\s+)?[\"']?$|"
    r"\b(?:it's|it is)\s+tempting\s+to\s+(?:say|answer)\s*[\"']?$"
)
# Before a claim: a view the answerer gives to someone else ("you believe ...", "they
# assume ..."), not the answerer's own statement ("I think she knows" is).
# (Also one named, or he or she: "Joe thinks he knows exactly" is Joe's belief.)
SOMEONE_ELSES_VIEW = re.compile(
    r"(?:\b(?:you|they|people|others|one)\s+(?:\w+\s+)?(?:think|believe|feel|suppose|assume|"
    r"guess|say|claim|expect)s?\b|\b(?!(?:i|it|this|that|what|who)\b)[a-z]+\s+"
    r"(?:thinks|believes|feels|supposes|assumes)\b)(?:\s+that)?\s+(?:\S+\s+){0,3}$"
)


def subject_is_the_answerer(before: str) -> bool:
    """Whether the claim's subject is the one answering or the reader ("I don't know",
    "you will not know"): their uncertainty, not an answer."""
    words = re.findall(r"[a-z']+", before)
    # (an adverb of degree is no subject either: "I'm not fully certain")
    while words and re.fullmatch(rf"{_NOT_A_SUBJECT}|[a-z]{{2,}}ly", words[-1]):
        words.pop()
    return bool(words) and words[-1] in ("i", "we", "you", "i'm", "we're", "you're")


# A denial that anyone could know ("You can't know how many ...", "No one can tell exactly",
# "There's no way to know for sure"): the reader's or everyone's uncertainty, no answer of
# its own, but it says the speaker cannot know either. Not under a condition that limits
# it ("you can't know without opening them, but ..."), nor conceded by a contrast after it
# ("No one can be sure. Joe tasted them all, though, so he knows").
_GENERIC_DENIAL = re.compile(
    r"\b(?:(?:you|1)\s+(?:can't|cannot|can not|couldn't|could not|won't|will not|wouldn't|"
    r"would not)\s+(?:really\s+|possibly\s+|ever\s+)?(?:be\s+)?|"
    r"(?:no[ -]?(?:1|one)|nobody|no[ -]?body)\s+(?:can|could|will|would)\s+"
    r"(?:really\s+|ever\s+)?(?:be\s+)?|"
    r"there(?:'s| is) no way (?:to|of)\s+|(?:it's|it is) impossible to\s+)"
    r"(?:know(?:ing)?|tell(?:ing)?|sure|certain)\b"
    r"(?=[^.!?\n]*\b(?:exactly|how many|for (?:sure|certain)|precisely)\b)"
)
_LIMITED = re.compile(r"\b(?:without|unless|if|until|but|except|before|otherwise)\b")
_CONCEDED = re.compile(r"\b(?:but|though|although|however|still|yet|nevertheless|even so)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_end(text: str, position: int) -> int:
    end = _SENTENCE_END.search(text, position)
    return end.start() if end else len(text)


def generic_denial_before(text: str, position: int) -> re.Match | None:
    """A denial that anyone could know, in a sentence of its own before `position`, not
    limited by a condition nor conceded before the sentence at `position` ends."""
    for denial in _GENERIC_DENIAL.finditer(text, 0, position):
        start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, denial.start())), default=0)
        end = _sentence_end(text, denial.end())
        if (
            end <= position
            and not _LIMITED.search(text, start, end)
            and not _CONCEDED.search(text, end, _sentence_end(text, position))
        ):
            return denial
    return None
