"""Normalising an answer's text before it is read.

Every reader, the section splitter and the quote check see the same normalised text, so that
a quote is compared with the answer in the same form. The normalisation is English and
generic: case, quotes and dashes, markdown emphasis and bullets, contractions, number words.
"""

from __future__ import annotations

import html
import re
import unicodedata

from .delimited import delimited_tables
from .flagged_records import flagged_records
from .layouts import (
    INFERRED,
    aligned_columns,
    cell_references,
    drawn_tables,
    r_lists,
    ticked_boxes,
)
from .markdown_tables import flatten_tables
from .markup import UNREADABLE, footnotes, plain, spaced_rows, unreadable_numbers
from .notations import name_value_notations
from .numbered_lists import inline_numbered_lists
from .objects import HOLDING, NAMING, flatten_json, option_records, ranged_lists
from .spoken import dictated, without_fillers
from .wrapped_pairs import camel_case_keys

# Words that take back what was just said ("3 - no wait, 2", "It was good... I mean
# amazing"): what follows them is a second answer, not a continuation of the first.
TAKEN_BACK = r"no wait|wait|actually|i mean|correction|or rather"
# Words that put a second value in the place of the value just given ("2, make it 3", "no...
# rather yes", "all three - scratch that, two"), for the readers of a value; not for the
# sentence reader, where "rather" is a degree ("rather good"). "rather than" compares
# ("all three, rather than two") and takes nothing back.
CORRECTING = rf"{TAKEN_BACK}|scratch that|make (?:that|it)|(?<!i'd )(?<!would )rather(?!\s+than\b)"
# Words that revise an answer given before them, wherever they stand ("On second thought,
# ...", "P.S. ...", "Edit: ..."): what follows is a second answer. One list for every
# reader; the parser and the phrase reader add what revises only in their place.
REVISING = (
    rf"{TAKEN_BACK}|(?:up)?on (?:second thought|reflection)|i meant|scratch that|"
    r"i take (?:it|that) back|p\.?s|edit|oops|[a-z]+ing (?:it )?(?:again|over)"
)

_CUSTOM_HEADER = re.compile(r"(?m)^[ \t]*x-(?=[a-z][\w-]*[ \t]*:)")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")


def sentence_start(text: str, position: int) -> int:
    """Where the sentence (or line) that holds `position` starts."""
    return max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, position)), default=0)


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen".split()
_UNITS += "fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_TENS |= {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
# "one" after these words is a pronoun ("no one", "the one she saw"), not a number.
_PRONOUN_ONE = r"(?<!\bno )(?<!\bany )(?<!\bevery )(?<!\bthe )(?<!\bthis )(?<!\bthat )"
_PRONOUN_ONE += r"(?<!\bwhich )(?<!\beach )(?<!\bsome )(?<!\bnot )(?<!\bsingle )"
_NUMBER_WORD = re.compile(
    r"\b(?:(?:a|one)[\s-]+hundred|hundred|(?P<tens>" + "|".join(_TENS) + r")"
    r"(?:[\s-]+(?P<unit>one|two|three|four|five|six|seven|eight|nine))?|"
    + _PRONOUN_ONE
    + r"(?P<one>one)|(?P<small>"
    + "|".join(u for u in _UNITS if u != "one")
    + r"))\b(?!-)"
)
# A hesitation: between an auxiliary and its "not" ("was... not", "was, well, not"), or
# between a phrase's words ("It was... um... good").
HESITATION = r"(?:\.{2,}|…|\b(?:um+|uh+|er+|erm|hmm+|well)\b)"
# Auxiliaries whose negation is written as one word with n't.
_AUXILIARIES = "was were is are do does did can could would will should has have had must"
_CONTRACTED = {"can": "can't", "will": "won't"}
_ADVERB = r"(?:[a-z]{3,}ly|just|really|simply|truly|still|quite|actually|definitely|certainly)"
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad\ue000]")  # (and layouts.INFERRED's mark)


def _number_word(match: re.Match) -> str:
    if match["one"]:
        return "1"
    if match["small"]:
        return str(_UNITS.index(match["small"]))
    if match["tens"]:
        unit = _UNITS.index(match["unit"]) if match["unit"] else 0
        return str(_TENS[match["tens"]] + unit)
    return "100"


def _negation(match: re.Match) -> str:
    word = match["aux"]
    return _CONTRACTED.get(word, word + "n't")


def normalise(text: str | None) -> str:
    """The answer normalised (normalise_marked)."""
    return normalise_marked(text)[0]


