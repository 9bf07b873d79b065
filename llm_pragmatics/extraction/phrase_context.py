"""What stands around a phrase in an answer: whether the answer gives it, rejects it,
weighs it, offers it beside another, or only supposes it (phrases.py decides with these;
the answer markers that point at a choice are in answer_markers.py).
"""

from __future__ import annotations

import re

from .answer_markers import ANSWER_MARKER, FORCED, QUOTE, pointed_at, quote_around
from .phrase_forms import (
    PRONOUNS,
    Choice,
)
from .text import REVISING

# Before a phrase: the answer rejects it, offers it as one of two, or only supposes it.
_HEDGES = r"(?:(?:just|simply|even|maybe|perhaps|possibly|probably|also|likely)\s+){0,3}"
REJECTED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\brather than|\binstead of|\bthan|\bavoid(?:ing)?|\bnor|\bneither|"
    # (the one another is measured against: "'A' compared to 'B'", "as opposed to")
    r"\bcompared (?:to|with)|\bin comparison (?:to|with)|\bas opposed to|\bas against|"
    rf"\beither|\bor|\bvs\.?|\bversus|\bunlike)\s+{_HEDGES}(?:say(?:ing)?\s+)?(?:that\s+)?[\"']?$|"
    # a quote denied as a kind of saying ("it's not a flat 'it was bad'", "isn't just a
    # blunt ...")
    rf"(?:\bnot|n't)\s+{_HEDGES}(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}[\"']?$|"
    # a quote under a negated verb of saying, making or choosing ("won't make a 'terrible'
    # sentence", "wouldn't give a 'bad' answer", "never use 'terrible'"); not one that
    # excepts the quote ("won't say anything but 'bad'")
    rf"(?:\bnot|n't|\bnever)\s+{_HEDGES}(?:say|tell|make|give|use|choose|pick|go with|"
    r"opt for|write|offer|utter|form|build|produce|craft|settle on|land on)\s+"
    r"(?:(?:the|a|an|any|such)\s+)?(?:(?!(?:but|except|other|than|only)\b)[a-z-]+\s+){0,2}"
    r"[\"']?$|"
    # avoided or skipped as a kind of saying ("avoids a harsh 'It was terrible'")
    r"\b(?:avoid(?:s|ed|ing)?|skip(?:s|ped|ping)?|steer(?:s|ed|ing)? clear of)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}[\"']?$|"
    # under a verdict that it says too much, as a label ("Too harsh: 'It was terrible'",
    # "- Way too generous -"; not "Not too harsh:", an approval)
    r"(?:^|(?<=[\n.!?;]))[\s*_>-]*(?:(?:far|way|much|a bit|a little|slightly)\s+)?"
    r"(?:too|overly)\s+[a-z]+(?:\s+(?:and|or)\s+(?:too\s+)?[a-z]+)?[*_]*\s*(?::|-+|–|—|→)"
    r"\s*[*_]*[\"']?$|"
    # named as a misreading ("could be misinterpreted as 'It was bad'")
    r"\b(?:misinterpret|misread|misunderst|misconstru|mistak|mis-?tak|confus)[a-z]*\s+"
    r"(?:as|for|with)\s+(?:saying\s+)?[\"']?$|"
    # a data key or label that names what it holds as not chosen ('"rejected": ["A", "B"]',
    # "not_chosen: A")
    r"[\"']?\b(?:rejected|discarded|dismissed|ruled[ _-]?out|not[ _-]?(?:chosen|picked|used|said)|"
    r"(?:other|rejected)[ _-]?(?:options|candidates|alternatives)|alternatives|runners?[ _-]?up)"
    r"[\"']?\s*[:=]\s*\[?(?:\s*[\"'][^\"'\n]*[\"']\s*,)*\s*[\"']?$"
)
# Between "or" and the phrase it offers: hedges and fillers ("or perhaps", "Or, well,"),
# and an aside set off by commas ("or perhaps, if he's feeling diplomatic, ..."): none of
# them makes the phrase less of a second answer.
_OR_FILLERS = (
    r"(?:[\s,]+(?:just|simply|even|maybe|perhaps|possibly|probably|also|likely|well|um|uh|"
    r"hmm|er|i mean)\b)*(?:\s*,[^,.;:!?\"\n]{1,60},)?[\s,]*"
)
# Before a phrase: offered as another answer ("'It was bad', or maybe even 'It was
# terrible'", "or she could say"), unless what it stands beside was rejected.
OFFERED_BEFORE = re.compile(
    rf"(?:\beither|\bor(?:\s+else)?){_OR_FILLERS}(?::\s*)?(?:(?:she|he|they|it|you|i)\s+(?:\w+\s+){{0,2}}"
    r"(?:says?|saying|go(?:es)? with|choos(?:e|es)|picks?|uses?|tells?|answers?|repl(?:y|ies)|"
    r"respond(?:s)?)[\s,:]+(?:\w+\s+){0,2})?(?:that\s+)?[\"']?$"
)
# Before a phrase: offered as another answer under a condition ("- or, if he's feeling
# generous, 'It was amazing'"): set aside, as one offered with its condition after it.
OFFERED_IF_BEFORE = re.compile(
    r"\bor\s*,?\s*(?:if|when|unless)\b[^.;!?\"\n]{0,60},\s*"
    r"(?:(?:she|he|they|you)\s+(?:\w+\s+){0,2}(?:say|go with|pick)\s+)?[\"']?$"
)
# Before the first of two phrases: it is named the likelier ("he'd most likely say",
# "probably", "my best guess"), so a second offered under a condition is a lesser
# alternative; without it ("he could go with A - or, if generous, B") both are offered.
FAVOURED_BEFORE = re.compile(
    r"\b(?:most likely|most probably|probably|likeliest|best (?:guess|bet)|"
    r"(?:first|top) (?:choice|pick))\b"
)
# After a phrase: called the better answer ("would be the more accurate choice", "is the
# best fit"): offered as an answer, whatever else was chosen.
PROMOTED_AFTER = re.compile(
    r"^[\"'.,!]*\s*(?:would be|is|seems|might be|could be|may be|sounds)\s+(?:like\s+)?"
    r"(?:the\s+|a\s+)?"
    # (whatever the noun for a sentence said: "the more honest reply", "the better line")
    r"(?:more|most|better|best)\s+(?:[a-z]+\s+)?(?:choice|answer|option|fit|pick|response|"
    r"reply|sentence|line|phrase|statement|thing to say)\b|"
    # ("would be more honest" weighs its truth, not whether it is said)
    r"^[\"'.,!]*\s*(?:would be|is|seems)\s+(?:more|most)\s+(?:apt|fitting|appropriate|likely)\b|"
    # approved after others were weighed ("'It wasn't good' feels right", "fits best")
    r"^[\"'.,!]*\s*(?:feels|sounds|seems|is|looks)\s+(?:just\s+|about\s+)?right\b|"
    r"^[\"'.,!]*\s*(?:fits|works)\s+(?:best|perfectly)\b|^[\"'.,!]*\s*is\s+the\s+one\b|"
    # called better than what went before ("fits better", "sounds much better", "fits a
    # 0-heart song better", "suits her better"): a second answer beside an earlier one,
    # the answer where none was given
    r"^[\"'.,!]*\s*(?:fits|works|sounds|feels|reads|suits)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:(?:much|far|even|a lot|a bit|a little)\s+)?better\b"
)
ALTERNATIVE_AFTER = re.compile(r"^[\"'.,!;\s#/-]*(?:or(?!\s+rather\b)|vs\.?|versus)\b")


