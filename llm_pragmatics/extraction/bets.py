"""The bet reader: the amount an answer bets on one option of a set.

Generic: the options, the words that also name one and the total the bets share come from
the fields (the study definition). An amount is tied to its option by a layout ("0: 10%", a
table, a list "10%, 20%, 30%, 40% for 0, 1, 2, 3") or by words ("$25 on option 1", "$0 on
options 0, 1 and 2", "nothing on the others"): bet_patterns.py holds those, bet_doubts.py
what leaves a bet in doubt, bet_pairs.py the pairing read where no layout is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .amounts import AMOUNT, RUN_BEFORE, amount_value, has_unit
from .bet_alternatives import of_bets, run_before
from .bet_doubts import (
    BOUND_AMOUNT,
    SEVERAL_STATES,
    doubted_by_asides,
    given_an_amount,
    moved_amounts,
    options_covered,
)
from .bet_keys import pairs_apart
from .bet_pairs import alternating_pairs
from .bet_patterns import (
    LIST,
    OPTION_RANGE,
    Options,
    bet_patterns,
    numbered_past_options,
    option_pattern,
    ratio_or_range,
    unitless_layout,
)
from .bet_remainders import short_of_taken
from .fields import Field
from .garbled import BLANKED, chained, without_arithmetic
from .ordered_amounts import in_order_amounts
from .readers import ANSWER, CLEAR, DIRECT, LOOSE, SECTION, Found, Unreadable
from .text import REVISING, sentence_start
from .unitless_bets import sentence_index, unit_before, unitless_bets

# Where an answer starts its bets again ("Wait, that's not right: $100 on 3, $0 on the
# rest"): "the rest" after it is the options its new bets leave out.
_STARTED_AGAIN = re.compile(rf"\b(?:{REVISING}|redo(?:ing)?|let me try again|start(?:ing)? over)\b")


class BetsFound:
    """The bets found so far in one text: spans taken, and which sentences have units."""

    def __init__(self, text: str, options: Options):
        self.text, self.options = text, options
        self.labels = [re.compile(option_pattern(*o)) for o in options]
        # (where a pattern has already read it as an option, a sign before it is no sum's)
        self.labels_in_place = [re.compile(option_pattern(*o, after_dash=True)) for o in options]
        self.found: list[tuple[int, Found]] = []
        self.taken: list[tuple[int, int]] = []
        self.explicit_sentences: set[int] = set()
        # Pairs refused as no bets ("2:15", a time; "at least 2: 90%", a range): no other
        # reading takes them up.
        self.refused: list[tuple[int, int]] = []

    def refuses(self, start: int, end: int) -> bool:
        return any(start <= s < end for s, _ in self.refused)

    def free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def named(self, listed: str) -> list[int]:
        return [i for i, label in enumerate(self.labels) if label.search(listed)]

    def named_at(self, start: int, end: int) -> list[int]:
        """The options named between `start` and `end` of the text, alone or read in
        place: an option's words may look past the span ("no" in "$0 that no tickets won")."""
        found = [label.search(self.text, start) for label in self.labels_in_place]
        in_place = {i for i, m in enumerate(found) if m and m.start() < end}
        return sorted(in_place | set(self.named(self.text[start:end])))

    def add(self, options: list[int], value: float, span: tuple[int, int], grade: str) -> None:
        self.found += [(i, Found(value, span[0], span[1], grade)) for i in options]


def _option_at_the_end(reading: BetsFound, match: re.Match, group: str) -> list[int]:
    """The last option of a list after its amount when the list ends the text ("0% on
    zero, 2" and the end): in an answer cut off there, that option's name, or a next
    amount, may have been cut ("2" could have become "20% on one")."""
    if reading.text[match.end(group) :].strip(" \t\n\"'*_"):
        return []
    if not match.groupdict().get("value") or match.start(group) < match.end("value"):
        return []
    last = re.search(r"[\w'-]+\s*$", match.group(group))
    return reading.named_at(match.start(group) + last.start(), match.end(group)) if last else []


