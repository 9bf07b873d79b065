"""The forms of a closed set of phrases: how answers write each one.

The phrases and their factors are an option set of the study's `probabilities` block
(written once for both stages). The English around them is the library's: a phrase's
subject may be named ("the cake was good" for "It was good"), its copula in another tense
("It is good", "It isn't bad"), fillers and hesitations may stand inside it ("it wasn't
that bad", "It was... um... good"). Also here: whether a text that holds no whole phrase
says one thing of the thing in the phrases' form (factors.py reads a factor from it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .fields import Field
from .readers import LOOSE
from .text import BLANK, HESITATION, words

# Words a speaker puts inside a phrase without changing which phrase it is.
FILLERS = (
    r"really|very|so|that|too|truly|pretty|quite|absolutely|totally|just|all|actually|simply|"
    r"honestly|genuinely|completely|entirely|utterly|particularly|especially|extremely|"
    r"incredibly|super|overall|definitely|certainly|rather|fairly|somewhat|still|even|a|an|"
    r"a bit|a little|kind of|sort of|that much|all that"
)
# How an answer is said, after "to be" ("It was good to be honest", "to be fair"): a filler.
HOW_IT_IS_SAID = (
    r"(?:(?:perfectly|totally|completely|brutally|quite|very|really|100%)[ \t]+)?"
    r"(?:honest|fair|frank|sure|clear|exact|precise|blunt|truthful|candid|real|accurate|"
    r"straight|safe|fully transparent|transparent)"
)
# Verbs of taking in the thing itself: "It was amazing to read." evaluates the thing.
TAKEN_IN = r"(?:read|watch|hear|see|eat|taste|drink|listen[ \t]+to|look[ \t]+at)"
# Between a phrase's words: spaces, fillers, hesitations ("It was... um... good").
_GAP = rf"(?:[\s,]|(?<=\s)-+(?=\s)|{HESITATION})+"
# (spoken fillers set off by commas: "it wasn't, like, terrible")
_SPOKEN = r"(?<=,\s)(?:like|you know|y'know|i mean)(?=,)"
_BETWEEN = rf"{_GAP}(?:(?:{FILLERS}|\((?:{FILLERS})\)|{_SPOKEN}){_GAP}){{0,3}}"
# A copula may be written in another tense; "it's" glues it to its subject.
# (a perfect tense, "It had been good", "It hasn't been bad", is read below certainty)
_PERFECT = r"(?:had|has|have)\s+been"
_PERFECT_NOT = r"(?:hadn't|hasn't|haven't|(?:had|has|have)\s+not)\s+been"
COPULA = {
    "was": rf"was|is|were|are|{_PERFECT}",
    "is": rf"was|is|were|are|{_PERFECT}",
    "wasn't": rf"wasn't|isn't|weren't|aren't|{_PERFECT_NOT}",
    "isn't": rf"wasn't|isn't|weren't|aren't|{_PERFECT_NOT}",
}
# A phrase whose first word is a pronoun may name its subject instead.
PRONOUNS = {"it", "this", "that", "they", "he", "she"}
# What was said, named as a subject ("Grace's response was hurtful"): a sentence about the
# saying, not about the thing (factors.py reads no frame from it).
SAID_NOUN = r"(?:response|reply|answer|statement|comment|feedback|remark|words|utterance)s?\b"
# (a demonstrative names the thing too, "That presentation is amazing"; not "that it was")
# (not a noun for the answer's own options: "The options are terrible, bad, good, amazing")
# (nor a noun for the answer itself: "My answer is amazing" gives a bare word, no frame)
_OPTIONS_NOUN = (
    r"(?:options?|choices?|words?|adjectives?|candidates?|alternatives?|answers?|responses?|"
    r"repl(?:y|ies)|picks?|verdicts?|conclusions?|guess(?:es)?|votes?|utterances?)\b"
)
SUBJECT = (
    r"(?:it|this|that|[a-z]+'s\s+\w+|"
    # (a noun phrase never ends in a pronoun: "the phrase it was good" names the phrase)
    rf"(?:the|your|his|her|their|my|our)\s+(?!{_OPTIONS_NOUN})\w+"
    rf"(?:\s+(?!(?:it|this|he|she|they)\b|{_OPTIONS_NOUN})\w+)?|"
    r"(?:this|that)\s+(?!(?:it|this|that|he|she|they|the|a|an|is|was|were|are|isn't|wasn't)\b)"
    r"[a-z]+)"
)
PRONOUN = r"(?:it|this|that)"
# Words stand alone: not inside another ("don't", "good-ish"); a quote mark may stand close.
START = r"(?<!\w)(?<!\w')"
# (a hyphen joins only a word after it: "good-ish", not "bad- no, good")
END = r"(?![\w]|-\w|'\w)"

SHORT_ANSWER_WORDS = 8
# An answer this long that names a phrase once, marking no answer, may be reasoning about it.
PLAIN_ANSWER_WORDS = 20


@dataclass(frozen=True)
class PhraseOption:
    label: str
    text: str
    levels: tuple[tuple[str, str], ...]  # (factor, level)


@dataclass(frozen=True)
class Choice:
    label: str
    start: int
    end: int
    grade: str
    tokens: tuple[tuple[int, int], ...]  # the span of each of the option's words


def options_of(field: Field) -> tuple[PhraseOption, ...]:
    return tuple(
        PhraseOption(
            o["label"], o["text"].lower(), tuple((k, str(v)) for k, v in o["levels"].items())
        )
        for o in field.params["options"]
    )


def _token(token: str, index: int, group: str) -> str:
    if index == 0:
        return rf"(?P<{group}>{SUBJECT if token in PRONOUNS else re.escape(token)})"
    forms = COPULA.get(token)
    if forms and not token.endswith("n't"):
        return rf"(?:(?P<{group}>'s)|{_BETWEEN}(?P<{group}_>{forms}))"
    return rf"{_BETWEEN}(?P<{group}>{forms or re.escape(token)})"


@lru_cache(maxsize=64)
def subjectless_regex(options: tuple[PhraseOption, ...]) -> re.Pattern:
    """The phrases without their pronoun subject, at the start of a sentence."""
    alternatives = []
    for i, option in enumerate(options):
        tokens = words(option.text)
        if tokens[0] not in PRONOUNS or len(tokens) < 2:
            continue
        forms = COPULA.get(tokens[1], re.escape(tokens[1]))
        body = rf"(?P<o{i}t0>)(?P<o{i}t1>{forms})"
        body += "".join(_token(t, j, f"o{i}t{j}") for j, t in enumerate(tokens) if j > 1)
        alternatives.append(rf"(?P<o{i}>{body}{END})")
    sentence_start = r"(?:^|(?<=[\n.!?:;\"'(])|(?<=[\n.!?:;\"'(] ))"
    return re.compile(sentence_start + "(?:" + "|".join(alternatives or ["(?!)"]) + ")")


@lru_cache(maxsize=64)
def phrase_regex(options: tuple[PhraseOption, ...]) -> re.Pattern:
    alternatives = []
    for i, option in enumerate(options):
        tokens = words(option.text)
        body = "".join(_token(t, j, f"o{i}t{j}") for j, t in enumerate(tokens))
        alternatives.append(rf"(?P<o{i}>{START}{body}{END})")
    return re.compile("|".join(alternatives))


def choice_of(match: re.Match, options: tuple[PhraseOption, ...], grade: str) -> Choice:
    index = next(int(k[1:]) for k, v in match.groupdict().items() if v and re.fullmatch(r"o\d+", k))
    count = len(words(options[index].text))
    spans = []
    for j in range(count):
        names = (f"o{index}t{j}", f"o{index}t{j}_")
        group = next(g for g in names if g in match.re.groupindex and match.group(g) is not None)
        spans.append(match.span(group))
    if any(re.search(r"\bbeen$", match.string[a:b]) for a, b in spans):
        grade = LOOSE  # a perfect tense: a new form
    if re.search(_SPOKEN, match.group()):
        grade = LOOSE  # a spoken filler inside: a new form, read below certainty
    if re.match(r"(?:this|that)\s", match.group(f"o{index}t0") or ""):
        grade = LOOSE  # the thing named by a demonstrative ("That show was good"): a new form
    return Choice(options[index].label, *match.span(), grade, tuple(spans))


# A noun phrase that opens with its determiner, right before a subject "that" ("a cake
# that was terrible", "the dinner that was bad"): "that" is a relative pronoun there.
NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|his|her|their|your|my|our|some|one|any|every|another)"
    r"\s+(?:[a-z'-]+\s+){0,2}[a-z'-]+\s+$"
)


def in_a_relative_clause(text: str, choice: Choice) -> bool:
    """Whether the phrase's subject is a relative "that" after a noun ("It wasn't a cake
    that was terrible"): the words describe that noun inside another sentence, they are no
    sentence of their own."""
    start, end = choice.tokens[0]
    subject = text[start:end]
    # (the subject pattern may take the noun in, "the dinner that", or leave "that" to the
    # fillers, "the one thing that was")
    if re.fullmatch(r"(?:the|your|his|her|their|my|our)\s+(?:\w+\s+)?that", subject):
        return True
    if subject not in PRONOUNS and re.match(r"\s+that\s", text[end : choice.tokens[1][0]]):
        return True
    return subject == "that" and bool(NOUN_BEFORE.search(text, 0, start))


def of_another_owner(text: str, choice: Choice) -> bool:
    """Whether the phrase's subject is a third person's thing ("her performance") where
    the answer names the listener's by the same noun ("your performance ..., but her
    performance was amazing"), or the speaker's own ("my dance was bad"): another's thing
    evaluated, not the listener's."""
    start, end = choice.tokens[0]
    if re.match(r"my\s", text[start:end]):
        # "my dance was really bad": the speaker's own thing (the thing is always the
        # listener's), like "I was bad at it too"
        return True
    owned = re.fullmatch(r"(?:his|her|their)\s+([a-z]+)", text[start:end])
    return bool(owned) and bool(re.search(rf"\byour\s+{owned[1]}\b", text))