def the_same_offered_after(text: str, choice: Choice) -> bool:
    """Whether "or" joins a phrase (or the quote it stands in) to the same words again
    ('"It was good" or "It was good"'): one sentence said twice, not two offered."""
    quote = quote_around(text, choice)
    start, end = (quote.start() + 1, quote.end() - 1) if quote else (choice.start, choice.end)
    said = text[start:end].strip(" .!")
    return bool(
        re.match(
            r"[\"'.,!;\s]*or\s+(?:(?:maybe|perhaps|possibly|even)\s+)?[\"']?"
            + re.escape(said)
            + r"(?![\w'])",
            text[quote.end() if quote else end :],
        )
    )


WEIGHED_AFTER = re.compile(
    r"^[\"'.,!]*\s*(?:is|isn't|would be|wouldn't be|would not be|sounds|seems|feels|might be|"
    r"could be)\s+(?:too|a|an|not|"
    r"the|kind|mean|harsh|rude|dishonest|untrue|false|unkind|inaccurate|misleading|honest|"
    r"true|cruel|blunt|nice|polite|generous|an? (?:lie|exaggeration)|"
    # ("would be over the top", "is overkill": too much said)
    r"over[ -]the[ -]top|overkill|excessive|exaggerated|overblown|overdoing it|much)\b|"
    r"^[\"'.,!]*\s*(?:would|could|might)(?:n't| not)?\s+(?:hurt|hide|upset|offend|mislead|sound|"
    # (its fit to the truth judged: "would stretch the truth", "would overstate it")
    r"stretch|overstate|understate|oversell|undersell|exaggerate|overdo|misrepresent)\b|"
    # its effect on the listener told ("'It was amazing' would make him feel great",
    # "would cheer her up"): a candidate weighed, the subject of a sentence about it
    r"^[\"'.,!]*\s*(?:would|could|might|will)(?:n't| not)?\s+(?:(?:really|probably|certainly|"
    r"definitely|likely)\s+)?(?:make|leave|cheer|please|boost|lift|encourage|reassure|comfort|"
    r"crush|discourage|disappoint|flatter|sting|devastate)\b|"
    # ... or told as it stands ("'It was good' leaves her misled", "makes him feel fine")
    r"^[\"'.,!]*\s*(?:leaves|makes|misleads|hurts|upsets|offends|crushes|discourages|"
    r"disappoints|flatters|stings|devastates|reassures|comforts|encourages|pleases)\s+"
    r"(?:him|her|them|me|you|us|the\s+[a-z]+|[a-z]+)\b|"
    # only possible ("'It was amazing' could work, but ...", "might do"); not called the
    # best ("could work best")
    r"^[\"'.,!]*\s*(?:could|might|may)\s+(?:also\s+)?(?:work|fit|do|suit\s+\w+)\b"
    r"(?![ \t]+(?:best|better|perfectly)\b)|"
    # its tone named ("'It wasn't terrible' leans kind", "errs on the side of honesty")
    r"^[\"'.,!]*\s*(?:leans|errs|tilts|veers)\b|"
    # judged as saying too much, too little or not the right thing ("'It was amazing'
    # overstates it", "understates it", "goes too far", "isn't quite right")
    r"^[\"'.,!]*\s*(?:(?:would|might|could)\s+)?(?:overstates?|overstated|oversells?|oversold|"
    r"overdoes|overdo|exaggerates?|understates?|understated|undersells?|undersold|goes too far|"
    r"go too far|stretches it|stretch it)\b|"
    r"^[\"'.,!]*\s*(?:isn't|is not|'s not|wouldn't be|would not be)\s+"
    r"(?:quite\s+|really\s+|exactly\s+)?(?:right|accurate|fair)\b|"
    # ruled out after it ("'It was bad' is off the table", "is out", "- I doubt it")
    r"^[\"'.,!]*\s*(?:is|'s)\s+(?:off the table|out of the question|ruled out|out)\b|"
    r"^[\"'.,!]*\s*[,;-]*\s*(?:but|though|although)\s+i\s+doubt\s+(?:it|that)\b|"
    # judged in a clause after it ("'It was terrible,' but that's harsh")
    r"^[\"'.,!]*\s*,?\s*(?:but|though|yet)\s+(?:that|it|this)(?:'s|'d be|\s+is|\s+would be)\s+"
    r"(?:(?:too|a bit|rather|very|quite|overly|a little)\s+)?(?:harsh|rude|mean|blunt|cruel|unkind|"
    r"dishonest|misleading|untrue|false|a lie|an exaggeration|too much)\b|"
    # contradicted by what follows ("'It was bad' when in fact it was a fine review")
    r"^[\"'.,!]*\s*,?\s*(?:when|while|whereas)\s+(?:in fact|actually|really|in reality|in truth)\b"
)
HYPOTHETICAL_BEFORE = re.compile(
    r"\b(?:saying|to say|say|says|telling|to tell)(?:\s+(?:him|her|them))?\s*:?\s*[\"']?$"
)
HYPOTHETICAL_AFTER = re.compile(
    r"^[\"'.,!]*\s*(?:would|could|might|may|is|sounds|seems|feels|was|will|can)\b"
)
# An "if" clause the phrase stands in, up to a comma; not the answerer taking the speaker's
# place before saying it ("If I were Karen I would say it was good": the answer).
IF_CLAUSE = re.compile(
    rf"\bif\b(?!{FORCED})(?!\s+i\s+(?:were|was)\s[^,;]*?\bi(?:'d|\s+would)\s)[^,;]*$"
)
# A sentence that starts with a condition ("If he values honesty, he might have said ...").
CONDITIONAL_SENTENCE = re.compile(
    r"^[\s\"'(]*(?:however,?\s+|but\s+)?(?:if|unless|suppose|supposing|assuming|"
    # a condition by inversion ("Were she blunt: ...", "Should he want to be kind, ...")
    r"(?:were|had|should)\s+(?:she|he|they|i|you|we|[a-z]+)\s+(?!\w+ing\b)[a-z]+)\b"
)
# After a phrase in a sentence that starts with a condition: the main clause begins, so
# the phrase was the condition's content ('If she had replied "It was bad", it would
# have hurt him'): supposed, not said.
MAIN_CLAUSE_AFTER = re.compile(
    r"^[\"'.!]*\s*,?[\"']?\s*(?:then\s+)?(?:it|that|this|there|she|he|they|i|we|you)"
    r"(?:'d|\s+(?:would|could|might|will|wouldn't|couldn't))\b|"
    # "..., then Emma would ...": the main clause opened by "then", any subject
    r"^[\"'.!]*\s*,?[\"']?\s*then\s+[a-z]+(?:'d|\s+(?:would|could|might|will)\b)"
)
# A phrase followed by its condition ('"It was awful" if blunt, "It wasn't good" if ...').
# ("... when polite", not "it was amazing when I danced").
CONDITION_AFTER = re.compile(
    # not a condition on saying it ("if I'm being honest", "if you ask me")
    r"^[\"')]*,?\s*(?:(?:if|unless)\b(?!\s+(?:sure|real|i'm|i am|you ask|anything|i may)\b)|"
    r"when\s+[a-z]+\s*(?:[,.;]|$))"
)
# Before a phrase: the speaker would NOT say it ("wouldn't be likely to say", "I don't
# think he'd say").
NOT_SAID_BEFORE = re.compile(
    # (doubted: "I doubt she'd say", "hardly"; not "no doubt she'd say")
    r"(?:\bnot\b|n't\b|\bnever\b|(?<!\bno )(?<!\bwithout a )\bdoubt(?:s|ed)?\b|\bhardly\b|"
    r"\bscarcely\b)(?:[^.!?;,\n\"'-]|(?<=\w)'(?=\w)){0,40}"
    r"\b(?:say|said|tell|use|go with|choose|pick|mention|mentioned|call it|admit|add|"
    r"(?:respond|responded|reply|replied|answer|answered|went|go|opt|opted) (?:with|for))\b"
    r"[^.!?;,\n\"']{0,15}[\"']?$"
)
# Before a phrase: someone's opinion, not what the speaker says ("Emma thinks the
# show was awful"; "I think it was good" is the answerer's own answer).
OPINION_BEFORE = re.compile(
    # ("on second thought it was bad": a noun that opens a correction, no one's opinion)
    r"(?<!\bi )(?<!\bwe )(?<!second )(?<!further )(?<!more )(?<!some )"
    r"\b(?:thinks?|thought|feels?|felt|believes?|believed|finds|found|"
    r"knows?|knew|considers?|considered|rated|rates)\s+(?:that\s+)?$|"
    # "she actually described his app as 'It wasn't amazing'": how someone described the
    # thing once, not a sentence said ("you would describe it as", "feedback that
    # described it as" give the answer)
    r"\b(?!(?:that|which|who|have)\b)[a-z]+\s+(?:\w+ly\s+)?(?:described|labell?ed|characteri[sz]ed)\s+"
    r"(?:[\w']+\s+){0,3}as\s*[\"']?$|"
    r"\b(?:opinion|view|feelings?|verdict in (?:her|his|their) head)\s*(?:is\s+(?:that\s+)?|:)\s*$|"
    # a key for what the speaker thinks ("thinks: ...", {"inner_thoughts": ...}): her
    # opinion, not what she says, with or without a key for that beside it
    r"(?:^|[\n{,\"'])[ \t\"']*(?:speaker[ _])?"
    # (its subject named: "What Karen thinks:", "how he really feels:")
    r"(?:(?:what |how )?(?:the )?[a-z]+ (?:really |truly |secretly )?(?=thinks|believes|feels))?"
    r"(?:thinks|thoughts|believes|feels|inner[ _](?:thoughts?|voice)|"
    r"(?:real|true|honest|private)[ _](?:opinion|view|feelings?|thoughts?))"
    r"[\"']?[ \t]*[:=][ \t]*[\"']?$"
)
# Words that say the next sentence restates the one before in other words ("let me
# rephrase", "to put it more kindly", "in other words"): a second sentence offered for the
# first, which, when it differs, takes the first back.
RESTATING = (
    r"(?:re-?phras|re-?word|re-?stat)(?:e|es|ed|ing)|(?:put|say|word) (?:it|that|this) "
    r"(?:another way|differently|better|more \w+|\w+ly)|in other words|that is to say|"
    # (not "wants to be accurate": a goal)
    r"more (?:precisely|exactly|accurately)|to be more (?:precise|exact|accurate)|"
    r"let me (?:try|start) again|"
    # another way of saying it offered as better ("A better way of giving feedback could
    # be:", "a kinder way to put it would be")
    r"(?:better|kinder|nicer|gentler|softer|more \w+) way (?:to|of) (?:put(?:ting)?|say(?:ing)?|"
    r"phras(?:e|ing)|word(?:ing)?|giv(?:e|ing) (?:the |this |that )?feedback)"
    r"(?: (?:it|that|this))?|"
    r"(?:a|the) better (?:response|reply|answer|line|sentence|thing to say) "
    r"(?:would|could|might) be"
)
# A second answer that corrects the first ("It was good. Actually, it was amazing.").
CORRECTION_BEFORE = re.compile(
    rf"\b(?:{REVISING}|{RESTATING}|rather|just kidding|kidding|let me correct)\b"
    r"[^.!?\n]{0,20}$|"
    # "Hmm, no: ..."
    r"(?:^|\b(?:hmm|um|uh|oh|well|er)\b|[-,;])[\s,]*no\b[\s,:;-]+[^.!?\n]{0,20}$"
)
# Between two phrases: the later one takes the earlier back ("It was good!\n\nWait - since
# ..., it should be 'It was terrible'").
REVISING_WORDS = re.compile(
    rf"\b(?:{REVISING}|{RESTATING}|should (?:be|have been)|make (?:that|it))\b"
)
LESSER_BEFORE = re.compile(
    r"\b(?:alternatives?|alternatively|second choice|second best|runner-up|less likely|"
    # (a key or label for a lesser one: '"also_possible": "..."', "Also acceptable: ...")
    r"also[ _-](?:possible|acceptable|plausible)|fallback|"
    r"(?:close|distant|near|poor) second|"
    r"(?<!to )least likely|less probable|(?<!to )least probable|unlikely|backup|or else)\b"
    r"[^.!?\n]{0,40}$"
)
LESSER_AFTER = re.compile(
    # ("... is a distant second", "comes second", "is the runner-up")
    r"^[\"'.,!]*\s*(?:(?:is|would be|comes?|ranks?)\s+(?:an?\s+|the\s+)?(?:(?:distant|close|"
    r"far|poor)\s+)?(?:second|runner-up|next)\b|"
    # ("'It was amazing' seems less likely", "is far less probable", "is unlikely"):
    # named less likely than the pick
    r"(?:is|seems|sounds|looks|feels|would be)\s+(?:(?:much|far|a bit|a little|somewhat|"
    r"slightly|rather|quite|very)\s+)?(?:less\s+(?:likely|probable|plausible|fitting|apt)|"
    r"(?:un|im)(?:likely|probable)|a (?:long ?shot|stretch))\b|"
    # ("though 'It was amazing' is possible if ...": possible, not the pick)
    r"(?:is|would be)\s+(?:(?:also|just|still)\s+)?(?:possible|plausible|conceivable)\b|"
    # ("though 'It was bad' would also be accurate": true as well, not the one given)
    r"(?:is|would|could|might)\s+(?:be\s+)?also\s+(?:be\s+)?(?:(?:quite|fairly|just as|as|"
    r"equally)\s+)?(?:accurate|true|correct|right|valid|honest|fair|acceptable|reasonable|"
    r"appropriate|okay)\b|"
    # (not "Also possible: ..." on the next line, a label of the phrase after it)
    r"(?:is|would be)?\s*(?:also (?:possible|an option|fine)(?![ \t]*[:=])|could also work|"
    r"would also work|also works|(?:could|would|might|may) (?:also )?(?:work|do|fit)"
    r"(?: too| as well)?,?\s+(?:but|though)\s+(?:less|not as)\b))"
)
# A hedge before the choice ("Maybe 'It was good'", "she might say"): not beyond doubt.
HEDGED = re.compile(
    r"\b(?:maybe|perhaps|possibly|probably|might|could|may|likely|i guess|not sure|depends)\b"
)
_LIST_MARKER = r"(?:\d+[.)]|[a-h][.)]|\(\w\))"