def _paired(reading: BetsFound, match: re.Match, scope: str) -> bool:
    """A list of amounts paired with a list of options, one by one; outside a bets
    section only with units."""
    amounts = list(re.finditer(AMOUNT, match["amounts"]))
    if scope == ANSWER and not any(has_unit(a) for a in amounts):
        return False
    run = re.fullmatch(rf"(\S+)\s*{OPTION_RANGE}\s*(\S+)", match["options"].strip())
    if run:  # "for 0 through 3": every option from the first to the last
        ends = [reading.named(end) for end in run.groups()]
        options = list(range(ends[0][0], ends[1][0] + 1)) if all(ends) else []
    else:
        tokens = re.split(r"\s*(?:,|/|;|\band\b|\s)\s*", match["options"].strip())
        options = [o[0] for o in map(reading.named, tokens) if o]
    if len(amounts) != len(options) or len(set(options)) != len(options):
        return False
    runs = [(match.start("amounts"), amounts)]
    other = run_before(reading.text, match.start("amounts"))
    found = list(re.finditer(AMOUNT, other.group())) if other else []
    if len(found) == len(amounts):
        # "either 0%, 0%, 20%, 80% or 0%, 0%, 30%, 70% on 0, 1, 2, 3": two answers, both
        # paired (an option given two amounts is given none)
        runs.append((other.start(), found))
    for offset, listed in runs:
        for option, amount in zip(options, listed, strict=True):
            span = (amount.start("value") + offset, amount.end("value") + offset)
            reading.add([option], amount_value(amount, None), span, CLEAR)
    return True


# (A unit on either end makes it amounts: "$20-30 on 2", "20 to 30% on 2", "$20-$30 on 2".)
_AMOUNT_RANGE = re.compile(
    r"(?<![\w.$])(?P<range>"
    r"\$\d+(?:\.\d+)?\s*(?:to|-|\u2013)\s*\$?\d+(?:\.\d+)?(?:\s*(?:%|dollars))?"
    r"|\d+(?:\.\d+)?\s?%?\s*(?:to|-|\u2013)\s*(?:\$\d+(?:\.\d+)?|\d+(?:\.\d+)?\s?(?:%|dollars))"
    r")\s+(?:on|for)\b"
)


# A word that shares an amount out among several options.
_SHARED = re.compile(r"\b(?:each|apiece)\b")


