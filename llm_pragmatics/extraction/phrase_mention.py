"""Whether a phrase is offered as the answer or not (phrases.py asks `not_offered` of
every phrase it finds, once those offered as alternatives are sorted out, before it counts
one as a candidate): rejected, asked, weighed, supposed, set aside, or only mentioned.

A sentence is offered when the answer gives it: as the whole answer or a sentence of its
own, or where an answer marker points at it ("she'd say", "Answer:"). Everywhere else it
stands inside a sentence about something, and what that sentence does with it decides: it
reports words someone else said or says by habit, compares them, names them as a written
thing, or as about what someone would do. Such a phrase is mentioned, never the answer
(`mention_of`); a phrase inside another sentence that does none of these is read below
certainty at most (phrases.py), since only its place makes it the answer.
"""

from __future__ import annotations

import re

from .answer_markers import ANSWER_MARKER, QUOTE, pointed_at, quote_around
from .phrase_commitment import asked
from .phrase_context import (
    CONDITION_AFTER,
    CONDITIONAL_SENTENCE,
    HYPOTHETICAL_AFTER,
    HYPOTHETICAL_BEFORE,
    IF_CLAUSE,
    LESSER_AFTER,
    LESSER_BEFORE,
    MAIN_CLAUSE_AFTER,
    NOT_SAID_BEFORE,
    OPINION_BEFORE,
    REJECTED_BEFORE,
    WEIGHED_AFTER,
    alone_in_its_sentence,
    context_of,
    mentioned_as_a_thing,
    sentence_before,
    weighed_among,
)
from .phrase_forms import (
    PRONOUN,
    Choice,
    PhraseOption,
    has_an_evaluation,
    one_evaluation,
    phrase_regex,
    restates_the_word,
)
from .phrase_pointers import REJECTED, pointed_back

