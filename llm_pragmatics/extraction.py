"""The structured stage: reliable fields from the models' free-text answers.

Two paths. A deterministic parser reads the formats the raw prompts ask for and their
common variants (markdown, number words, "$30 on two", yes/no phrasings, quotes). A field it
cannot find goes to an extraction model whose output is constrained to a JSON schema (the
allowed values plus "not stated"), together with a verbatim quote of where the answer says
it; a value is kept only if the quote is in the answer and the parser, reading the quote
alone, finds that same value there. Nothing is guessed: a field the answer does not state,
states twice differently, or states out of range is left empty and named in
`extraction_errors`.

`extraction_confidence` (0-1) is the mean over the study's fields of: 1 for a value the
parser read, MODEL_WEIGHT for a value the model found and the parser confirmed in its quote,
0 for an empty field; a row flagged for review (bets that do not sum to 100) is then
multiplied by FLAG_FACTOR.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field

import jinja2
import pandas as pd

from .client import Request, RequestRunner
from .config import Model, messages_for
from .inputs import number_columns
from .schemas import RAW_NUMBER_COLUMNS
from .studies import Study
from .tables import read_table

log = logging.getLogger(__name__)

NOT_STATED = "not stated"
MODEL_WEIGHT = 0.75
FLAG_FACTOR = 0.5
# Bets are percentages; a stated total off by rounding ("33.3%" x 3) is not worth a flag.
SUM_TOLERANCE = 0.5
# A quote is a short span of the answer, on one line.
QUOTE_PATTERN = r'^[^"\\\n]{0,120}$'
# Up to this many words, an answer that is no whole utterance is read for its parts.
SHORT_ANSWER_WORDS = 8
EXTRACTION_COLUMNS = ["extraction_method", "extraction_confidence", "extraction_errors"]

# --- Normalising the text -----------------------------------------------------------------

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen".split()
_UNITS += "fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_TENS |= {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORD = re.compile(
    r"\b(?:(?:a|one)[\s-]+hundred|hundred|(?P<tens>" + "|".join(_TENS) + r")"
    r"(?:[\s-]+(?P<unit>one|two|three|four|five|six|seven|eight|nine))?|"
    r"(?P<small>" + "|".join(_UNITS) + r"))\b"
)


def _number_word(match: re.Match) -> str:
    if match["small"]:
        return str(_UNITS.index(match["small"]))
    if match["tens"]:
        unit = _UNITS.index(match["unit"]) if match["unit"] else 0
        return str(_TENS[match["tens"]] + unit)
    return "100"


def normalise(text: str) -> str:
    """Lower case, plain quotes, no markdown emphasis or bullets, digits for number words."""
    text = (text or "").lower()
    text = re.sub(r"[‘’ʼ`´]", "'", text)
    text = re.sub(r"[“”«»]", '"', text)
    text = text.replace("–", "-").replace("—", "-").replace("→", "->")
    text = re.sub(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|#+ ", "", text)
    text = re.sub(r"(?m)^\s*(?:[-*•+]|\d[.)](?=\s+[a-z]))\s+", "", text)
    text = re.sub(r"\bwas\s+not\b|\bwasnt\b|\bwas n't\b", "wasn't", text)
    text = re.sub(r"\bper\s*cent\b", "percent", text)
    # "nothing on zero" is a bet of 0.
    text = re.sub(r"\b(?:nothing|no money)\s+(?=(?:on|for)\b)", "0% ", text)
    return _NUMBER_WORD.sub(_number_word, text)


# --- Reading each kind of field ----------------------------------------------------------

_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\d)")
# "of 3" / "out of the 3" names the total, never an answer.
_OF_TOTAL = re.compile(r"(?:out\s+)?of\s+(?:the\s+|all\s+)?$")


def _numbers(text: str) -> list[str]:
    found = []
    for match in _NUMBER.finditer(text):
        if _OF_TOTAL.search(text[max(0, match.start() - 16) : match.start()]):
            continue
        if text[match.end() : match.end() + 1] == "%":
            continue
        found.append(match.group())
    return found


_VALUE = r"[\"']?(?P<dollar>\$)?\s*(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>%|percent|dollars|\$)?"
_STATE = r"(?<![\d.$])(?<!question )(?<!q)(?P<state>[0-3])"
_BET_PATTERNS = [
    # "0: 10%", "2 jars - 50%", "state 1 (one sealed): 20", "3 -> 5%"
    re.compile(_STATE + r"(?:\s+[a-z]+){0,3}\s*(?:\([^)]{0,40}\))?\s*(?::|=|-+>?|>)\s*" + _VALUE),
    # "$30 on two", "50% for 2", "10 percent on state 0"
    re.compile(
        r"(?<![\d.])" + _VALUE + r"\s*(?:on|for|to|that)\s+(?:state\s+|exactly\s+|outcome\s+)?"
        r"(?P<state>[0-3])(?!\d|\.\d|\s*%)"
    ),
    # markdown table rows: "| 2 | 50% |"
    re.compile(r"\|\s*(?P<state>[0-3])\s*\|\s*" + _VALUE + r"\s*\|"),
]


def read_bets(text: str, labelled: bool) -> dict[int, set[float]]:
    """State -> the bets stated for it. Outside a labelled bets section, only bets written
    as percentages or dollars count (a bare "2: 1" is not a bet)."""
    bets: dict[int, set[float]] = {}
    for pattern in _BET_PATTERNS:
        for match in pattern.finditer(text):
            if not labelled and not (match["unit"] or match["dollar"]):
                continue
            bets.setdefault(int(match["state"]), set()).add(float(match["value"]))
    return bets


_YES = r"yes|yeah|yep|true|correct"
_NO = r"no|nope|false"
_HEDGE = re.compile(r"\b(?:not sure|unsure|maybe|uncertain|unclear|can't tell|hard to say)\b")
_KNOWS_NOT = re.compile(
    r"\b(?:does not|doesn't|did not|didn't|cannot|can't|could not|couldn't|do not|don't)"
    r"\s+(?:\w+\s+)?know\b|\bnot\s+(?:\w+\s+)?know\b|\bno way (?:of|to) know"
)
_KNOWS = re.compile(r"\b(?:knows|does know|do know)\b")


def read_yes_no(text: str, labelled: bool) -> set[str]:
    """The yes/no answers a text gives. In a labelled section the first word decides;
    elsewhere statements about knowing count, and a line that starts with yes or no."""
    if labelled:
        first = re.match(rf"\W*(?:(?P<yes>{_YES})|(?P<no>{_NO}))\b", text)
        if first:
            return {"yes" if first["yes"] else "no"}
        if _HEDGE.search(text[:60]):
            return set()
    found = set()
    if _KNOWS_NOT.search(text):
        found.add("no")
    if _KNOWS.search(_KNOWS_NOT.sub(" ", text)):
        found.add("yes")
    for match in re.finditer(rf"(?m)^\W*(?:(?P<yes>{_YES})|(?P<no>{_NO}))\b[,.!]", text):
        found.add("yes" if match["yes"] else "no")
    return found


_UTTERANCE = re.compile(
    r"\b(?:it|this|the \w+|your \w+)\s+(?:(?:really|truly|honestly|actually|just)\s+)?"
    r"(?P<frame>wasn't|was)\s+(?:(?:really|very|so|that|too|truly|pretty|quite|"
    r"absolutely|totally|just|all|actually|simply|a bit)\s+)*"
    r"(?P<assessment>terrible|bad|good|amazing)\b"
)
_ANSWER_MARKER = re.compile(
    r"\b(?:answer|would (?:\w+ )?say|will say|might say|'d say|says?:|response|final)\b"
)


def read_utterances(text: str) -> set[tuple[str, str]]:
    """The "it was/wasn't <adjective>" utterances a text states; after an answer marker
    ("I'd say", "Answer:") only those after the last marker, since reasoning often
    mentions the options it rejects."""
    # Asides in parentheses discuss options; they do not answer.
    text = re.sub(r"\([^)]*\)", " ", text)
    matches = list(_UTTERANCE.finditer(text))
    lines = [line for line in text.splitlines() if line.strip()]
    last_line = (
        {(m["frame"], m["assessment"]) for m in _UTTERANCE.finditer(lines[-1])} if lines else set()
    )
    if len({(m["frame"], m["assessment"]) for m in matches}) > 1 and len(last_line) == 1:
        # Reasoning that weighs the options, then the answer on a line of its own.
        return last_line
    markers = [m.end() for m in _ANSWER_MARKER.finditer(text)]
    if markers:
        after = [m for m in matches if m.start() >= markers[-1]]
        matches = after or matches
    return {(m["frame"], m["assessment"]) for m in matches}


def _frames(text: str) -> set[str]:
    found = set()
    if re.search(r"\bwasn't\b", text):
        found.add("wasn't")
    if re.search(r"\bwas\b", text):
        found.add("was")
    return found


def _assessments(text: str) -> set[str]:
    return set(re.findall(r"\b(terrible|bad|good|amazing)\b", text))


# --- Study definitions -------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One extracted column (config/studies/<study>.yaml, `structured.fields`)."""

    name: str
    reader: str  # count, bet, yes_no, frame or assessment
    description: str
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    state: int | None = None  # for bets: the state bet on

    @property
    def numeric(self) -> bool:
        return self.reader in ("count", "bet")

    def choices(self) -> list[str]:
        """The values the extraction model may give (besides "not stated")."""
        if self.allowed:
            return list(self.allowed)
        return [str(v) for v in range(int(self.minimum), int(self.maximum) + 1)]

    def in_range(self, value) -> bool:
        if self.numeric:
            return self.minimum <= float(value) <= self.maximum
        return value in self.allowed


