"""Normalising an answer's text before it is read.

Every reader, the section splitter and the quote check see the same normalised text, so that
a quote is compared with the answer in the same form. The normalisation is English and
generic: case, quotes and dashes, markdown emphasis and bullets, contractions, number words.
"""

from __future__ import annotations

import re
import unicodedata

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
    + r"(?P<small>"
    + "|".join(_UNITS)
    + r"))\b(?!-)"
)
# Auxiliaries whose negation is written as one word with n't.
_AUXILIARIES = "was were is are do does did can could would will should has have had must"
_CONTRACTED = {"can": "can't", "will": "won't"}
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")


def _number_word(match: re.Match) -> str:
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
    """Lower case; plain quotes, dashes and spaces; no markdown emphasis, headings or bullets;
    negations contracted ("was not" -> "wasn't"); digits for number words; "%" for percent;
    "$N" for "N dollars"."""
    text = unicodedata.normalize("NFKC", str(text or ""))
    text = _INVISIBLE.sub("", text).lower().replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[‘’ʼ`´′]", "'", text)
    text = re.sub(r"[“”«»″]", '"', text)
    text = re.sub(r"[‐‑‒–—―−]", "-", text).replace("→", "->").replace("=>", "->")
    text = re.sub(r"[^\S\n]+", " ", text)
    # Placeholders copied from a template ("<percent>%") and markup tags are no answer.
    text = re.sub(r"<[^<>\n]{0,60}>", " ", text)
    # Markdown: emphasis, headings, bullets, block quotes.
    text = re.sub(r"\*\*|__|~~|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", text)
    text = re.sub(r"(?m)^[ \t]*(?:#+|>+)[ \t]*", "", text)
    text = re.sub(r"(?m)^[ \t]*[-*•+◦▪]+[ \t]+", "", text)
    # Negations: "was not", "wasnt", "was n't" -> "wasn't"; "cannot" -> "can't".
    auxiliaries = "|".join(_AUXILIARIES.split())
    text = re.sub(rf"\b(?P<aux>{auxiliaries})(?: not\b| ?n't\b|nt\b)", _negation, text)
    text = re.sub(r"\bcan ?not\b|\bcant\b", "can't", text)
    text = re.sub(r"\b(?:per ?cent|pct)\b", "%", text)
    text = _NUMBER_WORD.sub(_number_word, text)
    text = re.sub(r"(?<=\d) +%", "%", text)
    # "25 dollars", "25$", "usd 25" -> "$25".
    text = re.sub(r"(?<![\w.$])(\d+(?:\.\d+)?) ?(?:dollars?|bucks|usd)\b", r"$\1", text)
    text = re.sub(r"(?<![\w.$])(\d+(?:\.\d+)?)\$", r"$\1", text)
    text = re.sub(r"\busd ?(?=\d)|\$ +(?=\d)", "$", text)
    return text


def squash(text: str) -> str:
    """Runs of white space as one space, for comparing a quote with the answer."""
    return re.sub(r"\s+", " ", text).strip()


WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    return WORD.findall(text)