def _line_of(text: str, start: int, end: int) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def said_form(text: str, choice: Choice) -> bool:
    """Whether a phrase has a pronoun subject, as a speaker says it ("It was good"), not a
    subject that names the thing ("the cake was good")."""
    start, end = choice.tokens[0]
    return text[start:end] in PRONOUNS or end == start


def given_as_answer(text: str, choice: Choice) -> bool:
    """Whether a phrase is given as an answer: a sentence of its own, or what an answer
    marker points at ("she would say 'It was bad'")."""
    return alone_in_its_sentence(text, choice) or pointed_at(text, choice)


def inside_a_quote(text: str, choice: Choice) -> bool:
    return quote_around(text, choice) is not None


def before_a_lesser(text: str, choice: Choice) -> bool:
    """Whether the quote after the phrase's own is called lesser ('Most likely "It was
    good"; "It wasn't bad" is a distant second'): a ranking, not a list of quotes."""
    own = next((q for q in QUOTE.finditer(text) if q.start() <= choice.start < q.end()), None)
    following = QUOTE.search(text, own.end()) if own else None
    return bool(following) and bool(LESSER_AFTER.match(text[following.end() :]))


def weighed_among(before: str) -> bool:
    """Whether a phrase is one of those weighed ("choose between 'A' and 'B'", "a mix of
    'A' and 'B'"), not the one an answer marker picks after them ("Between A and B, I'd
    pick B")."""
    if _CONSIDERED_BEFORE.search(before) or mentioned_as_a_thing(before):
        return True
    weighing = list(
        re.finditer(
            # ("both 'A' and 'B'", "both of them"; not "with both goals")
            r"\b(?:between|whether|(?:mix|mixture|combination|blend) of|"
            r"both(?=[\s:]*(?:[\"']|of\b|$)))\b",
            before,
        )
    )
    return bool(weighing) and not ANSWER_MARKER.search(before, weighing[-1].end())


