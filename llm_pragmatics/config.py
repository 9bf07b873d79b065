"""Studies and models as data: loading the study definitions and the model catalog."""

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
class Study:
    """One study's definition (config/studies/<name>.yaml)."""

    name: str
    title: str
    trial_id: list[str]
    columns: dict[str, dict]
    row_checks: list[dict]
    derived: dict[str, dict]
    prompts: dict[str, dict]
    # The structured stage's sections, fields and extraction prompt (empty if not defined).
    structured: dict = field(default_factory=dict)
    # The probability stage's option sets and questions (empty if not defined).
    probabilities: dict = field(default_factory=dict)

    @classmethod
    def from_file(cls, name: str, path: str | Path) -> Study:
        spec = load_yaml(path)
        return cls(
            name=name,
            title=spec["title"],
            trial_id=list(spec["trial_id"]),
            columns=dict(spec["columns"]),
            row_checks=list(spec.get("row_checks") or []),
            derived=dict(spec.get("derived") or {}),
            prompts=dict(spec.get("prompts") or {}),
            structured=dict(spec.get("structured") or {}),
            probabilities=dict(spec.get("probabilities") or {}),
        )

    @property
    def output_input_columns(self) -> list[str]:
        """The input columns every output starts with: the input's, then the derived."""
        return list(self.columns) + list(self.derived)


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
    def identity(self) -> str:
        """A stable fingerprint of what answers: weights and engine, or the external API.

        Part of every journal key, so that changing the weights or the engine arguments
        never reuses answers recorded for another configuration. Settings that do not change
        the answers (the server's environment, its CPUs and GPUs) are left out.
        """
        what = {
            "weights": self.weights,
            "engine_args": self.serve.get("engine_args") or {},
            "endpoint": self.endpoint,
        }
        return hashlib.sha256(json.dumps(what, sort_keys=True).encode()).hexdigest()[:16]

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