# Number words of other languages that answers slip into, 0-3 (French, Spanish, German).
_FOREIGN_NUMBERS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "cero": 0}
_FOREIGN_NUMBERS |= {"uno": 1, "una": 1, "dos": 2, "tres": 3, "null": 0, "eins": 1, "zwei": 2}
_FOREIGN_NUMBERS |= {"drei": 3}
_GLOSSED = re.compile(rf"\b(?P<word>{'|'.join(_FOREIGN_NUMBERS)})[ \t]*\((?P<digit>\d)\)")


def _glossed(match: re.Match) -> str:
    agrees = _FOREIGN_NUMBERS[match["word"]] == int(match["digit"])
    return match["digit"] if agrees else match.group()


def normalise_marked(text: str | None) -> tuple[str, bool]:
    """The answer normalised, and whether a layout in it was read by inference (a ticked
    box as the choice, an R list, JSON Lines, a drawn table): then no value read from it
    is beyond doubt.

    Lower case; plain quotes, dashes and spaces; no markdown emphasis, headings or bullets;
    negations contracted ("was not" -> "wasn't"); digits for number words; "%" for percent;
    "$N" for "N dollars"."""
    text = footnotes(html.unescape(str(text or "")))
    text = camel_case_keys(unicodedata.normalize("NFKC", unreadable_numbers(text)))
    text = _INVISIBLE.sub("", text).lower().replace("\r\n", "\n").replace("\r", "\n")
    text, spoken = dictated(text)
    text = without_fillers(text)
    text = re.sub(r"[‘’ʼ`´′]", "'", text)
    text = re.sub(r"[“”«»″„‟‹›「」『』]", '"', text)
    # A dash beside a word is punctuation ("good—no, bad", "bad— no"), spaced; a hyphen
    # joins.
    text = re.sub(r"(?<=[a-z])[–—―](?=[a-z\s])|(?<=\s)[–—―](?=[a-z])", " - ", text)
    text = re.sub(r"[‐‑‒–—―−]", "-", text).replace("=>", "->")
    text = re.sub(r"[→⟶⇒➔➜⟹⮕]", "->", text)
    # A keycap digit is the digit: a list's key at a line's start ("1️⃣ It was good").
    text = re.sub(r"(?m)^([ \t]*)(\d)\ufe0f?\u20e3", r"\1\2.", text)
    text = re.sub(r"(\d)\ufe0f?\u20e3", r"\1", text)
    # A hand pointing at a key alone marks it as an arrow does ("👉 2"); before a line of
    # words it is an ornament (removed below).
    text = re.sub(r"[➡☞👉]\ufe0f?(?=[ \t]*[a-z0-9]{1,2}[.)]?[ \t]*$)", "->", text, flags=re.M)
    # One pointing back after words points at them as "<-" does ("It wasn't bad 👈").
    text = re.sub(r"(?<=[\w.!\"'*])[ \t]*(?:👈|⬅|☜)\ufe0f?", " <-", text)
    # Header lines as HTTP writes them ("X-Prior: 3", "X-Bet-1: 15"): the "x-" of a
    # custom header is no part of the name, when two lines or more are such headers.
    if len(_CUSTOM_HEADER.findall(text)) >= 2:
        text = _CUSTOM_HEADER.sub("", text)
    text = ticked_boxes(r_lists(drawn_tables(cell_references(flagged_records(text)))))
    text = spaced_rows(delimited_tables(name_value_notations(text)))
    text = re.sub(r"[^\S\n]+", " ", aligned_columns(text))
    # Placeholders copied from a template ("<percent>%") and markup tags are no answer.
    # An element named for what it holds ("<prior>3</prior>", "<bet outcome="1">90</bet>")
    # is a "name: value" line.
    text = _ELEMENT.sub(_element, plain(text))
    # A speech bubble's line ("< It was good! >", "/ It was bad \\") says what it holds;
    # a line drawn of underscores alone (a box's or a bubble's top) is a border.
    text = _BUBBLE_LINE.sub(lambda m: m["indent"] + next(g for g in m.group(2, 3, 4) if g), text)
    text = re.sub(r"(?m)^[ \t]*_{5,}[ \t]*$", "", text)
    # (a tag opens on its name: "< It was good! >" is no tag)
    text = re.sub(r"<(?!\s)[^<>\n]{0,60}>", " ", text)
    # A blank filled in on a form ("Q1: __3__", "___40%___", "__ no __") is its value.
    text = _FILLED_BLANK.sub(r"\1", text)
    # A template's blank ("It was ___") stays one token: it is no answer, and no emphasis.
    # So is a shorter run of underscores standing alone, or one wrapped in emphasis stars
    # ("It wasn't __", "a **_***").
    text = re.sub(r"_{3,}|(?<![\w*])(?=[*_]*_)(?:\*+_+\**|_{2}\**)(?![\w*])", BLANK, text)
    # Markdown: emphasis, headings, bullets, block quotes.
    text = re.sub(
        r"\*\*|(?<!_)__(?!_)|~~|(?<![\w_])[*_](?=[^\s_])|(?<=[^\s_])[*_](?![\w_])", "", text
    )
    # (A heading that is only a number, "### 2", numbers its question: a list's marker.)
    text = re.sub(r"(?m)^[ \t]*#+[ \t]*(\d{1,2})[ \t]*$", r"\1.", text)
    text = re.sub(r"(?m)^[ \t]*(?:#+|>+)[ \t]*", "", text)
    text = re.sub(r"(?m)^[ \t]*[-*•+◦▪]+[ \t]+", "", text)
    # A hashtag on a word is the word ("It was #amazing"); a stammer's repeated first letter
    # is the word said once ("It w-w-wasn't b-bad").
    text = re.sub(r"(?<![\w#&])#(?=[a-z])", "", text)
    text = re.sub(r"\b([a-z])(?:-\1)*-(?=\1[a-z'])", "", text)
    # Symbols that mark a line ("✅ Prior: 3", "🎲 Bets: ..."), and the indent a removed
    # tag leaves ("<b>Prior:</b> 3"): a line starts with its words.
    text = re.sub(rf"(?m)^[ \t]*(?:{_SYMBOL}+[ \t]*)*", "", text)
    # Negations: "was not", "wasnt", "was n't", "was honestly not" -> "wasn't"; "cannot"
    # -> "can't". (An adverb between the two does not change what is negated.)
    auxiliaries = "|".join(_AUXILIARIES.split())
    text = re.sub(
        rf"\b(?P<aux>{auxiliaries})(?: not\b| ?n't\b|nt\b|(?:[ \t,]*{HESITATION})+[ \t,]*not\b|"
        rf"(?:,?[ \t]+{_ADVERB}){{1,2}},?[ \t]+not\b)",
        _negation,
        text,
    )
    # A spaced middle dot or bullet inside a line separates its items ("prior: 3 · knowledge:
    # yes"), as a semicolon does.
    text = re.sub(r"(?<=\S)[ \t]+[·•∙⋅][ \t]+(?=\S)", "; ", text)
    # A spaced slash between "key: value" items is the list's separator ("0: 0 / 1: 10 /
    # 2: 70"), not a fraction's bar.
    # So is one after an amount with its unit before an option's pair ("0:5% / 1:20%"). A
    # bracket's options ("(0 / 1 / 2 / 3):") are no pairs.
    text = re.sub(
        r"(?<=[\w%]) / (?=(?!\d+\))[\w$()]{1,12} ?:(?!\d))|(?<=\d%) / (?=\d{1,2}:\$?\d)", "; ", text
    )
    text = _indexed_keys(text)
    text = _decimal_commas(text)
    # A word in brackets, as in a template filled in ("It wasn't [bad]"); words in square
    # brackets after a value are an aside, as in round ones ("3 [or 2]"; not a link's).
    text = re.sub(r"\[([a-z]+)\]", r"\1", text)
    # A whole line in square brackets that is a label and its value ("[Prior: 3]"): the line.
    text = re.sub(r"(?m)^([ \t]*)\[([a-z][^\[\]\n]*:[^\[\]\n]*)\][ \t]*$", r"\1\2", text)
    text = re.sub(r"\[(?=[^\]\n]*[a-z])([^\[\]\"'\n,:]*\s[^\[\]\"'\n,:]*)\](?!\()", r"(\1)", text)
    text = re.sub(r"\bcan ?not\b|\bcant\b", "can't", text)
    text = re.sub(r"\b(it|this|that|he|she)'s not\b", r"\1 isn't", text)
    # (also misspelt as said: "persent", "precent"; never "present")
    text = re.sub(r"\b(?:per ?[cs]ents?|precents?|pct)\b", "%", text)
    # "fifty-fifty" is an even split (undecided), not two numbers.
    text = re.sub(r"\bfifty[\s-]fifty\b", "50-50", text)
    # "nought" is British for zero; a number word of another language glossed by its
    # digit ("trois (3)", "dos (2)") is that digit.
    text = re.sub(r"\bnought\b", "zero", text)
    text = _GLOSSED.sub(_glossed, text)
    text = _NUMBER_WORD.sub(_number_word, text)
    # A chance said as odds ("one in ten", "a 1-in-5 chance"; more than the three objects
    # after "in") is a fraction of the money, no amount: neither of its numbers is a value.
    text = re.sub(r"(?<![\d.])\d+(?: in |-in-)(?:[4-9]|[1-9]\d+)(?![\d.])", UNREADABLE, text)
    # A decimal point said in words: "thirty-three point three percent" is 33.3%.
    text = re.sub(r"(?<![\w.])(\d+) point (\d)(?![\d.]| \d)", r"\1.\2", text)
    text = re.sub(r"(?<=\d) +%", "%", text)
    text = _TRAILING_UNIT.sub(_unit_on_each, _LIST_UNIT.sub(_unit_on_each, text))
    # "25 dollars", "25$", "usd 25" -> "$25".
    text = re.sub(r"(?<![\w.$])(\d+(?:\.\d+)?) ?(?:dollars?|bucks|usd)\b", r"$\1", text)
    text = re.sub(r"(?<![\w.$])(\d+(?:\.\d+)?)\$", r"$\1", text)
    # "a dollar on zero", "a buck for 0" -> "$1" (not "not a dollar", nor "a dollar figure")
    text = re.sub(
        r"(?<!\bnot )\ba (?:single )?(?:dollar|buck)(?=\s+(?:on|for|to)\b|\s*[,;.]|$)", "$1", text
    )
    text = re.sub(r"\busd ?(?=\d)|\$ +(?=\d)", "$", text)
    # After an amount, "that" is a conjunction: "$0 that one ticket won" bets on 1.
    text = re.sub(r"((?:\$\d+(?:\.\d+)?|\d+(?:\.\d+)?%) that )one\b(?!-)", r"\g<1>1", text)
    text = ranged_lists(option_records(flatten_json(flatten_tables(text))))
    text = inline_numbered_lists(text)
    mark = INFERRED.strip("\n")
    return re.sub(rf"\n?{mark}", "", text), mark in text or spoken


