"""How an answer lists phrases: in a row, each with its share, and the mark that picks one
("'It was good' (60%) <- my answer"). phrases.py reads lists of candidates with these.
"""

from __future__ import annotations

import re

# Between two phrases of a list in a row: commas, shares, "and" ('"It was awful" (60%),
# "It wasn't good" (30%)', "It was good, it was amazing"), a period within a paragraph ("It
# was good. It was bad."); not a sentence that closes its line or paragraph, before another
# that is judged on the next ('It wasn't bad.\n\n"It was good" would stretch it').
IN_A_ROW = re.compile(
    r"[\s\"',;/:=-]*(?:\(?\s*(?:\.?\d[\d.]*|\.(?![\"'* \t]*\n))\s*%?\s*\)?|\([^()\n]{0,30}\))?"
    r"[\s\"',;/]*"
    r"(?:(?:and|or)(?:\s+(?:then|also|later|maybe))?(?:\s+(?:say|add|tell\s+\w+))?[\s\"']+)?",
    re.ASCII,
)
# A share given to a phrase right after it ("(60%)", ": 0.6", "= 40%", "≈ 0.4").
SHARE_AFTER = re.compile(r"[\"')]*\s*[(:=≈~-]?\s*(?:\d+(?:\.\d+)?\s*%|0?\.\d+)(?![\d.])")
# A share given to a phrase right before it ('60% "It was good"', "a 0.4 chance of 'It
# wasn't bad'", "30% on it was bad").
SHARE_BEFORE = re.compile(
    r"(?<![\d.])(?:\d+(?:\.\d+)?\s*%|0?\.\d+)\s*(?:(?:chance|probability|likelihood|odds)\s+"
    r"(?:of|on|for|that)\s*|on|for|to|:|-|=)?\s*[\"'(]*$"
)
CHOSEN_AFTER = re.compile(
    # (after an aside of its own: '"It wasn't good" (softer) <- this one'; or after its
    # share, a percent or a probability: "It was good - 55% (most likely)", "...: 0.60 ←")
    r"^[\"'.!]*\s*(?:\([^()\n]{0,30}\)\s*|[-:=]?\s*(?:\d+(?:\.\d+)?\s*%|0?\.\d+|1\.0+)\s*)?"
    r"(?:<-+|←|✓|✔|\((?:my |the )?(?:final )?(?:answer|choice|chosen|pick|most likely|likeliest|"
    # ("(best fit)", "(best option)", "(selected)", "(recommended)": the item named the pick)
    r"best(?: (?:fit|option|match|one|choice|answer))?|most fitting|selected|recommended|"
    r"top (?:pick|choice))\)|"
    # a pick pointing at its own item ("(I'd pick this one)", "(this one)"); "one" as "1"
    r"\((?:i'?d |i would |i )?(?:(?:pick|choose|go with|use|say)\s+)?(?:this|that)"
    r"(?:\s+(?:one|1))?\s*!?\)|"
    r"-+\s*(?:my |the )?(?:answer|choice|chosen|pick)|"
    # '"It wasn't good" - this is the most likely response'; a check mark may stand
    # before the label (a table's cell "✅ best")
    r"[-:]+\s*(?:[✅✔✓☑]\ufe0f?\s*)?(?:this is |that's |it's )?(?:my |the )?"
    r"(?:most likely|likeliest|best|top)\b)"
)
