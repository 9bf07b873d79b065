"""The yes_no reader: the answer to a yes/no question.

The verb of what a "yes" claims and the words that make a statement the question's claim
come from the field (the study definition); negation, hedges and the words for yes and no
are the library's (English). Whether a yes or no answers a question of the answer's own
instead is yesno_questions.py's.
"""

from __future__ import annotations

import re

from .fields import Field
from .readers import CLEAR, DIRECT, LOOSE, SECTION, Found
from .text import CORRECTING, REVISING, sentence_start
from .yesno_elliptical import ELLIPTICAL, answered_before_correction
from .yesno_questions import (
    ANSWER_THEN_SENTENCE,
    answers_another_question,
    asked_then_answered,
    concludes_a_count,
)
from .yesno_views import (
    ATTRIBUTED_BEFORE,
    CONSIDERED_BEFORE,
    SOMEONE_ELSES_VIEW,
    generic_denial_before,
    subject_is_the_answerer,
)
from .yesno_words import LIKELY_NO, LIKELY_YES, NEGATION, NO, SO_YES, YES, plain_reason

_FIRST = re.compile(
    rf"^[\s\"'(\[]*(?:(?:->|=>|:|=)\s*)?(?:(?P<no>{NO})|(?P<likely_no>{LIKELY_NO})|(?P<yes>{YES})|"
    # not a key ("True: 2:35%", "No: 0%")
    rf"(?P<so_yes>{SO_YES})|(?P<likely_yes>{LIKELY_YES}))\b(?!\s*:\s*\$?\d)(?P<rest>.*)",
    re.DOTALL,
)
_DENIAL = r"\s+(?:not\s+)?(?:that\s+)?[a-z]+\s+(?:doesn't|does not|didn't|did not)\s+(?:{claim})\b"
_HEDGE_AFTER = re.compile(
    r"[\s,(\[-]*(?:probably|maybe|perhaps|possibly|likely|i think|i guess|i believe|"
    r"i suppose|not sure|i'm not sure)\b"
)
# After a first yes or no, the other one: both given ("yes or no", "yes, no.", "Yes - or no",
# "No, make that yes").
_BOTH = re.compile(
    r"(?:\s*(?:,|;|:|and|or|/|-|\(|\.\.\.|\u2026)\s*){1,2}"
    rf"(?:(?:well|{CORRECTING}|sorry|hmm|though|but|although)[,\s]+)?"
    r"(?:(?:maybe|perhaps|possibly|probably)\s+)?"
    r"(?P<word>no|yes|not exactly|not really|nein|ja)\b"
    r"(?!\s+(?:doubt|question|way|matter|wonder|surprise|one|reason|need|problem)\b)"
)
# An answer that says the question cannot be decided.
_UNDECIDED = re.compile(
    r"^[\s\"'(\[]*(?:not sure|unsure|uncertain|unclear|maybe|perhaps|possibly|it depends|"
    r"depends|hard to (?:say|tell)|can't (?:say|tell)|partially|partly|somewhat|sort of|"
    r"kind of|unknown|n/a|i don't know|don't know|no idea|no clue|hmm|50/50|50-50)\b"
)
# A doubt put on the claim's denial, and nothing else in the clause: "it's unlikely that he
# doesn't", "I doubt she doesn't", "I don't think he doesn't".
_DOUBTED_DENIAL = re.compile(
    r"(?:^|\b(?:it's|it is|that's|that is|i(?:'d| would)? (?:say|find it))\s+(?:(?:very|highly|"
    r"quite|rather)\s+)?)?(?:unlikely|improbable|doubtful|i doubt|i don't think|i do not think|"
    r"i can't imagine|i cannot imagine)\s+(?:that\s+)?(?:he|she|they|[a-z]+)\s+"
    r"(?:doesn't|does not|didn't|did not|can't|cannot|couldn't)\s+$"
)
_IF_ASKED = re.compile(r"\bif (?:you|i)\b[^:,]{0,30}[:,]")
_PARTIAL = re.compile(r"\b(?:only|just|partially|partly|some|half)\W*$")
# After the claim, its object limited to what the speaker looked at ("knows exactly how many
# of the 2 tickets he looked at have won"): a claim about part of them, not about all.
_SEEN_ONLY = re.compile(
    r"\bof\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:(?:that|which)\s+)?"
    r"(?:he|she|they|[a-z]+)\s+(?:has\s+|had\s+|did\s+|actually\s+)?"
    r"(?:looked\s+at|checked|saw|seen|opened|examined|inspected)\b"
)
_CLAUSE = re.compile(
    r"[.;!?\n]|(?:,\s*|\s)(?:but|although|though|yet|however|whereas|while)\b|"
    # (or after a dash, an aside's end: "- he saw two - so he doesn't know")
    r"(?:,|\s-+)\s*(?:so|because|since|as|and)\b"
)
# Before a claim, words that make it no statement: a hedge, a question about it (not a
# question's number: "Question 4: I think he knows"), a claim to test ("Hypothesis: he knows").
_HEDGE = re.compile(
    r"\b(?:not sure|unsure|uncertain|unclear|whether|if|might|may|could|would|possibly|perhaps|"
    r"maybe|possible|hard to (?:say|tell)|about|question(?!\s*\d+\s*[:.)])|asks?|asked|wonder|"
    r"hypothes[ie]s|premise)\b"
)
# After a correction or an alternative, a subject and its auxiliary, with the claim or
# without it: "no wait, he does not", "or maybe he does", also as the conclusion of a reason
# given after it ("wait, he looked at all three, so he does know").
_CORRECTED = (
    rf"\b(?:{CORRECTING}|or (?:maybe|perhaps|possibly))[,:\s\u2013\u2014-]+"
    r"(?:[^.!?\n]{0,80}?[,;]?\s+(?:so|thus|therefore|hence|and)\s+)?"
    r"(?:he|she|they)\s+(?P<verb>(?:does|did|can|could|is|has)(?P<not>\s+not|n't)?)"
    r"\s*(?:(?:{claim})(?:\s+\w+)?)?\s*(?:[.!;,]|$)"
)
# A yes or no that stands alone ("Yes", "So no.", "The correct answer is no.").
_BARE = re.compile(
    # (after a clause closed by a comma, a conclusion: ", so no", "Based on that, the
    # answer is no")
    r"(?:^|(?<=[.!?\n])|(?<=[.!?][ \t])|"
    r"(?<=,[ \t])(?=(?:so|thus|therefore|hence)\b)|"
    # (not after a yes or no: "No, the answer is yes" gives both or neither)
    r"(?<=,[ \t])(?<!\byes,[ \t])(?<!\bno,[ \t])(?=(?:the|my)[ \t]+(?:\w+[ \t]+)?answer\b))"
    # (a decision said as one: "I'll go with no.", "Let's say yes.")
    r"[ \t\"'(]*(?:(?:so|thus|therefore|hence|then|overall|actually|well|wait|"
    r"i(?:'d| would|'ll| will) (?:say|go with|stick with|settle on)|let's (?:say|go with)|"
    r"(?:i'm )?going with|i think|i guess)"
    r"[ \t,]+){0,2}(?:(?:(?:the|my)[ \t]+)?(?:(?:correct|final|right|short)[ \t]+)?"
    # ("the answer to both questions is: yes": one of them asks yes or no)
    r"(?:answer|response)(?:[ \t]+to[ \t]+(?:the|this|that|both|all|these|those)[ \t]+"
    r"(?:\w+[ \t]+)?questions?)?(?:[ \t]+is[ \t]*:?|[ \t]*:)"
    # ("A: yes": the answer of a question-and-answer pair)
    r"[ \t]*|(?:final|verdict|conclusion|a)[ \t]*:[ \t]*)?"
    # (the word may be quoted: 'The answer is "no".'; an emphatic word says it: "Absolutely.",
    # "Of course not.")
    r"[\"']?(?P<word>yes|no|(?P<hedged_no>not exactly|not really|probably not|i don't think so)|"
    r"(?P<emphatic_no>(?:absolutely|definitely|certainly|of course)[ \t]+not|nope)|"
    r"(?P<emphatic_yes>absolutely|definitely|certainly|of course))"
    r"(?:[\"')]*[ \t]*[.!]+[\"')]*(?=\s|$)|[ \t]*[\"')]*(?=[ \t]*(?:\n|$))|"
    # or followed by the answerer's own hedge that says it again ("No, I don't think so",
    # "Yes, I believe so"; one that says the other word is checked in _bare)
    r"[ \t]*,[ \t]*(?P<tag>i (?:don't )?(?:think|believe|guess) so|i doubt it)"
    r"[ \t]*[.!]*[\"')]*(?=\s|$)|"
    # or followed by its reason ("Yes - he checked every one"), not by the answerer's own
    # words ("No, I cannot give you a number" refuses)
    r"[ \t]*(?:,|-|;|:|\u2013|\u2014)[ \t]+(?:(?:since|because|as)[ \t]+)?"
    r"(?!(?:i|we|you|i'm|i'd)\b)"
    # (also the claim said after it, "no, Laura knows exactly ...": both, when they differ)
    r"(?:he|she|they|it|[a-z]+'s|[a-z]+[ \t]+(?:has|had|did|only|checked|looked|saw|opened|"
    r"knows|does|doesn't|can't|cannot))\b|"
    # or by a word that turns from it ("Yes - well, she can't be certain ..., so no"):
    # given, then doubted (what it turns to is read too)
    r"[ \t]*(?:,|-+|\u2013|\u2014|\.\.\.|\u2026)[ \t]*(?=(?:well|wait|hmm+|actually|"
    r"although|though)\b))"
)