@lru_cache(maxsize=2048)
def _read_bets(text: str, options: Options, scope: str, total: float | None):
    """(option index, Found) for every bet the text states."""
    reading = BetsFound(text, options)
    layouts: list[tuple[int, Found, re.Match]] = []
    ratios: list[re.Match] = []
    rests: list[tuple[str, float, tuple[int, int]]] = []  # "nothing on the others", "25% each"
    spaced: list[tuple[int, Found]] = []  # "0 0%, 1 5%, ...": bets only in a list
    unitless: list[tuple[list[int], float, re.Match]] = []  # "0 on 1": bets by their sentence
    numbered_list = numbered_past_options(text, options)
    in_doubt = set()
    # A range given an amount ("at least 2: 90%", "$80 on 2 or more") bets on several
    # options together: none of them gets it.
    ranged = set()
    for match in SEVERAL_STATES.finditer(text):
        covered = options_covered(match, options)
        if covered and given_an_amount(text, match):
            reading.taken.append(match.span())
            reading.refused.append(match.span())
            reason = f"{match.group()!r} bets on several options together"
            ranged.update((i, reason) for i in covered)
    # A bound on an amount ("at least 10%") is no amount; nor is a range of amounts put on
    # an option ("$10 to $20 on 2"): neither end is the bet.
    reading.refused += [m.span() for m in BOUND_AMOUNT.finditer(text)]
    reading.taken += [m.span("range") for m in _AMOUNT_RANGE.finditer(text)]
    for kind, pattern in bet_patterns(options):
        for match in pairs_apart(kind, pattern, text):
            if not reading.free(*match.span()):
                match = short_of_taken(kind, pattern, match, reading)
                if match is None or not reading.free(*match.span()):
                    continue
            if kind == "paired":
                if _paired(reading, match, scope):
                    reading.taken.append(match.span())
                continue
            listed = match.groupdict().get("options") or match.groupdict().get("options2") or ""
            group = "options" if match.groupdict().get("options") else "options2"
            named = (
                reading.named_at(*match.span(group))
                if listed and kind not in ("every", "rest", "each", "referred")
                else []
            )
            groups = match.groupdict()
            if groups.get("dash") and not (groups.get("noun") or "").strip():
                continue  # "$0 - 5": a range as much as an amount and its option
            value = amount_value(match, total)
            if kind == "amount_first" and len(named) == 1 and _SHARED.search(match.group()):
                # "10% each on all 3 phones": shared out, so on no one option
                reading.taken.append(match.span())
                reading.refused.append(match.span())
                in_doubt.add((named[0], f"{match.group()!r} shares an amount out, not on one"))
                continue
            if value is None or (" or " in listed and value != 0):
                continue  # "50% on 2 or 3" is one amount for two options together
            explicit = has_unit(match) or kind == "no_chance"
            if kind == "rest" and not explicit and re.fullmatch(r"[a-z ]+\d+", match.group()):
                continue  # "the other 2", "the remaining 1": a count of the objects
            if re.match(r"0\d", match.groupdict().get("value") or "") and not explicit:
                continue  # "02", "00:35": a time or a code ("08%" is an amount)
            if kind == "spaced":
                # (bare numbers too in a sentence that gives their unit: "..., all in %")
                declared = _UNIT_DECLARED.search(
                    re.split(r"[.!?\n]", text)[sentence_index(text, match.start())]
                )
                if (explicit or declared) and len(named) == 1:
                    grade = CLEAR if explicit else LOOSE
                    span = match.span("value") if match["value"] else match.span("nothing")
                    spaced.append((named[0], Found(value, *span, grade)))
                continue
            if kind in ("option_first", "line"):
                if kind == "option_first" and (numbered_list or ratio_or_range(match)):
                    ratios.append(match)
                    reading.refused.append(match.span())
                    continue
                if not explicit and not unitless_layout(match):
                    sep = match.groupdict().get("sep")
                    if kind == "option_first" and sep in ("-", "->"):
                        ratios.append(match)  # "2 - 40": a bet in a list of the options
                    elif kind == "option_first" and sep == "is" and named:
                        # "zero is 0, one is 2.5%, ...": bets where the sentence's unit is
                        unitless.append((named, value, match))
                    continue
                if match.groupdict().get("sep") in ("'", '"') and not explicit:
                    continue
            if scope == ANSWER and not explicit and not unit_before(reading, match):
                if kind == "amount_first" and named and match.groupdict().get("value"):
                    unitless.append((named, value, match))
                if kind not in ("option_first", "line"):
                    continue
            # ("2 is 40%": a new reading of a sentence's verb as a layout's key)
            # (and the amount left with no verb: "three the other 70%")
            verbless = kind == "remainder" and not groups.get("verb")
            grade = LOOSE if kind == "giving" or verbless or groups.get("sep") == "is" else CLEAR
            groups = match.groupdict()
            if (
                groups.get("sep") == ":"
                and groups.get("value")
                and not (groups.get("noun") or "").strip()
            ):
                grade = DIRECT
            # The value's own span: "40%" at the end of a cut answer is complete, "4" not.
            span = match.span("value") if match.groupdict().get("value") else match.span()
            if kind == "every":
                named = list(range(len(options)))
            if kind in ("rest", "each", "referred"):
                rests.append((kind, value, span))
            elif kind in ("option_first", "line") and scope == ANSWER:
                layouts += [(i, Found(value, *span, grade), match) for i in named]
            else:
                last = _option_at_the_end(reading, match, group) if listed else []
                reading.add([i for i in named if i not in last], value, span, grade)
                # (its span runs to the end: the cut may have taken the rest of its name)
                if last:
                    reading.add(last, value, (span[0], match.end(group)), grade)
            reading.taken.append(match.span())
            if explicit:
                reading.explicit_sentences.add(sentence_index(text, match.start()))
    reading.found += unitless_bets(reading, unitless)
    # Outside a bets section, "N: X" is a bet only in a list of the options, or with the
    # objects named ("3 phones ...: $100").
    listed_options = {i for i, _, _ in layouts}
    # (an option whose value is a formula is listed, its amount not stated: "3: =100%-b2")
    listed_options |= {
        i
        for i, (label, _) in enumerate(options)
        if re.search(rf"(?<![\w.]){re.escape(label)}[ \t]*[:=][ \t]*{BLANKED}", text)
    }
    # ("2: 40% and 3: 50%": options with their units listed in one sentence are bets too;
    # not "0: 100% to 1: 300%", a range.)
    with_units: dict[int, set[int]] = {}
    previous: dict[int, int] = {}
    ranging: set[int] = set()  # sentences whose pairs are joined otherwise: none count
    for i, _, match in layouts:
        if not has_unit(match):
            continue
        sentence = sentence_index(text, match.start())
        joined = text[previous.get(sentence, match.start()) : match.start()]
        if not re.fullmatch(rf"(?:{LIST})?", joined):
            ranging.add(sentence)
        with_units.setdefault(sentence, set()).add(i)
        previous[sentence] = match.end()
    with_units = {s: options for s, options in with_units.items() if s not in ranging}
    for i, found, match in layouts:
        named_objects = match.groupdict().get("noun") and match["noun"].strip()
        in_sentence = with_units.get(sentence_index(text, match.start()), ())
        paired = has_unit(match) and len(in_sentence) >= 2
        # ("1 gets 5%", "zero receives nothing": a verb ties them, no key that could be a
        # question's number)
        worded = has_unit(match) and re.fullmatch(
            r"gets?|receives?", match.groupdict().get("sep") or ""
        )
        # ("Bet 0: 0%", "Wager on 2: 45%": a key that names itself a bet)
        keyed = has_unit(match) and _BET_KEY.search(text, 0, match.start())
        if (
            len(listed_options) == len(options)
            or paired
            or worded
            or (named_objects and has_unit(match))
        ):
            reading.found.append((i, found))
        elif keyed:
            reading.found.append((i, Found(found.value, found.start, found.end, LOOSE)))
    if len({i for i, _ in spaced}) >= min(3, len(options)):
        reading.found += spaced
    # Compact pairs ("0:0,1:5,2:20,3:75") are bets when they list the options, in one list.
    listed = _one_list(text, ratios, min(3, len(options)), reading)
    if total is not None and len(listed) == len(options):
        # Pairs that read as ratios ("0:1, 1:1, 2:1, 3:1") are bets only when they share
        # the total as bets do.
        if abs(sum(amount_value(m, total) or 0 for m in listed) - total) > 0.5:
            listed = []
    for match in ratios:
        if match in listed and not numbered_list and match["sep"] in (":", "-", "->"):
            span = match.span("value")
            reading.add(reading.named(match["options"]), amount_value(match, total), span, CLEAR)
        elif not numbered_list and match["sep"] == ":":
            # A pair that reads another way ("0:08%", a time): its option is in doubt.
            reason = f"{match.group()!r} reads as a time or a ratio as much as a bet"
            in_doubt.update((i, reason) for i in reading.named(match["options"]))
    for kind, value, span in rests:
        again = [m.end() for m in _STARTED_AGAIN.finditer(text, 0, span[0])]
        stated = {i for i, found in reading.found if found.start >= (again[-1] if again else 0)}
        if kind == "referred":
            reading.add(sorted(_referred(reading, span[0]) - stated), value, span, LOOSE)
            continue
        if kind == "each" and scope == ANSWER and not reading.found and not of_bets(reading, span):
            continue  # "a chance of winning of 20% each": per object, in no bets at all
        if kind == "each" and _named_in_sentence(reading, span[0]):
            # "2 or 3, 50% each", "50% each between 2 and 3": each of the options named
            targets = _named_in_sentence(reading, span[0]) - stated
        else:
            # "nothing on the others", "25% each": every option given no other amount
            targets = set(range(len(options))) - stated - _targets_before(reading, span[0])
            targets -= {i for i, _ in ranged}
        reading.add(sorted(targets), value, span, CLEAR)
    if scope == SECTION:
        reading.found += _one_option_sentences(reading)
    reading.found += alternating_pairs(reading, total, whole=scope == ANSWER)
    if not reading.found and scope == SECTION:
        reading.found = in_order_amounts(text, len(options), total)
    reading.found, offered = doubted_by_asides(reading)
    in_doubt |= offered | moved_amounts(reading)
    # (An option also given an amount of its own, "exactly 3: 60%", keeps it.)
    stated = {i for i, _ in reading.found}
    in_doubt |= {(i, reason) for i, reason in ranged if i not in stated}
    return tuple(sorted(reading.found, key=lambda pair: pair[1].start)), tuple(sorted(in_doubt))


