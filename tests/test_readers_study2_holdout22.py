"""Study 2's readers on the shapes the scored holdout22 set found: a sentence that closes
on a word outside the four (in another language, or followed by a short explanation)
still states its frame; one utterance that evaluates again with "also"; sentences offered
under conditions beside a narrative. Each pattern in a few wordings, with near cases that
must not change."""

from __future__ import annotations

import pytest

from .test_readers import parsed, utterance_read


# A word outside the four in another language: the sentence still states its frame, and
# the frame alone is read below certainty.
@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        ("It was magnífico.", "was "),
        ("It wasn't génial!", "wasn't "),
        ("It was ótimo.", "was "),
    ],
)
def test_a_frame_before_a_word_in_another_language_reads(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
    assert parsed(study2, answer).grades == {"Was_Wasnt": "loose"}


@pytest.mark.parametrize(
    ("answer", "utterance"),
    [
        # a word of the four after the frame is read in full, as before
        ("It was amazing.", "was amazing"),
        # a word in another language with no frame states nothing
        ("Magnífico.", " "),
    ],
)
def test_near_a_word_in_another_language_reads_as_before(study2, answer, utterance):
    assert utterance_read(study2, answer) == utterance