@dataclass(frozen=True)
class ExtractionSpec:
    study: str
    parser: str  # prior_bets_knowledge or utterance
    fields: tuple[Field, ...]
    sections: dict[str, list[str]] = field(default_factory=dict)
    bets_total: float | None = None
    cleaned_column: str | None = None
    prompt: dict = field(default_factory=dict)

    @classmethod
    def from_study(cls, study: Study) -> ExtractionSpec:
        spec = study.structured
        if not spec:
            raise ValueError(f"{study.name} defines no `structured` fields")
        fields = tuple(
            Field(
                name=name,
                reader=entry["reader"],
                description=entry["description"],
                allowed=tuple(entry.get("allowed") or ()),
                minimum=entry.get("min"),
                maximum=entry.get("max"),
                state=entry.get("state"),
            )
            for name, entry in spec["fields"].items()
        )
        return cls(
            study=study.id,
            parser=spec["parser"],
            fields=fields,
            sections=dict(spec.get("sections") or {}),
            bets_total=spec.get("bets_total"),
            cleaned_column=spec.get("cleaned_column"),
            prompt=dict(spec["prompt"]),
        )

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def output_columns(self) -> list[str]:
        extra = [self.cleaned_column] if self.cleaned_column else []
        return self.names + extra + EXTRACTION_COLUMNS


