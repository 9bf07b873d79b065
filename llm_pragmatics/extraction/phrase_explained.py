"""A sentence given as the answer after a marker ('Fiona would most likely say "It was
bad."'), explained by prose that names other phrases of the set only to compare them or
set them aside ('"It was terrible" would be more appropriate for a 0-heart rating',
'rather than hedging with a negation like "It wasn't bad,"'); phrases.py reads it when
its other rules find several phrases and no choice. Another phrase offered, endorsed or
answered again ("or", "would also work", "Final answer:", "Actually, ...") leaves the
answer unread, as does an answer line that a later one contradicts."""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_markers import ANSWER_LINE
from .phrase_forms import Choice, PhraseOption, choice_of, phrase_regex
from .readers import LOOSE, Unreadable

# The marked sentence: a quote that is one phrase alone, after "would (likely) say", "she'd
# actually say is", "would be most likely to say" in one sentence (possibly bold, after a
# colon and a blank line); not one said under a condition, a possibility or a negation.
_MARKED = re.compile(
    r"(?P<intro>[^.!?\n\"]*\b(?:would|will|'d)\b[^.!?\n\"]*?\b(?:say|reply|respond|tell \w+)"
    r"(?:\s+is)?)[ \t]*[:,]?\s*\**[\"“](?P<quote>[^\"”\n]{4,60})[\"”]"
)
# (or said by someone else: "Her sister, who is blunt, would say ...")
_NOT_GIVEN = re.compile(
    r"\b(?:if|when|unless|might|could|may)\b|"
    r"\b(?:her|his|their|its)\s+[a-z]+(?:\s*,[^,]*,)?\s*(?:would|will|'d)\b"
)
_DENIED = re.compile(r"\b(?:not|never|rather|instead)\b|n't")
# Anywhere: a second answer or a choice left open, so no single marked answer.
_ANSWERED_AGAIN = re.compile(
    r"(?i)\bfinal answer\b|\bon (?:second |further )?reflection\b|\bsecond thought|"
    r"\bcorrection\b|\balternatively\b|(?:^|[.!?]\s+|\n\s*)actually\b|,\s*actually,|"
    r"\b(?:also|equally)\s+(?:work|fit|plausible|possible|likely|acceptable|fine|valid)|"
    r"\b(?:could|might|may)\s+also\b|\beither\b|\bboth\b|[\"”]\s*,?\s*or\s+[\"“]|"
    r"\bor (?:maybe|perhaps|possibly)\b|\bor\s+(?:she|he|they)\b"
)
# Before another phrase in its sentence: compared with or set aside.
_SET_ASIDE_BEFORE = re.compile(
    r"(?:\brather than|\binstead of|\bthan|\bavoids?|\bavoiding|(?:\bnot|n't) go as far as|"
    r"(?:\bnot|n't) (?:claiming|saying|pretending)|\bwithout (?:saying|claiming|pretending)|"
    r"\b(?:saying|say) only|\bonly saying|\bwhich|"
    r"\b(?:negation|negative|hedge|understatement|overstatement|exaggeration|insult|lie) like)"
    r"\s+(?:(?:that|saying|with)\s+)?[*\"“]?$"
)
# After another phrase: judged as fitting another rating, too much or too little.
_SET_ASIDE_AFTER = re.compile(
    r"^[\"”.,!*]*\s*(?:(?:would|might|could)(?:\s+(?:be|have been|actually|sound|seem))?"
    r"\s*(?:[.,;]|$|more appropriate (?:for|if|when)|too\b|an? (?:stretch|overstatement|"
    r"understatement|exaggeration|lie)|\*?(?:under|over)[-*]?\w*|overstate|understate|"
    r"exaggerate|be (?:harsh|unkind|dishonest|misleading))|is a stretch\b)"
)
# A quote ignored or set aside, someone else's words ("Ignoring Emily's 'It was awesome'").
_IGNORED = re.compile(
    r"\b(?:ignoring|disregarding|setting aside|apart from|besides)\s+(?:[a-z]+'s\s+)?"
    r"[\"“][^\"”\n]*[\"”]"
)