# The blank written as letter slots, perhaps with a hint ("_ _ _ _ (4 letters)").
_SLOTS = r"_(?:[ \t]+_){2,}(?:[ \t]*\([^()\n]{0,20}\))?"
# The blank filled in brackets ("It was ___ (good)"): a form not asked for, read loosely.
_ASIDE = r"\([ \t]*"
_FILLED = re.compile(
    rf"(?:{BLANK}|(?P<slots>{_SLOTS}))[ \t]*(?:->|:|=|-)[ \t]*"
    # (a label naming the filling: "It wasn't ___ - answer: bad", "___ -> word = good")
    r"(?P<labelled>(?:the\s+)?(?:answer|word|fill|filled in|missing word|blank)[ \t]*[:=]"
    r"[ \t]*)?(?=[a-z])|"
    rf"{BLANK}[ \t]*(?P<aside>{_ASIDE})(?=[a-z])|"
    # (the blank closing its line, filled on the next or in brackets after it: "It wasn't
    # ___.\n___ = terrible", "It wasn't ___. (___ = bad)")
    rf"{BLANK}[ \t]*[.!]?[ \t]*(?P<below>(?:\n|\()[ \t]*(?:{BLANK}|(?:the[ \t]+)?blank)[ \t]*"
    r"(?:->|→|:|=|-)[ \t]*)(?=[a-z])"
)


