"""What says that a count in prose is the answer to "how many": "I'd say 2", "my guess
is 3", "the most likely outcome is that all 3 ..." (the count reader, counts.py, reads the
count after these); and whether a count is said of the time before the speaker spoke.
Generic English; nothing here knows what is counted.
"""

from __future__ import annotations

import re

from .text import sentence_start

# Words that speak of the speaker's report.
REPORT_WORDS = (
    r"says?|said|saying|reports?|reported|told|tells|statement|call(?:ed|s)?|looked|"
    r"examined|opened|checked|inspected|tested|saw|seen|found|observed|hears?|heard|"
    r"learn(?:s|ed)?|posterior"
)
# Words for the time before anything was learned ("my starting guess"), and a verb that
# says what something is, with an adverb of the reasoning ("is therefore", "would also be").
_AT_FIRST = r"starting|initial|original|baseline|default|a priori|instinctive|intuitive|prior"
_THEREFORE = r"(?:also|therefore|then|thus|still|simply|clearly|just|again|so)"
_IS = rf" (?:is|was|(?:would|will)(?: {_THEREFORE})? be|would have been)(?: {_THEREFORE})?"
# In prose, a count is an answer only where the answer says it is one: "I'd say 2", "my
# guess is 3", "probably all three". Within a question's own part, also "the answer is 2"
# and "so 3".
_SAYS = (
    # (an adverb or a spoken filler may stand between: "I'd actually guess none", "I'd
    # initially guess all 3", "I'd say like all three"; not one that denies it: "I'd
    # hardly say 3")
    r"(?:i'd|i would|i'll|i will|i) "
    r"(?:(?:(?!(?:hardly|scarcely|barely|rarely|seldom)\b)[a-z]+ly|still|first|um,?|uh,?) )?"
    r"(?:say|guess|estimate|expect|think|believe|assume|predict|suspect|figure|reckon|bet|"
    # ("I'd start by assuming all three ...")
    r"go with|start (?:at|with|from|by (?:assuming|guessing|expecting|saying|thinking))|"
    r"settle on|pick|choose|answer)(?: like)?|"
    r"(?:i'd|i would) have (?:said|guessed|thought|expected|assumed|bet on)|"
    # (the answer as it would have been before the news: "my answer would have been 3")
    r"my (?:answer|response|pick|call) would have been|"
    r"i (?:started|began)(?: out)? (?:at|from)|"  # ("I started at three")
    # the prior named as the Bayesian's word for it ("the modal prior is three")
    r"the (?:(?:modal|natural|obvious|reasonable|sensible|default|best|most likely) )?prior"
    rf"(?: (?:count|estimate|guess|belief|expectation))?(?:{_IS}|:)|"
    r"(?:(?:a|my) )?prior of|"  # ("Prior of 3.", "I'd give a prior of two")
    # ... or as the sentence's subject with no article ("Prior was 3.", "Prior would be 2",
    # after a spoken "so": "ok so prior is 3")
    rf"(?:^|(?<=[.;!?]\s)|(?<=\n)|(?<=\bso\s))prior(?: (?:count|estimate|guess))?{_IS}|"
    # ("I'm not 100% sure, but I'm sure it's 3": not "I'm not sure it's 3")
    r"(?:i'm|i am) (?:(?!not\b)[a-z]+ )?(?:sure|certain|confident)(?: that)? "
    r"(?:it's|it is|it'd be|it would be)|"
    # (as learners write it: "I am think all 3 ...", "I'm guess 2")
    r"(?:i'm|i am) (?:think|guess|believe|say|expect)|"
    # ("my best guess for how many ... would be all three", "my prior before hearing from
    # her is 3": not "after", a guess after the news answers another question)
    rf"my (?:(?:best|first|honest|own|rough|{_AT_FIRST}) )?(?:guess|hunch|estimate|prior|belief|"
    r"expectation|assumption|prediction|(?:initial|original|first|starting) "
    r"(?:answer|count|take|point|figure|number|view))"
    # (its time after it: "my guess first is 3", "my estimate beforehand was 2")
    r"(?: (?:first|initially|at first|beforehand|originally|before))?"
    rf"(?:,? (?:for|of|about|before) [^.;!?\n]{{0,60}}?,?)?(?:{_IS}|:)|"
    # ... or with no "my", named by its time as a label or subject ("Starting guess:
    # three", "the initial estimate would be 3")
    rf"(?:(?:the|our) )?(?:{_AT_FIRST}) (?:guess|estimate|belief|expectation|assumption|prediction|"
    rf"answer|count|take|figure|number)(?:{_IS}|:)|"
    r"my gut(?: feeling)? (?:says|tells me|is)|"  # ("my gut says all three")
    # ("my answer to question 1 is therefore 3", "for the first question, my answer is 3")
    rf"my answer to (?:the first question|question 1)(?:{_IS}|:)|"
    rf"(?:for|on|as for|as to) (?:the first question|question 1),? my answer(?:{_IS}|:)|"
    r"(?:most |highly |very )?(?:likely|probably)|"
    # (not another's expectation: "Monica would expect 3", "she expected 2"; a generic
    # one's is the answerer's: "you would expect 3")
    r"(?:you|one|we) (?:would|will|might|could|may|should) expect|"
    r"(?<!would )(?<!will )(?<!might )(?<!could )(?<!may )(?<!should )"
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )expect(?:ed|ing)?|assume|"
    # a guess put at a value ("I'd put my prior at 3")
    r"(?:put|set|place|peg) (?:my |the )?(?:prior|guess|estimate|expectation)"
    r"(?: [^.;!?\n\d]{0,30}?)? at|"
    # an answer that names its question by its words: "the answer to how many ... is 2",
    # "the answer to the question about the number of seeds sprouting is 3"
    r"(?:the |my )?answer to [^.;!?\n]{0,60}?\b(?:how many|the number of)\b[^.;!?\n]{0,60}?"
    r"(?:\bis|\bwould be|:)"
)
# What is most likely or expected, said of the world ("the most likely outcome is that all
# 3 ...", "the natural expectation is that all three passed"): the answerer's guess when it
# is said of the time before the speaker spoke (in the question's own part, or before the
# report is spoken of; before_the_report), the answer to another question after it.
_EXPECTED = (
    r"(?:the|my|our) (?:most likely|likeliest|most probable|natural|obvious|default|expected|"
    r"reasonable|sensible|safe|best) (?:(?:initial|starting|prior|a priori) )?(?:outcome|"
    r"expectation|assumption|guess|scenario|case|state(?: of (?:the world|affairs|things))?|"
    r"count|number|estimate|prior|situation|reading)(?: [^.;!?\n\d]{0,30}?)?" + _IS
)
# What the answerer leans to or is thinking, and where their money would go: a count
# of the time before the report, or after it (before_the_report).
_LEANS = (
    r"(?:i'd |i would |i'm |i am |i )?lean(?:ing)? (?:toward|towards|to)|"
    r"(?:i'm|i am) (?:thinking|guessing|expecting|assuming)|"
    r"(?:i'd|i would) (?:put|place|bet) (?:my|the) money on|"
    # (a conclusion drawn as the answer: "... bought 3 fruits. So the answer is 3.")
    r"(?:so|thus|therefore|hence),? (?:the|my) answer(?: is| would be|:)"
)
_SAYS_IN_PART = _SAYS + (
    r"|"
    r"(?:the |my )?(?:answer|estimate|guess)(?: is| would be|:)|so|thus|therefore|hence|"
    # (a count as the key, not someone's: "most likely count: 3", not "Joe's count: 2")
    r"(?<!'s )(?:count|number)(?: is| would be|:)|"
    # (the question's words as the key: "how many got a check: 3")
    r"how many [^.;!?\n:]{1,50}\??:|"
    r"overall|in total|make (?:it|that)|i mean|actually|no wait|wait"
)