_SAYING = (
    r"(?:says?|said|saying|tells?|told|writes?|wrote|written|texts?|texted|posts?|posted|"
    r"tweets?|tweeted|puts?|put|repl(?:y|ies|ied)|answer(?:s|ed)?|chooses?|chose|picks?|"
    r"picked|uses?|used|go(?:es)? with|went with|opt(?:s|ed)? for|read|reads|"
    # (a sentence someone else would prefer is theirs too: "her friends might prefer")
    r"prefers?|preferred)"
)
# Words said by someone who is not the speaker answering now: anyone in general, many,
# others, a relative or a bystander ("her sister texted", "many people would say").
_OTHER_PERSON = (
    r"(?:some ?one(?: else)?|some ?body(?: else)?|any ?one(?: else)?|others|other people|"
    r"(?:(?:many|most|some|few|certain|lots of|a lot of|other)\s+)?(?:people|guests|folks|readers|"
    r"viewers|listeners|diners|customers|users|judges|participants|respondents)|"
    r"(?:many|most|some|few) of (?:them|us)|every ?one(?: else)?|"
    # a bare quantifier as the subject, a modal or the verb right after it ("some would
    # say", "a few might answer"; not a determiner: "some cake was good")
    r"(?:some|many|most|a few|several)(?=\s+(?:would|might|may|could|will|can|probably|"
    rf"{_SAYING})\b)|"
    r"every ?body|no ?one|no ?body|critics|strangers|"
    # someone of a kind ("a blunt friend", "an honest stranger", "a harsher critic")
    r"(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:person|speaker|stranger|outsider|critic|reviewer|judge)|"
    # ... and another of them ("while a more careful one might say", "another might say")
    r"(?:a|an)\s+(?:[a-z-]+\s+){1,2}(?:one|1)|another(?: (?:one|1))?|the other(?: (?:one|1))?|"
    r"(?:his|her|their|a|an|the) (?:[a-z-]+\s+){0,2}?(?:sister|brother|mother|father|mom|mum|"
    r"dad|parents?|friends?|aunt|uncle|cousin|grandma|grandmother|grandpa|grandfather|neighbou?r|boss|colleague|"
    r"co-?worker|classmates?|roommate|teacher|critic|judges?|audience|crowd|reviewer|others))"
)
# Between the person and the verb, any words of the same clause ("most people would
# probably just say", "a lot of folks might honestly say"): none that starts another
# clause or names another subject ("people think she'd say" is her saying; a relative
# clause is still theirs: "people who know her would say").
_SAME_CLAUSE_WORD = (
    r"(?!(?:i|she|he|we|you|they|it|but|so|and|or|while|whereas|if|then|"
    r"though|although|because|since|when)\b)\w+"
)
# People put in the speaker's own place ("most people in her spot", "anyone in his shoes")
# stand for the speaker: what they would say is the answer's choice.
_IN_THE_SPEAKERS_PLACE = (
    r"\s+(?:in|from)\s+(?:her|his|their|[a-z]+'s)\s+"
    r"(?:position|spot|shoes|place|situation|seat|role)\b"
)
# (someone of a kind named by what they want: "someone eager to please", "people keen to
# impress")
_OTHER_SAYER = re.compile(
    rf"\b{_OTHER_PERSON}(?!{_IN_THE_SPEAKERS_PLACE})(?:\s+[a-z]+\s+to\s+[a-z]+)?"
    # (an aside between commas: "her sister, who is blunt, would say")
    r"(?:\s*,[^,.!?;:\n\"]{1,40},)?"
    rf"\s+(?:{_SAME_CLAUSE_WORD}\s+){{0,6}}{_SAYING}\b"
)
# The same with the verb left out after an earlier quote ('... would say "A"; a kind one
# "B"').
_OTHER_ELLIPTIC = re.compile(rf"[;,]\s*(?:and\s+|while\s+|whereas\s+)?{_OTHER_PERSON}\s*[:,-]?\s*$")
# The same after the words ('"It was bad," said the critic'; "..., says her sister").
_OTHER_SAYER_AFTER = re.compile(rf"[\"'.!]*\s*[,-]*\s*(?:{_SAYING})\s+{_OTHER_PERSON}\b")
# Words said at another time or by habit ("last time he said", "she always says", "in the
# original study people chose"): a report, not the sentence the speaker would say now.
_ANOTHER_TIME = re.compile(
    r"\b(?:last (?:time|week|month|year|night|summer)|(?:the )?time before|the other day|"
    r"(?:a|one|1|\d+|two|few) (?:days?|weeks?|months?|years?) ago|"
    r"yesterday|previously|always|often|"
    r"usually|sometimes|tends? to|used to|every time|back then|years? ago|in the (?:original |"
    r"real |first )?(?:study|experiment|survey|data|paper))\b"
)
# A written thing that holds the words, as the subject that "reads" or "says" them ("the
# headline of the review read", "the card said"); not the speaker writing them ("she
# writes ... on the card").
_WRITTEN_THING = re.compile(
    r"\b(?:headline|caption|title|card|sign|note|label|banner|subject line|tagline|"
    r"inscription|poster|plaque|review|post|comment)s?\b(?:\s+[\w']+){0,4}\s+"
    r"(?:read|reads|said|says)\s*[,:]?\s*[\"']?$"
)
# Right before a quote: a comparison ("compare", "contrast"); (not "something like", a
# hedged answer).
_COMPARED_BEFORE = re.compile(r"\b(?:compare|comparing|contrast|contrasting)\s+[\"']?$")
# Before a quote in its sentence: the quote named as describing what someone would do or
# change ("one sentence to describe what she would do differently", "about how he would
# fix it"), not the thing: it answers another question. (Not "asked what she would
# change, she'd say ...": a question her answer may still answer with the thing.)
_ABOUT_CONDUCT = re.compile(
    r"\b(?:describe|describes|describing|explain|explains|explaining|about|on)\s+(?:what|how)\s+"
    r"\w+\s+(?:would|will|could|should|might|plans? to|intends? to|wants? to)\s+"
    r"(?:do|change|improve|fix|handle)\b"
)