# A claim used as a key, with a yes or no as its value ("knows exactly = no").
_KEYED = re.compile(
    r"(?:[ \t]+[a-z]+){0,3}?[ \t]*(?:[:=]|->)[ \t]*[\"']?(?P<word>yes|no|true|false)\b(?!\s*:)"
)


# A yes or no as a word of its own, not a determiner ("no one") nor one of a pair ("yes or
# no").
# ("3: yes" and "3. yes" are items of something else.)
# (Every such word of a line: "Someone could argue no. I say yes." weighs one, says one.)
# (Not a line keyed "Answer:": it answers the question again, "... so yes.\nAnswer: no".)
_ITEM_LINE = re.compile(
    r"(?m)^[ \t]*(?!(?:answer|response|verdict|conclusion)\b)\w+[ \t]*[.:)=][^\n]*"
)
_PLAIN_WORD = re.compile(
    r"(?m)(?<!\bor )(?<!/)\b(?P<word>yes|no)\b(?![ \t]*(?:or\b|/))(?=[ \t]*(?:[.,;:!)-]|$))"
)
_UNDECIDED_ANY = re.compile(r"\b(?:not sure|unsure|maybe|perhaps|hard to (?:say|tell)|50/50)\b")


# After a first yes or no: the answerer's own inability or refusal ("No, I can't.", "No,
# I'd rather not say"): the answer to another question, no answer to this one.
_REFUSED_AFTER = re.compile(
    r"^\s*[,.;:!-]*\s*(?:i|we)\s*(?:can't|cannot|couldn't|won't|will not|don't know|"
    r"do not know|am unable|'m unable|am not able|'m not able|refuse|decline|"
    r"(?:'d|would) rather not)\b"
)