def fill_blank(text: str) -> str:
    """The prompt's template with its blank filled in ("It was ___ -> good", "It was ___:
    good", "It was _ _ _ _ -> good"): the blank and its arrow as spaces, so that the
    phrase reads whole and every span stays where it was."""
    return _FILLED.sub(lambda m: " " * len(m.group()), text)


def slots_filled(text: str) -> list[tuple[int, int]]:
    """Where letter slots were filled, the blank in brackets or after a label naming the
    filling: forms not asked for, whose reading is loose."""
    return [
        m.span()
        for m in _FILLED.finditer(text)
        if m["slots"] or m["aside"] or m["labelled"] or m["below"]
    ]


def overlaps_any(choice: Choice, spans: list[tuple[int, int]]) -> bool:
    """Whether a phrase overlaps one of the spans."""
    return any(choice.start < end and start < choice.end for start, end in spans)


COPULA_WORDS = r"(?:was|is|were|are|wasn't|isn't|weren't|aren't)"
# (a dash between clauses, "It was decent - a solid effort"; a relative clause of the
# answerer's, "It was the best show I've seen")
NEXT_CLAUSE = (
    r"\s*,\s*|\s+[-–—]+\s+|"
    r"\s+(?=(?:but|and|when|because|since|though|although|as|if|i|i've|i'd|we|we've)\b)"
)
# Words a lead before an evaluation cannot hold: a subject or a link of its own makes it a
# clause ("I know it was okay", "if it was good"), not a lead.
NOT_A_LEAD = (
    r"(?:i|you|he|she|they|we|i'm|i'd|it's|because|since|as|that|if|whether|when|not|never|"
    r"but|and|or)"
)
_LEAD_WORD = rf"(?!(?:{COPULA_WORDS}|it's)\b)[a-z'-]+"
_LEAD_PREPOSITION = r"(?:in|from|to|for|at|on|by|with|as|after|all)"
_HEDGE_BEFORE = r"(?:i (?:think|guess|thought|feel|felt)|i'd say|probably|maybe|honestly),?\s+"
# A sentence adverb on how frankly the answer is given ("Honestly? Bad.").
_CANDOUR = (
    r"(?:honestly|frankly|truthfully|candidly|seriously|really|truly|personally|sadly|"
    r"unfortunately|admittedly|bluntly|overall|well|look|listen)"
)
# An interjection before an answer ("Eh, it wasn't great").
_INTERJECTION = r"^\s*(?:eh|meh|hmm+|um+|uh|oh|well|yeah|ah|so)\s*[,.!]+\s*"
# The rating restated before the word ("Rating 1, terrible.", "2 hearts - good"): a number,
# no evaluation of its own.
RATING_LEAD = (
    r"(?:(?:rating|rated|score)[ \t]*:?[ \t]*\d+(?:[ \t]*/[ \t]*\d+)?|\d+[ \t]*hearts?)"
    r"[ \t]*(?:,|[ \t]-+)[ \t]*"
)