# Right before a phrase: a candidate the answerer thought of ("I considered 'It was
# amazing'", "I toyed with ...", the first walked through: "each, starting with ...").
_CONSIDERED_BEFORE = re.compile(
    r"\b(?:considered|was considering|thought (?:about|of)|was going to (?:say|go with|pick)|"
    r"toyed with|debated|weighed|wondered about|almost (?:said|went with|picked)|"
    r"(?:(?<=[,;:] )|(?<![\w ]))(?:starting|beginning) (?:off )?with)"
    r"\s+(?:saying\s+|using\s+|going with\s+)?(?:that\s+)?[\"']?$"
)
# Right before a phrase: the sentence mentioned, not used. The object of an analysis
# ("analyze the context of her response: 'It was bad'"), or a sentence named as a thing the
# answer talks about ("the joke 'It was terrible'", "a saying about rudeness: ...",
# "makes fun of the phrase ...").
_MENTIONED_BEFORE = re.compile(
    r"(?P<analysed>\b(?:analy[sz]e|analy[sz]ing|analysis of|examine|examining|interpret|"
    r"interpreting|unpack|unpacking|break(?:ing)? down|look(?:ing)? (?:closely )?at|"
    r"dissect|dissecting)\b(?:[\s,]+[\w']+){0,6}[\s,]*:?\s*[\"']?$)|"
    # beside a format it shows ("using the format 'It was bad'"), marker or not: no answer
    r"(?P<form>\b(?:the|this|that|a|an|following)\s+(?:[\w'-]+\s+)?(?:format|template)"
    r"\s+(?:like\s+|of\s+)?[\"']?$)|"
    r"\b(?:the|this|that|a|an|my|your|our|her|his|their)\s+(?:[\w'-]+\s+)?"
    r"(?:joke|pun|quip|line|phrase|quote|quotation|saying|proverb|title|headline|slogan|"
    r"sentence|expression|idiom|catchphrase|example)"
    r"(?:\s+(?:about|on|regarding|from|in|of)\s+[^:\"]{1,60}:|\s*:?)\s*[\"']?$"
)