def _one_option_sentences(reading: BetsFound) -> list[tuple[int, Found]]:
    """Bets spread over sentences, each about one option: a sentence of a bets part that
    starts with an option, names no other and holds one amount with its unit ("Two is quite
    possible since he hasn't checked the third: 45%", "1 seems unlikely; I'll give it 5%").
    Only for options not given an amount otherwise; a loose reading."""
    stated = {i for i, _ in reading.found}
    found = []
    for sentence in re.finditer(r"(?:\.(?=\d)|[^.!?\n])+", reading.text):
        if not reading.free(*sentence.span()) or reading.refuses(*sentence.span()):
            continue
        text = sentence.group()
        lead = re.match(r"\s*(?:(?:and|but|so|then|as for)\s+)?", text).end()
        # (options named in a reason are no bets: "1 is impossible since he saw 2 pass, 0%")
        named = reading.named(_REASON.sub(" ", text))
        starts = [i for i in named if reading.labels[i].match(text, lead)]
        amounts = [a for a in re.finditer(AMOUNT, text) if has_unit(a)]
        if len(named) != 1 or not starts or len(amounts) != 1 or starts[0] in stated:
            continue
        if not re.search(r"[a-z]{2,}", text[lead : amounts[0].start()]):
            continue  # no sentence: a layout the patterns read or refused ("0:00:00%")
        # (a reason's number is none: "1 is impossible because he saw 2, 0%")
        unreasoned = _REASON.sub(lambda m: " " * len(m.group()), text)
        if RUN_BEFORE.search(unreasoned, 0, amounts[0].start("value")):
            continue  # the last of a run of amounts ("3 gets 10 20 70%"): not one option's
        value = amount_value(amounts[0], None)
        start = sentence.start() + amounts[0].start("value")
        end = sentence.start() + amounts[0].end("value")
        found.append((starts[0], Found(value, start, end, LOOSE)))
    return found