# ... or a leave given to the one who asks ("Yes, you can continue this scenario."), its
# sentence not speaking of the claim: a yes to a request, no answer to this question.
_GRANTED_AFTER = re.compile(r"^\s*[,.;:!-]*\s*you\s+(?:can|may|are welcome to)\b[^.!?\n]*")


# A sentence that starts with a yes or no and a comma is an answer, however it ends ("And
# no, she doesn't know exactly?": said with doubt, not asked).
_TENTATIVE = re.compile(r"\s*(?:(?:and|so|but|well|then)[\s,]+)?(?:yes|no)\s*,")


# A clause that is only its subject before the claim's verb ("and yeah, she knows"), and
# the verb's clause ending right after it: no object, no condition ("as far as she knows").
_BARE_SUBJECT = re.compile(
    r"\s*(?:(?:and|so|yes|yeah|yep|then|thus|therefore|clearly|obviously|of course)[\s,]+)*"
    # (the speaker: not a question's word, a thing, or anyone at all: "everyone knows")
    r"(?!(?:who|that|what|which|it|this|everyone|everybody|anyone|anybody|someone|somebody|"
    r"nobody|one|god|heaven)\s)(?:he|she|they|[a-z]+)\s+"
    r"(?:(?:really|definitely|certainly|clearly|obviously|surely|does|did)\s+)?"
)
_NO_OBJECT = re.compile(r"[ \t]*(?:[.;!]|,(?=[ \t]+[a-z])|\s-+\s|$)")


