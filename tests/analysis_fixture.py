"""Merged tables with known answers for the analysis kinds: two models, both experiments,
a Study 1-like design (bets on states 0-3 in the six access x observe cells) and a Study
2-like one (eight utterances by goal x state), with the study definitions' analysis blocks
written for them."""

from __future__ import annotations

import numpy as np
import pandas as pd

from llm_pragmatics.analysis.kinds.base import AnalysisInputs, Reference
from llm_pragmatics.analysis.measures import Distribution, Measure

MODELS = ["alpha", "beta"]
CELLS = [(1, 1), (2, 1), (2, 2), (3, 1), (3, 2), (3, 3)]
UTTERANCES = [f"{f}_{w}" for f in ("was", "wasnt") for w in ("terrible", "bad", "good", "amazing")]
GOALS = ["both", "informative", "social"]

BETS_DEFINITION = {
    "trial_id": ["participant_id", "story_shortname"],
    "analyses": {
        "measures": {
            "bet": {
                "for_each": {"state": [0, 1, 2, 3]},
                "experiment1": "probability_{{ state }}",
                "experiment2": "state{{ state }}_mean",
            },
            "knows": {
                "experiment1": {"column": "Knowledge_A", "equals": "yes"},
                "experiment2": "prob_knowledge_yes",
            },
            "knows_entropy": {
                "experiment1": {"unavailable": "one yes or no is not a distribution"},
                "experiment2": "entropy_knowledge",
            },
        },
        "run": {
            "bets": {"kind": "means", "measure": "bet", "conditions": ["access", "observe"]},
            "knowledge": {"kind": "means", "measure": "knows", "conditions": ["access"]},
            "confidence": {"kind": "means", "measure": "knows_entropy", "conditions": ["access"]},
            "bet_anova": {
                "kind": "anova",
                "measure": "bet",
                "where": {"state": 3},
                "factors": ["access", "observe"],
            },
            "bet_anova_models": {
                "kind": "anova",
                "measure": "bet",
                "where": {"state": 3},
                "factors": ["model", "access", "observe"],
            },
            "planned": {
                "kind": "paired_t",
                "measure": "bet",
                "comparisons": [
                    {
                        "where": {"access": 3, "observe": 2},
                        "first": {"state": 2},
                        "second": {"state": 3},
                    },
                    {
                        "where": {"access": 1, "observe": 1},
                        "first": {"state": 1},
                        "second": {"state": 2},
                    },
                ],
            },
            "agreement": {
                "kind": "measure_correlation",
                "measure": "bet",
                "conditions": ["access", "observe"],
                "bootstrap": 400,
            },
            "comparison": {
                "kind": "comparison",
                "agreement": "agreement",
                "entropy": ["knows_entropy"],
            },
        },
    },
    "probabilities": {
        "option_sets": {
            "yes_no": {"options": [{"label": "yes", "text": "Yes"}, {"label": "no", "text": "No"}]}
        },
        "questions": [
            {
                "name": "knowledge",
                "option_set": "yes_no",
                "question": "Does she know?",
                "columns": {
                    "probability": "prob_knowledge_{{ label }}",
                    "option_mass": "knowledge_option_mass",
                },
            }
        ],
    },
}