# A list of bare numbers with its unit after it in brackets ("0/0/10/90 (%)", "5, 15, 80
# (in $)"): the unit is each number's.
# (one separator throughout, and the whole list: "2,5/7,5/30/60 (%)" is left as it is)
_LIST_UNIT = re.compile(
    r"(?<![\w.$%])(?P<numbers>\d+(?:\.\d+)?(?P<separator>[ \t]*[/,;][ \t]*)\d+(?:\.\d+)?"
    r"(?:(?P=separator)\d+(?:\.\d+)?)*)[ \t]*\((?:in[ \t]+)?(?P<unit>%|\$)\)"
)


# ... or after its last number alone, in a list of four numbers or more apart by one
# separator ("0/10/30/60 percent", "5; 15; 60; 20%"): one unit written once for the list.
_TRAILING_UNIT = re.compile(
    r"(?<![\w.$%/,;])(?P<numbers>\d+(?:\.\d+)?(?P<separator>[ \t]*[/,;][ \t]*)\d+(?:\.\d+)?"
    r"(?:(?P=separator)\d+(?:\.\d+)?){2,})(?P<unit>%)(?![\w%])"
)


def _unit_on_each(match: re.Match) -> str:
    before = match.string[: match.start()]
    # (the end of a longer list, not the whole of it; a list after another separator, "3 /
    # 0/10/30/60%", is a list of its own when its unit is written after it alone)
    longer = r"[/,;]$" if match.re is _TRAILING_UNIT else r"[/,;][ \t]*$"
    if re.search(longer, before) or before.endswith(match["separator"]):
        return match.group()

    def unit(number: re.Match) -> str:
        return f"{number.group()}%" if match["unit"] == "%" else f"${number.group()}"

    return re.sub(r"\d+(?:\.\d+)?", unit, match["numbers"])


