"""Config validation against config/schema/*.yaml, and the model catalog as data."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
from snakemake.exceptions import WorkflowError as SnakemakeWorkflowError
from snakemake.utils import validate

from llm_pragmatics.config import Model, load_yaml

REPO = Path(__file__).resolve().parents[1]
SCHEMA = REPO / "config" / "schema"
CONFIG = load_yaml(REPO / "config" / "config.yaml")
CATALOG = load_yaml(REPO / "config" / "models.yaml")
STUDY_FILES = sorted((REPO / "config" / "studies").glob("*.yaml"))


def check(data: dict, schema: str) -> None:
    # validate() fills in defaults; work on a copy so the originals stay as shipped.
    validate(copy.deepcopy(data), str(SCHEMA / schema))


def rejected(data: dict, schema: str) -> str:
    with pytest.raises(SnakemakeWorkflowError) as caught:
        check(data, schema)
    return str(caught.value)


# --- what ships validates --------------------------------------------------------------


def test_shipped_config_validates():
    check(CONFIG, "config.schema.yaml")


def test_shipped_catalog_validates():
    check(CATALOG, "models.schema.yaml")


def test_both_studies_ship():
    assert [path.stem for path in STUDY_FILES] == ["study1", "study2"]
    assert set(CONFIG["studies"]) == {"study1", "study2"}


@pytest.mark.parametrize("path", STUDY_FILES, ids=lambda path: path.stem)
def test_shipped_study_validates(path):
    check(load_yaml(path), "study.schema.yaml")


def test_defaults_are_filled_in():
    config = copy.deepcopy(CONFIG)
    del config["sampling"]["top_p"]
    config["requests"] = {}
    validate(config, str(SCHEMA / "config.schema.yaml"))
    assert config["sampling"]["top_p"] == 1.0
    assert config["requests"]["concurrency"] == 64


# --- config.yaml rejections ------------------------------------------------------------


def config_with(change) -> dict:
    config = copy.deepcopy(CONFIG)
    change(config)
    return config


def test_unknown_stage_rejected():
    message = rejected(
        config_with(lambda c: c.update(stages=["raw", "rawr"])), "config.schema.yaml"
    )
    assert "'rawr' is not one of" in message


@pytest.mark.parametrize("value", ["2", 1.5, None, True])
def test_non_integer_replicates_rejected(value):
    config = config_with(lambda c: c["sampling"].update(replicates=value))
    assert "is not of type 'integer'" in rejected(config, "config.schema.yaml")


def test_zero_replicates_rejected():
    config = config_with(lambda c: c["sampling"].update(replicates=0))
    assert "0 is less than the minimum of 1" in rejected(config, "config.schema.yaml")


@pytest.mark.parametrize("key", ["temperature", "max_tokens", "seed"])
def test_missing_sampling_key_rejected(key):
    config = config_with(lambda c: c["sampling"].pop(key))
    assert f"'{key}' is a required property" in rejected(config, "config.schema.yaml")


def test_unknown_top_level_key_rejected():
    config = config_with(lambda c: c.update(modles=["smollm2"]))
    assert "'modles' was unexpected" in rejected(config, "config.schema.yaml")


def test_unknown_sampling_key_rejected():
    config = config_with(lambda c: c["sampling"].update(temprature=0.5))
    assert "'temprature' was unexpected" in rejected(config, "config.schema.yaml")


def test_no_models_rejected():
    config = config_with(lambda c: c.update(models=[]))
    assert "should be non-empty" in rejected(config, "config.schema.yaml")


# --- models.yaml rejections ------------------------------------------------------------


def catalog_with(key: str, change) -> dict:
    catalog = copy.deepcopy(CATALOG)
    change(catalog[key])
    return catalog


def test_entry_with_neither_weights_nor_endpoint_rejected():
    catalog = copy.deepcopy(CATALOG)
    catalog["new-model"] = {"title": "a model with nothing to run", "chat": True}
    assert "is not valid under any of the given schemas" in rejected(catalog, "models.schema.yaml")


def test_entry_with_both_weights_and_endpoint_rejected():
    endpoint = {"base_url": "http://localhost:8000/v1", "model": "x"}
    catalog = catalog_with("smollm2", lambda entry: entry.update(endpoint=endpoint))
    assert "is valid under each of" in rejected(catalog, "models.schema.yaml")


def test_weights_without_serve_rejected():
    catalog = catalog_with("gemma-2-2b-it", lambda entry: entry.pop("serve"))
    assert "is not valid under any of the given schemas" in rejected(catalog, "models.schema.yaml")


def test_endpoint_without_base_url_rejected():
    catalog = catalog_with("deepseek-v3-api", lambda entry: entry["endpoint"].pop("base_url"))
    assert "'base_url' is a required property" in rejected(catalog, "models.schema.yaml")


def test_lower_case_api_key_env_rejected():
    catalog = catalog_with(
        "deepseek-v3-api", lambda entry: entry["endpoint"].update(api_key_env="deepseek_api_key")
    )
    assert "'deepseek_api_key' does not match" in rejected(catalog, "models.schema.yaml")


def test_serve_without_gpus_rejected():
    catalog = catalog_with("smollm2", lambda entry: entry["serve"].pop("gpus"))
    assert "'gpus' is a required property" in rejected(catalog, "models.schema.yaml")


# --- study rejections ------------------------------------------------------------------


def study_with(change) -> dict:
    study = load_yaml(REPO / "config" / "studies" / "study1.yaml")
    change(study)
    return study


def test_unknown_column_type_rejected():
    study = study_with(lambda s: s["columns"]["access"].update(type="integer"))
    assert "'integer' is not one of ['int', 'str']" in rejected(study, "study.schema.yaml")


def test_misspelled_prompt_part_rejected():
    study = study_with(lambda s: s["prompts"]["raw"].update(usr=s["prompts"]["raw"].pop("user")))
    assert "'usr' was unexpected" in rejected(study, "study.schema.yaml")


def test_derived_column_with_patterns_and_values_rejected():
    study = load_yaml(REPO / "config" / "studies" / "study2.yaml")
    study["derived"]["State_number"]["patterns"] = {"x": "y"}
    assert "is valid under each of" in rejected(study, "study.schema.yaml")


# --- the catalog as Model objects ------------------------------------------------------


def test_catalog_lists_the_planned_models(catalog):
    planned = {
        "gemma-2-2b-it",
        "gemma-2-9b-it",
        "llama-3.1-8b-instruct",
        "llama-3.1-70b-instruct",
        "smollm2",
    }
    assert planned <= set(catalog)


def test_every_served_model_has_gpus_and_engine_args(catalog):
    served = [Model.from_catalog(catalog, key) for key in catalog if "serve" in catalog[key]]
    assert len(served) >= 5
    for model in served:
        assert model.self_hosted
        assert isinstance(model.serve.get("gpus"), int), model.key
        assert model.serve.get("engine_args"), model.key
        assert model.engine_flags(), model.key
        assert model.weights, model.key


def test_gemma_has_no_system_role_and_llama_has(catalog):
    assert not Model.from_catalog(catalog, "gemma-2-2b-it").system_role
    assert not Model.from_catalog(catalog, "gemma-2-9b-it").system_role
    assert Model.from_catalog(catalog, "llama-3.1-8b-instruct").system_role


def test_seventy_b_uses_four_gpus_with_tensor_parallelism(catalog):
    model = Model.from_catalog(catalog, "llama-3.1-70b-instruct")
    assert model.serve["gpus"] == 4
    flags = model.engine_flags()
    assert flags[flags.index("--tensor-parallel-size") + 1] == "4"


def test_engine_flags():
    model = Model(
        key="m",
        title="m",
        chat=True,
        system_role=True,
        serve={
            "gpus": 1,
            "engine_args": {
                "enforce_eager": True,
                "enable_chunked_prefill": False,
                "max_model_len": 2048,
                "gpu_memory_utilization": 0.9,
                "dtype": "bfloat16",
            },
        },
    )
    assert model.engine_flags() == [
        "--enforce-eager",
        "--no-enable-chunked-prefill",
        "--max-model-len",
        "2048",
        "--gpu-memory-utilization",
        "0.9",
        "--dtype",
        "bfloat16",
    ]


def test_engine_flags_of_the_local_model(model):
    flags = model.engine_flags()
    assert "--enforce-eager" in flags
    assert "--no-enable-chunked-prefill" in flags
    assert flags[flags.index("--max-model-len") + 1] == "2048"
    assert "False" not in flags and "True" not in flags


def test_identity_changes_with_engine_args(model):
    assert (
        model.identity
        == Model.from_catalog(load_yaml(REPO / "config" / "models.yaml"), model.key).identity
    )
    engine_args = {**model.serve["engine_args"], "max_model_len": 4096}
    changed = dataclasses.replace(model, serve={**model.serve, "engine_args": engine_args})
    assert changed.identity != model.identity
    weights = {**model.weights, "gguf_file": "other.gguf"}
    assert dataclasses.replace(model, weights=weights).identity != model.identity
    # The order of the catalog's keys does not matter.
    reordered = dict(reversed(list(model.serve["engine_args"].items())))
    same = dataclasses.replace(model, serve={**model.serve, "engine_args": reordered})
    assert same.identity == model.identity


def test_from_catalog_unknown_key(catalog):
    with pytest.raises(KeyError) as caught:
        Model.from_catalog(catalog, "gpt-5")
    message = str(caught.value)
    assert "'gpt-5' is not in the model catalog" in message
    assert "smollm2" in message and "gemma-2-2b-it" in message


def test_endpoint_model(catalog):
    model = Model.from_catalog(catalog, "deepseek-v3-api")
    assert not model.self_hosted
    assert model.served_name == "deepseek-chat"
    assert model.engine_flags() == []
    assert Model.from_catalog(catalog, "smollm2").served_name == "smollm2"
