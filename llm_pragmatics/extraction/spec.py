"""A study's structured fields, resolved from its definition (`structured:` in study.yaml).

Every study word comes from here: section labels, option labels and the words that also
name an option, the closed sets of phrases (an option set of the study's `probabilities`
block, written once for both stages), the range of a count.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import WorkflowError
from ..studies import Study
from .fields import CHOICE, NUMBER, WHOLE, Field
from .readers import Reader, library_readers
from .sections import Section

EXTRACTION_COLUMNS = [
    "extraction_method",
    "extraction_confidence",
    "extraction_errors",
    "format_followed",
]
# The type of each library reader's values.
READER_TYPES = {"count": WHOLE, "bet": NUMBER, "yes_no": CHOICE, "phrase": CHOICE, "factor": CHOICE}
YES_NO = ("yes", "no")


@dataclass(frozen=True)
class OptionText:
    """A column holding the text of the phrase that the factor fields choose together."""

    column: str
    options: tuple[dict, ...]
    factors: dict[str, dict]  # factor field -> its parameters

    def text(self, values: dict) -> str:
        """The phrase whose every factor has the field's value; "" unless all were read."""
        for option in self.options:
            if all(
                name in values and _level_value(params, option) == values[name]
                for name, params in self.factors.items()
            ):
                return option["text"]
        return ""


def _level_value(params: dict, option: dict) -> str:
    level = str(option["levels"][params["factor"]])
    return (params.get("values") or {}).get(level, level)


@dataclass(frozen=True)
class ExtractionSpec:
    study: str
    sections: tuple[Section, ...]
    fields: tuple[Field, ...]
    readers: dict[str, Reader]
    prompt: dict
    bets_total: float | None = None
    option_text: OptionText | None = None

    @classmethod
    def from_study(cls, study: Study) -> ExtractionSpec:
        spec = study.structured
        if not spec:
            raise WorkflowError(f"study {study.name} defines no `structured` fields")
        sections = tuple(
            Section(
                s["name"],
                s["label"],
                tuple(s.get("aliases") or ()),
                s.get("question"),
                bool(s.get("before_report")),
                sum(1 for f in spec["fields"].values() if f.get("section") == s["name"]),
            )
            for s in spec.get("sections") or ()
        )
        names = {s.name for s in sections}
        option_sets = (study.definition.get("probabilities") or {}).get("option_sets") or {}
        bet_options = {}
        for entry in spec["fields"].values():
            if entry["reader"] == "bet":
                options = bet_options.setdefault(entry.get("section"), [])
                options.append(
                    {"option": str(entry["option"]), "aliases": entry.get("option_words") or []}
                )
        fields, readers = [], {}
        for name, entry in spec["fields"].items():
            where = f"study {study.name}, structured field {name}"
            section = entry.get("section")
            if section is not None and section not in names:
                raise WorkflowError(f"{where}: section {section!r} is not among `sections`")
            fields.append(_field(name, entry, option_sets, bet_options, spec, where))
            readers[name] = _reader(study, entry["reader"], where)
        return cls(
            study=study.id,  # names the extraction request's schema: not the config's key
            sections=sections,
            fields=tuple(fields),
            readers=readers,
            prompt=dict(spec["prompt"]),
            bets_total=spec.get("bets_total"),
            option_text=_option_text(spec, fields, option_sets, study.name),
        )

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def output_columns(self) -> list[str]:
        extra = [self.option_text.column] if self.option_text else []
        return self.names + extra + EXTRACTION_COLUMNS

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def section(self, name: str) -> Section:
        return next(s for s in self.sections if s.name == name)


_RESERVED = {"reader", "section", "description", "min", "max", "allowed", "type"}
# The parameters each library reader takes (a study's own reader takes any).
READER_PARAMS = {
    "count": set(),
    "bet": {"option", "option_words"},
    "yes_no": {"claim", "specific"},
    "phrase": {"option_set"},
    "factor": {"option_set", "factor", "values"},
}


def _field(name, entry, option_sets, bet_options, spec, where) -> Field:
    reader = entry["reader"]
    params = {k: v for k, v in entry.items() if k not in _RESERVED}
    allowed = tuple(str(v) for v in entry.get("allowed") or ())
    if isinstance(reader, str):
        kind = READER_TYPES[reader]
        unknown = set(params) - READER_PARAMS[reader]
        if unknown:
            raise WorkflowError(
                f"{where}: the {reader} reader takes no {', '.join(sorted(unknown))} "
                f"(its parameters: {', '.join(sorted(READER_PARAMS[reader])) or 'none'})"
            )
        if reader == "bet":
            params["options"] = bet_options[entry.get("section")]
            params["total"] = spec.get("bets_total")
        if reader == "yes_no":
            allowed = allowed or YES_NO
        if reader in ("phrase", "factor"):
            options = option_sets.get(entry["option_set"])
            if options is None:
                raise WorkflowError(
                    f"{where}: option set {entry['option_set']!r} is not in the study's "
                    "`probabilities: option_sets`"
                )
            params["options"] = [
                {"label": str(o["label"]), "text": o["text"], "levels": o.get("levels") or {}}
                for o in options["options"]
            ]
            if reader == "phrase":
                allowed = tuple(o["label"] for o in params["options"])
            else:
                factor = entry["factor"]
                if factor not in (options.get("factors") or ()):
                    raise WorkflowError(
                        f"{where}: option set {entry['option_set']!r} has no factor {factor!r}"
                    )
                allowed = tuple(dict.fromkeys(_level_value(params, o) for o in params["options"]))
        reader_name = reader
    else:
        kind = entry.get("type")
        if kind is None:
            raise WorkflowError(
                f"{where}: a study's own reader needs a `type` ({WHOLE}, {NUMBER} or {CHOICE})"
            )
        reader_name = reader["function"]
    if kind == CHOICE and not allowed:
        raise WorkflowError(f"{where}: a choice needs its `allowed` values")
    if kind != CHOICE and ("min" not in entry or "max" not in entry):
        raise WorkflowError(f"{where}: a number needs `min` and `max`")
    return Field(
        name=name,
        type=kind,
        reader=reader_name,
        section=entry.get("section"),
        description=entry["description"],
        allowed=allowed,
        minimum=entry.get("min"),
        maximum=entry.get("max"),
        params=params,
    )


def _reader(study: Study, reader, where: str) -> Reader:
    if isinstance(reader, str):
        return library_readers()[reader]
    return study.function(reader)


def _option_text(spec: dict, fields: list[Field], option_sets: dict, study: str):
    entry = spec.get("option_text_column")
    if not entry:
        return None
    option_set = option_sets[entry["option_set"]]
    factors = {
        f.name: f.params
        for f in fields
        if f.reader == "factor" and f.params["option_set"] == entry["option_set"]
    }
    missing = set(option_set.get("factors") or ()) - {p["factor"] for p in factors.values()}
    if missing:
        raise WorkflowError(
            f"study {study}: option_text_column needs a factor field for every factor of "
            f"{entry['option_set']!r} (missing: {', '.join(sorted(missing))})"
        )
    return OptionText(entry["column"], tuple(option_set["options"]), factors)