def has_an_evaluation(text: str, options: tuple[PhraseOption, ...]) -> bool:
    """Whether a text has a copula or one of the phrases' closing words ("Bad", "It was
    okay"; not "c")."""
    finals = "|".join(re.escape(words(o.text)[-1]) for o in options)
    return bool(re.search(rf"\b(?:{COPULA_WORDS}|{finals})\b|'s\b", text))


def restates_the_word(quote: str, phrases: list[str]) -> bool:
    """Whether a quote is only the word that closes each of the phrases given ('"good"
    captures it' after "It was good"): the same evaluation named again, no other one."""
    said = words(quote)
    return len(said) == 1 and bool(phrases) and all(words(p)[-1:] == said for p in phrases)


def one_evaluation(part: str, options: tuple[PhraseOption, ...], short: bool) -> bool:
    """Whether a place that holds no whole phrase says one thing of the thing, in the form
    of the phrases: "It was okay", "It wasn't ...", "a special performance" after its
    copula, or a bare word in a short answer ("Amazing!"). Not a sentence that goes on
    about something else ("It's great to have you"), nor two evaluations ("It was superb.
    Not bad.")."""
    part = re.sub(r"[\"*\[\]]|(?<!\w)'|'(?!\w)", "", part)
    part = re.sub(rf"^\s*{RATING_LEAD}", "", re.sub(_INTERJECTION, "", part))
    # Leads of a few words closed by a comma, a question or exclamation mark or dots
    # before the evaluation ("Truthfully, it wasn't great", "Sam, it was okay",
    # "Honestly? It was okay", "Honestly, Nathan, it was ..."), or a speaker's name and
    # a colon ("Robert: It was ..."): the evaluation is what follows them.
    part = re.sub(
        # (a lead has no copula of its own: "it was fine, it was great" is two evaluations)
        # (or a phrase of a preposition and up to four words: "In a non-technical sense,")
        rf"^\s*(?:(?:(?:{_LEAD_WORD}\s+){{0,2}}|{_LEAD_PREPOSITION}\s+(?:{_LEAD_WORD}\s+){{0,3}})"
        rf"{_LEAD_WORD}\s*(?:,|\?|!|\.\.\.|…)\s*){{1,3}}"
        rf"(?={SUBJECT}(?:'s|\s+{COPULA_WORDS})\b)|"
        rf"^\s*[a-z'-]+[ \t]*:[ \t]*"
        rf"(?={SUBJECT}(?:'s|\s+{COPULA_WORDS})\b)",
        "",
        part,
    )
    if short:
        # in a short answer, a lead of two words at most with no subject or link of its own
        # before the evaluation ("lol it was okay", "tbh it wasn't great")
        part = re.sub(
            rf"^\s*(?:(?!{NOT_A_LEAD}\b)[a-z0-9'-]+\s+){{1,2}}"
            rf"(?={SUBJECT}(?:'s|\s+{COPULA_WORDS})\b)",
            "",
            part,
        )
        # and before a bare word, a sentence adverb closed by a question mark, a comma or
        # dots ("Honestly? Bad.", "Frankly, terrible."): a lead, no evaluation of its own
        part = re.sub(rf"^\s*{_CANDOUR}\s*(?:,|\?|!|\.\.\.|…)\s*(?=[a-z])", "", part)
    # An aside in brackets is a sentence of its own ("Good (two hearts' worth)").
    part = re.sub(r"\(([^()\n]*)\)", r". \1.", part)
    sentences = [x.strip(" \t\n,") for x in re.split(r"[.!?;\n]+|…", part)]
    sentences = [x for x in sentences if x]
    if not sentences:
        return False
    # The first clause is the evaluation; what follows a comma or a conjunction is more.
    first, *others = re.split(NEXT_CLAUSE, sentences[0], maxsplit=1) + sentences[1:]
    if re.search(r"\b(?:any|none|neither|either)\b|\bthe above\b", first):
        return False  # the options declined ("It wasn't any of the above"), not evaluated
    if re.search(
        r"\b(?:(?:im)?possible|(?:un)?clear|sure|certain|(?:un)?known|applicable)\b", first
    ):
        return False  # whether it can be answered ("This is not possible"), not evaluated
    evaluation = re.compile(
        rf"(?:{_HEDGE_BEFORE})?(?:{SUBJECT})(?:'s|\s+{COPULA_WORDS})(?:\s+(?:{FILLERS}))*"
        # up to four words, none of which starts a clause about something else ("It's
        # great to have you"); a word in another language keeps its letters ("increíble")
        r"(?:\s+(?:a|an))?(?:\s+(?!(?:to|that|because|when|if|since|for|and|but|or|nor)\b)"
        r"(?:[^\W_]|['-])+){0,4}"
        # (the thing itself taken in, closing the clause: "It's been amazing to read")
        rf"(?:\s+to\s+{TAKEN_IN})?"
    )
    # a bare word, or a bare noun phrase ("A very bad thing.", "a good one")
    bare = re.compile(
        rf"(?:not\s+)?(?:(?:{FILLERS})\s+)*[a-z'-]+(?:\s+at\s+all)?|"
        rf"(?:a|an)\s+(?:(?:{FILLERS})\s+)*[a-z'-]+\s+[a-z'-]+"
    )
    if not (evaluation.fullmatch(first) or (short and bare.fullmatch(first))):
        return False
    if of_the_task(first):
        return False  # "That's a great question": said of the task, not of the thing
    finals = "|".join(re.escape(words(o.text)[-1]) for o in options)
    again = re.compile(rf"\b(?:{COPULA_WORDS}|{finals})\b|'s\b")
    # the same evaluation said again, with fillers ("Good, Patrick. Really good.") is one;
    # a clause about the speaker ("..., but I'm pretty amazing") evaluates no thing, nor
    # one about the answer with no word of the set ("bad. It's the only honest option")
    return not any(
        again.search(x)
        and _unfilled(x, finals) != _unfilled(first, finals)
        and not _of_the_speaker(x)
        and not _of_a_person(x, finals)
        and not (of_the_task(x) and not re.search(rf"\b(?:{finals})\b", x))
        for x in others
    )


