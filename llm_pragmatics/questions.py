"""The probability stage's questions and option sets, as a study defines them (its YAML file).

A study's `probabilities` entry names option sets (the answers a question is scored over)
and questions (a question text, an option set, and the names of its output columns). A
question with `for_each` stands for one question per value of its variables. Question texts
and column names are Jinja templates: the question's variables, and for column names
`label` (an option), `level` and `factor` (a factor of a joint option set) are in scope.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import jinja2

from .errors import WorkflowError
from .studies import Study

_environment = jinja2.Environment(
    undefined=jinja2.StrictUndefined, keep_trailing_newline=False, autoescape=False
)

# Summary columns a question may ask for, beside the per-option probabilities.
SUMMARY_COLUMNS = ("mean", "std", "entropy", "option_mass")


def render_text(source: str, variables: dict, what: str) -> str:
    """Render one template; a missing variable or a syntax error names `what` failed."""
    try:
        return _environment.from_string(source).render(**variables).strip()
    except jinja2.UndefinedError as error:
        raise WorkflowError(f"{what} uses a variable it does not have: {error.message}") from None
    except jinja2.TemplateSyntaxError as error:
        raise WorkflowError(f"{what} is not a valid template: {error}") from None


@dataclass(frozen=True)
class Option:
    label: str  # names the option in column names
    text: str  # what the answer starts with, exactly, terminator included
    value: float | None  # the number the option stands for (mean, std), if any
    levels: dict[str, str]  # factor -> level, for joint option sets


@dataclass(frozen=True)
class Question:
    """One distribution per input row: a question scored over an option set."""

    name: str
    question: str  # Jinja template over the input columns and `variables`
    variables: dict
    option_set: str  # the name of the option set in the study's definition
    options: tuple[Option, ...]
    factors: tuple[str, ...]
    probability_columns: tuple[str, ...]  # one per option, in option order
    marginal_columns: dict[str, dict[str, str]]  # factor -> level -> column
    marginal_entropy_columns: dict[str, str]  # factor -> column
    summary_columns: dict[str, str]  # a subset of SUMMARY_COLUMNS -> column

    @property
    def option_texts(self) -> tuple[str, ...]:
        return tuple(option.text for option in self.options)

    @property
    def output_columns(self) -> list[str]:
        columns = list(self.probability_columns)
        for levels in self.marginal_columns.values():
            columns.extend(levels.values())
        for name in ("mean", "std"):
            if name in self.summary_columns:
                columns.append(self.summary_columns[name])
        columns.extend(self.marginal_entropy_columns.values())
        for name in ("entropy", "option_mass"):
            if name in self.summary_columns:
                columns.append(self.summary_columns[name])
        return columns

    @property
    def max_entropy(self) -> float:
        return math.log2(len(self.options))


@dataclass(frozen=True)
class ProbabilityDesign:
    """Every question of one study's probability stage, in output-column order."""

    questions: tuple[Question, ...]

    @classmethod
    def of(cls, study: Study) -> ProbabilityDesign:
        """The study's `probabilities` block, its question families expanded."""
        return cls.from_definition(study.definition, str(study.definition_file))

    @classmethod
    def from_definition(cls, definition: dict, where: str) -> ProbabilityDesign:
        spec = definition.get("probabilities")
        if not spec:
            raise WorkflowError(f"{where} defines no `probabilities` questions")
        option_sets = spec["option_sets"]
        questions: list[Question] = []
        for entry in spec["questions"]:
            for variables in _expand(entry.get("for_each") or {}):
                questions.append(_question(entry, variables, option_sets, where))
        design = cls(tuple(questions))
        design._check_unique_columns(where)
        return design

    @property
    def output_columns(self) -> list[str]:
        return [column for question in self.questions for column in question.output_columns]

    def _check_unique_columns(self, where: str) -> None:
        names = [question.name for question in self.questions]
        columns = self.output_columns
        for kind, values in (("question name", names), ("output column", columns)):
            repeated = sorted({value for value in values if values.count(value) > 1})
            if repeated:
                raise WorkflowError(f"{where}: {kind}s repeated: {', '.join(repeated)}")


def _expand(for_each: dict) -> list[dict]:
    """One variables dict per combination of the `for_each` values (one empty dict if none)."""
    names = list(for_each)
    return [
        dict(zip(names, values, strict=True)) for values in itertools.product(*for_each.values())
    ]


def _question(entry: dict, variables: dict, option_sets: dict, where: str) -> Question:
    name = render_text(entry["name"], variables, f"{where}: question name {entry['name']!r}")
    what = f"{where}: question {name!r}"
    set_name = entry["option_set"]
    if set_name not in option_sets:
        raise WorkflowError(f"{what} uses option set {set_name!r}, which is not defined")
    option_set = option_sets[set_name]
    factors = tuple(option_set.get("factors") or ())
    options = tuple(
        Option(
            label=str(option["label"]),
            text=option["text"],
            value=option.get("value"),
            levels={factor: str(level) for factor, level in (option.get("levels") or {}).items()},
        )
        for option in option_set["options"]
    )
    _check_options(options, factors, f"{where}: option set {set_name!r}")
    columns = entry["columns"]

    def column(template: str, **names) -> str:
        return render_text(template, {**variables, **names}, f"{what}: a column name")

    probability_columns = tuple(column(columns["probability"], label=o.label) for o in options)
    marginal_columns: dict[str, dict[str, str]] = {}
    marginal_entropy_columns: dict[str, str] = {}
    if factors:
        for key in ("marginal", "marginal_entropy"):
            if key not in columns:
                raise WorkflowError(f"{what}: a joint option set needs a `{key}` column name")
        for factor in factors:
            levels = dict.fromkeys(option.levels[factor] for option in options)
            marginal_columns[factor] = {
                level: column(columns["marginal"], factor=factor, level=level) for level in levels
            }
            marginal_entropy_columns[factor] = column(columns["marginal_entropy"], factor=factor)
    summary_columns = {key: column(columns[key]) for key in SUMMARY_COLUMNS if key in columns}
    if "option_mass" not in summary_columns:
        raise WorkflowError(f"{what}: every distribution needs an `option_mass` column name")
    if {"mean", "std"} & set(summary_columns) and any(o.value is None for o in options):
        raise WorkflowError(f"{what}: mean and std need a `value` on every option")
    return Question(
        name=name,
        question=entry["question"],
        variables=dict(variables),
        option_set=set_name,
        options=options,
        factors=factors,
        probability_columns=probability_columns,
        marginal_columns=marginal_columns,
        marginal_entropy_columns=marginal_entropy_columns,
        summary_columns=summary_columns,
    )


def _check_options(options: tuple[Option, ...], factors: tuple[str, ...], what: str) -> None:
    if len(options) < 2:
        raise WorkflowError(f"{what}: a distribution needs at least two options")
    for attribute in ("label", "text"):
        values = [getattr(option, attribute) for option in options]
        if len(set(values)) != len(values):
            raise WorkflowError(f"{what}: two options have the same {attribute}")
    for option in options:
        if not option.text:
            raise WorkflowError(f"{what}: option {option.label!r} has an empty text")
        if set(option.levels) != set(factors):
            raise WorkflowError(
                f"{what}: option {option.label!r} must give a level for each factor "
                f"({', '.join(factors) or 'none'}), and only those"
            )