# After a second count, words that offer it as an answer too: "2 would also be
# reasonable", "2 is possible too", "2 could work as well".
# ("2 would be my second guess" ranks it below the first: no second answer.)
ALSO_AN_ANSWER = re.compile(
    r"^\s*(?:(?:would|could|might|may)\s+(?:also|even|equally|just as well)\s+"
    r"(?:be|work|do|fit)\b|(?:could|might|may)\s+be\s+(?:right|correct|true|the answer)\b|"
    r"(?:is|seems)\s+(?:also|just as|equally)\b|"
    r"(?:is|seems|would be)\s+(?:\w+\s+)?(?:possible|plausible|reasonable|likely|defensible|"
    r"fine)\s+(?:too|as well)\b|also\s+(?:works|fits|possible|plausible|reasonable)|"
    # "2, and 3 is possible": a second count offered, not one ruled out ("is unlikely")
    r"(?:is|seems)\s+(?:(?:quite|very|also|entirely|perfectly)\s+)?(?:possible|plausible)\b|"
    # "2 wouldn't surprise me", "2 can't be ruled out": offered as possible too
    r"(?:would(?:n't| not)|does(?:n't| not))\s+(?:\w+\s+)?surprise\b|"
    r"(?:can't|cannot|can not|couldn't)\s+be\s+ruled\s+out\b|"
    r"(?:is(?:n't| not))\s+out\s+of\s+the\s+question\b)"
)