def _statements(text: str, field: Field) -> list[Found]:
    """Yes or no from statements of the claim: negated or doubted is no ("she doesn't know
    exactly", "it is unlikely that she knows"), affirmed with a specific word is yes ("he
    knows exactly how many"). A claim limited to part ("only knows about one", "knows
    exactly about the two he saw"), the answerer's own uncertainty ("I don't know") and a
    question are no statement."""
    claim = field.params["claim"]
    specific = "|".join(field.params.get("specific") or [r"(?!)"])
    found = []
    for verb in re.finditer(rf"\b(?:{claim})\b", text):
        sentence_end = re.compile(r"[.!?\n]").search(text, verb.end())
        if (
            sentence_end
            and sentence_end.group() == "?"
            and not _TENTATIVE.match(text, sentence_start(text, verb.start()))
        ):
            continue  # a question, not a statement ("Do you think she knows exactly?")
        clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, verb.start())), default=0)
        before = text[clause_start : verb.start()]
        after = _CLAUSE.split(text[verb.end() : verb.end() + 60])[0]
        if subject_is_the_answerer(before) or _PARTIAL.search(before):
            continue
        if SOMEONE_ELSES_VIEW.search(before):
            continue  # "You think he knows exactly": the question turned round, no answer
        if sentence_end and _REJECTED_NEXT.match(text, sentence_end.end()):
            continue  # "She knows exactly. This is a lie."
        keyed = _KEYED.match(text, verb.end())
        if keyed:
            # The claim as a key, its value after it: "speaker knows exactly = no".
            value = "yes" if keyed["word"] in ("yes", "true") else "no"
            found.append(Found(value, keyed.start("word"), keyed.end("word"), CLEAR))
            continue
        negations = len(re.findall(rf"\b{NEGATION}\b", before))
        if negations > 1:
            # "It's unlikely that he doesn't know exactly": a doubt of the claim denied
            # leans yes; other doubled negations ("not clear he doesn't know") say nothing
            if negations == 2 and _DOUBTED_DENIAL.search(before):
                found.append(Found("yes", verb.start(), verb.end(), LOOSE))
            continue
        negated = re.search(rf"\b{NEGATION}\b(?:\W+[\w']+){{0,3}}\W*$", before)
        # (or "no" right before the verb, as learners negate it: "Jim no know exactly")
        negated = negated or re.search(r"(?<![,.;:!?] )(?<!^)\b(?<!\bor )no[ \t]+$", before)
        # (a condition on answering at all is no doubt of the claim: "if you push me: he
        # doesn't know exactly", "if I must answer, she doesn't")
        unasked = _IF_ASKED.sub(" ", before)
        if negated and not re.search(r"\b(?:not sure|unsure|whether|if)\b", unasked):
            found.append(Found("no", verb.start(), verb.end(), CLEAR))
            continue
        partial = re.match(
            rf"\s*(?:only\b|(?:\w+\s+){{0,2}}about\b(?!\s+(?:\w+\s+){{0,2}}(?:{specific})))", after
        ) or _SEEN_ONLY.search(_CLAUSE.split(text[verb.end() : verb.end() + 100])[0])
        claimed = re.match(rf"\s*(?:\w+\s+){{0,2}}(?:{specific})", after)
        if claimed and re.match(r"\s*(?:which|what|where|who|whom|when)\b", after[claimed.end() :]):
            claimed = None  # "knows exactly which ones she looked at": another claim
        if claimed and re.search(r"\bif\b", after):
            claimed = None  # "would know exactly if he had seen all three": a condition
        if claimed and re.match(
            r"\s*that\s+(?:only\s+|just\s+|at\s+least\s+|no\s+fewer\s+than\s+)?"
            r"(?:\d+|a|an|some|one)\b",
            after[claimed.end() :],
        ):
            # "knows for certain that one is dried out", "... that at least 2 have won": a
            # claim about some, or a bound, not the count
            claimed = None
        if not negated and claimed and not partial and not _HEDGE.search(before):
            found.append(Found("yes", verb.start(), verb.end(), CLEAR))
        elif not negated and _BARE_SUBJECT.fullmatch(before) and _NO_OBJECT.match(text, verb.end()):
            # "so she knows.", "Joe knows, he looked at all of them": the claim with nothing
            # after it is the question's (a new reading: loose)
            found.append(Found("yes", verb.start(), verb.end(), LOOSE))
        sentence = text[verb.end() : sentence_end.start() if sentence_end else len(text)]
        if partial and not negated and re.search(r"\bbut not\b", sentence):
            # "knows exactly about the two he saw, but not about the third": not all of it
            found.append(Found("no", verb.start(), verb.end(), CLEAR))
    # The claim with a negating prefix, of the specific thing: "Ben is unsure of how many".
    for verb in re.finditer(rf"\bun(?:{claim})\b", text):
        clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, verb.start())), default=0)
        after = _CLAUSE.split(text[verb.end() : verb.end() + 60])[0]
        asked = re.compile(r"[.!?\n]").search(text, verb.end())
        if (asked and asked.group() == "?") or subject_is_the_answerer(
            text[clause_start : verb.start()]
        ):
            continue
        if re.match(rf"\s*(?:\w+\s+){{0,2}}(?:{specific})", after):
            found.append(Found("no", verb.start(), verb.end(), LOOSE))
    # "He knows that one is sealed, but not exactly how many."
    for match in re.finditer(rf"\bbut not (?:{specific})", text):
        found.append(Found("no", match.start(), match.end(), CLEAR))
    return found