# --- The deterministic parser ------------------------------------------------------------


@dataclass
class Reading:
    """What the parser made of one answer: values found, and why the others are empty."""

    values: dict[str, object] = field(default_factory=dict)
    problems: dict[str, str] = field(default_factory=dict)  # final: not for the model
    missing: list[str] = field(default_factory=list)  # not found: worth asking the model


def _sections(text: str, labels: dict[str, list[str]]) -> dict[str, list[str]]:
    """Section name -> the text after each of its labels, up to the next label.

    Labels are regular expressions tried in order of preference: the first that occurs
    in the text is the section's label ("Prior:" before "Question 1:")."""
    starts = []
    for name, patterns in labels.items():
        for pattern in patterns:
            found = list(re.finditer(rf"(?<![a-z])(?:{pattern})\s*(?::|-|=|\))", text))
            if found:
                starts += [(m.start(), m.end(), name) for m in found]
                break
    starts.sort()
    sections: dict[str, list[str]] = {}
    for index, (_, end, name) in enumerate(starts):
        stop = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        part = text[end:stop]
        # An echoed question ("Question 3: Do you think ...?") is not part of the answer.
        sections.setdefault(name, []).append(part.rsplit("?", 1)[-1])
    return sections


def _one(values: set, name: str, reading: Reading, what: str = "values") -> None:
    if len(values) == 1:
        reading.values[name] = next(iter(values))
    elif len(values) > 1:
        shown = ", ".join(sorted(str(v) for v in values))
        reading.problems[name] = f"{name}: conflicting {what} ({shown})"
    else:
        reading.missing.append(name)


