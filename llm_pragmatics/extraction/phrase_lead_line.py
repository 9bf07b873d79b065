"""The lead line above a quote alone on its line ('he would not say:\n\n"it was awful."'):
the words that give the quote as no answer (said not to be, rejected, someone else's),
though a line break parts them from it. Such a quote is joined to its lead's line, so that
it is read as on one line ('he would not say: "it was awful."' is no choice), not as a
heading with a sentence below it. A lead that gives the quote keeps its layout. (The
normalised answer: lower case, plain quotes, no markdown emphasis: text.py.)"""

from __future__ import annotations

import re

from .phrase_context import NOT_SAID_BEFORE, REJECTED_BEFORE
from .phrase_mention import said_by_another

# A line closed by a colon; up to two blank lines; one quote alone on its line, not
# followed by another quote's line (a list of quotes stays a list).
_LEAD_THEN_QUOTE = re.compile(
    r"(?m)^(?P<lead>[^\n]*\S:)[ \t]*\n(?:[ \t]*\n){0,2}"
    r"[ \t>]*(?P<quote>\"[^\"\n]{1,120}\"[ \t]*[.!]?)[ \t]*$"
    r"(?![ \t]*\n(?:[ \t]*\n)*[ \t>]*\")"
)


def quotes_joined_to_leads_that_set_them_aside(text: str) -> str:
    """The text with each quote alone on its line whose lead sets it aside on that line;
    and where a lead that sets a quote aside ends in a verb of saying and a colon, the
    colon left out: the colon gives the quote as the verb does ('she'd avoid saying: "it
    was bad."' is avoided, not said)."""

    def joined(m: re.Match) -> str:
        return f"{m['lead'][:-1]} {m['quote']}" if _sets_aside(m["lead"]) else m.group()

    def dropped(m: re.Match) -> str:
        line = m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.end("verb")]
        return m["verb"] + " " if _sets_aside(line + ":") else m.group()

    return _SAYING_COLON.sub(dropped, _LEAD_THEN_QUOTE.sub(joined, text))


# A verb of saying, a colon, then the quote it gives, on one line.
_SAYING_COLON = re.compile(
    r"(?P<verb>\b(?:say|says|saying|said|tell|telling|reply|replying|respond|responding))"
    r"[ \t]*:[ \t]*(?=\")"
)


def _sets_aside(line: str) -> bool:
    lead = re.split(r"[.!?\n]", line.strip()[:-1].rstrip(" \t*"))[-1]
    return bool(
        NOT_SAID_BEFORE.search(lead + ' "')
        or REJECTED_BEFORE.search(lead + ' "')
        or said_by_another(lead + " ")
    )