def mentioned_as_a_thing(before: str) -> bool:
    """Whether the words before a phrase make it a sentence talked about, not said; an
    answer marker before a named thing ("I'd use the line ...") points at it as the answer."""
    if not (mentioned := _MENTIONED_BEFORE.search(before)):
        return False
    return bool(mentioned["analysed"] or mentioned["form"]) or not ANSWER_MARKER.search(before)


def sentence_before(text: str, position: int) -> str:
    """The sentence up to a phrase, or up to the quote the phrase is in."""
    for quote in QUOTE.finditer(text):
        if quote.start() <= position < quote.end():
            position = quote.start()
            break
    return re.split(r"[.!?\n]", text[max(0, position - 300) : position])[-1]


def alone_on_its_line(text: str, choice: Choice) -> bool:
    """Whether the phrase is all its line says, besides a list marker, punctuation and a
    number or share given to it ("It was good: 60%", "- It wasn't bad (0.3)")."""
    line = _line_of(text, choice.start, choice.end)
    rest = line.replace(text[choice.start : choice.end], " ", 1)
    rest = re.sub(r"(?<![\w.])\$?\d+(?:\.\d+)?%?(?![\w.])", " ", rest)
    return not re.sub(rf"^\s*{_LIST_MARKER}|[\W_]", "", rest).strip()