# Closing words that speak of the answer itself, not of another matter ("Hope this helps!",
# "This is the answer to the questions.").
_CLOSING = re.compile(
    r"(?:\s*(?:(?:this|that) is (?:the|my) (?:answer|response)\b|(?:i )?hope (?:this|that) "
    r"helps|let me know\b|thanks?\b|thank you)[^.!?\n]*[.!?]*)+\s*$"
)


def _in_last_sentence(text: str, position: int) -> bool:
    end = re.compile(r"[.!?\n](?=\s|$)").search(text, position)
    return (
        not end
        or not re.search(r"[a-z0-9]", text[end.end() :])
        or bool(_CLOSING.match(text, end.end()))
    )


def _opens_alone(text: str, found: Found) -> bool:
    """Whether a yes or no is the answer's whole first paragraph ("No.\n\n...")."""
    alone = re.match(r"[ \t]*[.!]?[\"')*]*[ \t]*(?:\n[ \t]*\n|$)", text[found.end :])
    return not re.search(r"[a-z0-9]", text[: found.start]) and bool(alone)


# A sentence that calls the one before it wrong: what it said is no answer.
_REJECTED_NEXT = re.compile(
    r"[\s\"')]*(?:this|that|it)\s+(?:is|was|'s)\s+(?:a\s+|an\s+)?(?:\w+\s+)?"
    r"(?:incorrect|wrong|false|lie|mistake|untrue|not (?:true|correct|right))\b"
)