def _format_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else float(value)


def parse_prior_bets_knowledge(spec: ExtractionSpec, text: str) -> Reading:
    reading = Reading()
    sections = _sections(text, spec.sections)
    by_reader = {f.reader: f for f in spec.fields if f.reader != "bet"}

    count = by_reader["count"]
    if "prior" in sections:
        firsts = set()
        for part in sections["prior"]:
            numbers = _numbers(part.split("\n\n")[0])
            if numbers:
                firsts.add(numbers[0])
        _one({float(v) for v in firsts}, count.name, reading, "answers")
    else:
        # No label: "I'd say 2" before the bets start.
        head = re.split(r"\bbet|%|\$", text)[0]
        said = re.findall(
            r"\b(?:i'd say|i would say|i think|i guess|i believe|i estimate|my (?:answer|guess|"
            r"estimate)(?: to the first question)? (?:is|would be)|answer is|answer:)\s+"
            r"(?:that\s+)?(?:about\s+)?(?:only\s+)?(\d+)\b(?!\s*%)",
            head,
        )
        _one({float(v) for v in said}, count.name, reading, "answers")

    bet_fields = [f for f in spec.fields if f.reader == "bet"]
    if "bets" in sections:
        bets: dict[int, set[float]] = {}
        for part in sections["bets"]:
            for state, values in read_bets(part, labelled=True).items():
                bets.setdefault(state, set()).update(values)
    else:
        bets = read_bets(text, labelled=False)
    for bet in bet_fields:
        _one(bets.get(bet.state, set()), bet.name, reading, "bets")

    yes_no = by_reader["yes_no"]
    if "knowledge" in sections:
        answers = set().union(*(read_yes_no(p, labelled=True) for p in sections["knowledge"]))
    else:
        answers = read_yes_no(text, labelled=False)
    _one(answers, yes_no.name, reading, "answers")
    return reading


def parse_utterance(spec: ExtractionSpec, text: str) -> Reading:
    reading = Reading()
    frame, assessment = (
        next(f for f in spec.fields if f.reader == kind) for kind in ("frame", "assessment")
    )
    utterances = read_utterances(text)
    if len(utterances) == 1:
        reading.values[frame.name], reading.values[assessment.name] = next(iter(utterances))
    elif len(utterances) > 1:
        shown = "; ".join(f"it {f} {a}" for f, a in sorted(utterances))
        for name in (frame.name, assessment.name):
            reading.problems[name] = f"{name}: conflicting utterances ({shown})"
    elif len(text.split()) <= SHORT_ANSWER_WORDS:
        # A short answer that is not a whole utterance ("Amazing!", "It was okay.") still
        # states what it states.
        frames = set(re.findall(r"\bit\s+(wasn't|was)\b", text))
        _one(frames, frame.name, reading, "frames")
        _one(_assessments(text), assessment.name, reading, "words")
    else:
        reading.missing += [frame.name, assessment.name]
    return reading


PARSERS = {"prior_bets_knowledge": parse_prior_bets_knowledge, "utterance": parse_utterance}


