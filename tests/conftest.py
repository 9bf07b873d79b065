"""Shared test fixtures: the repository, the local model, and one vLLM server per session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from llm_pragmatics.client import Endpoint, wait_for_server
from llm_pragmatics.config import Model, load_yaml
from llm_pragmatics.extraction import ExtractionSpec
from llm_pragmatics.studies import Study, load_studies
from llm_pragmatics.weights import prepare_weights

REPO = Path(__file__).resolve().parents[1]
# Beside the checkout; LLM_PRAGMATICS_SHARED_DATA points elsewhere (a worktree's checkout is
# not beside it).
SHARED_DATA = Path(os.environ.get("LLM_PRAGMATICS_SHARED_DATA", REPO.parent / "shared" / "data"))
MODEL_KEY = "smollm2"


@pytest.fixture(scope="session")
def catalog() -> dict:
    return load_yaml(REPO / "config" / "models.yaml")


@pytest.fixture(scope="session")
def model(catalog) -> Model:
    return Model.from_catalog(catalog, MODEL_KEY)


@pytest.fixture(scope="session")
def studies() -> dict[str, Study]:
    return load_studies(load_yaml(REPO / "config" / "config.yaml"), REPO)


@pytest.fixture(scope="session")
def study1(studies) -> ExtractionSpec:
    """The structured stage's reading of Study 1, for the readers' tests."""
    return ExtractionSpec.from_study(studies["study1"])


@pytest.fixture(scope="session")
def study2(studies) -> ExtractionSpec:
    """The structured stage's reading of Study 2, for the readers' tests."""
    return ExtractionSpec.from_study(studies["study2"])


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data beside the checkout; tests that need it are skipped where it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(
            f"skipped: {SHARED_DATA} is absent (it exists only beside the developers' checkout)"
        )
    return SHARED_DATA


@pytest.fixture(scope="session")
def model_weights(model) -> Path:
    """The local model's folder, prepared once (the workflow's prepare_model does the same)."""
    folder = REPO / "resources" / "models" / MODEL_KEY
    prepare_weights(model, folder)  # kept as it is when it already holds these weights
    return folder


def start_launcher(model_weights: Path, workdir: Path) -> tuple[subprocess.Popen, Path]:
    """The server launcher on the local model, as the serve_model rule runs it; returns the
    process and its endpoint file (its log is serve.log beside it)."""
    endpoint_file, log_file = workdir / "server.json", workdir / "serve.log"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llm_pragmatics.server",
            "--catalog",
            str(REPO / "config" / "models.yaml"),
            "--model",
            MODEL_KEY,
            "--weights",
            str(model_weights),
            "--endpoint-file",
            str(endpoint_file),
            "--log",
            str(log_file),
        ],
        cwd=REPO,
    )
    return process, endpoint_file


@pytest.fixture(scope="session")
def vllm_server(model_weights, tmp_path_factory) -> Endpoint:
    """One real vLLM server on the real small model, shared by every test that needs one."""
    process, endpoint_file = start_launcher(model_weights, tmp_path_factory.mktemp("server"))
    try:
        yield wait_for_server(endpoint_file, timeout_seconds=600)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


def pytest_configure(config):
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def full_run(model_weights, tmp_path_factory) -> Path:
    """The workflow run once through every stage, with its reports (workflow_runs.py): the
    workflow and report tests read it; a test that changes it works on a copy."""
    from .workflow_runs import make_full_run

    return make_full_run(tmp_path_factory.mktemp("full-run") / "clone", model_weights)
