"""The phrase reader: which of a closed set of phrases an answer chooses (factors.py reads
one factor of it).

The phrases and their factors are an option set of the study's `probabilities` block
(written once for both stages). The English around them is the library's: a phrase's
subject may be named ("the cake was good" for "It was good"), its copula in another tense
("It is good", "It isn't bad"), fillers may stand inside it ("it wasn't that bad"); answer
markers ("I'd say", "Answer:") point at the choice; rejected, weighed and hypothetical
phrases are no choice, and a list of candidates is no choice unless one is marked.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .fields import Field
from .readers import CLEAR, DIRECT, LOOSE, Found, Unreadable
from .text import BLANK, TAKEN_BACK, words

# Words a speaker puts inside a phrase without changing which phrase it is.
_FILLERS = (
    r"really|very|so|that|too|truly|pretty|quite|absolutely|totally|just|all|actually|simply|"
    r"honestly|genuinely|completely|entirely|utterly|particularly|especially|extremely|"
    r"incredibly|super|overall|definitely|certainly|rather|fairly|somewhat|still|even|a|an|"
    r"a bit|a little|kind of|sort of|that much|all that"
)
_BETWEEN = rf"[\s,]+(?:(?:{_FILLERS}|\((?:{_FILLERS})\))[\s,]+){{0,3}}"
# A copula may be written in another tense; "it's" glues it to its subject.
_COPULA = {
    "was": r"was|is|were|are",
    "is": r"was|is|were|are",
    "wasn't": r"wasn't|isn't|weren't|aren't",
    "isn't": r"wasn't|isn't|weren't|aren't",
}
# A phrase whose first word is a pronoun may name its subject instead.
_PRONOUNS = {"it", "this", "that", "they", "he", "she"}
_SUBJECT = r"(?:it|this|that|[a-z]+'s\s+\w+|(?:the|your|his|her|their|my|our)\s+\w+(?:\s+\w+)?)"
_PRONOUN = r"(?:it|this|that)"
# Words stand alone: not inside another ("don't", "good-ish"); a quote mark may stand close.
_START = r"(?<!\w)(?<!\w')"
_END = r"(?![\w-]|'\w)"

# Before a phrase: the answer rejects it, offers it as one of two, or only supposes it.
_HEDGES = r"(?:(?:just|simply|even|maybe|perhaps|possibly|probably|also|likely)\s+){0,3}"
_REJECTED_BEFORE = re.compile(
    r"(?:\bnot|n't|\brather than|\binstead of|\bthan|\bavoid(?:ing)?|\bnor|\bneither|"
    rf"\beither|\bor|\bvs\.?|\bversus|\bunlike)\s+{_HEDGES}(?:say(?:ing)?\s+)?(?:that\s+)?[\"']?$"
)
# Before a phrase: offered as another answer ("'It was bad', or maybe even 'It was
# terrible'", "or she could say"), unless what it stands beside was rejected.
_OFFERED_BEFORE = re.compile(
    rf"(?:\beither|\bor(?:\s+else)?)\s+{_HEDGES}(?:(?:she|he|they|it|you|i)\s+(?:\w+\s+){{0,2}}"
    r"(?:says?|saying|go(?:es)? with|choos(?:e|es)|picks?|uses?|tells?|answers?|repl(?:y|ies)|"
    r"respond(?:s)?)[\s,:]+(?:\w+\s+){0,2})?(?:that\s+)?[\"']?$"
)
_ALTERNATIVE_AFTER = re.compile(r"^[\"'.,!;\s-]*(?:or(?!\s+rather\b)|vs\.?|versus)\b")
_WEIGHED_AFTER = re.compile(
    r"^[\"'.,!]*\s*(?:is|isn't|would be|wouldn't be|would not be|sounds|seems|feels|might be|"
    r"could be)\s+(?:too|a|an|not|"
    r"the|kind|mean|harsh|rude|dishonest|untrue|false|unkind|inaccurate|misleading|honest|"
    r"true|cruel|blunt|nice|polite|generous|an? (?:lie|exaggeration))\b|"
    r"^[\"'.,!]*\s*(?:would|could|might)(?:n't| not)?\s+(?:hurt|hide|upset|offend|mislead|sound)\b"
)
_HYPOTHETICAL_BEFORE = re.compile(r"\b(?:saying|to say|say|says)\s*:?\s*[\"']?$")
_HYPOTHETICAL_AFTER = re.compile(
    r"^[\"'.,!]*\s*(?:would|could|might|may|is|sounds|seems|feels|was|will|can)\b"
)
_IF_CLAUSE = re.compile(r"\bif\b[^,;]*$")
# A sentence that starts with a condition ("If he values honesty, he might have said ...").
_CONDITIONAL_SENTENCE = re.compile(
    r"^[\s\"'(]*(?:however,?\s+|but\s+)?(?:if|unless|suppose|supposing|assuming)\b"
)
# A phrase followed by its condition ('"It was awful" if blunt, "It wasn't good" if ...').
# ("... when polite", not "it was amazing when I danced").
_CONDITION_AFTER = re.compile(
    # not a condition on saying it ("if I'm being honest", "if you ask me")
    r"^[\"')]*,?\s*(?:(?:if|unless)\b(?!\s+(?:sure|real|i'm|i am|you ask|anything|i may)\b)|"
    r"when\s+[a-z]+\s*(?:[,.;]|$))"
)
# Before a phrase: the speaker would NOT say it ("wouldn't be likely to say", "I don't
# think he'd say").
_NOT_SAID_BEFORE = re.compile(
    r"(?:\bnot\b|n't\b|\bnever\b)(?:[^.!?;,\n\"'-]|(?<=\w)'(?=\w)){0,40}"
    r"\b(?:say|said|tell|use|go with|choose|pick|mention|mentioned|call it|admit)\b"
    r"[^.!?;,\n\"']{0,15}[\"']?$"
)
# Before a phrase: someone's opinion, not what the speaker says ("Emma thinks the
# show was awful"; "I think it was good" is the answerer's own answer).
_OPINION_BEFORE = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:thinks?|thought|feels?|felt|believes?|believed|finds|found|"
    r"knows?|knew|considers?|considered|rated|rates)\s+(?:that\s+)?$|"
    r"\b(?:opinion|view|feelings?|verdict in (?:her|his|their) head)\s*(?:is\s+(?:that\s+)?|:)\s*$"
)
# A second answer that corrects the first ("It was good. Actually, it was amazing.").
_CORRECTION_BEFORE = re.compile(
    r"\b(?:actually|or rather|rather|no wait|wait|i mean|correction|on second thought|"
    r"scratch that|just kidding|kidding|i take (?:it|that) back|let me correct|edit)\b"
    r"[^.!?\n]{0,20}$|"
    # "Hmm, no: ..."
    r"(?:^|\b(?:hmm|um|uh|oh|well|er)\b)[\s,]*no\b[\s,:;-]+[^.!?\n]{0,20}$"
)
# Between two phrases: the later one takes the earlier back ("It was good!\n\nWait - since
# ..., it should be 'It was terrible'").
_REVISING = re.compile(
    r"\b(?:wait|actually|correction|on second thought|(?:up)?on reflection|i mean|i meant|"
    r"scratch that|should (?:be|have been)|oops|edit|p\.?s|make (?:that|it))\b"
)
_LESSER_BEFORE = re.compile(
    r"\b(?:alternatives?|alternatively|second choice|second best|runner-up|less likely|"
    r"(?<!to )least likely|less probable|(?<!to )least probable|unlikely|"
    r"backup|or else)\b"
    r"[^.!?\n]{0,40}$"
)
_LESSER_AFTER = re.compile(
    r"^[\"'.,!]*\s*(?:is|would be)?\s*(?:also (?:possible|an option|fine)|could also work|"
    r"would also work|also works)"
)
# A hedge before the choice ("Maybe 'It was good'", "she might say"): not beyond doubt.
_HEDGED = re.compile(
    r"\b(?:maybe|perhaps|possibly|probably|might|could|may|likely|i guess|not sure|depends)\b"
)
_ANSWER_MARKER = re.compile(
    r"\b(?:answer|response|reply|choice|verdict|conclusion|final|utterance|"
    r"(?:would|will|might|'d|'ll|should)\s+(?:\w+\s+){0,2}(?:say|said|tell|reply|replied|respond|"
    r"go with|choose|pick|answer|answered|opt for)|choose|chose|pick|go with)\b"
    r"(?:\s+(?:is|would be|will be|was)\b(?=\s*:))?[^\w\"']*|"
    r"->[ \t]*"
)
# A colon introduces what follows ("the kindest true thing is: It wasn't bad").
_COLON = re.compile(r":[ \t]*")
# A line that gives the answer: "Answer: ...", "A: ...", "Final answer: ...".
_ANSWER_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:my |the )?(?:final )?(?:answer|response|reply)|a)[ \t]*:[ \t]*"
    r"(?P<given>\S[^\n]*)"
)
# Between two phrases of a list in a row: commas, shares, "and" ('"It was awful" (60%),
# "It wasn't good" (30%)', "It was good, it was amazing").
_IN_A_ROW = re.compile(
    r"[\s\"',;/:=-]*(?:\(?\s*[\d.]+\s*%?\s*\)?|\([^()\n]{0,30}\))?[\s\"',;/]*"
    r"(?:(?:and|or)(?:\s+(?:then|also|later|maybe))?[\s\"']+)?",
    re.ASCII,
)
# A share given to a phrase right after it ("(60%)", ": 0.6", "= 40%").
_SHARE_AFTER = re.compile(r"[\"')]*\s*[(:=-]?\s*(?:\d+(?:\.\d+)?\s*%|0?\.\d+)(?![\d.])")
_CHOSEN_AFTER = re.compile(
    r"^[\"'.!]*\s*(?:<-+|←|✓|✔|\((?:my |the )?(?:answer|choice|chosen|pick)\)|"
    r"-+\s*(?:my |the )?(?:answer|choice|chosen|pick))"
)
_LIST_MARKER = r"(?:\d+[.)]|[a-h][.)]|\(\w\))"
# A list item named by its marker: "c", "(b)", "number 2".
_REFERENCE = re.compile(r"[\s:\"'(]*(?:number\s+|option\s+)?\(?(?P<key>[a-h]|\d)\)?[\s.!\"')]*$")
SHORT_ANSWER_WORDS = 8
# An answer this long that names a phrase once, marking no answer, may be reasoning about it.
PLAIN_ANSWER_WORDS = 20


@dataclass(frozen=True)
class _Option:
    label: str
    text: str
    levels: tuple[tuple[str, str], ...]  # (factor, level)


@dataclass(frozen=True)
class _Choice:
    label: str
    start: int
    end: int
    grade: str
    tokens: tuple[tuple[int, int], ...]  # the span of each of the option's words


def _options_of(field: Field) -> tuple[_Option, ...]:
    return tuple(
        _Option(o["label"], o["text"].lower(), tuple((k, str(v)) for k, v in o["levels"].items()))
        for o in field.params["options"]
    )


def _token(token: str, index: int, group: str) -> str:
    if index == 0:
        return rf"(?P<{group}>{_SUBJECT if token in _PRONOUNS else re.escape(token)})"
    forms = _COPULA.get(token)
    if forms and not token.endswith("n't"):
        return rf"(?:(?P<{group}>'s)|{_BETWEEN}(?P<{group}_>{forms}))"
    return rf"{_BETWEEN}(?P<{group}>{forms or re.escape(token)})"


@lru_cache(maxsize=64)
def _subjectless_regex(options: tuple[_Option, ...]) -> re.Pattern:
    """The phrases without their pronoun subject, at the start of a sentence."""
    alternatives = []
    for i, option in enumerate(options):
        tokens = words(option.text)
        if tokens[0] not in _PRONOUNS or len(tokens) < 2:
            continue
        forms = _COPULA.get(tokens[1], re.escape(tokens[1]))
        body = rf"(?P<o{i}t0>)(?P<o{i}t1>{forms})"
        body += "".join(_token(t, j, f"o{i}t{j}") for j, t in enumerate(tokens) if j > 1)
        alternatives.append(rf"(?P<o{i}>{body}{_END})")
    sentence_start = r"(?:^|(?<=[\n.!?:;\"'(])|(?<=[\n.!?:;\"'(] ))"
    return re.compile(sentence_start + "(?:" + "|".join(alternatives or ["(?!)"]) + ")")


@lru_cache(maxsize=64)
def _phrase_regex(options: tuple[_Option, ...]) -> re.Pattern:
    alternatives = []
    for i, option in enumerate(options):
        tokens = words(option.text)
        body = "".join(_token(t, j, f"o{i}t{j}") for j, t in enumerate(tokens))
        alternatives.append(rf"(?P<o{i}>{_START}{body}{_END})")
    return re.compile("|".join(alternatives))


def _choice(match: re.Match, options: tuple[_Option, ...], grade: str) -> _Choice:
    index = next(int(k[1:]) for k, v in match.groupdict().items() if v and re.fullmatch(r"o\d+", k))
    count = len(words(options[index].text))
    spans = []
    for j in range(count):
        names = (f"o{index}t{j}", f"o{index}t{j}_")
        group = next(g for g in names if g in match.re.groupindex and match.group(g) is not None)
        spans.append(match.span(group))
    return _Choice(options[index].label, *match.span(), grade, tuple(spans))


def _line_of(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def _said_form(text: str, choice: _Choice) -> bool:
    """Whether a phrase has a pronoun subject, as a speaker says it ("It was good"), not a
    subject that names the thing ("the cake was good")."""
    start, end = choice.tokens[0]
    return text[start:end] in _PRONOUNS or end == start


def _given(text: str, choice: _Choice) -> bool:
    """Whether a phrase is given as an answer: a sentence of its own, or what an answer
    marker points at ("she would say 'It was bad'")."""
    return _alone_in_its_sentence(text, choice) or _pointed_at(text, choice)


def _pointed_at(text: str, choice: _Choice) -> bool:
    """Whether an answer marker points at a phrase ("she would say 'Your cake was good'")."""
    for marker in _ANSWER_MARKER.finditer(text, 0, choice.start):
        start, end = _answer_span(text, marker.end())
        if start <= choice.start and choice.end <= end:
            return True
    return False


def _quoted(text: str, choice: _Choice) -> bool:
    return any(q.start() <= choice.start and choice.end <= q.end() for q in _QUOTE.finditer(text))


def _weighing(before: str) -> bool:
    """Whether a phrase is one of those weighed ("choose between 'A' and 'B'", "a mix of
    'A' and 'B'"), not the one an answer marker picks after them ("Between A and B, I'd
    pick B")."""
    weighing = list(
        re.finditer(r"\b(?:between|whether|(?:mix|mixture|combination|blend) of|both)\b", before)
    )
    return bool(weighing) and not _ANSWER_MARKER.search(before, weighing[-1].end())


def _sentence_before(text: str, position: int) -> str:
    """The sentence up to a phrase, or up to the quote the phrase is in."""
    for quote in _QUOTE.finditer(text):
        if quote.start() <= position < quote.end():
            position = quote.start()
            break
    return re.split(r"[.!?\n]", text[max(0, position - 300) : position])[-1]


def _alone_on_its_line(text: str, choice: _Choice) -> bool:
    """Whether the phrase is all its line says, besides a list marker, punctuation and a
    number or share given to it ("It was good: 60%", "- It wasn't bad (0.3)")."""
    line = _line_of(text, choice.start, choice.end)
    rest = line.replace(text[choice.start : choice.end], " ", 1)
    rest = re.sub(r"(?<![\w.])\$?\d+(?:\.\d+)?%?(?![\w.])", " ", rest)
    return not re.sub(rf"^\s*{_LIST_MARKER}|[\W_]", "", rest).strip()


def _alone_in_its_sentence(text: str, choice: _Choice) -> bool:
    """Whether the phrase is a sentence of its own: given as an answer, not mentioned."""
    start = max((m.end() for m in re.finditer(r"[.!?:\n]", text[: choice.start])), default=0)
    end = re.compile(r"[.!?\n]").search(text, choice.end)
    rest = text[start : choice.start] + text[choice.end : end.start() if end else len(text)]
    return not re.sub(rf"^\s*{_LIST_MARKER}|[\W_]", "", rest).strip()


def _several_words_after(text: str, end: int, options: tuple[_Option, ...], own: str) -> bool:
    """ "It was awful, bad, good", "awful and bad": one sentence with several of the
    closing words."""
    finals = {words(o.text)[-1] for o in options} - {words(own)[-1]}
    joined = rf"(?:\s*[,/]\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:(?:{_FILLERS})\s+)*"
    words_ = "(?:" + "|".join(map(re.escape, finals)) + r")\b"
    if re.match(rf"^{joined}{words_}", text[end:]):
        return True
    # "It was good, I think - or maybe amazing": another word offered later in the sentence
    rest = re.split(r"(?<!\.)[.!?](?!\.)|\n", text[end:], maxsplit=1)[0]
    hedge = r"(?:(?:maybe|perhaps|possibly|even|just)\s+)?"
    if re.search(rf"\bor\s+{hedge}(?:(?:{_FILLERS})\s+)*{words_}", rest):
        return True
    # "It was good... no wait, amazing": the word taken back for another
    taken_back = rf"\b(?:{TAKEN_BACK}|make (?:that|it)|no)\b"
    return bool(re.search(rf"{taken_back}[\s,:;-]+(?:(?:{_FILLERS})\s+)*{words_}", rest))


_QUOTE = re.compile(r"\"[^\"\n]{1,200}\"|(?<!\w)'[^'\n]{1,200}?'(?!\w)")


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a phrase, in its sentence; for a phrase inside a quote,
    before and after the quote ('"It was good. Thanks!" or "Great job"')."""
    for quote in _QUOTE.finditer(text):
        if quote.start() <= start and end <= quote.end():
            start, end = quote.start(), quote.end()
            break
    before = re.split(r"[.!?\n]", text[max(0, start - 60) : start])[-1]
    return before, text[end : end + 40]


@dataclass
class _Mentions:
    """Every phrase a text mentions, in order, and those it offers as alternatives."""

    all: list[_Choice] = dataclasses.field(default_factory=list)
    offered: list[_Choice] = dataclasses.field(default_factory=list)


@lru_cache(maxsize=4096)
def _phrases(text: str, options: tuple[_Option, ...]) -> tuple[_Choice, ...]:
    """The phrase the answer chooses (none, one, or several when it gives more than one).

    A choice is one only if the answer commits to it: another phrase offered after it ("I'd
    say X ... or she could say Y or Z") or another sentence in the phrases' form given as
    the answer ('he'd say "It was great"') makes it no choice. A choice beside other
    phrases of the set (rejected, weighed, offered) is a loose reading."""
    mentions = _Mentions()
    chosen = _choose(text, options, mentions)
    if len({c.label for c in chosen}) != 1:
        return chosen
    first = chosen[0]
    if any(o.label != first.label and o.start > first.start for o in mentions.offered):
        raise Unreadable("the answer offers another phrase after its choice")
    other = _other_answer(text, options)
    if other:
        raise Unreadable(f"the answer also gives {other!r} as what would be said")
    hedged = _HEDGED.search(_sentence_before(text, first.start))
    if hedged or any(m.label != first.label for m in mentions.all):
        return tuple(replace(c, grade=LOOSE) for c in chosen)
    return chosen


def _other_answer(text: str, options: tuple[_Option, ...]) -> str | None:
    """A quoted sentence in the phrases' form, but none of them, that an answer marker
    points at ('he'd say "It was great"'): an answer outside the set."""
    whole = _phrase_regex(options)
    for marker in _ANSWER_MARKER.finditer(text):
        start = len(text) - len(text[marker.end() :].lstrip(" \t\n,:"))
        quote = _QUOTE.match(text, start)
        if not quote or whole.search(quote.group()):
            continue
        quoted = quote.group()
        inner = quoted[1:-1].strip(" .!,")
        if re.match(rf"{_PRONOUN}\b", inner) and _one_evaluation(inner, options, short=False):
            return inner
    return None


def _choose(text: str, options: tuple[_Option, ...], mentions: _Mentions) -> tuple[_Choice, ...]:
    """The phrases the answer gives as its answer (see _phrases).

    Phrases the answer rejects ("rather than 'it was awful'"), weighs ("'it was bad'
    would be too harsh"), supposes ("if it was good, ..."), offers as a lesser alternative
    or puts in parentheses do not count. After an answer marker ("I'd say", "Answer:") the
    first phrase after the last marker is the choice. A list of several phrases with none
    marked is no choice (Unreadable)."""
    regex = _phrase_regex(options)
    # An aside in parentheses is no answer, unless it gives one ("(Correction: the answer
    # should be 'It was bad')").
    asides = [
        m.span()
        for m in re.finditer(r"\([^()]*\)", text)
        if not (_ANSWER_MARKER.search(m.group()) or _REVISING.search(m.group()))
    ]
    candidates: list[_Choice] = []
    weighed: list[_Choice] = []  # rejected or weighed: reasons for a list to be no choice
    set_aside: list[_Choice] = []  # supposed or offered as a lesser alternative
    conditional: list[_Choice] = []  # in a sentence that starts with a condition
    mentioned = mentions.all  # every phrase, chosen or not, in order
    offered = mentions.offered  # offered as one of alternatives ("X or Y"): among weighed
    marked = [
        _choice(m, options, CLEAR)
        for m in regex.finditer(text)
        if _CHOSEN_AFTER.match(text[m.end() : m.end() + 40])
    ]
    if marked:
        # "It wasn't bad <- my answer"; two marked differently are two answers
        mentions.all.extend(_choice(m, options, CLEAR) for m in regex.finditer(text))
        return tuple(marked)
    for match in regex.finditer(text):
        choice = _choice(match, options, CLEAR)
        mentioned.append(choice)
        after = text[match.end() : match.end() + 40]
        if re.search(r"\b(?:a|an)\s+\S+$", match.group()):
            noun_phrase = re.match(r"\s*[a-z]+\s*(?:[.!?,;\"')\n]|$)", after) and not re.match(
                r"\s*one\b", after
            )
            given = re.search(r"(?:^|[.!?:\n\"'])\s*[\"']?$", text[: match.start()])
            if noun_phrase and (given or _pointed_at(text, choice)):
                # "It was a good effort.": given as the answer, the word of a noun phrase
                choice = mentioned[-1] = replace(choice, grade=LOOSE)
            elif noun_phrase:
                continue  # "... not mention that it was a bad cake"
            elif not re.match(r"\s*(?:one\b|1\b|[.!?,;:\"')\n]|$)", after):
                continue  # "a good example of ...": the word is about something else
        if re.match(r"[ \t]+(?:that|to)[ \t]+(?!be\b)[a-z]", after):
            continue  # "it was good to see you", "it's bad that he left": about another thing
        before, after = _context(text, *match.span())
        if any(s < match.start() < e for s, e in asides):
            continue
        own_text = next(o.text for o in options if o.label == choice.label)
        if _several_words_after(text, match.end(), options, own_text):
            raise Unreadable("one sentence with several of the words, no choice")
        offered_before = _OFFERED_BEFORE.search(before)
        rejected = _NOT_SAID_BEFORE.search(before) or (
            _REJECTED_BEFORE.search(before) and not offered_before
        )
        if offered_before or _ALTERNATIVE_AFTER.match(after):
            # One of two offered ("X, or maybe Y"); beside a rejected one it is rejected
            # too ("not X or Y").
            previous = mentioned[-2] if len(mentioned) > 1 else None
            beside_rejected = offered_before and previous in weighed and previous not in offered
            weighed.append(choice)
            if not (rejected or beside_rejected):
                offered.append(choice)
            continue
        if rejected:
            weighed.append(choice)
            continue
        if _NOT_SAID_BEFORE.search(before) or _CONDITION_AFTER.match(
            text[match.end() : match.end() + 40]
        ):
            weighed.append(choice)
            continue
        if _OPINION_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            set_aside.append(choice)
            continue
        if _CONDITIONAL_SENTENCE.search(_sentence_before(text, match.start())):
            conditional.append(choice)
        if _weighing(before):
            weighed.append(choice)  # "choose between 'It was good' and 'It wasn't bad'"
            continue
        if _WEIGHED_AFTER.match(after):
            weighed.append(choice)
            continue
        if _HYPOTHETICAL_BEFORE.search(before) and _HYPOTHETICAL_AFTER.match(after):
            set_aside.append(choice)
            continue
        if _IF_CLAUSE.search(before) or _LESSER_BEFORE.search(before) or _LESSER_AFTER.match(after):
            set_aside.append(choice)
            continue
        if _CORRECTION_BEFORE.search(before) and candidates:
            return (*candidates, choice)  # a second answer: the two conflict
        candidates.append(choice)
    shared = {c.label for c in mentioned if _SHARE_AFTER.match(text, c.end)}
    if len(shared) > 1:
        # "It wasn't bad (60%), maybe: It was good (40%)": shares, a distribution
        raise Unreadable("the answer gives shares to several phrases")
    # "It wasn't awful. While the cake was awful, ...": beside a phrase in the form it is
    # said in (its pronoun subject) or pointed at as said, one that names the thing
    # describes it.
    said = [c for c in candidates if _said_form(text, c) or _pointed_at(text, c)]
    if said and len(said) < len(candidates):
        described = [c for c in candidates if c not in said]
        set_aside += described
        mentioned = [c for c in mentioned if c not in described]
        candidates = said
    # '"It was awful" (60%), "It wasn't good" (30%)': a list in a row
    in_a_row = {
        c
        for a, b in zip(mentioned, mentioned[1:], strict=False)
        if a.label != b.label and _IN_A_ROW.fullmatch(text[a.end : b.start])
        for c in (a, b)
    }
    conditional = [c for c in conditional if c in candidates]
    plain = [c for c in candidates if c not in conditional]
    if plain and conditional and any(_given(text, c) for c in plain):
        # 'She'd say A. If she only wanted to be nice, she might have said B': B is what
        # she would say under another condition, not the answer.
        set_aside += conditional
        candidates = plain
    elif len({c.label for c in conditional}) > 1:
        # "If kind, she'd say A; if honest, B": answers under conditions, no choice.
        raise Unreadable("the answer gives different phrases under different conditions")
    answer_line = _ANSWER_LINE.search(text)
    if (
        answer_line
        and _one_evaluation(answer_line["given"], options, short=True)
        and _evaluates(answer_line["given"], options)
        and not any(answer_line.start("given") <= c.start < answer_line.end() for c in candidates)
    ):
        # "A: Bad" and then an explanation: the answer is that line, whatever follows
        # or went before says of the thing.
        return ()
    marker = _last_marker(text, candidates, set_aside + weighed)
    if marker is not None:
        following = [c for c in candidates if c.start >= marker]
        if len({c.label for c in following if _alone_on_its_line(text, c)}) > 1:
            raise Unreadable("the answer lists several phrases without choosing one")
        start, end = _answer_span(text, marker)
        chosen = [c for c in following if start <= c.start and c.end <= end]
        if chosen and chosen[0] in in_a_row:
            raise Unreadable("the answer lists several phrases without choosing one")
        if not chosen:
            chosen = _by_reference(text, marker, candidates + weighed)
        if len({c.label for c in chosen}) == 1:
            # An earlier answer that differs: a sentence of its own, or what an earlier
            # "The answer is ..." pointed at.
            given = [c for c in candidates if c.start < marker and _alone_in_its_sentence(text, c)]
            given += _earlier_answers(text, marker, candidates)
            if len({c.label for c in given}) == 1 and given[0].label != chosen[0].label:
                return (chosen[0], given[0])
            return (chosen[0],)
        if chosen:
            return _several(text, chosen)
        return ()
    if in_a_row & set(candidates):
        raise Unreadable("the answer lists several phrases without choosing one")
    if not candidates:
        if len({c.label for c in weighed}) > 1:
            raise Unreadable("the answer weighs several phrases without choosing one")
        if weighed:
            return ()
        # A sentence that starts with the phrase's verb ("Wasn't bad."): its subject unsaid.
        candidates = [
            _choice(m, options, CLEAR) for m in _subjectless_regex(options).finditer(text)
        ]
        if not candidates:
            return ()
    if len({c.label for c in candidates}) == 1:
        only = candidates[0]
        whole = re.fullmatch(r"[\s\"'.!]*(?P<p>.*?)[\s\"'.!]*", text)
        exact = next(o.text for o in options if o.label == only.label)
        if whole and whole["p"] == text[only.start : only.end] == exact:
            return (_Choice(only.label, only.start, only.end, DIRECT, only.tokens),)
        if len(words(text)) > PLAIN_ANSWER_WORDS and not _alone_in_its_sentence(text, only):
            if not (_said_form(text, only) or _quoted(text, only)):
                # "Mika's painting is amazing" in prose that marks no answer: the answerer
                # describing the thing, not the sentence given as what would be said.
                return ()
            # Named once in a longer text that marks no answer: likely, not certain.
            return (_Choice(only.label, only.start, only.end, LOOSE, only.tokens),)
        return (only,)
    return _several(text, candidates)


def _several(text: str, candidates: list[_Choice]) -> tuple[_Choice, ...]:
    """Several different phrases: a list is no choice; reasoning that ends with one on a
    line of its own chose that one; otherwise they conflict."""
    if len({c.label for c in candidates if _alone_on_its_line(text, c)}) > 1:
        raise Unreadable("the answer lists several phrases without choosing one")
    ranked = all(
        re.fullmatch(r"[\s\"'.,]*>[\s\"'.,]*", text[a.end : b.start])
        for a, b in zip(candidates, candidates[1:], strict=False)
    )
    heading = text[: candidates[0].start].rsplit("\n", 1)[-1]
    if ranked and re.search(r"\b(?:most|likeliest|best|first|top)\b", heading):
        # "Most to least likely: A > B > C": a ranking, its first the most likely
        first = candidates[0]
        return (_Choice(first.label, first.start, first.end, LOOSE, first.tokens),)
    if _REVISING.search(text, candidates[0].end, candidates[-1].start):
        return tuple(candidates)  # a phrase, then another that takes it back
    lines = [line for line in text.splitlines() if line.strip()]
    last = [c for c in candidates if c.start >= text.rfind(lines[-1])] if lines else []
    if len({c.label for c in last}) == 1 and len(lines) > 1:
        return (_Choice(last[0].label, last[0].start, last[0].end, LOOSE, last[0].tokens),)
    return tuple(candidates)


def _answer_span(text: str, marker: int) -> tuple[int, int]:
    """What an answer marker points at: the first sentence after it, or the quote that
    starts there ('would say "It was awful. I'm sorry."', later sentences explain)."""
    start = len(text) - len(text[marker:].lstrip(" \t\n,:"))
    end = re.compile(r"[.!?](?=\s|$)|\n").search(text, start)
    end = end.end() if end else len(text)
    quote = _QUOTE.search(text, start)
    if quote and quote.start() < end:
        return quote.span()
    return start, end


def _earlier_answers(text: str, marker: int, candidates: list[_Choice]) -> list[_Choice]:
    """The phrases that answer markers before `marker` point at ("The answer is 'It was
    awful'. So the correct answer is 'It wasn't awful'": two answers)."""
    found = []
    for m in _ANSWER_MARKER.finditer(text, 0, marker):
        start, end = _answer_span(text, m.end())
        if end <= marker:
            found += [c for c in candidates if start <= c.start and c.end <= end][:1]
    return found


def _last_marker(text: str, candidates: list[_Choice], set_aside: list[_Choice] = ()) -> int | None:
    """Where the text after the last answer marker starts, among the markers that point
    at something: a phrase, a quote or a list item's marker in the sentence after them (a
    marker in closing remarks, "an example of a response that ...", points at nothing; one
    at a phrase set aside, "Alternatively, she might say ...", neither). A colon is a
    marker when a phrase follows it there."""

    def points(end: int, quotes: bool) -> bool:
        start, stop = _answer_span(text, end)
        if any(start <= c.start and c.end <= stop for c in set_aside):
            return False
        if any(start <= c.start and c.end <= stop for c in candidates):
            return True
        return quotes and bool(_QUOTE.match(text, start) or _REFERENCE.match(text[end:]))

    ends = [m.end() for m in _ANSWER_MARKER.finditer(text) if points(m.end(), True)]
    ends += [m.end() for m in _COLON.finditer(text) if points(m.end(), False)]
    return max(ends) if ends else None


def _by_reference(text: str, marker: int, candidates: list[_Choice]) -> list[_Choice]:
    """A choice named by its list marker ("Answer: c", "I'd pick number 2")."""
    named = _REFERENCE.match(text[marker:])
    if not named:
        return []
    item = re.compile(
        rf"(?m)^[ \t]*(?:(?:option|choice|sentence|answer)[ \t]+)?\(?{re.escape(named['key'])}"
        r"(?:[.)]|[ \t]*:)[ \t]+"
    )
    for line in item.finditer(text[:marker]):
        on_line = [
            c
            for c in candidates
            if line.end() <= c.start and "\n" not in text[line.end() : c.start]
        ]
        if on_line:
            return on_line[:1]
    return []


def _fill_blank(text: str) -> str:
    """The prompt's template with its blank filled in ("It was ___ -> good", "It was ___:
    good"): the blank and its arrow as spaces, so that the phrase reads whole and every
    span stays where it was."""
    return re.sub(
        rf"{BLANK}[ \t]*(?:->|:|=|-)[ \t]*(?=[a-z])", lambda m: " " * len(m.group()), text
    )


def read_phrase(text: str, field: Field, scope: str) -> list[Found]:
    """The option of a closed set of phrases the answer chooses (a phrase reader:
    `option_set`, an option set of the study's probabilities block); the value is the
    option's label."""
    text = _fill_blank(text)
    return [Found(c.label, c.start, c.end, c.grade) for c in _phrases(text, _options_of(field))]


_COPULA_WORDS = r"(?:was|is|were|are|wasn't|isn't|weren't|aren't)"
_NEXT_CLAUSE = r"\s*,\s*|\s+(?=(?:but|and|when|because|since|though|although|as|if)\b)"
_HEDGE_BEFORE = r"(?:i (?:think|guess|thought|feel|felt)|i'd say|probably|maybe|honestly),?\s+"
# An interjection before an answer ("Eh, it wasn't great").
_INTERJECTION = r"^\s*(?:eh|meh|hmm+|um+|uh|oh|well|yeah|ah|so)\s*[,.!]+\s*"


def _evaluates(text: str, options: tuple[_Option, ...]) -> bool:
    """Whether a text has a copula or one of the phrases' closing words ("Bad", "It was
    okay"; not "c")."""
    finals = "|".join(re.escape(words(o.text)[-1]) for o in options)
    return bool(re.search(rf"\b(?:{_COPULA_WORDS}|{finals})\b|'s\b", text))


def _one_evaluation(part: str, options: tuple[_Option, ...], short: bool) -> bool:
    """Whether a place that holds no whole phrase says one thing of the thing, in the form
    of the phrases: "It was okay", "It wasn't ...", "a special performance" after its
    copula, or a bare word in a short answer ("Amazing!"). Not a sentence that goes on
    about something else ("It's great to have you"), nor two evaluations ("It was superb.
    Not bad.")."""
    part = re.sub(r"[\"*\[\]]|(?<!\w)'|'(?!\w)", "", part)
    part = re.sub(_INTERJECTION, "", part)
    sentences = [x.strip(" \t\n,") for x in re.split(r"[.!?;\n]+|…", part)]
    sentences = [x for x in sentences if x]
    if not sentences:
        return False
    # The first clause is the evaluation; what follows a comma or a conjunction is more.
    first, *others = re.split(_NEXT_CLAUSE, sentences[0], maxsplit=1) + sentences[1:]
    evaluation = re.compile(
        rf"(?:{_HEDGE_BEFORE})?(?:{_SUBJECT})(?:'s|\s+{_COPULA_WORDS})(?:\s+(?:{_FILLERS}))*"
        # up to four words, none of which starts a clause about something else ("It's
        # great to have you")
        r"(?:\s+(?:a|an))?(?:\s+(?!(?:to|that|because|when|if|since|for|and|but|or|nor)\b)[a-z0-9'-]+){0,4}"
    )
    bare = re.compile(rf"(?:not\s+)?(?:(?:{_FILLERS})\s+)*[a-z'-]+")
    if not (evaluation.fullmatch(first) or (short and bare.fullmatch(first))):
        return False
    finals = "|".join(re.escape(words(o.text)[-1]) for o in options)
    again = re.compile(rf"\b(?:{_COPULA_WORDS}|{finals})\b|'s\b")
    return not any(again.search(x) for x in others)