def parse(spec: ExtractionSpec, answer: str) -> Reading:
    """Read every field the parser can; range-check what it read."""
    reading = PARSERS[spec.parser](spec, normalise(answer))
    for f in spec.fields:
        if f.name in reading.values and not f.in_range(reading.values[f.name]):
            value = reading.values.pop(f.name)
            reading.problems[f.name] = f"{f.name}: {_show(value)} is out of range"
        elif f.name in reading.values and f.numeric:
            reading.values[f.name] = _format_number(reading.values[f.name])
    return reading


def _show(value) -> str:
    return str(_format_number(value)) if isinstance(value, float) else str(value)


# --- Checking a model's value against the answer ------------------------------------------


def supported(f: Field, value: str, quote: str, answer: str) -> bool:
    """Whether the answer states `value` for field `f` in the quoted passage: the quote is
    in the answer, and read alone it gives this value and no other."""
    quote, answer = normalise(quote).strip(" .,;:\"'"), normalise(answer)
    if not quote or _squash(quote) not in _squash(answer):
        return False
    if f.reader == "count":
        return {float(v) for v in _numbers(quote)} == {float(value)}
    if f.reader == "bet":
        bets = read_bets(quote, labelled=True)
        return set(bets) == {f.state} and bets[f.state] == {float(value)}
    if f.reader == "yes_no":
        return read_yes_no(quote, labelled=True) == {value}
    if f.reader == "frame":
        return _frames(quote) == {value}
    if f.reader == "assessment":
        return _assessments(quote) == {value}
    raise ValueError(f"unknown reader {f.reader!r}")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --- The extraction model ----------------------------------------------------------------

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
        "answer": answer.strip(),
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


def model_values(response: dict, fields: list[Field]) -> dict[str, tuple[str, str]] | None:
    """Field -> (value, quote) from the model's reply; None if the reply is not the JSON
    asked for (a reply cut at max_tokens, say)."""
    try:
        data = json.loads(response["choices"][0]["message"]["content"] or "")
        return {f.name: (str(data[f.name]["value"]), str(data[f.name]["quote"])) for f in fields}
    except (ValueError, KeyError, TypeError):
        return None


# --- Putting the paths together ----------------------------------------------------------


@dataclass
class Extraction:
    values: dict[str, object]
    method: str
    confidence: float
    errors: list[str]
    flagged: bool
    by_model: list[str] = field(default_factory=list)


def combine(
    spec: ExtractionSpec, answer: str, reading: Reading, reply: dict | None, asked: list[Field]
) -> Extraction:
    values = dict(reading.values)
    errors = dict(reading.problems)
    by_model = []
    if asked:
        found = model_values(reply, asked) if reply is not None else None
        for f in asked:
            if found is None:
                errors[f.name] = f"{f.name}: not stated (extraction model reply unreadable)"
                continue
            value, quote = found[f.name]
            if value == NOT_STATED:
                errors[f.name] = f"{f.name}: not stated"
            elif supported(f, value, quote, answer):
                values[f.name] = _format_number(float(value)) if f.numeric else value
                by_model.append(f.name)
            else:
                errors[f.name] = (
                    f"{f.name}: not stated (model value {value!r} rejected: not in the answer)"
                )
    for name in reading.missing:
        if name not in values and name not in errors:
            errors[name] = f"{name}: not stated"

    flags = []
    bets = [f.name for f in spec.fields if f.reader == "bet"]
    if spec.bets_total is not None and bets and all(name in values for name in bets):
        total = sum(float(values[name]) for name in bets)
        if abs(total - spec.bets_total) > SUM_TOLERANCE:
            flags.append(f"bets sum to {_show(total)}, not {_show(float(spec.bets_total))}")

    weights = [
        0.0 if f.name not in values else MODEL_WEIGHT if f.name in by_model else 1.0
        for f in spec.fields
    ]
    confidence = sum(weights) / len(weights) * (FLAG_FACTOR if flags else 1.0)
    ordered = [errors[f.name] for f in spec.fields if f.name in errors] + flags
    return Extraction(
        values=values,
        method="parser+model" if asked else "parser",
        confidence=round(confidence, 4),
        errors=ordered,
        flagged=bool(flags),
        by_model=by_model,
    )