# How a phrase's own sentence makes it no answer (phrases.py keeps a list of each):
# weighed (rejected, asked, weighed against others: reasons for a list to be no choice),
# mentioned (talked about or reported), set aside (an opinion, a condition's content, a
# lesser alternative) or supposed (set aside, yet offered in a row: "saying 'A' would ...").
WEIGHED, MENTIONED, SET_ASIDE, SUPPOSED = "weighed", "mentioned", "set aside", "supposed"


def not_offered(text: str, choice: Choice) -> str | None:
    """How a phrase is not offered as the answer (WEIGHED, MENTIONED, SET_ASIDE or
    SUPPOSED), or None when nothing in its sentence says so. (phrases.py first sorts out
    phrases offered as alternatives, "X or Y", and those a list or an aside holds.)"""
    before, after = context_of(text, choice.start, choice.end)
    rejected = (
        not_said_with_another(before)
        or NOT_SAID_BEFORE.search(before)
        or REJECTED_BEFORE.search(before)
    )
    if rejected or asked(text, choice) or CONDITION_AFTER.match(text[choice.end : choice.end + 40]):
        return WEIGHED  # "not 'It was bad'", "Would he say it was bad?", "... if asked"
    if OPINION_BEFORE.search(text[max(0, choice.start - 40) : choice.start]):
        return SET_ASIDE
    if CONDITIONAL_SENTENCE.search(sentence_before(text, choice.start)) and MAIN_CLAUSE_AFTER.match(
        after
    ):
        return SET_ASIDE  # the condition's own content
    sentence = sentence_before(text, choice.start)
    if CONDITIONAL_SENTENCE.search(sentence) and _SUGGESTED_TO_YOU.search(sentence):
        # "If you wanted to upset him, you could say 'It wasn't good'": a wording suggested
        # to the reader under a condition, not the speaker's answer
        return SUPPOSED
    if CONDITIONAL_SENTENCE.search(sentence) and _SAYING_SUPPOSED.search(sentence):
        # 'If Emma was to say "It was terrible," she would probably say "It was terrible"
        # without ...': what follows a supposed saying speaks of it; it is no answer
        return SUPPOSED
    if _MEANING_BEFORE.search(before) and QUOTE.search(sentence_before(text, choice.start)):
        # 'She'd say "It was good", a kind way of saying "It was bad"': what the sentence
        # given before it means, an explanation, not a second sentence said
        return SET_ASIDE
    if mention_of(text, choice):
        # "the joke 'It was terrible'", 'her sister texted "It was amazing"': talked about
        # or reported, not said
        return MENTIONED
    if _LEFT_OUT_BEFORE.search(before) and _LEFT_OUT_AFTER.match(after):
        return WEIGHED  # 'That leaves "It was good" off the table': set aside, not left
    if weighed_among(before) or WEIGHED_AFTER.match(after):
        return WEIGHED  # "choose between 'It was good' and 'It wasn't bad'"
    if pointed_back(text, choice) == REJECTED:
        return WEIGHED  # '"It was amazing" would hurt her; she'd avoid this'
    if _NOT_THE_CHOICE_AFTER.match(text, choice.end):
        return WEIGHED  # "she might say 'It was amazing', but that is not the best choice"
    if _LEFT_UNSAID_AFTER.match(text, choice.end):
        return SET_ASIDE  # "It wasn't amazing, but he doesn't need to say that": kept unsaid
    if HYPOTHETICAL_BEFORE.search(before) and HYPOTHETICAL_AFTER.match(after):
        return SUPPOSED
    if IF_CLAUSE.search(before) or LESSER_BEFORE.search(before) or LESSER_AFTER.match(after):
        return SET_ASIDE
    return None


