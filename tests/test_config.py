"""Config validation against config/schema/*.yaml, and the model catalog as data."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path

import pytest
from snakemake.exceptions import WorkflowError as SnakemakeWorkflowError
from snakemake.utils import validate

from llm_pragmatics.client import request_key
from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.errors import ModelError
from llm_pragmatics.weights import with_prepared_revision

REPO = Path(__file__).resolve().parents[1]
SCHEMA = REPO / "config" / "schema"
CONFIG = load_yaml(REPO / "config" / "config.yaml")
CATALOG = load_yaml(REPO / "config" / "models.yaml")
# Every study folder's definition: the shipped ones and the tests' own.
STUDY_FILES = sorted(REPO.glob("config/studies/*/study.yaml")) + sorted(
    REPO.glob("tests/data/studies/*/study.yaml")
)


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


def test_every_configured_study_is_a_folder_that_ships_its_example():
    for folder in CONFIG["studies"].values():
        assert (REPO / folder / "study.yaml").is_file() and (
            REPO / folder / "example.csv"
        ).is_file()


@pytest.mark.parametrize("path", STUDY_FILES, ids=lambda path: path.parent.name)
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
    study = load_yaml(REPO / "config" / "studies" / "study1" / "study.yaml")
    change(study)
    return study


def test_unknown_column_type_rejected():
    study = study_with(lambda s: s["columns"]["access"].update(type="integer"))
    assert "'integer' is not one of ['int', 'str']" in rejected(study, "study.schema.yaml")


def test_misspelled_prompt_part_rejected():
    study = study_with(lambda s: s["prompts"]["raw"].update(usr=s["prompts"]["raw"].pop("user")))
    assert "'usr' was unexpected" in rejected(study, "study.schema.yaml")


def test_derived_column_with_patterns_and_values_rejected():
    study = load_yaml(REPO / "config" / "studies" / "study2" / "study.yaml")
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
    # The chat template's system role changes the messages, so the answers.
    assert dataclasses.replace(model, system_role=False).identity != model.identity


def test_what_changes_answers_is_decided_once(catalog):
    """The stages' rule params and the journal identity: the same part of the entry."""
    entry = catalog["gemma-2-2b-it"]
    model = Model.from_catalog(catalog, "gemma-2-2b-it")
    assert model.answering == {
        "weights": entry["weights"],
        "chat": True,
        "system_role": False,
        "serve": {"engine_args": entry["serve"]["engine_args"]},
        "endpoint": {},
    }
    # Read back from the rule param, the model answers as the catalog's entry does.
    assert Model.from_entry(model.key, model.answering).identity == model.identity
    # The title and the server's sizing and environment do not change what it answers.
    resized = copy.deepcopy(entry)
    resized["title"] = "another title"
    resized["serve"].update(gpus=2, cpus=16, memory_gb=64, shm_gb=8, env={"X": "1"})
    resized["serve"]["throughput"] = {"raw": 1}
    assert Model.from_entry(model.key, resized).answering == model.answering


def test_new_weights_never_reuse_old_answers(catalog, tmp_path):
    """The catalog says `revision: main`; the commit prepare_model fetched is in the identity,
    so answers journalled for the old weights are not reused when `main` moves."""
    model = Model.from_catalog(catalog, "gemma-2-2b-it")
    identities = set()
    for commit in ("a" * 40, "b" * 40):
        manifest = tmp_path / f"{commit[0]}.json"
        manifest.write_text(json.dumps({"model": model.key, "commit": commit}))
        prepared = with_prepared_revision(model, manifest)
        assert prepared.revision == {"commit": commit}
        identities.add(prepared.identity)
    assert len(identities) == 2 and model.identity not in identities
    body = {"messages": [{"role": "user", "content": "hi"}]}
    keys = {request_key(identity, "/v1/chat/completions", body) for identity in identities}
    assert len(keys) == 2
    # A GGUF file is identified by its hash.
    local = Model.from_catalog(catalog, "smollm2")
    manifest = tmp_path / "smollm2.json"
    manifest.write_text(json.dumps({"file_sha256": "c" * 64, "prepared_at": "then"}))
    assert with_prepared_revision(local, manifest).revision == {"file_sha256": "c" * 64}


def test_a_manifest_without_a_revision_or_a_missing_manifest_is_refused(catalog, tmp_path):
    model = Model.from_catalog(catalog, "smollm2")
    manifest = tmp_path / "smollm2.json"
    manifest.write_text(json.dumps({"model": "smollm2"}))
    with pytest.raises(ModelError, match="records no revision"):
        with_prepared_revision(model, manifest)
    with pytest.raises(ModelError, match="no weights manifest"):
        with_prepared_revision(model, None)
    api = Model.from_catalog(catalog, "deepseek-v3-api")
    assert with_prepared_revision(api, None) == api


def test_server_resources_come_from_the_catalog(catalog):
    resources = Model.from_catalog(catalog, "llama-3.1-70b-instruct").server_resources
    assert resources["gpus"] == 4 and resources["cpus"] == 8
    assert resources["shm_mb"] == 16 * 1024
    assert resources["mem_mb"] == (192 + 16) * 1024  # the pod's limit counts /dev/shm
    assert "NVIDIA-H100-80GB-HBM3" in resources["gpu_products"].split("|")
    local = Model.from_catalog(catalog, "smollm2").server_resources
    assert (local["gpus"], local["gpu_products"], local["shm_mb"]) == (0, "", 0)


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