def extract_all(
    spec: ExtractionSpec,
    answers: list[str],
    runner: RequestRunner | None,
    extractor: Model | None,
    settings: dict,
) -> list[Extraction]:
    """Extract every answer: the parser first, then one model request per answer with
    fields left to find (none if `runner` is None)."""
    readings = [parse(spec, answer) for answer in answers]
    asked = [
        [f for f in spec.fields if f.name in r.missing] if runner is not None else []
        for r in readings
    ]
    todo = [i for i, fields in enumerate(asked) if fields]
    replies: dict[int, dict] = {}
    if todo:
        requests = [
            extraction_request(spec, extractor, answers[i], asked[i], settings) for i in todo
        ]
        for index, done in zip(todo, runner.run(requests), strict=True):
            replies[index] = done.response
    log.info(
        "%s: the parser read %d of %d answers completely; %d went to the extraction model",
        spec.study,
        sum(1 for r in readings if not r.missing and not r.problems),
        len(answers),
        len(todo),
    )
    return [
        combine(spec, answer, reading, replies.get(i), asked[i])
        for i, (answer, reading) in enumerate(zip(answers, readings, strict=True))
    ]


def cleaned_utterance(spec: ExtractionSpec, values: dict) -> str:
    """Study 2's `response_cleaned`: the utterance as one of the eight canonical sentences,
    empty unless both its parts were extracted."""
    frame, assessment = (
        next(f.name for f in spec.fields if f.reader == kind) for kind in ("frame", "assessment")
    )
    if frame in values and assessment in values:
        return f"It {values[frame]} {values[assessment]}"
    return ""


def build_structured_table(
    spec: ExtractionSpec,
    raw: pd.DataFrame,
    runner: RequestRunner | None,
    extractor: Model | None,
    settings: dict,
) -> tuple[pd.DataFrame, list[Extraction]]:
    extractions = extract_all(spec, raw["model_response"].tolist(), runner, extractor, settings)
    table = raw.copy()
    for f in spec.fields:
        column = [e.values.get(f.name) for e in extractions]
        if f.numeric:
            table[f.name] = pd.array(column, dtype="Int64" if f.reader == "count" else "Float64")
        else:
            table[f.name] = [value or "" for value in column]
    if spec.cleaned_column:
        table[spec.cleaned_column] = [cleaned_utterance(spec, e.values) for e in extractions]
    table["extraction_method"] = [e.method for e in extractions]
    table["extraction_confidence"] = [e.confidence for e in extractions]
    table["extraction_errors"] = ["; ".join(e.errors) for e in extractions]
    return table, extractions


def summarise(spec: ExtractionSpec, extractions: list[Extraction]) -> pd.DataFrame:
    """One row per extraction method and one for all rows: rows, complete rows, rows with
    an error or flag (for review), fields the model supplied, and per field the rows where
    it was extracted."""
    groups = {"all": extractions}
    for method in ("parser", "parser+model"):
        groups[method] = [e for e in extractions if e.method == method]
    records = []
    for method, group in groups.items():
        record = {
            "extraction_method": method,
            "rows": len(group),
            "rows_complete": sum(len(e.values) == len(spec.fields) for e in group),
            "rows_flagged_for_review": sum(bool(e.errors) for e in group),
            "fields_extracted": sum(len(e.values) for e in group),
            "fields_from_model": sum(len(e.by_model) for e in group),
        }
        for f in spec.fields:
            record[f"{f.name}_extracted"] = sum(f.name in e.values for e in group)
        records.append(record)
    return pd.DataFrame.from_records(records)


def read_raw_table(study: Study, path) -> pd.DataFrame:
    """A raw-stage output, its text columns kept as text (an empty answer is "")."""
    return read_table(path, number_columns(study) + RAW_NUMBER_COLUMNS)