# Right before a phrase: what another sentence means ("a nice way of saying", "which really
# means", "code for").
_MEANING_BEFORE = re.compile(
    r"(?:\bways?\s+(?:of\s+saying|to\s+say)|\bwhich\s+(?:really\s+|just\s+)?means|"
    r"\b(?:code|shorthand|a euphemism)\s+for)\s*:?\s*[\"']?$"
)
# Later in a phrase's sentence: it is named no good pick ("..., but again, that would not
# be the best choice", "- though it isn't the right answer here").
_NOT_THE_CHOICE_AFTER = re.compile(
    r"[^.!?\n]*\b(?:but|though|although|yet|however)\b[^.!?\n]{0,20}?\b(?:that|it|this)"
    r"(?:'s|\s+is|\s+would|'d)?\s*(?:not|n't)\s+(?:be\s+)?(?:the|a|my)\s+"
    r"(?:best|right|correct|ideal|likeliest|most likely|most fitting|good)\s+"
    r"(?:choice|option|answer|pick|fit|response|1)\b"  # ("one" is "1" in the text)
)
# Later in a phrase's sentence: it is kept unsaid ("..., but Henry doesn't need to say
# that", "- though she won't mention it"): a thought, not the sentence said.
_LEFT_UNSAID_AFTER = re.compile(
    r"[^.!?\n]*\b(?:but|though|although|yet)\b[^.!?\n]{0,40}?\b(?:doesn't|does not|don't|"
    r"do not|won't|will not|wouldn't|would not|needn't|need not|shouldn't|should not)\s+"
    r"(?:(?:need|have|want|bother)\s+to\s+)?(?:say|mention|tell|add|admit|point out)\b"
    r"(?:\s+\w+)?\s+(?:that|it|this|so)\b"
)
# Around a phrase: a verb of leaving or taking before it and a particle after it that sets
# it aside ("leaves 'A' off the table", "takes 'A' out", "puts 'A' aside").
_LEFT_OUT_BEFORE = re.compile(
    r"\b(?:leaves?|leaving|left|takes?|took|taking|puts?|putting|sets?|setting|knocks?|"
    r"knocked|knocking)\s+[\"']?$"
)
_LEFT_OUT_AFTER = re.compile(r"^[\"'.,!]*\s+(?:out(?!\s+there)|off|aside|behind|unsaid)\b")
# A condition that supposes a sentence said ("if she were to say 'It was bad'"), and its
# main clause right after it (not a clause that turns from it: "...; so she'd say").
_SAYING_SUPPOSED = re.compile(
    rf"\bif\b[^.!?\n]*\b{_SAYING}\b[\s,:]*(?:that\s+)?(?:\"[^\"\n]+\"|'[^\n]+?')"
    r"(?:(?!\b(?:so|but|instead|therefore|thus|hence|then|rather|though)\b|"
    # (nor one that goes on to name the answer: "..., and the answer should be")
    r"\b(?:the|my|her|his) answer (?:should|would|will|must|is)\b)[^;\"'])*$"
)
# A wording suggested to the reader as possible ("you could say something like").
_SUGGESTED_TO_YOU = re.compile(
    r"\byou\s+(?:could|might|may|can)\s+(?:\w+\s+)?(?:say|tell|write|reply|answer|go with|use)\b"
)


