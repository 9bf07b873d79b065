"""The structured stage: fields read from the models' free-text answers.

A deterministic parser reads each field from the part of the answer that answers its
question (sections.py, parser.py), after a reasoning model's thinking is taken out
(thinking.py) and the answer's markup is translated to plain lines
(markup.py, markdown_tables.py, delimited.py, objects.py, and layouts.py for layouts read
by inference; text.py runs them), with generic typed readers that a study names and parameterises in
its definition (readers.py; counts.py with count_sayings.py; bets.py with amounts.py,
bet_pairs.py and bet_keys.py; yesno.py; phrases.py with phrase_forms.py, phrase_context.py and
conclusions.py; factors.py; spec.py resolves the definition). A field the parser does not
find goes to an extraction model, whose value is kept only with a quote that is evidence for it
(model.py). combine.py puts the two together with a confidence and format compliance;
table.py builds the stage's tables. Every value is checked against its field's type and
range where it is read (fields.py).
"""

from .combine import Extraction, combine, summarise
from .fields import Field, Rejected
from .model import (
    NOT_STATED,
    check_extraction_reply,
    extraction_request,
    model_values,
    response_schema,
)
from .parser import Reading, parse
from .spec import EXTRACTION_COLUMNS, ExtractionSpec
from .table import build_structured_table, extract_all, read_raw_table
from .text import normalise

__all__ = [
    "EXTRACTION_COLUMNS",
    "NOT_STATED",
    "Extraction",
    "ExtractionSpec",
    "Field",
    "Reading",
    "Rejected",
    "build_structured_table",
    "check_extraction_reply",
    "combine",
    "extract_all",
    "extraction_request",
    "model_values",
    "normalise",
    "parse",
    "read_raw_table",
    "response_schema",
    "summarise",
]