# A key indexed in brackets at a line's start, before a separator and an amount.
_INDEXED_KEY = re.compile(
    r"(?m)^(?P<key>[ \t]*[a-z]{2,12})[(\[](?P<index>\w{1,6})[)\]]"
    r"(?=[ \t]*(?::|=|->|-(?!\d))[ \t]*\$?\d)"
)


def _indexed_keys(text: str) -> str:
    """Keys indexed in brackets on several lines ("bet(0) - 0%\nbet(1) - 5%", "stake[2] ->
    10%") as the word, then its index ("bet 0 - 0%"). One such line alone may be a label
    and an aside ("prior(3): 2"); "p(2)" stays a probability's notation."""
    keys = [m["key"].strip() for m in _INDEXED_KEY.finditer(text)]
    indexed = {key for key in keys if keys.count(key) > 1}
    return _INDEXED_KEY.sub(
        lambda m: f"{m['key']} {m['index']}" if m["key"].strip() in indexed else m.group(),
        text,
    )


BLANK = "___"
_FILLED_BLANK = re.compile(r"(?<![\w_])_{2,}[ \t]?(\$?\d+(?:\.\d+)?%?|[a-z]+)[ \t]?_{2,}(?![\w_])")
# A line framed by a speech bubble's sides, spaced from the words they hold.
_BUBBLE_LINE = re.compile(
    r"(?m)^(?P<indent>[ \t]*)(?:<[ \t]+([^<>\n]+?)[ \t]+>|/[ \t]+([^/\\\n]+?)[ \t]+\\|"
    r"\\[ \t]+([^/\\\n]+?)[ \t]+/)[ \t]*$"
)
# An element with a name of its own, not one of markup ("<b>", "<em>", "<span>", ...).
_MARKUP = "b|i|u|s|a|p|em|strong|span|div|code|pre|li|ul|ol|br|h[1-6]|sup|sub|mark|small|font"
# (a value in double quotes may hold an apostrophe: frame="wasn't")
_ATTRIBUTE = re.compile(r"""\s+([a-z][\w:-]*)\s*=\s*(?:"([^"<>\n]{0,30})"|'([^'<>\n]{0,30})')""")
_ELEMENT = re.compile(
    rf"<(?!(?:{_MARKUP})[\s>/])(?P<name>[a-z][a-z_ -]{{1,30}}?)"
    rf"(?P<attributes>(?:{_ATTRIBUTE.pattern})*)\s*"
    r"(?:>(?P<value>[^<>\n]{0,200})</(?P=name)>|/>)"
)


