"""Study 1 answers in the voices of large commercial chat assistants (to the raw prompt and
to the original study's "$100 across the outcomes" wording) that a probe found misread:
each with near cases that must read as before."""

from __future__ import annotations

import pytest

from .test_readers import parsed

BLOCK = "Prior: 3\nBets: 0: 0%, 1: 10%, 2: 35%, 3: 55%\n\n"


@pytest.mark.parametrize(
    ("part", "knowledge"),
    [
        # a bound on what the speaker is sure of ("at least N") is explanation, not the
        # question's claim: the labelled answer after it decides
        (
            "About her knowing: she is certain that at least 2 letters hold checks, since she"
            " opened those. The last one is unopened.\n\nKnowledge: No",
            "no",
        ),
        (
            "On what Ben knows: he knows for sure that no fewer than 1 phone is burned out."
            "\nKnowledge: no",
            "no",
        ),
        # near: sure of the whole count is the claim; a bound with no answer after it is none
        (
            "About her knowing: she opened every letter, so she is certain of the exact"
            " number.\n\nKnowledge: Yes",
            "yes",
        ),
        ("On what Ben knows: he knows for sure that at least 1 phone is burned out.", None),
    ],
)
def test_study1_a_bound_the_speaker_is_sure_of_is_no_yes(study1, part, knowledge):
    assert parsed(study1, BLOCK + part).values.get("Knowledge_A") == knowledge