def list_item(text: str, choice: Choice) -> bool:
    """Whether the phrase is an item of a list: alone on its line, or starting its line
    with a short note after a separator ("It wasn't bad: kind", "It was good - honest",
    a table's row, "It was bad ✗ harsh")."""
    if alone_on_its_line(text, choice):
        return True
    line_end = text.find("\n", choice.end)
    rest = text[choice.end : line_end if line_end >= 0 else len(text)]
    return opens_its_line(text, choice) and bool(
        re.fullmatch(r"[\"'.!]*\s*(?::|\s-|\s=|\||\s[✓✔☑✗✘✅❌])\s*[^\n.!?]{1,40}", rest)
    )


def opens_its_line(text: str, choice: Choice) -> bool:
    """Whether only a list marker, markup or punctuation stands before the phrase on its
    line."""
    line_start = text.rfind("\n", 0, choice.start) + 1
    lead = re.sub(rf"^\s*{_LIST_MARKER}", "", text[line_start : choice.start])
    return not re.sub(r"[\W_]", "", lead)


# What may stand before a phrase in its sentence when the phrase is said, not embedded in
# a sentence about something else ("because it was bad", "about it was amazing"):
# clauses closed by a comma ("Greg,", "Considering the goal,") and hedges, or words that
# report it as said ("Colin says it wasn't bad", "the thing to say is that it was bad"),
# an aside between commas after them ("tells her, without hesitation, that"; not a
# condition or a contrast: "says, if asked, ...").
_LEAD = re.compile(
    r"(?:[^,\n]*,\s*)*(?:(?:i (?:think|guess|feel|believe)|i'd say|probably|maybe|perhaps|"
    r"honestly|frankly|well|so|yeah|yes|no|oh|um|uh|hmm|ok|okay|and|but|just|simply)[\s,:-]+)*"
    # (not the saying declined: "without saying", "rather than telling her")
    r"|.*\b(?<!\bwithout )(?<!\bthan )(?<!\binstead of )"
    r"(?:say|says|said|saying|tell|tells|told|admit|admits|admitted|reply|replies|"
    r"replied|answer|answers|answered|respond|responds|responded|go with|is|be|probably|"
    r"likely)(?:\s+(?:him|her|them|me|us|you)\b)?"
    r"(?:[ \t]*,(?![ \t]*(?:if|unless|when|whether|though|although|but|or|not)\b)[^,\n]{1,40},)?"
    r"\s+(?:that\s+)?"
)
_LEAD_END = re.compile(r"[\"'*\s]*$")
# After a quoted phrase: it is the subject of a sentence about it, discussed, not said
# ("'It was terrible' means ...", "is a bit ambiguous"; the verb left out: '"B" too harsh').
DISCUSSED_AFTER = re.compile(
    r"^[\s,]*(?:means|meant|refers|suggests|implies|conveys|captures|describes|expresses|"
    r"fits|works|matches|sounds|seems|feels|comes across|"
    r"is (?:a|an|the|more|less|too|not|clear|ambiguous|vague|specific|[a-z]+er)|"
    r"(?:far |way |a bit |much )?too (?!(?:because|since|but|and|or|so|if|when|as)\b)[a-z]+)\b"
)
# After a quoted phrase no answer marker points at: material to work from ("use 'It was
# bad' as a starting point"), not the answer.
USED_AS_AFTER = re.compile(
    r"^[\"'.,!]*\s*as\s+(?:a|an|the|your|his|her|their|my)\s+(?:\w+\s+)?"
    r"(?:starting point|template|basis|base|model|guide|reference|draft|springboard|"
    r"jumping-off point|prompt|seed)\b"
)
# Before or after a quoted phrase no answer marker points at: an example of a sentence
# ("for instance 'It was good'", "consider 'It was bad'"), read below certainty at most.
EXAMPLE_BEFORE = re.compile(
    r"\b(?:(?:an?|one|1|another) example (?:is|would be|of this is|could be|might be)|"
    r"for (?:instance|example)|e\.g\.|such as|consider)\s*[,:]?\s*[\"']?$"
)
EXAMPLE_AFTER = re.compile(r"^[\"'.,!]*\s*(?:as an example|for (?:instance|example)|e\.g\.)")
# After a quoted phrase: another quote in a row ("options: 'It was amazing', 'It was
# go"): an item of a list.
QUOTE_LIST_AFTER = re.compile(r"^\s*[,;/]\s*(?:or\s+|and\s+)?[\"']")