# What a sentence starts with when its subject is options ("0 and 1 are out", "that rules
# out 0 and 1"): what "they", "there", "them" refer to.
_RULED_OUT = re.compile(
    r"\s*(?:(?:and|but|so|then|as for|that|this|which)\s+)?"
    r"(?:(?:rules?|leaves?|takes?)\s+out\s+|excludes?\s+|eliminates?\s+)?"
)


def _referred(reading: BetsFound, position: int) -> set[int]:
    """The options a pronoun before `position` refers to: those its sentence starts with,
    not in a question and not named in a reason ("0 is impossible since he saw 1, so $0
    there": 0; "he tested 2 phones, so they get nothing": none, a count of the objects)."""
    text = reading.text
    start = sentence_start(text, position)
    end = re.compile(r"[.!?\n]").search(text, position)
    if end and end.group() == "?":
        return set()
    sentence = _REASON.sub(" ", text[start:position])
    names = "(?:" + "|".join(option_pattern(*o, then_to=True) for o in reading.options) + ")"
    listed = re.compile(rf"{names}(?:{LIST}{names})*")
    named = set()
    # (the list that starts the sentence or one of its clauses: ", so 0 and 1 are out")
    for clause in re.finditer(r"^|[,;]\s+|\b(?:so|and|but)\s+", sentence):
        found = listed.match(sentence, _RULED_OUT.match(sentence, clause.end()).end())
        named |= set(reading.named(found.group())) if found else set()
    return named


_REASON = re.compile(r"\b(?:since|because|as|given(?: that)?)\s[^,;:]*")