def _element(match: re.Match) -> str:
    """An element as a "name: value" line: its attributes say which one it is, as words
    after its name ("bet 1: 90"), or as its name (a naming attribute with words); an
    attribute of several words is a note, read beside the value in brackets."""
    name, value, keys, notes = match["name"].strip(), match["value"], [], []
    fields = []
    for key, double_quoted, single_quoted in _ATTRIBUTE.findall(match["attributes"] or ""):
        text = double_quoted or single_quoted
        if key in HOLDING and value is None:
            value = text + HOLDING[key] if re.fullmatch(r"[\d.]+", text) else text
        elif key in NAMING and re.match(r"[a-z]", text):
            name = text
        elif _word_field(text, value):
            fields.append(f"{key}: {text}\n")
        elif re.fullmatch(r"[\w.-]{1,12}", text):
            keys.append(text)  # an index: which one the element is ("bet 1")
        else:
            notes.append(f" ({text})")  # words: a note on the value ("could be 2")
    if value is None:
        return match.group()  # an empty element: no value
    return "\n" + "".join(fields) + " ".join([name, *keys]) + f": {value}{''.join(notes)}\n"


def _word_field(text: str, value: str | None) -> bool:
    """Whether an attribute is a field of its own: a word beside words (frame="wasn't" on
    "good"); a word beside a number says which one the number is (outcome="all": 90)."""
    words = value is not None and not re.search(r"\d", value)
    return (
        words and bool(re.fullmatch(r"[a-z]+'?[a-z]+", text)) and not _NUMBER_WORD.fullmatch(text)
    )


# Pictographs, dingbats, arrows and other symbols (not letters, digits or punctuation).
_SYMBOL = "[\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff]"


def _decimal_commas(text: str) -> str:
    """Decimal commas in a line, or a sentence of one, whose list is separated otherwise,
    by semicolons or bars ("1: 7,5%; 2: 42,5%", "0 -> 2,5% | 1 -> 7,5%"; "Bets: 0: 0%; 1:
    2,5%; ... 3: 80%. Knowledge: no, he ..."): there a comma can only be a decimal one."""

    def decimal(span: str) -> str:
        if not re.search(r"[;|]", span) or re.search(r",(?!\d)", span):
            return span
        return re.sub(r"(?<=\d),(?=\d{1,2}(?!\d))", ".", span)

    def line(match: re.Match) -> str:
        whole = decimal(match.group())
        if whole != match.group():
            return whole
        return "".join(decimal(part) for part in re.split(r"(?<=[.!?])(?=[ \t]+\S)", whole))

    return re.sub(r"(?m)^[^\n]*$", line, text)


def number_shape(text: str) -> str:
    """A text with its numbers as "#": two sentences of one shape say the same thing
    with other numbers."""
    return re.sub(r"\d+(?:\.\d+)?", "#", squash(text))


def squash(text: str) -> str:
    """Runs of white space as one space, for comparing a quote with the answer."""
    return re.sub(r"\s+", " ", text).strip()


WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return WORD.findall(text)