def _bare(text: str, field: Field, grade: str, after: int = 0) -> list[Found]:
    """A yes or no standing alone on its line; not one right after another question, on
    the line above or before it on its line ("How many ...?" then "No."; "Is 2 the most
    likely? Yes")."""
    found = []
    for match in _BARE.finditer(text, after):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if re.fullmatch(r"\s*(?:\d+|[a-h])[.)]\s*", text[line_start : match.start()]):
            continue  # an item of a numbered list answers its own item
        if answers_another_question(text[: match.start()], field):
            continue
        if concludes_a_count(text[: match.start()], field):
            continue
        value = "no" if match["hedged_no"] or match["emphatic_no"] else match["word"]
        value = "yes" if match["emphatic_yes"] else value
        if match["tag"] and (value == "no") != bool(re.search(r"don't|doubt", match["tag"])):
            continue  # "Yes, I don't think so": the word and its hedge disagree
        found.append(Found(value, match.start("word"), match.end("word"), grade))
    return found


# After a yes or no: a word that revises it and the other word ("Yes, she does - wait,
# no", "Yes. (Thinking again: no.)"), or its claim said the other way at once ("No, she
# knows.").
_REVISED_TO = rf"\b(?:{REVISING}|{CORRECTING})[\s,:;.\u2026-]+(?P<word>yes|no)\b"
_CLAIM_AT_ONCE = (
    r"^\s*[,;:-]\s*(?:he|she|they)\s+(?P<not>doesn't\s+|didn't\s+)?(?:{claim})"
    r"(?:\s+exactly)?\s*(?:[.!]|$)"
)


# After a yes or no, a sentence that is only a hedged other answer: "Yes. Well, perhaps
# not.", "No... maybe yes.", "Yes - or maybe not": the answer doubted into its opposite.
_HEDGED_OTHER = re.compile(
    r"(?:^|(?<=[.!?;,\n-])|(?<=\.\.\.))[ \t\"'(]*(?:(?:well|hmm+|then again|or|though|but|and|"
    r"on (?:second|further) thought)[ \t,]+)*(?:perhaps|maybe|possibly|probably)[ \t,]+"
    r"(?P<word>not|yes|so)(?=[ \t]*(?:[.!?;)\"']|\.\.\.|\n|$))"
)


def _revised_to(text: str, field: Field, after: int) -> list[Found]:
    found = [
        Found(m["word"], *m.span("word"), CLEAR) for m in re.finditer(_REVISED_TO, text[after:])
    ]
    found += [
        Found("no" if m["word"] == "not" else "yes", *m.span("word"), LOOSE)
        for m in _HEDGED_OTHER.finditer(text[after:])
    ]
    found = [Found(f.value, f.start + after, f.end + after, f.grade) for f in found]
    at_once = re.match(_CLAIM_AT_ONCE.replace("{claim}", field.params["claim"]), text[after:])
    if at_once:
        found.append(Found("no" if at_once["not"] else "yes", after, after + at_once.end(), CLEAR))
    return found


