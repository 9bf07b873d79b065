"""What an amount is, as answers write one: a number with or without its unit ("10%",
"$25", "25"), or a word for nothing or everything; and its value. The bet readers (bets.py,
bet_pairs.py) tie amounts to options.
"""

from __future__ import annotations

import re

from .readers import NUMBER

# An amount: "10%", "$25", "25", "(35%)". Not a range ("20-30%"), a decimal comma in a
# list ("22,5%"), a time ("2:00"), a fraction ("1/3") or a part of a total ("2 of 3").
# Nor a term of arithmetic ("2 boxes - 1 = 1", "3 + 1"). An amount with its unit before a
# spaced slash ends an item of a list ("0 exams: $0 / 1 exam: $10 / ..."), a fraction only
# when tight ("$100/3").
_AMOUNT_END = (
    r"(?!\w)(?!/\s*\d)(?!\s*(?:of\b|out of\b|[=+*×^]\s*\d))"
    r"(?(dollar)|(?(percent)|(?!\s+/\s*\d)))"
)
# ("$0 to 0 or 1" gives an amount to a list of options: no range ends in a list.)
_NOT_A_RANGE = (
    r"(?!\s*-\s*\$?\d)(?!\s*to\s*\$?\d(?!\d*(?:\.\d+)?\s*(?:,|or\b|and\b)\s*\d))"
    r"(?!,\d+\s?%)(?!:)"
)
# The stake named after a share of it ("most of my $100 on three", "half of the $100"):
# the share is the bet, by how much unsaid; the stake is no amount ("all of my $100" is).
_SHARES = "most|half|some|part|bulk|much|majority|portion|share|chunk|fraction|bit|little|lot"
_STAKE_AFTER_A_SHARE = "".join(
    rf"(?<!\b{share} of {whose} {dollar})"
    for share in _SHARES.split("|")
    for whose in ("my", "the", "our")
    for dollar in ("", r"\$")  # (also its number alone: "100" of "$100")
)
# (Nor a fraction's denominator: the "4" of "1/4 each" is no amount on each option.)
AMOUNT = (
    r"(?<!\d)(?<!\d/)(?<!\d /)"
    + _STAKE_AFTER_A_SHARE
    + r"[\"']?(?P<dollar>\$)?\s?"
    + NUMBER
    + _NOT_A_RANGE
    + r"\s?(?P<percent>%)?[\"']?"
    + _AMOUNT_END
)
# The same without names, for lists of amounts.
ANY_AMOUNT = (
    r"[\"']?\$?\s?-?(?:\d+(?:\.\d+)?|\.\d+)(?![\d])(?!\.\d)(?!,\d+\s?%)(?!:)\s?%?[\"']?(?!\w)"
)
# An amount with its unit, "10%" or "$10" (in a run of amounts).
WITH_UNIT = r"(?:\$[ \t]?\d+(?:\.\d+)?|\d+(?:\.\d+)?[ \t]?%)(?![\w.])"
# Words that are amounts: nothing (0), everything (the total).
# "none" names an option as often as it is an amount: readers that pair options with
# amounts leave it out (NOTHING_WORDS).
# (Not "almost everything", "pretty much all of it": less than the total, by how much
# unsaid; nor "basically nothing", "next to nothing": more than zero, by how much unsaid.)
_APPROXIMATELY = (
    r"(?<!\balmost )(?<!\bnearly )(?<!\bpretty much )(?<!\bvirtually )(?<!\bbasically )"
    r"(?<!\bpractically )(?<!\bjust about )(?<!\bmore or less )(?<!\bnext to )(?<!\bclose to )"
)
# ("No bet on 0", "no stake on 1": an amount of zero in words)
NOTHING_WORDS = (
    _APPROXIMATELY + r"(?:nothing|no money|no (?:bet|stake|wager)s?|not a (?:cent|dollar|penny))"
)
NOTHING = rf"(?P<nothing>{NOTHING_WORDS}|none)"
EVERYTHING = (
    _APPROXIMATELY
    + r"(?P<everything>everything|all of it|it all|all (?:of )?(?:my|the) (?:money|bets?)|"
    r"the whole (?:amount|lot|thing|bet|pot)|"
    # (a gambler's "all in on three": the whole stake on it)
    r"(?<!\bnot )(?<!\bnot quite )all[ -]in(?=\s+on\b))"
)
WORD_AMOUNT = rf"(?:{NOTHING}|{EVERYTHING})"
# Bare numbers right before an amount (searched up to it), in a run with it ("10, 20, 70%").
RUN_BEFORE = re.compile(r"(?<![\w.])\$?\d+(?:\.\d+)?(?:\s*[,/;]\s*|\s+)\$?$")


def amount_value(match: re.Match, total: float | None) -> float | None:
    groups = match.groupdict()
    if groups.get("everything"):
        return total
    if groups.get("nothing") or groups.get("value") is None:
        return 0.0
    return float(groups["value"]) * (-1 if groups.get("sign") else 1)


def has_unit(match: re.Match) -> bool:
    """Whether the amount says it is one: a unit, or a word for an amount."""
    groups = match.groupdict()
    return any(groups.get(k) for k in ("dollar", "percent", "nothing", "everything"))