def mention_of(text: str, choice: Choice) -> str | None:
    """Why a phrase is only mentioned, not offered ("reported", "an example", ...), or
    None. A phrase an answer marker points at is offered, whatever surrounds it."""
    if mentioned_as_a_thing(context_of(text, choice.start, choice.end)[0]):
        return "it names the sentence as a thing it talks about"  # "the joke '...'"
    before = sentence_before(text, choice.start)
    if _ABOUT_CONDUCT.search(before):
        return "it gives the sentence as about what someone would do, not the thing"
    quote = quote_around(text, choice)
    # someone else named before an earlier quote of the sentence said that one ('A blunt
    # friend might say "A," but she'd say "B"'): B is not reported
    opening = quote.start() if quote is not None else choice.start
    earlier = [q.end() for q in QUOTE.finditer(text, 0, opening)]
    # (or an earlier sentence of theirs unquoted, closed by the answerer's own clause: "some
    # might say it was amazing, but I'd say it was good")
    earlier += [m.end() for m in _THEIRS_THEN_OWN.finditer(text, 0, opening)]
    sayer_words = text[max([opening - len(before), *earlier]) : opening]
    others = _OTHER_SAYER.search(sayer_words) or _OTHER_ELLIPTIC.search(sayer_words)
    if pointed_at(text, choice) and not others:
        return None
    if quote is not None and not alone_in_its_sentence(text, choice):
        if _COMPARED_BEFORE.search(before):
            return "it compares the sentence with another"
    if _WRITTEN_THING.search(before):
        return "it quotes the sentence as something written"
    quote_end = quote.end() if quote is not None else choice.end
    if others or _OTHER_SAYER_AFTER.match(text, quote_end):
        return "it reports the sentence as someone else's"
    if _ANOTHER_TIME.search(before) and re.search(rf"\b{_SAYING}\b", before):
        return "it reports the sentence as said at another time"
    return None


# A sentence in the phrases' form, then a comma and the answerer's own clause.
_THEIRS_THEN_OWN = re.compile(
    rf"\b{PRONOUN}\s+(?:was|wasn't|is|isn't)(?:\s+[a-z']+){{1,3}}\s*[,;]\s*"
    r"(?:(?:but|yet)\s+)?(?=(?:i|i'd|i'll|i'm|my|we|we'd)\b)"
)
_IN_HER_PLACE_SAYER = re.compile(
    rf"\b{_OTHER_PERSON}{_IN_THE_SPEAKERS_PLACE}[^.!?\n]*\b{_SAYING}\b[^.!?\n]*$"
)


def said_by_people_in_her_place(before: str) -> bool:
    """Whether the words before a phrase give it as what people in the speaker's place
    would say ("most people in her spot would say"): the answer, by a generalisation that
    stands for the speaker, so not a certain reading."""
    return bool(_IN_HER_PLACE_SAYER.search(before))


def said_by_another(before: str) -> bool:
    """Whether the words before a quote give it as someone else's ('a blunt friend might
    say "awful"'): a report, not the answer's own sentence."""
    return bool(_OTHER_SAYER.search(before))


def evaluates_anew(
    text: str, quote: re.Match, candidates: list[Choice], options: tuple[PhraseOption, ...]
) -> bool:
    """Whether a quote evaluates the thing as the answer's own new words: not someone
    else's ('someone eager to please might say "amazing"'), nor the candidates' word named
    again ('"good" captures it')."""
    return (
        has_an_evaluation(quote.group(), options)
        and not said_by_another(sentence_before(text, quote.start()))
        and not restates_the_word(quote.group(), [text[c.start : c.end] for c in candidates])
    )


def embedded(text: str, choice: Choice) -> bool:
    """Whether a phrase stands in a quote inside another sentence that no answer marker
    points at ('Ann texts "It was good" to Bo'): only its place would make it the answer."""
    return (
        quote_around(text, choice) is not None
        and not alone_in_its_sentence(text, choice)
        and not pointed_at(text, choice)
    )


def not_said_with_another(before: str) -> bool:
    """Whether a phrase is the second of a pair the speaker would not say ('would not
    say "It was great" or "It was amazing"')."""
    head = re.sub(r"[\"'][^\"'\n]{1,80}[\"']\s*,?\s*(?:or|nor|and)\s+[\"']?$", "", before)
    return head != before and bool(NOT_SAID_BEFORE.search(head + '"'))


