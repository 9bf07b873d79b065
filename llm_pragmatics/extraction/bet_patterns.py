"""The layouts and wordings that tie an amount to an option of a bet ("0: 10%", "$25 on
option 1", "10%, 20%, 30%, 40% for 0, 1, 2, 3", "nothing on the others"), in order of
precedence, and what a match of them is ("0:1" reads as a ratio, "2:15" as a time). Generic:
the options and their words come from the fields; bets.py reads with these. Also a list
numbered past the options (the options' amounts in order without labels: ordered_amounts.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .amounts import AMOUNT, ANY_AMOUNT, NOTHING_WORDS, WITH_UNIT, WORD_AMOUNT, has_unit
from .bet_probabilities import probability_pattern
from .bet_remainders import remainder_pattern

Options = tuple[tuple[str, tuple[str, ...]], ...]  # (label, other words for it) per option

# (A word that shares the amount among the options may stand before or after the
# preposition: "$50 apiece for 2 and 3", "$0 for both 0 and 1", "25% each on 1 and 2".
# Not across a line break: in a form of "Bet on 2    20%" lines, an amount that ends one
# line is no amount for the option the next line names.)
_CONNECT = (
    r"[ \t]*\)?[ \t]*(?:(?:each|apiece)\s+)?(?:(?:i(?:'ll|'d| will| would)?\s+)?(?:goes|go|going|"
    r"placed|put|bet|wagered|riding|stays?)\s+)?"
    r"(?:on|for|to|towards?|that)\s+(?:(?:each|both)\s+of\s+|both\s+)?(?:the\s+)?"
    r"(?:options?\s+|outcomes?\s+|states?\s+|"
    r"answers?\s+|possibilit(?:y|ies)\s+|cases?\s+|scenarios?\s+)?(?:(?:that\s+)?"
    r"(?:exactly|only|just)\s+)?"
)
_CHANCE = r"\s*(?:chance|probability|likelihood|odds)\s+(?:(?:that|of)\s+)?(?:exactly\s+|only\s+)?"
_REST = (
    r"(?:(?:all\s+)?the\s+)?(?:others?|rest|remaining(?:\s+(?:ones?|options?|outcomes?))?|"
    r"everything else|anything else|"
    # "the other options", "any other number", "every other outcome"
    # (not "any other answer": the answer's, not the options')
    r"(?:(?:any|every|each)\s+)?other\s+(?:options?|outcomes?|ones?|numbers?|counts?|states?|"
    r"possibilit(?:y|ies)))\b"
)
_EVERY_OPTION = (
    r"(?:each|every|all)\s+(?:of\s+(?:the\s+)?)?(?:\d\s+)?(?:options?|outcomes?|possibilit\w+|"
    r"answers?|states?|cases?|scenarios?|numbers?)\b"
)
# What opens a line of its own: a key with the objects' words ("3 letters with checks:"), an item.
_OWN_LINE = r"\$?\d+(?:[ \t]+[a-z][^\n:]{0,40}:|[.)][ \t]+\S)"
SEPARATOR = (
    # ("1 is 40%, 2 is 40%": "is" ties an amount with its unit, bets in a list of them)
    r",?\s*(?P<sep>:|=|->|-|\||\bgets?\b|\breceives?\b|\bat\b|\bis\b(?=\s*\$?\d[\d.]*\s?%?\s*(?:[,;.]|and\b|$))|"
    r"[\"'](?=\s))\s*"
    # "3 gets the remaining 50%": the amount left is an amount
    r"(?:the\s+(?:remaining|remainder of|rest of|last|final)\s+(?=\$?\d))?"
    # (not a number on a later line that opens its own key with the objects' words or a
    # list's item: "1 letter unopened:\n\n3 letters with checks: $72" is no bet of 3 on 1,
    # "2 things matter here:\n\n1. the ..." none of 1 on 2)
    rf"(?![ \t]*\n\s*{_OWN_LINE})(?!(?<=\n){_OWN_LINE})"
)
# A verb that sends an amount on, to the option after it ("goes to 3", "I'd put on 3").
_SENT = (
    r"(?:goes|go|going|went|is[ \t]+(?:put|placed|left)|stays|i(?:'d|'ll|[ \t]+would|"
    r"[ \t]+will)?[ \t]+(?:put|place|leave|bet))[ \t]+(?:on|to|for)"
)
LIST = r"\s*(?:,|/|;|&|\+|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?"


# Which way a revised amount goes, before the amount itself: "2 should be lower, say 40%",
# "make 3 higher, at 60%".
_DIRECTION = (
    r"(?:\s+(?:a (?:bit|little|lot)\s+|much\s+|somewhat\s+)?(?:lower|higher|less|more|"
    r"smaller|bigger|larger|down|up)\s*[,-]?(?:\s+(?:say|maybe|about|around|roughly|like|at|"
    r"so))?)"
)


# Between the first and last options of a run of them: "0 through 3", "0 to 3", "0-3"
OPTION_RANGE = r"(?:through|thru|to|-|\u2013)"


@lru_cache(maxsize=4096)
def option_pattern(
    label: str,
    aliases: tuple[str, ...],
    in_list: bool = False,
    then_to: bool = False,
    after_dash: bool = False,
    in_range: bool = False,
) -> str:
    """An option's label or words, or "P(label)"; in a slash list ("0/1/2/3") also after
    a slash (elsewhere "1/3" is a fraction). Not followed by "on", "for", "to" or
    "through" (a range, an amount "2 on 3"), unless `then_to` ("change 3 to 60%") or
    `in_range` (an end of "0 through 3", "0-3"); not after a sign of arithmetic
    ("3 - 1 = 2"), unless `after_dash` (a line "$85 - 1 letter")."""
    # An option's words are not an idiom's ("not at all", "none at all", "going all in").
    names = "|".join(
        [re.escape(label), *(rf"(?<!\bat )(?:{a})(?! at all\b)(?![ \t-]in\b)" for a in aliases)]
    )
    before = r"(?<![\w.$%-])" if in_list else r"(?<![\w.$%/-])"
    if in_range:
        before = r"(?<![\w.$%])"
    # (a question's number is no option: "the answer to question 2 is: 0 with 5%")
    before += r"(?<!\bquestion )(?<!\bquestions )"
    if not after_dash:
        # a term of arithmetic ("3 - 1 = 2"); not a key after a word and a dash ("No - 0: 0%")
        before += (
            r"(?:(?<![-=+*×^][ \t])(?<![=+*×^])"
            r"|(?<=[a-z][ \t]-[ \t])(?=[\w\"']{1,12}[ \t]*:(?!\d)))"
        )
    label = rf"{before}[\"']?(?:p\s*\(\s*(?:{names})\s*\)|(?:{names}))[\"']?(?![\w%]|\.\d)"
    if in_range:
        return label
    return label + (
        r"(?!\s+(?:on|for|through|thru)\b)" if then_to else r"(?!\s+(?:on|for|to|through|thru)\b)"
    )


@lru_cache(maxsize=512)
def bet_patterns(options: Options) -> list[tuple[str, re.Pattern]]:
    """(kind, pattern) in order of precedence: a span read by one is not read again."""
    one = "(?:" + "|".join(option_pattern(*o) for o in options) + ")"
    one_then_to = "(?:" + "|".join(option_pattern(*o, then_to=True) for o in options) + ")"
    after_dash = "(?:" + "|".join(option_pattern(*o, after_dash=True) for o in options) + ")"
    prefix = r"(?:(?:exactly|state|option|outcome|answer)\s+)?"
    # Lists have one way to split them and a bound on their length: no runaway backtracking.
    most = 2 * len(options)
    # (not across a semicolon and a space, which end a clause: "20% goes to 2; 0 and 1 get
    # nothing")
    listed = rf"{prefix}{one}(?:{LIST}(?<!;\s){prefix}{one}){{0,{most}}}"
    # Options that share one amount after them ("0, 1 and 2: 0%"); not across a clause
    # (", and": "30% goes to 2, and 0 and 1 get nothing").
    keyed = (
        rf"{prefix}{one}(?:\s*(?:,(?!\s*and\b)|/|&|\+|\band\b|\bor\b)\s*{prefix}{one}){{0,{most}}}"
    )
    # Words naming the objects, and their total ("2 of the 3 jars", "3 phones with
    # burned-out transistors"), between an option and its amount.
    noun = (
        r"(?P<noun>(?:[ \t]+(?!on\b|for\b|gets?\b|and\b|at\b)[a-z'-]+|"
        r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+)?\d+){0,6}?)"
    )
    aside = r"(?:\s*\([^)\n]{0,60}\))?"
    # Lists of three or more: shorter ones are read pair by pair.
    between = r"(?:\s*(?:,|/|;|\band\b)\s*|\s+)"
    amounts = rf"{ANY_AMOUNT}(?:{between}{ANY_AMOUNT}){{2,{most}}}(?!\s*:)"
    in_list = "(?:" + "|".join(option_pattern(*o, in_list=True) for o in options) + ")"
    options_list = rf"{in_list}(?:{between}{in_list}){{2,{most}}}"
    # "for 0 through 3": the options from the first to the last, in order
    end = "(?:" + "|".join(option_pattern(*o, in_range=True) for o in options) + ")"
    options_list = rf"(?:{options_list}|{end}\s*{OPTION_RANGE}\s*{end}(?![\w%]|\s*\$?\d))"
    named = rf"(?:{AMOUNT}|{WORD_AMOUNT})"
    return [
        # "0%, 5%, 15%, 80% for 0, 1, 2 and 3", "$0 $0 $20 $80 for 0 1 2 3"
        (
            "paired",
            re.compile(
                rf"(?P<amounts>{amounts})\s*,?\s*\(?\s*(?:respectively\s+)?(?:for|on|to|over|across)\s+"
                r"(?:the\s+)?"
                rf"(?:options?\s+|states?\s+|outcomes?\s+)?(?P<options>{options_list})"
            ),
        ),
        # "0, 1, 2, 3: 5%, 10%, 25%, 60%", "zero through three get 0%, 0%, 10% and 90%",
        # "in order (0, 1, 2, 3): $0, $5, $45, $50", a tuple "(P(0), ..., P(3)) = (0%, ...)"
        (
            "paired",
            re.compile(
                rf"(?P<options>{options_list})\s*\)?\s*(?::|=|->|-|\bget\b|\breceive\b|\bare\b)"
                rf"\s*\(?\s*(?P<amounts>{amounts})"
            ),
        ),
        # "2   50%" on a line of its own, also as a form's field ("Bet on 2    50%")
        (
            "line",
            re.compile(
                rf"(?m)^[ \t]*(?:bet[ \t]+on[ \t]+)?{prefix}(?P<options>{one})[ \t]+{AMOUNT}[ \t]*$"
            ),
        ),
        # "the chance of exactly 2 is 30%", "the probability that all 3 passed: 70%"
        # (before "2 is 30%" below: "the probability for 2 is 100%" names its option)
        (
            "amount_after",
            re.compile(
                r"\b(?:chance|probability|likelihood|odds)\s+(?:of|that|for)\s+(?:exactly\s+)?"
                rf"(?P<options>{listed}){noun}\s*(?:\bis\b|\bare\b|\bwould be\b|\bat\b|:|=)\s*"
                rf"(?:(?:about|around|roughly|maybe)\s+)?{AMOUNT}"
            ),
        ),
        # "three the other 70%"; "P(N = 2) = 1/10 = 10%" (the amount left; the percent)
        remainder_pattern(one),
        probability_pattern(options),
        # "0: 10%", "2 jars - 50%", "1 (one works): 10%", "3 phones with burned-out
        # transistors: $100", "0 and 1: 0%", '"2": 40', "P(2) = 40%"
        # "0: nothing, 3: all of it": a word for an amount
        (
            "option_first",
            re.compile(
                # (not "those 2: 1 yes, 1 no": a demonstrative makes it the objects)
                rf"(?<!\bthose )(?<!\bthese )(?P<options>{keyed}){noun}{aside}{SEPARATOR}"
                # (not an amount tied onward: "mostly on 3: $75 on 3, $15 on 2", within its
                # sentence and line, not "3: 30%. On reflection ..."; not the first of a run
                # of amounts: "0 through 3 get 10%, 20%, 30%" pairs them, or fails)
                rf"(?:{AMOUNT}|{WORD_AMOUNT}\b)(?!(?:\d|\.\d)*%?[ \t]+(?:on|for)\s)"
                # (nor an amount a verb sends to an option after it: "15% on 2 - the
                # remaining 75% goes on 3", "... 75% I put on 3")
                rf"(?!(?:\d|\.\d)*%?[ \t]+{_SENT}[ \t]+(?:the[ \t]+)?{one})"
                rf"(?!{between}{ANY_AMOUNT}{between}{ANY_AMOUNT})"
                # (nor its number alone, the unit left to a run of amounts with theirs: "3
                # gets 10" of "3 gets 10%, 20%, 70%")
                rf"(?!%{between}{WITH_UNIT}{between}{WITH_UNIT})"
            ),
        ),
        # "0 broken: impossible (0%)": a word, then the amount in parentheses
        (
            "option_first",
            re.compile(
                rf"(?P<options>{one}){noun}{SEPARATOR}(?:[a-z]+\s+){{0,2}}?\(\s*{AMOUNT}\s*\)"
            ),
        ),
        # "0 0%, 1 5%, 2 60%, 3 35%": options and amounts side by side, in a list
        # (also with a word for nothing: "for 0 nothing, for 1 10, ...")
        (
            "spaced",
            re.compile(
                rf"(?P<options>{one})[ \t]+(?:{AMOUNT}|(?P<nothing>{NOTHING_WORDS}))"
                r"(?=\s*(?:[,;.]|and\b|$))"
            ),
        ),
        # "2 is the best bet (60%), then 3 (35%)"
        ("option_first", re.compile(rf"(?P<options>{one}){noun}\s*\(\s*{AMOUNT}\s*\)")),
        # "$25 on each option", "25% on all 4", "on each of the four" (the options' count);
        # after a word that shares the amount out, "all" is every option, not the one it
        # names ("25% each on all", "$25 apiece on all of them"). (Not "each of options 0, 1
        # and 2": those it names; nor "all but 3".)
        (
            "every",
            re.compile(
                rf"{named}\s*(?:(?P<share>each|apiece)\s+)?(?:on|for|to|across|over)\s+"
                rf"(?:{_EVERY_OPTION}|(?:all|each|every)\s+(?:of\s+(?:the\s+)?)?{len(options)}\b"
                r"|(?(share)(?:the\s+)?(?:all|every\s*one|each\s+one)(?:\s+of\s+(?:them|these|those))?"
                # (closing its clause: "each on all 3 phones" may count the objects)
                r"(?=[ \t]*(?:[.,;:!?)\n]|$|and\b))|(?!)))"
                r"(?!\s*\(?\d)(?!\s+(?:but|except|save|apart)\b)"
            ),
        ),
        # "$25 on option 1", "$0 on options 0, 1 and 2", "10% for 2", "a 30% chance that 2",
        # "$30 on the third option (2)"
        (
            "amount_first",
            re.compile(
                rf"\(?{named}(?:{_CONNECT}|{_CHANCE})(?:(?P<options>{listed})|(?:[a-z0-9]+\s+){{0,3}}?"
                rf"(?:options?|outcomes?|ones?)\s*\(\s*(?P<options2>{listed})\s*\))"
            ),
        ),
        # "$85 - 1 letter", "10% -> exactly 2": a line of an amount with its unit, then the
        # option it is on (after a dash, with the objects' words: "$0 - 5" is a range)
        (
            "amount_first",
            re.compile(
                r"(?m)^[ \t]*(?=\$|\d+(?:\.\d+)?[ \t]?%)(?P<dollar>\$)?(?P<sign>(?!))?"
                r"(?P<value>\d+(?:\.\d+)?)[ \t]?(?P<percent>%)?[ \t]*(?:(?P<dash>-)|->|:|=|\|)"
                rf"[ \t]*(?:exactly[ \t]+)?(?P<options>{after_dash}){noun}[ \t]*[.;,]?[ \t]*$"
            ),
        ),
        # "$0 - 0 phones; $10 - 2 phones; $90 - 3 phones": such items in one line, each
        # closed by a semicolon or the line's end (the objects' words named: "$0 - 1; ..."
        # reads as ranges as much)
        (
            "amount_first",
            re.compile(
                r"(?m)(?:^|(?<=[;:]))[ \t]*(?=\$|\d+(?:\.\d+)?[ \t]?%)"
                r"(?P<dollar>\$)?(?P<sign>(?!))?(?P<value>\d+(?:\.\d+)?)[ \t]?(?P<percent>%)?"
                r"[ \t]*(?:(?P<dash>-)|->|=)[ \t]*(?:exactly[ \t]+)?"
                rf"(?P<options>{after_dash})(?P<noun>[ \t]+[a-z][a-z' -]*?)"
                r"[ \t]*(?=;|\.?[ \t]*$)"
            ),
        ),
        # "all my money, 100%, on 1": an amount set off by commas, then what it is on (not
        # "for": "the most, 60%, for 3 is less likely" gives a reason)
        (
            "amount_first",
            re.compile(
                rf"(?<=,[ \t]){AMOUNT},[ \t]*(?:goes\s+|go\s+|going\s+)?on\s+(?:the\s+)?"
                rf"(?:(?:options?|outcomes?|states?)\s+)?(?P<options>{listed})"
            ),
        ),
        # "most of it on three, say 95%": a vague share on an option, then its amount set
        # off by a comma and a word that puts a number on it, closing its clause (a new
        # reading: loose, as a verb's giving is)
        (
            "giving",
            re.compile(
                rf"\b(?:on|for)\s+(?:the\s+)?(?P<options>{one}),[ \t]*(?:say|about|around|"
                rf"roughly|approximately|call it)[ \t]+{AMOUNT}(?=[ \t]*(?:[,;.)]|$|and\b|with\b))"
            ),
        ),
        # "0%, for 0, 2 and 3; 100% for 1": an amount, a comma, then a list of two or more
        # options that closes its clause (not a reason: "60%, for 3 is less likely")
        (
            "amount_first",
            re.compile(
                rf"(?<![\w.,]){named},[ \t]*(?:for|on)\s+(?:the\s+)?(?:options?\s+)?"
                rf"(?P<options>{one}(?:\s*(?:,|and|or|&)\s*{one})+)(?=[ \t]*(?:[;.]|$))"
            ),
        ),
        # "I'd change the bet on 3 to 60%", "raise 2 to 50%"
        (
            "changed",
            re.compile(
                r"\b(?:change|changes|changed|changing|move|raise|lower|increase|decrease|"
                r"set|update|revise|make)\s+(?:(?:the|my)\s+)?(?:(?:bet|amount|share|stake)\s+"
                rf"(?:on|for)\s+)?(?P<options>{one_then_to}){_DIRECTION}?\s+(?:to\s+)?{AMOUNT}"
            ),
        ),
        # "the bet on 3 should be 60%", "my stake on 2 is now $40"
        (
            "changed",
            re.compile(
                r"\b(?:the|my)\s+(?:bet|amount|share|stake)\s+(?:on|for)\s+"
                rf"(?P<options>{one_then_to})\s+(?:should (?:really )?(?:be|have been)|is now|"
                rf"becomes|(?:was|is) (?:meant|supposed) to be|would be)\s+{AMOUNT}"
            ),
        ),
        # "2 should be 55%", "3 is now 25%", "and 3 only 25%": an option given what its
        # amount now is (a revision's usual wording)
        (
            "changed",
            re.compile(
                rf"(?P<options>{one_then_to})\s+(?:should (?:really )?(?:be|get|have been)"
                rf"{_DIRECTION}?|"
                r"becomes|is now|(?:goes|moves|drops|rises|falls|comes) (?:up |down )?to|"
                rf"(?:down|up) to|only)\s+{AMOUNT}"
            ),
        ),
        # "for 0 I give 0%", "on 3, I'd put $60"
        (
            "given",
            re.compile(
                rf"\b(?:for|on)\s+(?P<options>{one_then_to}),?\s+i(?:'d|'ll| would| will)?\s+"
                rf"(?:give|put|bet|assign|allocate|place|wager)\s+{AMOUNT}"
            ),
        ),
        # "I'd give all three 70%", "I'd give 2 fruits 25%": the option, then its amount
        # (a form the prompt does not ask for: read loosely); also options that share it
        # ("I'd give 0 and 1 nothing")
        (
            "giving",
            re.compile(
                r"\bi(?:'d|'ll| would| will)?\s+(?:give|assign|allocate)\s+"
                rf"(?:exactly\s+)?(?P<options>{one}){noun}[ \t]+{AMOUNT}(?![ \t]*[a-z])"
            ),
        ),
        (
            "giving",
            re.compile(
                r"\bi(?:'d|'ll| would| will)?\s+(?:give|assign|allocate)\s+"
                rf"(?P<options>{keyed})[ \t]+(?P<nothing>{NOTHING_WORDS})\b"
                # (not a bound: "nothing more than 50%", "nothing but ...")
                r"(?![ \t]+(?:more|less|else|but|other|beyond|over|under|except|like)\b)"
            ),
        ),
        # "... and on 2 40%": one more option with its amount, after one; not a count of
        # the objects ("checked all 3 and all 3 were fine")
        (
            "changed",
            re.compile(
                rf"(?<=%|\d)\s*(?:,\s*)?(?:and|,)\s+(?:(?:the\s+bet\s+)?(?:on|for)\s+)?"
                rf"(?P<options>{one_then_to})\s+(?:to\s+|at\s+)?{AMOUNT}(?![ \t]+[a-z])"
            ),
        ),
        # "my biggest bet is on 1, $50"; a share of the stake: "most of my $100 on 3 - say $65"
        (
            "amount_after",
            re.compile(
                rf"\b(?:bet|money|wager|stake|of (?:my|the) \$\d+)\b[^.\n$%]{{0,25}}?\bon\s+"
                r"(?:exactly\s+)?"
                # (and a hedge on the amount: "on 1 - say 95%")
                rf"(?P<options>{one})\s*(?:[,:-]|\bto\b)\s*"
                rf"(?:(?:say|about|around|roughly|maybe|so|approximately)\s+)?{AMOUNT}"
            ),
        ),
        # "no chance of one or zero"
        (
            "no_chance",
            re.compile(
                rf"\b(?:no|zero|0%?)\s+(?:chance|probability|likelihood)\s+(?:of|that|for|on)\s+"
                rf"(?:exactly\s+)?(?P<options>{listed})"
            ),
        ),
        # "I wouldn't bet anything on 0", "no money on 1"
        (
            "no_chance",
            re.compile(
                r"\b(?:wouldn't|won't|don't|didn't|not|never)\s+(?:bet|put|wager|place|stake)\s+"
                r"(?:anything|any money|a (?:cent|dollar|penny)|money)?\s*(?:on|for)\s+"
                rf"(?:exactly\s+)?(?P<options>{listed})"
            ),
        ),
        # "I'd leave 0 and 1 without any money", "leaving zero with nothing": options left
        # with no money are given none
        (
            "no_chance",
            re.compile(
                rf"\bleav(?:e|es|ing)\s+(?:exactly\s+)?(?P<options>{listed}){noun}\s+"
                r"(?:without\s+(?:any\s+)?(?:money|bets?|stakes?|anything)|"
                r"with\s+(?:nothing(?!\s+(?:more|less|but|else)\b)|no\s+(?:money|bets?|stakes?)|\$0|0%)|unbet\b|empty\b)"
            ),
        ),
        # "so they get nothing", "$0 there", "nothing on them": the options its sentence
        # named before
        (
            "referred",
            re.compile(
                r"\b(?:they|both|these|those|it)\s+(?:(?:each|both|all)\s+)?(?:gets?|receives?)\s+"
                rf"{named}"
            ),
        ),
        ("referred", re.compile(rf"{named}\s+(?:(?:on|for|to)\s+)?(?:them|those|these|there)\b")),
        # "nothing on the others", "$10 on each of the rest", "no money on any of the other
        # options", "0% elsewhere"
        ("rest", re.compile(rf"{named}{_CONNECT}(?:(?:each|any)\s+of\s+)?{_REST}")),
        ("rest", re.compile(rf"{named}\s+(?:elsewhere|everywhere else)\b(?!\s+(?:except|but)\b)")),
        # "the others: 0%", "the rest get $0", "the others are 0%"
        (
            "rest",
            re.compile(
                # not "the remaining 50%", "the other 70%", an amount (of the money left)
                rf"(?!(?:the\s+)?(?:remaining|rest|other)\s+\$?\d){_REST}"
                # ("the others are 0%", plural: each of them; not "the rest is 75%", the
                # money left)
                r"\s*(?:(?:each\s+)?(?:gets?|receives?|at|are(?:\s+at)?|:|-|=)\s*)?"
                rf"(?:{AMOUNT}|{WORD_AMOUNT})"
            ),
        ),
        # "25% each": every option the answer gives no other amount ("0% for each" closing
        # its sentence: each of the options it names). After the rest's ("the others 30%
        # each" is the others')
        (
            "each",
            re.compile(
                rf"{named}\s+(?:(?:each|apiece)\b(?!\s+(?:on|for|to)\b)|"
                r"(?:for|on|to)\s+each\b(?=\s*(?:[.;!)]|$)))"
            ),
        ),
    ]


def unitless_layout(match: re.Match) -> bool:
    """A bare number is an amount only in a layout that ties it to its option: "0: 25" (a
    table's "| 0 | 25 |" is that line by now; a pipe left between two numbers, "0 | 1 |
    2", is a row of cells, not a bet)."""
    groups = match.groupdict()
    if groups.get("options") and groups.get("value"):
        # "all three tickets winning (3)": after the objects, the option's own number again,
        # bracketed, is no amount (not "1 (1)" in a list of options and amounts)
        words = match.string[match.end("options") : match.start("value")]
        if groups["value"] == groups["options"].strip() and _OBJECTS_THEN_BRACKET.fullmatch(words):
            return False
    sep = groups.get("sep")
    return sep in (None, ":", "=", "->") or bool(re.fullmatch(r"gets?|receives?", sep))


_OBJECTS_THEN_BRACKET = re.compile(r"\s+[a-z][^()\n]*\(\s*")


def ratio_or_range(match: re.Match) -> bool:
    """ "0:1" reads as a ratio as much as a bet, "2:15" as a time, "0-5%" as a range: no
    bets alone (a list of the options, "0:0,1:5,2:20,3:75", is bets)."""
    groups = match.groupdict()
    if groups.get("sep") not in (":", "-"):
        return False
    around = match.string[match.start("sep") - 1 : match.end("sep") + 1]
    if re.search(r"\s", around):
        return False
    # "2:15" and "2:00%" read as clock times as much as bets.
    time = re.fullmatch(r"\d{2}", groups["value"]) and (
        not has_unit(match) or groups["value"].startswith("0")
    )
    return groups["sep"] == "-" or (not has_unit(match) and len(groups["value"]) == 1) or bool(time)


def numbered_past_options(text: str, options: Options) -> bool:
    """Whether the text numbers items past the options ("1: 20%, ... 5: 4%"): a list of
    items, not bets on the options."""
    labels = {label for label, _ in options}
    numeric = [int(label) for label in labels if label.isdigit()]
    if not numeric:
        return False
    keys = re.findall(r"(?:^|[\s,;(])(\d{1,2})\s*[:)]\s*\$?\d", text, re.MULTILINE)
    return any(int(k) > max(numeric) for k in keys)