# A clause whose subject is the speaker: "but i'm pretty amazing", "and i was bad at it".
_OF_THE_SPEAKER = re.compile(r"(?:(?:but|and|though|although|so)\s+)?(?:i|i'm|we|we're)\b")


def _of_the_speaker(clause: str) -> bool:
    """Whether a clause is about the speaker alone: its subject the speaker, and no thing
    evaluated in it ("and i said it was bad" evaluates)."""
    thing = re.search(rf"\b(?!(?:i|we)\b){SUBJECT}(?:'s|\s+{COPULA_WORDS})\b", clause)
    return bool(_OF_THE_SPEAKER.match(clause)) and not thing


def _of_a_person(clause: str, finals: str) -> bool:
    """Whether every copula of a clause with no word of the set is a person's ("Molly
    didn't like it and she is honest", "he's her friend"): it tells of someone, not of
    the thing."""
    copulas = list(re.finditer(rf"'s\b|\b(?:{COPULA_WORDS})\b", clause))
    return not re.search(rf"\b(?:{finals})\b", clause) and all(
        re.search(r"\b(?:he|she)\s*$", clause[: m.start()]) for m in copulas
    )


def without_clauses_of_no_thing(part: str, options: tuple[PhraseOption, ...]) -> str:
    """A place cut before a later clause about the speaker that holds a word of the set
    ("It wasn't great, but I'm pretty amazing"), or a later sentence about the answer that
    holds none ("Answer: bad. It's the only honest option"): they evaluate no thing (nor
    does the answer's "it's" give a frame)."""
    finals = "|".join(re.escape(words(o.text)[-1]) for o in options)
    for sentence in re.finditer(r"(?<=[.!?;\n])\s*([^.!?;\n]+)", part):
        if of_the_task(sentence[1]) and not re.search(rf"\b(?:{finals})\b", sentence[1]):
            return part[: sentence.start()]
    for clause in re.finditer(rf"[,;]?\s+(?={_OF_THE_SPEAKER.pattern})", part):
        rest = part[clause.end() :]
        if clause.start() and re.search(rf"\b(?:{finals})\b", rest) and _of_the_speaker(rest):
            return part[: clause.start()]
    return part