def read_yes_no(text: str, field: Field, scope: str) -> list[Found]:
    """A yes/no answer (see _read_yes_no); in its section, a short answer taken back by a
    correction after it ("He does. Actually no, he doesn't.") is a second answer."""
    found = _read_yes_no(text, field, scope)
    if scope == SECTION and found:
        values = {x.value for x in found}
        found += [x for x in answered_before_correction(text) if x.value not in values]
    if scope == SECTION and {x.value for x in found} == {"yes"}:
        # "You can't know how many ... Ben knows exactly how many ...": the part first
        # denies that it can be known, then says he knows: two answers
        denial = generic_denial_before(text, min(x.start for x in found))
        if denial:
            found.append(Found("no", *denial.span(), LOOSE))
    return found


def _read_yes_no(text: str, field: Field, scope: str) -> list[Found]:
    """A yes/no answer (a yes_no reader: `claim`, the verb of what a yes claims, and
    `specific`, the words that make a statement the question's claim).

    In its section the first word decides ("Yes", "No, she only saw one", "Probably not");
    an answer that starts undecided ("not sure", "maybe") is no answer. Otherwise
    statements of the claim decide, and a yes or no standing alone ("So no.", "The correct
    answer is yes")."""
    if scope == SECTION:
        # An answer may repeat its question first ("Does he know exactly? No.").
        echo = re.match(r"[^?\n]*\?\s*(?:(?:->|:|=|-)\s*)?(?=\S)", text)
        # (not when it starts with the answer: "no. Is 2 the most likely? Yes" answers
        # first, then asks another question)
        answered_first = ANSWER_THEN_SENTENCE.match(text)
        if echo and _FIRST.match(text[echo.end() :]) and not answered_first:
            text = " " * echo.end() + text[echo.end() :]
        first = _FIRST.match(text)
        denial = _DENIAL.format(claim=field.params["claim"])
        if (
            first
            and (first["likely_no"] or first["likely_yes"])
            and re.match(denial, first["rest"])
        ):
            first = None  # "Unlikely that he doesn't know": a lean on the claim denied, read below
        if first and _REFUSED_AFTER.match(first["rest"]):
            return []
        granted = first and first["yes"] and _GRANTED_AFTER.match(first["rest"])
        if granted and not re.search(rf"\b(?:{field.params['claim']})\b", granted.group()):
            return []
        if first:
            rest = first["rest"]
            kind = next(k for k in ("no", "likely_no", "yes", "so_yes", "likely_yes") if first[k])
            both = _BOTH.match(rest)
            said = both and ("yes" if both["word"] in ("yes", "ja") else "no")
            if said and said != ("yes" if "yes" in kind else "no"):
                return [Found("yes", 0, len(text), DIRECT), Found("no", 0, len(text), DIRECT)]
            hedged_no = kind == "likely_yes" and re.match(r"\s*[,:]?\s*no(?:t)?\b", rest)
            if hedged_no:
                # "most likely no", "probably not"
                return [Found("no", first.start(kind), first.end(kind) + hedged_no.end(), LOOSE)]
            if kind != "likely_yes" or re.match(r"\s*[,.:;!-]?\s*(?:yes\b|$)", rest):
                value = "yes" if "yes" in kind else "no"
                grade = DIRECT if kind in ("yes", "no") else LOOSE
                if _HEDGE_AFTER.match(rest):
                    grade = LOOSE  # "Yes (probably)", "No - I think": hedged right after
                first_found = Found(value, first.start(kind), first.end(kind), grade)
                # The part may go on to say the other ("No - well, she saw all three, so
                # yes", "No. Wait, actually yes"): both.
                later = _bare(text, field, CLEAR, after=first.end(kind))
                later += _revised_to(text, field, first.end(kind))
                # ... or answer the question put again ("the answer to whether he knows is no")
                later += [x for x in asked_then_answered(text, field) if x.start >= first.end()]
                return [first_found, *[x for x in later if x.value != value]]
            if plain_reason(re.split(r"[.!?\n]", rest, maxsplit=1)[0], field):
                # "Probably, he saw all of them": a lean and its reason (a new reading: loose);
                # a later sentence may still say the other
                lean = Found("yes", first.start(kind), first.end(kind), LOOSE)
                later = _statements(text, field) + _bare(text, field, CLEAR, after=lean.end)
                return [lean, *[x for x in later if x.value != "yes"]]
            # "Probably, but ..." is no answer; "likely that she knows" is read below.
        elif _UNDECIDED.match(text):
            # "It depends on whether she opened them all - she did, so yes": concluded
            concluded = list(re.finditer(r"\b(?:so|thus|therefore|hence)[\s,]+(yes|no)\b", text))
            if len({m.group(1) for m in concluded}) == 1:
                return [Found(concluded[-1].group(1), *concluded[-1].span(1), LOOSE)]
            return []
        else:
            # "Technically no.", "I'd say yes, almost certainly": one word, not first
            items = [m.span() for m in _ITEM_LINE.finditer(text)]
            words = [
                m
                for m in _PLAIN_WORD.finditer(text)
                if not CONSIDERED_BEFORE.search(text, 0, m.start("word"))
                and not any(a <= m.start() < b for a, b in items)
                and not concludes_a_count(text[: m.start()], field)
            ]
            own = [m for m in words if not ATTRIBUTED_BEFORE.search(text, 0, m.start("word"))]
            if words and not own:
                return []  # someone else's answer, not the answerer's
            words = own
            if words and len({m["word"] for m in words}) == 1 and not _UNDECIDED_ANY.search(text):
                word = Found(words[0]["word"], *words[0].span("word"), LOOSE)
                # Reasoning that states the claim the other way first ("she read them all,
                # so she knows exactly. Answer: no") gives both.
                return [word, *[x for x in _statements(text, field) if x.value != word.value]]
        elliptical, offset = ELLIPTICAL.match(text), 0
        concluded = re.search(r"\b(?:so|thus|therefore|hence)[\s,]+(?=[^.;!?\n]*[.!]?\s*$)", text)
        if not elliptical and concluded:
            # "he looked at every seed, so I'd say he most likely does": the verb alone
            # that concludes the part
            offset = concluded.end()
            elliptical = ELLIPTICAL.match(text[offset:])
        if elliptical:
            value = "no" if elliptical["not"] else "yes"
            if elliptical["doubt"]:
                value = "yes" if value == "no" else "no"  # "I doubt she does"
            hedged = elliptical["lead"] or elliptical["adverb"] or elliptical["trail"] or concluded
            start, end = elliptical.span("verb")
            return [Found(value, start + offset, end + offset, LOOSE if hedged else CLEAR)]
    bare = _bare(text, field, CLEAR if scope == SECTION else LOOSE)
    # ("I'll say yes, hmm, actually no": the word taken back at once is a second answer)
    bare += [y for x in bare for y in _revised_to(text, field, x.end) if y.value != x.value]
    if scope != SECTION and not re.search(rf"\b(?:{field.params['claim']})\b", text):
        # In an answer that never speaks of the claim and does not end with a yes or no
        # (and its reason), a yes or no answers something else ("The answer is no. You
        # can't have three teams.").
        # (Not one that is the answer's whole first paragraph, "No." and a blank line: given
        # as the answer before anything else is said.)
        if not any(_in_last_sentence(text, x.end) or _opens_alone(text, x) for x in bare):
            bare = []
    found = _statements(text, field) + bare + asked_then_answered(text, field)
    if scope == SECTION or found:
        # Its verb alone after a correction: "He knows exactly - no wait, he does not." In
        # prose, only beside a statement of the claim (the claim is what it corrects).
        corrected = _CORRECTED.replace("{claim}", field.params["claim"])
        for clause in re.finditer(corrected, text):
            value = "no" if clause["not"] else "yes"
            found.append(Found(value, *clause.span("verb"), CLEAR))
    found = [x for x in found if not CONSIDERED_BEFORE.search(text, 0, x.start)]
    return sorted(found, key=lambda f: f.start)