def bets_tables(seed: int = 0) -> dict[int, pd.DataFrame]:
    """Experiment 1 (two replicates per trial, some fields empty) and Experiment 2 (one row
    per trial). alpha's two replicates of a trial agree, and its Experiment 2 bets are a linear
    function of them."""
    rng = np.random.default_rng(seed)
    rows1, rows2 = [], []
    for model in MODELS:
        for k, (access, observe) in enumerate(CELLS):
            for trial in range(5):
                trial_id = {"participant_id": 100 + trial, "story_shortname": f"story{k}"}
                bets = rng.dirichlet(np.ones(4)) * 100
                for replicate in (1, 2):
                    stated = (
                        bets
                        if replicate == 1 or model == "alpha"
                        else rng.dirichlet(np.ones(4)) * 100
                    )
                    row = {
                        "model": model,
                        **trial_id,
                        "access": access,
                        "observe": observe,
                        "replicate": replicate,
                        **{f"probability_{s}": float(stated[s]) for s in range(4)},
                        "Knowledge_A": ["yes", "no"][(trial + replicate) % 2],
                    }
                    rows1.append(row)
                expected = bets * 0.5 + 10 if model == "alpha" else rng.uniform(0, 100, 4)
                rows2.append(
                    {
                        "model": model,
                        **trial_id,
                        "access": access,
                        "observe": observe,
                        **{f"state{s}_mean": float(expected[s]) for s in range(4)},
                        "prob_knowledge_yes": float(rng.uniform()),
                        "entropy_knowledge": float(rng.uniform()),
                        "knowledge_option_mass": 0.5,
                    }
                )
    experiment1, experiment2 = pd.DataFrame(rows1), pd.DataFrame(rows2)
    # Known answers in alpha's Experiment 1, access 3, observe 2 (10 answers):
    cell = (
        (experiment1["model"] == "alpha")
        & (experiment1["access"] == 3)
        & (experiment1["observe"] == 2)
    )
    experiment1.loc[cell, "probability_2"] = [50, 50, 60, 60, 70, 70, 80, 80, 50, 50]
    experiment1.loc[cell, "probability_3"] = [10, 10, 20, 20, 20, 20, 30, 30, 10, 10]
    # alpha's Experiment 2 bets: a linear function of its first replicates' bets.
    first = experiment1[(experiment1["model"] == "alpha") & (experiment1["replicate"] == 1)]
    alpha = experiment2["model"] == "alpha"
    for s in range(4):
        experiment2.loc[alpha, f"state{s}_mean"] = first[f"probability_{s}"].to_numpy() * 0.5 + 10
    # An answer whose bets were not extracted (alpha's second replicate of its first trial),
    # and one without the knowledge answer.
    experiment1.loc[1, [f"probability_{s}" for s in range(4)]] = np.nan
    experiment1.loc[2, "Knowledge_A"] = ""
    return {1: experiment1, 2: experiment2}


UTTERANCE_DEFINITION = {
    "trial_id": ["Participant_ID", "Domain"],
    "analyses": {
        "measures": {
            "negation": {
                "experiment1": {"column": "Was_Wasnt", "equals": "wasn't"},
                "experiment2": "prob_wasnt",
            },
        },
        "distributions": {
            "utterance": {
                "categories": UTTERANCES,
                "experiment1": {
                    "category": "{{ Was_Wasnt }}_{{ Assessment }}",
                    "values": {"Was_Wasnt": {"was": "was", "wasn't": "wasnt"}},
                },
                "experiment2": {"column": "prob_{{ category }}"},
            }
        },
        "run": {
            "shares": {
                "kind": "proportions",
                "distribution": "utterance",
                "conditions": ["Goal_simplified", "State_number"],
            },
            "chance": {
                "kind": "binomial",
                "distribution": "utterance",
                "chance": 0.125,
                "tests": [
                    {
                        "category": "wasnt_amazing",
                        "where": {"State_number": 0, "Goal_simplified": "both"},
                    }
                ],
            },
            "negation": {
                "kind": "logistic",
                "measure": "negation",
                "factors": ["State_number", "Goal_simplified"],
            },
            "people": {
                "kind": "human_divergence",
                "distribution": "utterance",
                "conditions": ["Goal_simplified", "State_number"],
                "bootstrap": 300,
                "split_halves": 200,
            },
            "agreement": {
                "kind": "distribution_agreement",
                "distribution": "utterance",
                "conditions": ["Goal_simplified", "State_number"],
                "bootstrap": 300,
            },
            "comparison": {"kind": "comparison", "divergence": "people", "agreement": "agreement"},
        },
    },
    "probabilities": {
        "option_sets": {
            "utterance": {
                "options": [{"label": u, "text": u.replace("_", " ")} for u in UTTERANCES]
            }
        },
        "questions": [
            {
                "name": "utterance",
                "option_set": "utterance",
                "question": "What would she say?",
                "columns": {
                    "probability": "prob_{{ label }}",
                    "option_mass": "utterance_option_mass",
                },
            }
        ],
    },
}