# After a phrase: its word evaluates another thing ("it was good to see you", "it's bad
# that he left", "it was good of her to try", a remark on an action: "it's good to be
# kind"); not the thing itself taken in (TAKEN_IN), the sentence ending there ("It's been
# amazing to read.", "It was terrible to listen to!"), nor a filler on how it is said
# ("It was good to be honest").
ABOUT_ANOTHER_THING_AFTER = re.compile(
    r"[ \t]+(?:that[ \t]+(?!be\b)[a-z]|"
    rf"to[ \t]+(?!be[ \t]+(?:{HOW_IT_IS_SAID})\b)(?!{TAKEN_IN}[ \t]*(?:[.!?\"')\n]|$))[a-z]|"
    r"(?:how|what|who|why|whether)\b|(?:of|for)[ \t]+(?:[a-z']+[ \t]+){1,2}to[ \t]+[a-z])"
)
# A noun phrase that ends in a noun for the task, its asking or its answering ("a great
# question", "a tricky scenario", "a good point", "an excellent answer"): what it
# evaluates is the task, not the thing.
TASK_NOUN = (
    r"(?:question|point|prompt|query|puzzle|scenario|dilemma|problem|task|riddle|request|"
    r"answer|response)s?\b"
)
# (or for one of the answer's options: "it's the only honest option", "the best fit" says
# which to pick; or the situation compared, "it's a different story altogether", with an
# adverb closing it)
_TASK_NOUN_PHRASE = re.compile(
    rf"\b(?:a|an|the|such a|my|our)\s+(?:[a-z'-]+\s+){{0,2}}"
    rf"(?:(?:{TASK_NOUN}|different\s+(?:story|matter|case|situation|ball ?game)\b)"
    r"(?:\s+(?:altogether|entirely|here|really|indeed))?$|(?:option|choice|pick|fit)s?\b)"
)
# A free relative that names the choice by what it does ("it's what fits best", "it's the
# one she'd pick", "that's what he'd say"): said of the answer, not of the thing.
_CHOICE_RELATIVE = re.compile(
    r"(?:'s|\bis)\s+(?:(?:just|simply|exactly|really|still)\s+)?(?:what|the one|which)\s+"
    r"(?:(?:i|you|he|she|we|they)(?:'d|'ll|\s+would|\s+will|\s+should)?\s+)?(?:\w+ly\s+)?"
    r"(?:fits?|works?|suits?|says?|picks?|chooses?|go(?:es)? with|makes? (?:the most )?sense|"
    r"sounds? (?:right|best|most)|matche?s?)\b"
)