# Before a second count, words that say the first again in other words ("none lacked
# checks, i.e. 3 had").
RESTATED = re.compile(
    r"\b(?:in other words|that is to say|that is|i\.e\.?|meaning|which means|put another way|"
    r"equivalently|said differently)\b"
)

# Before candidates, words that only entertain them ("it's tempting to say 1 or 2", "one
# might guess", "I was going to say"); after them, a contrast that sets them aside ("...,
# but"): rejected candidates, not a range the answer gives.
ENTERTAINED = re.compile(
    r"\b(?:tempt(?:ing|ed)|easy|(?:one|1) (?:might|could|would)|you (?:might|could|would)|"
    r"someone (?:might|could)|i (?:was going to|almost|nearly|considered|thought about)|"
    r"(?:at|on) first (?:glance|sight))\b[^.;!?\n]*$"
)
SET_ASIDE = re.compile(r"^[^.;!?\n]*?(?:[,;]\s*|\s+)(?:but|however|yet)\b")

# A "how many" question the answer puts in its own words, and where its answer starts: on
# the same line, or on the next one after a speaker's name ("HOST: How many phones?\nGUEST:
# Three."). Not a question of what the speaker knows ("does he know how many?").
HOW_MANY_ASKED = re.compile(
    r"(?m)^(?P<line>(?![^\n]*\bknows?\b)[^\n]*\bhow many\b[^?\n]*\?)[ \t]*"
    r"(?:\n[ \t]*(?:[a-z][\w .'-]{0,20}:)?[ \t]*)?"
)


def _said(says: str) -> re.Pattern:
    # (what is said runs to the sentence's end, past a decimal point: "I expect 2.5" is 2.5)
    return re.compile(
        # (a learner may leave out the "it": "I think is 3")
        rf"\b(?:{says})(?:\b|(?<=:))[\s,:]*(?:that\s+)?(?:it(?:'s| is) |is )?"
        # (and "a total of", the count so said: "we can assume a total of 3 exams passed")
        r"(?:about |around |maybe |probably |likely |only |just |exactly |that |"
        r"(?:a )?total of )*"
        r"(?=(?P<said>(?:[^.;!?\n]|\.(?=\d)){0,40}))"
    )


SAID_IN_ANSWER, SAID_IN_PART = _said(_SAYS), _said(_SAYS_IN_PART)
# (out of its part, only what the answerer says is their own: "the natural expectation is
# ..." may be reasoning about the world that an answer was still to follow)
# (and a lean, a thought, money put on a count: "before her call, I'd put my money on all
# 3 letters containing checks"; after it, the words are a bet's)
SAID_EXPECTED = _said(_EXPECTED.replace("(?:the|my|our) ", "(?:my|our) ", 1) + "|" + _LEANS)
# (in the question's own part, said of the world too: "the most likely outcome is ..."; a
# part placed by position may still be reasoning after the report)
SAID_EXPECTED_IN_PART = _said(_EXPECTED + "|" + _LEANS)
# A count that says it is of the time before ("Summary: 3 initially; ...").
COUNT_AT_FIRST = re.compile(
    r"(?:^|(?<=[:;,\n]))[ \t]*(?P<count>\d+)[ \t]+(?:initially|at first|beforehand|a priori|"
    # ("3 before, and after the call 0%, ...": "before" alone, its clause ending)
    r"to begin with|going in|before(?=[ \t]*[,;.)]))\b",
    re.MULTILINE,
)
# The time before the speaker spoke, named ("before Mark called", "initially"), and words
# that speak of the speaker's report or of the time after it.
_BEFORE = re.compile(
    r"\b(?:before|prior to|initially|at first|beforehand|to begin with|going in|a priori|"
    r"at the (?:start|outset)|without (?:any )?(?:information|news|report|word))\b"
)
_AFTER = re.compile(r"\b(?:after|afterwards?|now|once|following|having|then|updated?)\b")
_REPORT = re.compile(rf"\b(?:{REPORT_WORDS}|given (?:that|what|this|her|his|their))\b")


# Right after a count, words that tie it to the time after the speaker spoke ("most likely
# 2 after Monica's call", "2 once Ben called"): the later guess, not the count asked before
# it. (Not "now": "I'd say 3 now" may take the answer back.)
OF_THE_TIME_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:after|afterwards?|once|following)\b")


