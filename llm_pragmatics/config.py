"""Models as data: the model catalog (config/models.yaml), and reading the workflow's YAML."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


def load_yaml(path: str | Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


@dataclass(frozen=True)
class Model:
    """One model catalog entry (config/models.yaml)."""

    key: str
    title: str
    chat: bool
    system_role: bool
    weights: dict = field(default_factory=dict)
    serve: dict = field(default_factory=dict)
    endpoint: dict = field(default_factory=dict)
    # What prepare_model fetched: {"commit": ...} or {"file_sha256": ...} ({} until known).
    revision: dict = field(default_factory=dict)

    @classmethod
    def from_catalog(cls, catalog: dict, key: str) -> Model:
        if key not in catalog:
            known = ", ".join(sorted(catalog))
            raise KeyError(f"model {key!r} is not in the model catalog (known: {known})")
        return cls.from_entry(key, catalog[key])

    @classmethod
    def from_entry(cls, key: str, entry: dict) -> Model:
        return cls(
            key=key,
            title=entry.get("title", key),
            chat=entry.get("chat", True),
            system_role=entry.get("system_role", True),
            weights=entry.get("weights") or {},
            serve=entry.get("serve") or {},
            endpoint=entry.get("endpoint") or {},
        )

    @property
    def self_hosted(self) -> bool:
        return not self.endpoint

    @property
    def served_name(self) -> str:
        """The model name requests carry: the catalog key for our own servers."""
        return self.endpoint.get("model", self.key)

    @property
    def answering(self) -> dict:
        """What of the catalog entry changes the model's answers, as a catalog entry: the
        weights, the chat template and its system role, the engine arguments, the external
        endpoint. Not the title, nor the server's sizing and environment.

        The stages' rule params (a change reruns them, a change elsewhere does not) and the
        journal identity both come from here.
        """
        return {
            "weights": self.weights,
            "chat": self.chat,
            "system_role": self.system_role,
            "serve": {"engine_args": self.serve.get("engine_args") or {}},
            "endpoint": self.endpoint,
        }

    @property
    def identity(self) -> str:
        """A stable fingerprint of what answers: `answering` and the prepared revision.

        Part of every journal key, so that other weights (a moved hub branch, a new GGUF
        file), another chat template or other engine arguments never reuse answers recorded
        for another configuration.
        """
        what = {**self.answering, "revision": self.revision}
        return hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()[:16]

    @property
    def server_resources(self) -> dict:
        """What the model's server needs (its rule's threads and resources; on the cluster,
        its pod): cores, GPUs, the GPU models it may run on ("A|B", "" for any), memory in
        MB with its memory-backed /dev/shm included (the pod's limit counts it), and /dev/shm."""
        shm_mb = int(1024 * self.serve.get("shm_gb", 0))
        return {
            "cpus": self.serve.get("cpus", 1),
            "gpus": self.serve.get("gpus", 0),
            "gpu_products": "|".join(self.serve.get("gpu_products", [])),
            "mem_mb": int(1024 * self.serve.get("memory_gb", 8)) + shm_mb,
            "shm_mb": shm_mb,
        }

    def engine_flags(self) -> list[str]:
        """The catalog's engine arguments as vLLM flags (`false` gives vLLM's --no-<flag>)."""
        flags: list[str] = []
        for name, value in (self.serve.get("engine_args") or {}).items():
            flag = "--" + name.replace("_", "-")
            if value is True:
                flags.append(flag)
            elif value is False:
                flags.append("--no-" + flag[2:])
            else:
                flags.extend([flag, str(value)])
        return flags


def messages_for(model: Model, system: str | None, user: str) -> list[dict[str, Any]]:
    """Chat messages for a prompt, honouring templates that have no system role."""
    if not system:
        return [{"role": "user", "content": user}]
    if model.system_role:
        return [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ]
    return [{"role": "user", "content": f"{system}\n\n{user}"}]