def of_the_task(clause: str) -> bool:
    """Whether a clause evaluates the task or names the answer ("That's a great question",
    "it's the safest pick", "it's my final answer", "it's what fits best"), not the thing."""
    return bool(_TASK_NOUN_PHRASE.search(clause) or _CHOICE_RELATIVE.search(clause))


def _unfilled(evaluation: str, finals: str) -> str:
    """An evaluation without its fillers and a name it is said to ("really good, Wendy" ->
    "good"; not another evaluation, "good, bad")."""
    evaluation = re.sub(rf",\s*(?!(?:{finals}|not|{COPULA_WORDS})\b)[a-z'-]+\s*$", "", evaluation)
    return re.sub(rf"\b(?:{FILLERS})\b\s*", "", evaluation).strip()


def frame_then_word(
    text: str, options: tuple[PhraseOption, ...]
) -> tuple[str, list[tuple[int, int]]]:
    """The text with a line that gives a phrase in two parts, its words before the last
    and then its last word ("it wasn't: terrible", a two-column table's row "| It wasn't
    | terrible |" as the layouts translate it, its head perhaps in brackets after a name for
    it, "negative (It wasn't) | amazing"), as one sentence; and those lines' spans.
    Every position is kept."""
    heads = "|".join(sorted({re.escape(" ".join(words(o.text)[:-1])) for o in options}))
    finals = "|".join(sorted({re.escape(words(o.text)[-1]) for o in options}))
    # (the head may stand in brackets after a name for it: "negative (It wasn't) | amazing")
    row = re.compile(
        rf"(?m)^[ \t]*(?P<name>[a-z.-]+[ \t]*\((?=(?:{heads})\)))?(?:{heads})(?P<close>\))?"
        rf"[ \t]*(?P<sep>[:|])[ \t]*(?:{finals})[ \t.!]*$"
    )
    # (or a pair of quoted strings, a tuple or list: 'answer = ("It was", "good")')
    pair = re.compile(
        rf"[(\[][ \t]*[\"'](?:{heads})(?P<sep>[\"'][ \t]*,[ \t]*[\"'])(?:{finals})[\"'][ \t]*[)\]]"
    )
    # (or the head, then words outside the set in a row before the last, which is of it:
    # "It was awesome, amazing", one sentence whose other evaluations are no phrases)
    run = re.compile(
        rf"\b(?:{heads})[ \t]+(?P<sep>(?:(?!(?:{finals}|not|never)\b)[a-z-]+[ \t]*,[ \t]*)+)"
        rf"(?:{finals})\b(?![ \t]*,?[ \t]*[a-z])"
    )
    joined = [m.span() for m in (*row.finditer(text), *pair.finditer(text), *run.finditer(text))]
    for m in run.finditer(text):
        text = text[: m.start("sep")] + " " * len(m["sep"]) + text[m.end("sep") :]
    for m in pair.finditer(text):
        text = text[: m.start("sep")] + " " * len(m["sep"]) + text[m.end("sep") :]
    for m in row.finditer(text):
        start = m.start("close") if m["close"] else m.start("sep")
        text = text[:start] + " " * (m.end("sep") - start) + text[m.end("sep") :]
        if m["name"]:  # (the name and its bracket as spaces: the row is the phrase)
            text = text[: m.start("name")] + " " * len(m["name"]) + text[m.end("name") :]
    return text, joined
