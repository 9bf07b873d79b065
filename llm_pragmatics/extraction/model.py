"""The extraction model: asked for the fields the parser did not find, and checked.

Its output is constrained to a JSON schema: per field a verbatim quote, then one of the
field's values or "not stated". A value is kept only if its quote is evidence for it:

1. the quote is in the answer, within the part that answers the field's question (not in
   another question's part);
2. the quote states the field by itself: it is more than a bare number or yes/no word, and
   the field's reader, reading only the quote as it read the field in the answer (as a
   part's answer, or as a statement that must say what it is about), finds this value and
   no other; and in an answer with no part for the field, the reader finds it there too,
   reading the answer up to the quote (where a statement stands decides whether it is one);
3. it agrees with everything else the parser read for the field in the answer.

Otherwise the field stays empty and the error names why. A weak model may add nothing;
this is what keeps it from adding a wrong value that looks clean.
"""

from __future__ import annotations

import json
import re

import jinja2

from ..client import Request
from ..config import Model, messages_for
from .attribution import ATTRIBUTED
from .fields import Field, Rejected
from .parser import Reading, read_field
from .readers import ANSWER, LOOSE, SECTION, Unreadable
from .sections import split
from .spec import ExtractionSpec
from .text import normalise
from .thinking import without_thinking

NOT_STATED = "not stated"
# A quote is a short span of the answer, on one line.
QUOTE_PATTERN = r'^[^"\\\n]{0,120}$'
# Words that alone say no more than a bare value.
_BARE_WORDS = {"yes", "no", "yeah", "nope", "yep", "true", "false", "percent", "dollars"}

_templates = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)


def response_schema(fields: list[Field]) -> dict:
    """The JSON schema the model's output is constrained to: per field a quote, then one of
    the allowed values or "not stated" (quote first: the value is read off the quote)."""
    properties = {
        f.name: {
            "type": "object",
            "properties": {
                # A bounded pattern, not maxLength (which the guided decoder did not
                # enforce): a rambling quote would otherwise run past max_tokens.
                "quote": {"type": "string", "pattern": QUOTE_PATTERN},
                "value": {"enum": [*f.choices(), NOT_STATED]},
            },
            "required": ["quote", "value"],
            "additionalProperties": False,
        }
        for f in fields
    }
    return {
        "type": "object",
        "properties": properties,
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }


def extraction_request(
    spec: ExtractionSpec, extractor: Model, answer: str, fields: list[Field], settings: dict
) -> Request:
    variables = {
        # (the thinking the answer opens with is no answer: the parser does not read it)
        "answer": without_thinking(answer)[0].strip(),
        "fields": [
            {"name": f.name, "description": f.description, "values": f.choices()} for f in fields
        ],
        "not_stated": NOT_STATED,
    }
    system = _templates.from_string(spec.prompt.get("system", "")).render(**variables).strip()
    user = _templates.from_string(spec.prompt["user"]).render(**variables).strip()
    body = {
        "model": extractor.served_name,
        "messages": messages_for(extractor, system, user),
        "temperature": settings.get("temperature", 0.0),
        "max_tokens": settings.get("max_tokens", 400),
        "seed": settings.get("seed", 0),
        "response_format": {
            "type": "json_schema",
            "json_schema": {
                "name": f"{spec.study}_fields",
                "schema": response_schema(fields),
                "strict": True,
            },
        },
    }
    return Request("/v1/chat/completions", body)


def check_extraction_reply(response: dict) -> None:
    """A reply with a message: its content is judged field by field, not retried."""
    response["choices"][0]["message"]


def model_values(response: dict | None, fields: list[Field]) -> dict[str, tuple[str, str]] | None:
    """Field -> (value, quote) from the model's reply; None if the reply is not the JSON
    asked for (a reply cut at max_tokens, say)."""
    try:
        data = json.loads(response["choices"][0]["message"]["content"] or "")
        return {f.name: (str(data[f.name]["value"]), str(data[f.name]["quote"])) for f in fields}
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def evidence_problem(
    spec: ExtractionSpec, reading: Reading, f: Field, value: object, quote: str
) -> str | None:
    """Why the quote is no evidence that the answer gives `value` for `f` (None if it is)."""
    text = normalise(quote).strip(" \t\n\"'.,;:")
    if not text:
        return "no quote"
    spans = _occurrences(text, reading.text)
    if not spans:
        return "not in the answer"
    regions = [(s, e) for s, e, *_ in reading.region(f.section)]
    if not regions:
        return ATTRIBUTED
    others = [(p.start, p.end) for p in reading.parts if p.section != f.section]
    if not any(_within(span, regions) and not _within(span, others) for span in spans):
        return "quoted from the part about another question"
    if not [w for w in re.findall(r"[a-z]{2,}", text) if w not in _BARE_WORDS]:
        return "the quote is a bare value"
    # The quote is read as the parser read the field: as its part's answer, or, in an
    # answer with no part for it, as a statement that must say what it is about.
    regions_scope = {s for _, _, s, _ in reading.region(f.section)}
    scope = SECTION if regions_scope == {SECTION} else ANSWER
    stated = _quote_values(spec, f, text, scope)
    if stated != {value}:
        shown = ", ".join(sorted(str(v) for v in stated)) or "nothing"
        return f"the quote alone gives {shown}"
    others_seen = {v for v in reading.seen.get(f.name, set()) if _checked(f, v) != value}
    if others_seen:
        shown = ", ".join(sorted(str(v) for v in others_seen))
        return f"the answer also gives {shown}"
    # With no part for the field, the reader takes a statement only where the answer gives
    # it as one (leading it, or said as the answer): a quote that reads so alone must also
    # read so where it stands ("Laura got 1 letter. 1 letter has checks." retells).
    if scope == ANSWER and not any(_read_in_place(spec, f, reading, span, value) for span in spans):
        return "the quote, read where it stands, gives nothing"
    return None


def _occurrences(quote: str, text: str) -> list[tuple[int, int]]:
    pattern = r"\s+".join(re.escape(token) for token in quote.split())
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _within(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in regions)


def _read_in_place(spec: ExtractionSpec, f: Field, reading: Reading, span: tuple, value) -> bool:
    """Whether the field's reader, reading the answer up to the quote's end, finds `value`
    within the quote."""
    try:
        found = read_field(spec, f.name, reading.text[: span[1]], ANSWER)
    except Unreadable:
        return False
    return any(
        span[0] <= x.start and x.end <= span[1] and _checked(f, x.value) == value for x in found
    )


def _quote_values(spec: ExtractionSpec, f: Field, quote: str, scope: str) -> set:
    """The field's values in the quote alone, read in `scope`; none from a quote that
    labels only other questions ("Question 1: 3%" is no bet)."""
    parts = split(quote, spec.sections)
    own = [p for p in parts if p.section == f.section]
    if parts and not own and any(p.grade != LOOSE for p in parts):
        return set()
    texts = [quote[p.start : p.end] for p in own] if own else [quote]
    values = set()
    try:
        for text in texts:
            values |= {_checked(f, x.value) for x in read_field(spec, f.name, text, scope)}
    except Unreadable:
        return set()
    return values


def _checked(f: Field, value) -> object:
    try:
        return f.check(value)
    except Rejected:
        return value