# A line of a script: a person's name (one word; the text is lower case), perhaps a stage
# direction in brackets, a colon, then what they say ("mika (laughing): ...").
TURN = re.compile(
    r"(?m)^[ \t>*_-]*\**(?P<name>[a-z]+)\**(?:[ \t]*\([^()\n]*\))?\**[ \t]*:\**"
    r"[ \t]*(?P<said>[^\n]*)"
)
# A line that reacts to what was just said to its speaker: it opens with an interjection
# or thanks ("Aww, ...", "Oh!", "Really? ..."), or thanks anywhere.
_REACTION = re.compile(
    r"^[\W_]*(?:a+w+|o+h+|a+h+|wow|ha(?:ha)+|hmm+|really|yay|gee|omg|thanks?|thank you)\b"
    r"|\bthank(?:s|\s+you)\b",
)


def in_a_reply(text: str, choice: Choice, options: tuple[PhraseOption, ...]) -> bool:
    """Whether a phrase stands in the listener's reply of a two-person script: a line that
    reacts (thanks, an interjection) or asks back ('So it was bad?') right after the other
    person's line that evaluated the thing ('Ann: "It was amazing!"\nBo: "Aww, it wasn't
    amazing, but thanks."'). The reply is the listener's words, not the speaker's choice;
    a line after a question is the answer to it, and a second line of the same person
    revises the first."""
    if _replies_to_another(text, choice, options):
        return True
    turns = [t for t in TURN.finditer(text) if not ANSWER_MARKER.search(t["name"])]
    if len({t["name"] for t in turns}) != 2:
        return False
    at = next((i for i, t in enumerate(turns) if t.start("said") <= choice.start < t.end()), None)
    # (the phrase's own sentence closed by a question mark: asked, not said)
    asked = re.match(r"[^.!?\n]*\?", text[choice.end : turns[at].end()]) if at else None
    if not at or not (_REACTION.search(turns[at]["said"]) or asked):
        return False
    before = turns[at - 1]
    said_before = before["said"].rstrip(" \t\"'*")
    return (
        before["name"] != turns[at]["name"]
        and not said_before.endswith("?")
        and bool(phrase_regex(options).search(said_before))
    )


# A line that gives a named person's words: "Henry would say: ...", "George would reply:".
# (a name, not a pronoun: "she would reply" could be the speaker going on)
_SAYER_LINE = re.compile(
    r"(?m)^[ \t>*_-]*\**(?!(?:he|she|they|i|you|we|it|who|someone|one|then|so|and)\b)"
    r"(?P<name>[a-z]+)\**[ \t]+(?:(?:would|will|might|could|may)[ \t]+)?"
    r"(?P<verb>say|says|said|reply|replies|replied|respond|responds|responded)\b"
)


def _replies_to_another(text: str, choice: Choice, options: tuple[PhraseOption, ...]) -> bool:
    """Whether a phrase stands in a named person's reply on the line right after another
    named person's line that gives a phrase of the set ("Henry would say: It wasn't
    terrible.\nGeorge would reply: It was bad, I know."): the listener answering the
    speaker, not a second sentence of the speaker's."""
    start = text.rfind("\n", 0, choice.start) + 1
    line = _SAYER_LINE.match(text, start)
    if not line or not line["verb"].startswith(("repl", "respond")):
        return False
    lines = text[: max(start - 1, 0)].rstrip("\n").rsplit("\n", 1)
    before = _SAYER_LINE.match(lines[-1]) if start else None
    return bool(
        before
        and before["name"] != line["name"]
        and phrase_regex(options).search(lines[-1], before.end())
    )


def answer_outside_the_set(text: str, options: tuple[PhraseOption, ...]) -> str | None:
    """A quoted sentence in the phrases' form, but none of them, that an answer marker
    points at ('he'd say "It was great"'): an answer outside the set."""
    whole = phrase_regex(options)
    for marker in ANSWER_MARKER.finditer(text):
        start = len(text) - len(text[marker.end() :].lstrip(" \t\n,:"))
        quote = QUOTE.match(text, start)
        if not quote or whole.search(quote.group()):
            continue
        quoted = quote.group()
        inner = quoted[1:-1].strip(" .!,")
        if re.match(rf"{PRONOUN}\b", inner) and one_evaluation(inner, options, short=False):
            return inner
    return None