def before_the_report(text: str, position: int) -> bool:
    """Whether a count in `text` at `position` is said of the time before the speaker
    spoke: its sentence names that time ("Before hearing from Mark, the natural expectation
    is that all three passed"; no "after" or "now" between), or nothing before it speaks
    of the report or of the time after it."""
    start = sentence_start(text, position)
    before = ([None] + list(_BEFORE.finditer(text, start, position)))[-1]
    if before is not None:
        return not _AFTER.search(text, before.end(), position)
    reports = [
        m for m in _REPORT.finditer(text, 0, position) if not _THE_STORY.search(text, 0, m.start())
    ]
    return not (reports or _AFTER.search(text, 0, position))


def answered_before_the_report(text: str, position: int) -> bool:
    """Whether a count said in an unlabelled answer is its answer of the time before the
    speaker spoke (before_the_report), and no answer spoken of before its sentence that
    speaks of one ("The answer is indeed 3: False. So, the answer is 1." says neither is
    which question's)."""
    start = sentence_start(text, position)
    again = re.search(r"\banswer\b", text[start:position]) and re.search(
        r"\banswer\b", text[:start]
    )
    return before_the_report(text, position) and not again


# Right before a report's verb, the story or the task as its subject ("The story says that
# ..."): what the story tells, not the speaker's report.
_THE_STORY = re.compile(r"\bthe (?:story|text|passage|scenario|problem|prompt)\s+$")


# Before a count in its sentence, words of the time after the speaker spoke ("after Mark's
# call, I'd say 2", "once she called, I'd guess 1"). (Not "now", a discourse marker as often:
# "Now, for the first question, I'd say 3"; nor the report's verbs alone, the story's as
# often: "the story tells us they nearly always win, so I'd say 3".)
_AFTER_IN_SENTENCE = re.compile(
    r"\b(?:after|afterwards?|once|following|updated?|having (?:heard|learned|been told))\b"
)


def said_after_the_report(text: str, position: int) -> bool:
    """Whether the sentence of a count said at `position` (where the words that say it
    start), before it, names the time after the speaker spoke, and not the time before
    (or that time after it): "After Mark's call, I'd say 2 passed" is the later guess, not
    the count asked before it; "Before the call I'd have guessed all 3" is that count."""
    start = sentence_start(text, position)
    before = ([None] + list(_BEFORE.finditer(text, start, position)))[-1]
    if before is not None:
        start = before.end()
    return bool(_AFTER_IN_SENTENCE.search(text, start, position))


# The time before the speaker spoke, named as such (not "at first", "initially": a
# revision's words as often), and the time after it, named by the report or a pronoun for
# it ("after it", "once Monica called", "after her report").
_BEFORE_THE_REPORT = re.compile(r"\b(?:before|prior to|beforehand|going in|a priori)\b")
_AFTER_THE_REPORT = re.compile(
    r"\b(?:after|once|following)[ \t]+(?:(?:the|her|his|their|[a-z]+'s|[a-z]+)[ \t]+)?"
    rf"(?:{REPORT_WORDS}|it|that|this)\b|\bafterwards?\b"
)


def after_the_time_before(text: str, position: int) -> bool:
    """Whether a count's sentence, before it, names the time before the speaker spoke and
    then the time after, by the report ("before the call I expected all 3; after it I think
    2", a summary's contrast): the later guess. (Not "after" alone: "before the call I said
    3, but after rereading the story 2" may take the answer back.)"""
    start = sentence_start(text, position)
    before = ([None] + list(_BEFORE_THE_REPORT.finditer(text, start, position)))[-1]
    return before is not None and bool(_AFTER_THE_REPORT.search(text, before.end(), position))


def line_before_the_report(line: str) -> bool:
    """Whether a line (a question a transcript puts: "HOST: So, before Ben calls. How many
    phones?") speaks of the time before the speaker spoke: it names that time with no word
    of the time after it, or speaks of neither the report nor the time after it."""
    before = ([None] + list(_BEFORE.finditer(line)))[-1]
    if before is not None:
        return not _AFTER.search(line, before.end())
    return not (_REPORT.search(line) or _AFTER.search(line))


# Words that make a label a later version of a guess ("Updated guess:", "My revised
# estimate:", "New guess:"), and a connective that only joins steps ("Then my guess:").
_REVISED = re.compile(r"\b(?:updated?|revised|new|adjusted)\b")
_STEP = re.compile(r"^[ \t]*(?:and[ \t]+)?(?:then|and|also)[ \t]+")


def label_after_the_report(label: str) -> bool:
    """Whether a label's words ("Updated guess:", "My guess now:", "Estimate after the
    call:", "Posterior guess:") say that its value is of the time after the speaker spoke,
    or a later version of a guess: not the answer to a question about the time before."""
    words = _STEP.sub("", label.lower())
    return bool(_REVISED.search(words)) or not line_before_the_report(words)