def opens_its_sentence(text: str, choice: Choice, dash: bool = False) -> bool:
    """Whether a phrase stands at its sentence's start, after a list marker, a name called
    or an opening clause and hedges at most: said, not embedded in another sentence. With
    `dash`, also after an opening clause closed by a spaced dash ("About the cookie - it
    wasn't bad") or a dash that opens it."""
    start = max(
        (m.end() for m in re.finditer(r"[.!?:;\n\"()\[\]]", text[: choice.start])), default=0
    )
    before = re.sub(rf"^\s*{_LIST_MARKER}", "", text[start : choice.start]).lstrip()
    before = before[: _LEAD_END.search(before).start()]
    if dash:
        # (or a dash that opens the sentence: '"Es war nicht gut." - It wasn't good.')
        before = re.sub(r"^(?:[^\n]*\s)?[-–—]+\s*", "", before)
    return bool(_LEAD.fullmatch(before + " ") or not before)


def alone_in_its_sentence(text: str, choice: Choice) -> bool:
    """Whether the phrase is a sentence of its own: given as an answer, not mentioned."""
    start = max((m.end() for m in re.finditer(r"[.!?:\n]", text[: choice.start])), default=0)
    end = re.compile(r"[.!?\n]").search(text, choice.end)
    rest = text[start : choice.start] + text[choice.end : end.start() if end else len(text)]
    return not re.sub(rf"^\s*{_LIST_MARKER}|[\W_]", "", rest).strip()


def context_of(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a phrase, in its sentence; for a phrase inside a quote,
    before and after the quote ('"It was good. Thanks!" or "Great job"')."""
    for quote in QUOTE.finditer(text):
        if quote.start() <= start and end <= quote.end():
            start, end = quote.start(), quote.end()
            break
    before = re.split(r"[.!?\n]", text[max(0, start - 60) : start])[-1]
    return before, text[end : end + 40]