def _another_word_after_but(text: str, choice: Choice, options: tuple[PhraseOption, ...]) -> bool:
    """Whether, in the choice's sentence, another word of the set stands bare after "but"
    ("..., but bad as compared to ...")."""
    own = text[choice.start : choice.end].split()[-1]
    others = {o.text.split()[-1].lower() for o in options} - {own}
    rest = re.split(r"[.!?\n]", text[choice.end :])[0]
    found = re.search(rf",[^,]*\bbut\s+(?:also\s+)?({'|'.join(others)})\b", rest)
    return bool(found)


# A phrase that names the thing ("the cake was bad"), unquoted: the truth described, not a
# sentence said.
_DESCRIBED = re.compile(r"\b(?:the|her|his|their|[A-Z]\w+'s)\s+[a-z]+\s*$")
_NAMED = re.compile(r"(?i)(?:the|her|his|their|[a-z]+'s)\s+[a-z]+\s")


def answer_lines_disagree(text: str, options: tuple[PhraseOption, ...]) -> None:
    """Unreadable when two answer lines ("Answer: ...", "Final answer: ...") give
    different phrases: the answer stated twice differently."""
    regex = phrase_regex(options)
    # (each line's first phrase: an aside on the line, "(or 'It wasn't bad')", is weighed
    # by the other readers)
    firsts = [regex.search(line["given"]) for line in ANSWER_LINE.finditer(text)]
    if len({choice_of(m, options, LOOSE).label for m in firsts if m}) > 1:
        raise Unreadable("two answer lines give different phrases")


def explained_choice(text: str, options: tuple[PhraseOption, ...]) -> Choice | None:
    """The one phrase given after a marker when every other phrase of the set is only
    compared or set aside; a loose reading (a form not asked for)."""
    regex = phrase_regex(options)
    marked = []
    for m in _MARKED.finditer(text):
        if _DENIED.search(m["intro"]):
            continue  # ("she wouldn't say 'It was terrible'"): set aside
        inner = regex.fullmatch(re.sub(r"[.!,]+$", "", m["quote"].strip()))
        if not inner or _NOT_GIVEN.search(m["intro"]):
            return None  # another sentence given, or one under a condition: no one answer
        marked.append(choice_of(regex.search(text, m.start("quote")), options, LOOSE))
    if len({c.label for c in marked}) != 1 or _ANSWERED_AGAIN.search(text):
        return None
    first = marked[0]
    others = [m for m in regex.finditer(text) if choice_of(m, options, LOOSE).label != first.label]
    # (with no other phrase the other readers' refusal stands: this reads explanations)
    if not others or not all(_set_aside(text, m, described=True) for m in others):
        return None
    return replace(first, grade=LOOSE)


def _set_aside(text: str, match: re.Match, described: bool = False) -> bool:
    """Whether a phrase is only compared with another or set aside in its sentence (or,
    with `described`, names the thing unquoted: the truth described, not a saying)."""
    sentence_start = max(text.rfind(s, 0, match.start()) for s in (". ", "\n", "! ", "? "))
    before = text[sentence_start + 1 : match.start()]
    after = text[match.end() : match.end() + 60]
    if _SET_ASIDE_BEFORE.search(before) or _SET_ASIDE_AFTER.match(after):
        return True
    if any(s <= match.start() < e for s, e in map(re.Match.span, _IGNORED.finditer(text))):
        return True
    quoted = re.search(r"[\"“]\s*$", before)
    return described and not quoted and bool(_DESCRIBED.search(before) or _NAMED.match(match[0]))


def with_an_explained_choice(read, text: str, options: tuple[PhraseOption, ...]):
    """The phrases `read` finds; when it finds several or refuses, the marked sentence its
    explanation only compares others with (explained_choice), if there is one."""
    answer_lines_disagree(text, options)
    try:
        chosen = read(text, options)
    except Unreadable:
        explained = explained_choice(text, options)
        if explained is None:
            raise
        return (explained,)
    if len({c.label for c in chosen}) > 1:
        explained = explained_choice(text, options)
        if explained is not None:
            return (explained,)
    elif chosen and _another_word_after_but(text, chosen[0], options):
        # "the app was terrible, not great overall, but bad as compared to ...": two
        # evaluations of the thing in one sentence, no choice
        raise Unreadable("the sentence evaluates again with another of the words")
    elif chosen and not _MARKED.search(text):
        # a sentence of an explanation read alone ('..., which "It was amazing" might.'):
        # its only phrase compared or set aside is no answer
        matches = list(phrase_regex(options).finditer(text))
        if matches and all(_set_aside(text, m) for m in matches):
            return ()
    return chosen
