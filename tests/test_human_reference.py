"""The human reference: the published speaker-production data of Yoon, Tessler, Goodman &
Frank (2020) read into Study 2's conditions and utterances (where ../shared/data is present),
and a file that does not fit its format refused with the file, row and column."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from llm_pragmatics.analysis.divergence import (
    bootstrap_divergence,
    jensen_shannon,
    seeded_generator,
    split_half_divergence,
)
from llm_pragmatics.analysis.human import (
    CATEGORY,
    PARTICIPANT,
    ReferenceFormat,
    read_reference,
    reference_counts,
)
from llm_pragmatics.analysis.kinds import analysis_specs
from llm_pragmatics.analysis.kinds.base import AnalysisInputs
from llm_pragmatics.analysis.measures import Distribution, Measure
from llm_pragmatics.analysis.plan import EXAMPLE_LABEL, analysis_plan, reference_file
from llm_pragmatics.analysis.run import analysis_table, read_reference_for
from llm_pragmatics.config import load_yaml
from llm_pragmatics.errors import InputError, WorkflowError
from llm_pragmatics.schemas import validate
from llm_pragmatics.studies import Study

from .conftest import REPO

STUDY2 = REPO / "config" / "studies" / "study2"
# Study 2's own definition says how to read the published file.
YOON_FORMAT = ReferenceFormat.from_definition(load_yaml(STUDY2 / "study.yaml")["human_reference"])
UTTERANCES = load_yaml(STUDY2 / "study.yaml")["analyses"]["distributions"]["utterance"][
    "categories"
]
CELLS = [(goal, state) for goal in ("informative", "social", "both") for state in range(4)]
CONDITIONS = ["Goal_simplified", "State_number"]


@pytest.fixture(scope="module")
def people(shared_data) -> pd.DataFrame:
    return read_reference(
        shared_data / "human" / "yoon2020_speaker_production.csv", YOON_FORMAT, UTTERANCES
    )


def test_the_published_data_has_203_people_by_12_trials(people):
    assert len(people) == 203 * 12
    per_person = people.groupby(PARTICIPANT).size()
    assert len(per_person) == 203 and (per_person == 12).all()
    # Each person answered once in each goal x state cell.
    cells = people.groupby([PARTICIPANT, *CONDITIONS]).size()
    assert len(cells) == 203 * 12 and (cells == 1).all()
    assert set(people[CATEGORY]) <= set(UTTERANCES)
    assert set(people["State_number"]) == {0, 1, 2, 3}


def test_the_human_distributions_sum_to_one_per_cell(people):
    counts, participants = reference_counts(people, CONDITIONS, CELLS, UTTERANCES)
    assert counts.shape == (203, 12, 8) and len(participants) == 203
    per_cell = counts.sum(axis=0)
    assert (per_cell.sum(axis=1) == 203).all()
    distributions = per_cell / per_cell.sum(axis=1, keepdims=True)
    np.testing.assert_allclose(distributions.sum(axis=1), 1.0)
    # The paper's finding, as a check that the mapping is the right way round: with the goal
    # to be kind, people call a 0-heart performance "terrible" less often than when the goal
    # is to be informative, and negate more.
    informative, social = (
        distributions[CELLS.index(("informative", 0))],
        distributions[CELLS.index(("social", 0))],
    )
    assert social[UTTERANCES.index("was_terrible")] < informative[UTTERANCES.index("was_terrible")]
    assert social[4:].sum() > informative[4:].sum()


def test_a_models_divergence_is_zero_against_itself_and_positive_against_people(people):
    counts, _ = reference_counts(people, CONDITIONS, CELLS, UTTERANCES)
    floors = split_half_divergence(counts, 200, seeded_generator(0, "study2", "people"))
    # A model that always gives the literal description (state 0: terrible, ... 3: amazing).
    literal = ["was_terrible", "was_bad", "was_good", "was_amazing"]
    for cell, (goal, state) in enumerate(CELLS):
        human = np.repeat(np.eye(8), counts[:, cell].sum(axis=0).astype(int), axis=0)
        model = np.tile(np.eye(8)[UTTERANCES.index(literal[state])], (40, 1))
        itself = bootstrap_divergence(model, model, 100, seeded_generator(1, goal, state))
        assert itself.estimate == 0.0
        against = bootstrap_divergence(model, human, 200, seeded_generator(2, goal, state))
        assert 0 < against.low <= against.estimate <= against.high <= 1
        assert jensen_shannon(human.mean(axis=0), human.mean(axis=0)) == 0.0
        # People's own split-half noise is well below a literal speaker's distance from them
        # wherever people do not simply say the literal word.
        assert 0 < floors[cell].estimate < 0.1
        if human.mean(axis=0)[UTTERANCES.index(literal[state])] < 0.7:
            assert against.low > floors[cell].high


def write(tmp_path, text: str):
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "subid,trial,item,goal,true_state,positivity,utterance\n"


def test_a_reference_file_that_does_not_fit_names_file_row_and_column(tmp_path):
    path = write(
        tmp_path,
        HEADER
        + "a,1,poem,social,heart0,neg,amazing\n"
        + "a,2,poem,social,heart9,neg,amazing\n"
        + "a,3,poem,social,heart1,maybe,good\n"
        + "a,4,poem,,heart1,neg,great\n"
        + "a,5,poem,both,heart1,neg,great\n",
    )
    with pytest.raises(InputError) as error:
        read_reference(path, YOON_FORMAT, UTTERANCES)
    message = str(error.value)
    assert f"{path}: row 2, column true_state: 'heart9' is not one of" in message
    assert f"{path}: row 3, column positivity: 'maybe'" in message
    assert f"{path}: row 4, column goal: is empty" in message
    assert "row 5, column positivity, utterance: the answer reads as 'wasnt_great'" in message
    assert "row 4, column positivity" not in message  # a row is reported once it is wrong
    assert "row 1" not in message


def test_a_reference_file_without_a_named_column_is_refused(tmp_path):
    path = write(tmp_path, "subid,goal,true_state,utterance\na,social,heart0,good\n")
    with pytest.raises(InputError, match="lacks the column\\(s\\) positivity"):
        read_reference(path, YOON_FORMAT, UTTERANCES)


def test_a_reference_file_in_the_format_reads_into_conditions_and_outcomes(tmp_path):
    path = write(
        tmp_path,
        HEADER + "a,1,poem,social,heart0,neg,amazing\nb,1,cake,both,heart3,no_neg,good\n",
    )
    frame = read_reference(path, YOON_FORMAT, UTTERANCES)
    assert frame.to_dict("records") == [
        {
            PARTICIPANT: "a",
            "Goal_simplified": "social",
            "State_number": 0,
            CATEGORY: "wasnt_amazing",
        },
        {PARTICIPANT: "b", "Goal_simplified": "both", "State_number": 3, CATEGORY: "was_good"},
    ]


def test_the_default_reference_is_the_studys_example_and_says_so():
    study = Study.load("study2", STUDY2)
    default = reference_file({}, "study2", study)
    assert default.path == str(STUDY2 / "human_example.csv") and default.label == EXAMPLE_LABEL
    example = read_reference_for(study.definition, default.path, default.label)
    assert example.label == EXAMPLE_LABEL and example.distribution == "utterance"
    # The example has the published design: every person answers once in every cell.
    answers = example.answers
    assert answers.groupby("participant").size().eq(12).all() and len(answers) == 24 * 12
    configured = {"human_reference": {"study2": {"file": "/data/people.csv", "label": "people"}}}
    assert reference_file(configured, "study2", study).path == "/data/people.csv"
    study1 = Study.load("study1", REPO / "config" / "studies" / "study1")
    assert reference_file({}, "study1", study1) is None
    with pytest.raises(WorkflowError, match="has no human_reference block"):
        reference_file(
            {"human_reference": {"study1": {"file": "x", "label": "y"}}}, "study1", study1
        )
    wrong = {"stages": ["raw"], "human_reference": {"study3": {"file": "x", "label": "y"}}}
    with pytest.raises(WorkflowError, match="'study3', which is not a configured study"):
        analysis_plan({"study2": study}, wrong)
    without = analysis_plan({"study1": study1}, {"stages": ["raw", "probabilities", "structured"]})
    assert not [spec for spec in without if spec.uses_reference]


def test_study2s_divergence_analysis_on_the_published_data(shared_data):
    """Study 2's own `against_people` analysis on the published data, for a "model" that
    answers exactly as the people did (divergence 0 in every cell) and one that always
    gives the literal description (divergence above people's split-half floor)."""
    study = Study.load("study2", STUDY2)
    path = shared_data / "human" / "yoon2020_speaker_production.csv"
    reference = read_reference_for(study.definition, path, "people (Yoon et al. 2020)")
    answers = reference.answers
    frame, word = answers["category"].str.split("_", expand=True).T.to_numpy()
    # Each of people's answers stands for one trial of the model (the trials are resampled).
    itself = answers[["Goal_simplified", "State_number"]].assign(
        Participant_ID=answers["participant"],
        Domain=[str(number) for number in range(len(answers))],
        model="itself",
        Was_Wasnt=[{"was": "was", "wasnt": "wasn't"}[f] for f in frame],
        Assessment=word,
    )
    literal = itself.assign(
        model="literal",
        Was_Wasnt="was",
        Assessment=itself["State_number"].map({0: "terrible", 1: "bad", 2: "good", 3: "amazing"}),
    )
    block = study.definition["analyses"]
    inputs = AnalysisInputs(
        study_id=study.id,
        models=["itself", "literal"],
        tables={1: pd.concat([itself, literal], ignore_index=True)},
        measures={n: Measure.from_definition(n, s) for n, s in block["measures"].items()},
        distributions={
            n: Distribution.from_definition(n, s) for n, s in block["distributions"].items()
        },
        trial_id=study.trial_id,
        reference=reference,
        definition=study.definition,
    )
    specs = analysis_specs("study2", study.definition, ["structured"], True, "study2")
    spec = {s.name: s for s in specs}["against_people"]
    table, schema = analysis_table(spec, inputs)
    validate(schema, table, "against_people")
    mine = table[table["model"] == "itself"]
    assert len(mine) == 12 and (mine["divergence"] == 0).all() and (mine["n_people"] == 203).all()
    other = table[table["model"] == "literal"]
    assert (other["divergence"] > 0).all()
    assert (other["divergence"] > other["floor"]).sum() >= 8
    assert (table["reference"] == "people (Yoon et al. 2020)").all()