def _named_in_sentence(reading: BetsFound, position: int) -> set[int]:
    """The options the sentence around a position names; for an amount "each" after a
    list of options, that list's ("1 - say 95% - and 2 and 3 (2.5% each)": 2 and 3)."""
    text = reading.text
    start = sentence_start(text, position)
    end = re.compile(r"[.!?\n]").search(text, position)
    sentence = text[start : end.start() if end else len(text)]
    names = "(?:" + "|".join(option_pattern(*o, then_to=True) for o in reading.options) + ")"
    lists = list(re.finditer(rf"{names}(?:{LIST}{names})+", text[start:position]))
    if lists:
        return set(reading.named(lists[-1].group()))
    return set(reading.named(sentence))


def _targets_before(reading: BetsFound, position: int) -> set[int]:
    """The options a sentence bets on before "the others" ("half on 2 and half on 3, none on
    the others", "2 gets sixty-ish, the others nothing"): not among the others, even with
    an amount that is no number."""
    start = sentence_start(reading.text, position)
    sentence = reading.text[start:position]
    names = "(?:" + "|".join(option_pattern(*o, then_to=True) for o in reading.options) + ")"
    listed = rf"{names}(?:{LIST}{names})*"
    targets = set()
    # "on 2", "half each on 2 and 3", "2 gets ..."
    for match in re.finditer(rf"\b(?:on|for|to)\s+(?:the\s+)?(?:options?\s+)?{listed}", sentence):
        targets.update(reading.named(match.group()))
    for match in re.finditer(rf"{names}\s+(?:gets?|receives?)\b", sentence):
        targets.update(reading.named(match.group()))
    return targets


def _one_list(text: str, pairs: list[re.Match], least: int, reading: BetsFound) -> list:
    """The pairs that stand in a list of at least `least` options, each named once, one
    after the other with only separators between ("0:0,1:5,2:20,3:75", one per line);
    not pairs scattered through prose ("at 3:15 ... by 2:25")."""
    runs, run = [], []
    for match in sorted(pairs, key=lambda m: m.start()):
        if run and not re.fullmatch(r"[\s,;/|]*", text[run[-1].end() : match.start()]):
            runs.append(run)
            run = []
        run.append(match)
    runs.append(run)
    listed = []
    for run in runs:
        named = [i for m in run for i in reading.named(m["options"])]
        if len(named) >= least and len(set(named)) == len(named):
            listed += run
    return listed


# A sentence that gives the unit of its numbers ("for 1 10, for 2 30, all in %").
_UNIT_DECLARED = re.compile(
    r"\b(?:all|each|amounts?|numbers?|values?)?[ \t]*in[ \t]+(?:%|dollars\b)"
)
# Right before an option's key, at its line's start, a word that names it a bet ("Bet 0:",
# "- Wager on 2:").
_BET_KEY = re.compile(r"(?m)^[ \t*>#-]*(?:bet|wager|stake)(?:[ \t]+(?:on|for))?[ \t]+$")


def _options(field: Field) -> Options:
    return tuple((o["option"], tuple(o.get("aliases", ()))) for o in field.params["options"])


def read_bet(text: str, field: Field, scope: str) -> list[Found]:
    """The amount bet on one option (a bet reader: `option`, `option_words`, `min`, `max`).

    Reads the layouts answers use: "0: 10%", "2 jars - 50%", a table (read as "key: value"
    lines, extraction.text),
    "10%, 20%, 30%, 40% for 0, 1, 2, 3", "$25 on option 1", "$0 on options 0, 1 and 2" (one
    amount for several), "$25 on each option", "nothing on the others", "no chance of 0",
    and in its section a bare list of one amount per option. In an unlabelled answer an
    amount counts only with its unit (% or $), or after one in the same sentence, and
    "N: X" only in a list of the options."""
    options = _options(field)
    index = [label for label, _ in options].index(str(field.params["option"]))
    total = field.params.get("total")
    if scope == SECTION and chained(text):
        raise Unreadable(f"numbers chained by colons ({chained(text)!r}): no option and amount")
    found, in_doubt = _read_bets(without_arithmetic(text), options, scope, total)
    for i, reason in in_doubt:
        if i == index:
            # An amount beside it would be a guess at which reading is meant.
            raise Unreadable(reason)
    return [f for i, f in found if i == index]