def utterance_tables(seed: int = 1) -> dict[int, pd.DataFrame]:
    """Per model, goal and state 10 answers (Experiment 1) and 10 trials (Experiment 2).
    alpha answers "wasn't amazing" 4 times in 10 at state 0 with goal both, and its
    Experiment 2 rows are the one-hot rows of its answers (their divergence is 0); beta
    says "was terrible" wherever people do not."""
    rng = np.random.default_rng(seed)
    rows1, rows2 = [], []
    for model in MODELS:
        for goal in GOALS:
            for state in range(4):
                for trial in range(10):
                    if model == "alpha":
                        utterance = UTTERANCES[(trial + state) % 8]
                        if (goal, state) == ("both", 0):
                            utterance = "wasnt_amazing" if trial < 4 else "was_good"
                    else:
                        utterance = UTTERANCES[int(rng.integers(0, 8))]
                    frame, word = utterance.split("_")
                    head = {
                        "model": model,
                        "Participant_ID": trial,
                        "Domain": f"{goal}{state}",
                        "Goal_simplified": goal,
                        "State_number": state,
                    }
                    rows1.append(
                        {
                            **head,
                            "replicate": 1,
                            "Was_Wasnt": {"was": "was", "wasnt": "wasn't"}[frame],
                            "Assessment": word,
                        }
                    )
                    if model == "alpha":
                        p = np.eye(8)[UTTERANCES.index(utterance)] * 0.9 + 0.1 / 8
                    else:
                        p = rng.dirichlet(np.ones(8))
                    probabilities = {f"prob_{u}": float(p[k]) for k, u in enumerate(UTTERANCES)}
                    rows2.append(
                        {
                            **head,
                            **probabilities,
                            "prob_wasnt": float(p[4:].sum()),
                            "utterance_option_mass": 0.25,
                        }
                    )
    experiment1 = pd.DataFrame(rows1)
    experiment1.loc[len(experiment1) - 1, "Assessment"] = ""  # one answer gives no word
    return {1: experiment1, 2: pd.DataFrame(rows2)}


def people_answers(tables: dict[int, pd.DataFrame]) -> pd.DataFrame:
    """A human reference of 20 people: in every cell they answer as alpha does in
    Experiment 1 (so alpha's divergence from them is 0 there)."""
    alpha = tables[1][tables[1]["model"] == "alpha"]
    rows = []
    for person in range(20):
        for _, answer in alpha.iloc[person % 10 :: 10].iterrows():
            frame = "wasnt" if answer["Was_Wasnt"] == "wasn't" else "was"
            rows.append(
                {
                    "participant": f"p{person}",
                    "Goal_simplified": answer["Goal_simplified"],
                    "State_number": answer["State_number"],
                    "category": f"{frame}_{answer['Assessment']}",
                }
            )
    return pd.DataFrame(rows)


def analysis_inputs(definition: dict, tables: dict, reference=None, **extra) -> AnalysisInputs:
    block = definition["analyses"]
    return AnalysisInputs(
        study_id="fixture",
        models=MODELS,
        tables=tables,
        measures={n: Measure.from_definition(n, s) for n, s in block["measures"].items()},
        distributions={
            n: Distribution.from_definition(n, s)
            for n, s in (block.get("distributions") or {}).items()
        },
        trial_id=definition["trial_id"],
        reference=reference,
        definition=definition,
        **extra,
    )


def utterance_inputs(**extra) -> AnalysisInputs:
    tables = utterance_tables()
    answers = people_answers(tables)
    answers = answers[answers["category"].isin(UTTERANCES)]
    reference = Reference(answers, "utterance", "example (synthetic, not people)")
    return analysis_inputs(UTTERANCE_DEFINITION, tables, reference, **extra)
