"""Study 1 answers of the shapes the holdout21 set found misread: each with a near case
that must still read."""

from __future__ import annotations

import pytest

from .test_readers import bets_read, parsed


@pytest.mark.parametrize(
    ("final", "bets"),
    [
        # the asked block under a heading per question, then a final block that changes
        # two bets: those bets are stated twice differently
        ("Prior: 2\nBets: 0: 0%, 1: 20%, 2: 50%, 3: 30%\nKnowledge: yes", [0, None, None, 30]),
        # near: the final block says the same bets again
        ("Prior: 2\nBets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\nKnowledge: yes", [0, 10, 60, 30]),
    ],
)
def test_study1_headed_asked_block_then_a_final_block(study1, final, bets):
    answer = (
        "## Q1\nPrior: 2\n\n## Q2\nTwo of the seeds were checked.\n"
        "Bets: 0: 0%, 1: 10%, 2: 60%, 3: 30%\n\n## Q3\nKnowledge: yes\n\n"
        "**Final answer**\n" + final
    )
    reading = parsed(study1, answer)
    assert bets_read(reading) == bets
    assert reading.values.get("Prior_A") == 2
    assert reading.values.get("Knowledge_A") == "yes"
