"""A study is a folder: its definition (study.yaml), its example input, and optional code.

    <folder>/study.yaml    the definition, checked against config/schema/study.schema.yaml
    <folder>/example.csv   the example input, read when the config names no input for it
    <folder>/*.py          code the definition names as `{function: <module>.<name>}`

The config names each study's folder under a key: `Study.name` is that key (it names the
output files and labels them), `Study.id` is the folder's name. What reaches a model request,
a seed or a journal uses the id, so renaming a key changes the file names and nothing else.
docs/studies.md describes every key of study.yaml and the function interface.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import jsonschema

from .config import load_yaml
from .errors import WorkflowError

DEFINITION_FILE = "study.yaml"
EXAMPLE_INPUT = "example.csv"
# The library sits beside config/ in the workflow's checkout (and in the image).
STUDY_SCHEMA = Path(__file__).resolve().parents[1] / "config" / "schema" / "study.schema.yaml"
STAGES = ("raw", "probabilities", "structured")


@dataclass(frozen=True)
class Study:
    """One study folder, loaded and checked."""

    name: str  # the config's key
    id: str  # the folder's name
    folder: Path
    definition: dict = field(repr=False)  # study.yaml as written

    @classmethod
    def load(cls, name: str, folder: str | Path) -> Study:
        """Read and check `folder`/study.yaml; WorkflowError naming the file if it is wrong."""
        folder = Path(folder)
        path = folder / DEFINITION_FILE
        if not path.is_file():
            raise WorkflowError(
                f"study {name!r}: {path} not found (a study is a folder with a {DEFINITION_FILE})"
            )
        definition = load_yaml(path)
        problems = sorted(
            jsonschema.Draft202012Validator(load_yaml(STUDY_SCHEMA)).iter_errors(definition),
            key=lambda error: list(map(str, error.absolute_path)),
        )
        if problems:
            listing = "\n  ".join(
                f"{'/'.join(map(str, error.absolute_path)) or '(top level)'}: {error.message}"
                for error in problems
            )
            raise WorkflowError(f"{path} is not a valid study definition:\n  {listing}")
        study = cls(name, Path(os.path.abspath(folder)).name, folder, definition)
        for spec in study.derived.values():
            if "function" in spec:
                study.function(spec)  # a missing module or function fails here, not per row
        return study

    # --- The definition's blocks -------------------------------------------------------

    @property
    def definition_file(self) -> Path:
        return self.folder / DEFINITION_FILE

    @property
    def code_files(self) -> list[Path]:
        """The folder's Python modules: the definition may name functions in any of them."""
        return sorted(self.folder.glob("*.py"))

    @property
    def example_input(self) -> Path:
        return self.folder / EXAMPLE_INPUT

    @property
    def title(self) -> str:
        return self.definition["title"]

    @property
    def description(self) -> str:
        return self.definition.get("description", "")

    @property
    def trial_id(self) -> list[str]:
        return list(self.definition["trial_id"])

    @property
    def columns(self) -> dict[str, dict]:
        return dict(self.definition["columns"])

    @property
    def row_checks(self) -> list[dict]:
        return list(self.definition.get("row_checks") or [])

    @property
    def derived(self) -> dict[str, dict]:
        return dict(self.definition.get("derived") or {})

    @property
    def prompts(self) -> dict[str, dict]:
        return dict(self.definition.get("prompts") or {})

    @property
    def structured(self) -> dict:
        """The structured stage's fields, parser and extraction prompt ({} if not defined)."""
        return dict(self.definition.get("structured") or {})

    @property
    def figures(self) -> dict[str, dict]:
        return dict(self.definition.get("figures") or {})

    @property
    def output_input_columns(self) -> list[str]:
        """The input columns every output starts with: the input's, then the derived."""
        return list(self.columns) + list(self.derived)

    # --- What the study runs -----------------------------------------------------------

    def missing_for(self, stage: str) -> str | None:
        """Why the study cannot run `stage` (None if it can)."""
        needs = {
            "raw": [("prompts", "raw")],
            "probabilities": [("probabilities",), ("prompts", "probabilities")],
            "structured": [("structured",), ("prompts", "raw")],
        }[stage]
        absent = [keys for keys in needs if not _has(self.definition, keys)]
        if not absent:
            return None
        blocks = " and ".join(f"`{'.'.join(keys)}`" for keys in absent)
        return f"{self.definition_file} defines no {blocks}"

    def planned_stages(self, stages: list[str]) -> list[str]:
        """The configured stages this study defines, in the config's order."""
        return [stage for stage in stages if self.missing_for(stage) is None]

    # --- The study's own code ----------------------------------------------------------

    def function(self, ref: dict | str) -> Callable:
        """The function a `{function: <module>.<name>}` ref names: `<name>` in the folder's
        `<module>.py`. WorkflowError naming the definition if the file or name is missing."""
        target = ref["function"] if isinstance(ref, dict) else ref
        module_name, _, name = str(target).rpartition(".")
        where = f"{self.definition_file} names {target!r}"
        if not module_name or not name:
            raise WorkflowError(f"{where}: a function is written <module>.<name>")
        path = self.folder / f"{module_name}.py"
        if not path.is_file():
            raise WorkflowError(f"{where}, but {path} does not exist")
        function = getattr(_import(path, where), name, None)
        if not callable(function):
            raise WorkflowError(f"{where}, but {path} has no function {name!r}")
        return function


def _has(definition: dict, keys: tuple[str, ...]) -> bool:
    value = definition
    for key in keys:
        if not isinstance(value, dict) or not value.get(key):
            return False
        value = value[key]
    return True


def _import(path: Path, where: str) -> ModuleType:
    """Import a study's module by path, once, under a name no other study's module shares."""
    path = path.resolve()
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:12]
    unique = f"llm_pragmatics_study_{digest}_{path.stem}"
    if unique in sys.modules:
        return sys.modules[unique]
    spec = importlib.util.spec_from_file_location(unique, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[unique] = module
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        del sys.modules[unique]
        raise WorkflowError(f"{where}, but {path} fails to import: {error!r}") from None
    return module


# --- The configured studies ------------------------------------------------------------


def load_studies(config: dict, root: str | Path = ".") -> dict[str, Study]:
    """Every study the config names, by key; folders relative to `root`. The `inputs` keys
    must name configured studies (a misspelled one would silently run the example)."""
    unknown = sorted(set(config.get("inputs") or {}) - set(config["studies"]))
    if unknown:
        raise WorkflowError(
            f"inputs names {', '.join(map(repr, unknown))}, which is not a configured study "
            f"(studies: {', '.join(config['studies'])})"
        )
    return {
        name: Study.load(name, Path(root) / folder) for name, folder in config["studies"].items()
    }


def input_file(config: dict, name: str) -> str:
    """The study's input CSV: the config's `inputs` entry, else the folder's example."""
    configured = (config.get("inputs") or {}).get(name)
    return configured or str(Path(config["studies"][name]) / EXAMPLE_INPUT)


def skipped_stages(studies: dict[str, Study], stages: list[str]) -> list[str]:
    """One line per configured stage a study does not define, and why."""
    return [
        f"{name} skips the {stage} stage: {reason}"
        for name, study in studies.items()
        for stage in stages
        if (reason := study.missing_for(stage))
    ]
