"""The NRP profile (profiles/nrp): the Kubernetes Jobs it submits, and the whole workflow
with every file in S3, without a cluster.

Snakemake runs with the real executor code (snakemake_executor_plugin_nrp on top of the
stock Kubernetes executor) and the real S3 storage plugin; the Kubernetes API is replaced
at the client boundary by tests/kubernetes_fake.py, which records every Job and runs its
pod's command here as the pod would run it (a fresh directory, the pod's environment from
the Job and its Secrets), and S3 is a local moto server.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import kubernetes.client
import pandas as pd
import pytest
import yaml

from llm_pragmatics.config import load_yaml
from llm_pragmatics.studies import EXAMPLE_INPUT

from .conftest import MODEL_KEY, REPO
from .kubernetes_fake import load_records
from .s3_server import s3_server
from .workflow_runs import (
    WORKFLOW_FILES,
    check_probabilities_output,
    check_raw_output,
    planned_jobs,
)

pytestmark = pytest.mark.workflow

FAKE_KUBERNETES = REPO / "tests" / "kubernetes_fake.py"
BUCKET = "nrp-tests"
PREFIX = "llm-pragmatics"
IMAGE = "registry.example.org/lab/llm-pragmatics:test"
NAMESPACE = "lab-namespace"
# A planted hub token: it must reach the pods through its Secret, and nowhere else.
HUB_TOKEN = "hf_plantedTokenForTheNrpTests0123456789"
NRP_CONFIG = load_yaml(REPO / "profiles" / "nrp" / "workflow.yaml")
CATALOG = load_yaml(REPO / "config" / "models.yaml")


def git_workflow(target: Path) -> Path:
    """A copy of the workflow as a user's commit: Snakemake deploys what git tracks."""
    target.mkdir(parents=True)
    for name in [*WORKFLOW_FILES, "llm_pragmatics"]:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    for command in (
        ["git", "init", "-q"],
        ["git", "add", "."],
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "w"],
    ):
        subprocess.run(command, cwd=target, check=True)
    return target


def submit(
    workdir: Path, s3, records: Path, *args: str, run_pods: bool = True, timeout: int = 1800
) -> subprocess.CompletedProcess:
    """`snakemake --profile profiles/nrp all ...` against the stand-in cluster and S3."""
    env = {
        **os.environ,
        **s3.env(),
        "NRP_NAMESPACE": NAMESPACE,
        "NRP_IMAGE": IMAGE,
        "NRP_S3_BUCKET": BUCKET,
        "FAKE_K8S_RECORD_DIR": str(records),
        "FAKE_K8S_RUN_PODS": "1" if run_pods else "0",
        "FAKE_K8S_SECRETS": json.dumps({"hf-token": {"token": HUB_TOKEN}}),
        # The image's environment: this project's interpreter and packages.
        "FAKE_K8S_POD_ENV": json.dumps(
            {
                "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin",
                "HOME": str(records / "home"),
                "LANG": "C.UTF-8",
            }
        ),
    }
    env.pop("HF_TOKEN", None)
    command = [sys.executable, str(FAKE_KUBERNETES), "all", "--profile", "profiles/nrp"]
    command += ["--seconds-between-status-checks", "1", *args]
    return subprocess.run(
        command, cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout
    )


def job_rules(body: dict) -> set[str]:
    """The rules a Job runs, from its Snakemake command (--target-jobs 'rule:wildcards')."""
    command = body["spec"]["template"]["spec"]["containers"][0]["args"][-1]
    targets = command.split("--target-jobs")[-1].split(" --")[0]
    return set(re.findall(r"'(\w+):", targets))


def job_models(body: dict) -> set[str]:
    command = body["spec"]["template"]["spec"]["containers"][0]["args"][-1]
    return set(re.findall(r"model=([\w.-]+)", command))


def quantity(text: str) -> float:
    """A Kubernetes quantity as a number (the units this executor writes)."""
    units = {"m": 1e-3, "M": 1e6, "Mi": 2**20, "G": 1e9, "Gi": 2**30}
    number, unit = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", text).groups()
    return float(number) * units.get(unit, 1)


# --- The Jobs of the default NRP run -------------------------------------------------------


@pytest.fixture(scope="module")
def submitted(tmp_path_factory):
    """The Jobs the default NRP profile submits first, captured without running any pod.

    Every model's weights but one are already prepared (their manifests are in S3), so the
    first Jobs are the model groups with their GPUs, and one CPU-only preparation.
    """
    root = tmp_path_factory.mktemp("nrp-submitted")
    workdir = git_workflow(root / "workflow")
    records = root / "records"
    unprepared = NRP_CONFIG["models"][0]
    with s3_server(root) as s3:
        s3.create_bucket(BUCKET)
        client = s3.client()
        for key in NRP_CONFIG["models"][1:]:
            manifest = {"model": key, "folder": f"/cache/models/{key}"}
            client.put_object(
                Bucket=BUCKET,
                Key=f"{PREFIX}/resources/models/{key}.json",
                Body=json.dumps(manifest).encode(),
            )
        done = submit(workdir, s3, records, "--keep-going", run_pods=False, timeout=600)
    return {
        "done": done,
        "jobs": load_records(records)["jobs"],
        "secrets": load_records(records)["secrets"],
        "unprepared": unprepared,
    }


def model_jobs(submitted) -> dict[str, dict]:
    return {
        next(iter(job_models(body))): body
        for body in submitted["jobs"].values()
        if "serve_model" in job_rules(body)
    }


def test_the_default_run_submits_one_gpu_job_per_prepared_model_and_a_cpu_preparation(
    submitted,
):
    assert submitted["done"].returncode != 0  # no pod ran, so every Job failed
    jobs = model_jobs(submitted)
    assert set(jobs) == set(NRP_CONFIG["models"][1:])
    for key, body in jobs.items():
        # The server and the stages that query it are one Job: one pod.
        assert job_rules(body) == {"serve_model", "raw_answers", "probabilities"}, key
    # The unprepared models (one under study, and the extraction model) are prepared first,
    # by CPU-only Jobs, one per model.
    preparations = [b for b in submitted["jobs"].values() if job_rules(b) == {"prepare_model"}]
    assert sorted(model for b in preparations for model in job_models(b)) == sorted(
        [submitted["unprepared"], NRP_CONFIG["extraction"]["model"]]
    )
    # The inputs are checked on the submitting machine, where they are: no Job.
    assert not any("check_input" in job_rules(body) for body in submitted["jobs"].values())


def test_gpu_jobs_ask_for_the_catalogs_gpus_memory_and_gpu_models(submitted):
    for key, body in model_jobs(submitted).items():
        serve = CATALOG[key]["serve"]
        pod = body["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        requests, limits = container["resources"]["requests"], container["resources"]["limits"]
        assert requests["nvidia.com/gpu"] == limits["nvidia.com/gpu"] == str(serve["gpus"])
        assert {
            "key": "nvidia.com/gpu",
            "operator": "Equal",
            "value": "present",
            "effect": "NoSchedule",
        } in pod["tolerations"]
        (term,) = pod["affinity"]["nodeAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"][
            "nodeSelectorTerms"
        ]
        (expression,) = term["matchExpressions"]
        assert expression == {
            "key": "nvidia.com/gpu.product",
            "operator": "In",
            "values": serve["gpu_products"],
        }
        # Memory: the server's and its shared memory, plus the default of each stage job
        # (raw answers and probabilities for each study) running beside it.
        stage_jobs = len(re.findall(r"'(?:raw_answers|probabilities):", container["args"][-1]))
        assert stage_jobs == 2 * 2
        memory_mb = 1024 * (serve["memory_gb"] + serve["shm_gb"]) + stage_jobs * 2048
        assert quantity(requests["memory"]) == quantity(limits["memory"]) == memory_mb * 1e6
        assert quantity(requests["cpu"]) == pytest.approx(0.95 * serve["cpus"])
        assert quantity(limits["cpu"]) == serve["cpus"]
        # NRP's policy: limits within 20% of requests.
        for resource, limit in limits.items():
            assert quantity(limit) <= 1.2 * quantity(requests[resource]), (key, resource)
        # /dev/shm in memory, as large as the catalog says.
        shm = next(v for v in pod["volumes"] if v["name"] == "dshm")
        assert shm["emptyDir"] == {
            "medium": "Memory",
            "sizeLimit": f"{int(1024 * serve['shm_gb'])}M",
        }
        assert {"name": "dshm", "mountPath": "/dev/shm"} in container["volumeMounts"]


def test_every_job_mounts_the_model_cache_and_gets_the_hub_token_from_its_secret(submitted):
    for body in submitted["jobs"].values():
        pod = body["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        assert container["image"] == IMAGE
        assert {
            "name": "model-cache",
            "persistentVolumeClaim": {"claimName": "model-cache"},
        } in pod["volumes"]
        assert {"name": "model-cache", "mountPath": "/cache"} in container["volumeMounts"]
        env = {entry["name"]: entry for entry in container["env"]}
        assert env["HF_TOKEN"] == {
            "name": "HF_TOKEN",
            "valueFrom": {"secretKeyRef": {"key": "token", "name": "hf-token", "optional": True}},
        }
        # S3 settings come from the run's Secret, never as plain values in the Job.
        for name in ("SNAKEMAKE_STORAGE_S3_ACCESS_KEY", "SNAKEMAKE_STORAGE_S3_SECRET_KEY"):
            assert "secretKeyRef" in env[name]["valueFrom"], name
        assert all("value" not in entry for entry in container["env"])
        assert HUB_TOKEN not in json.dumps(body)
        # The pod runs the workflow's sources from S3, with the image's packages (the
        # storage plugin is in the image: no unpinned pip install at each start).
        assert container["command"] == ["/bin/sh"]
        command = container["args"][-1]
        assert "pip install" not in command
        assert "--deploy-sources s3://" in command
        assert f"--default-storage-prefix 's3://{BUCKET}/{PREFIX}'" in command
        assert "--mode 'remote'" in command
    # The hub token is not in the run's Secret either: it stays in its own.
    for secret in submitted["secrets"].values():
        values = [base64.b64decode(v).decode() for v in (secret.get("data") or {}).values()]
        assert HUB_TOKEN not in values


def test_a_cpu_only_job_asks_for_no_gpu(submitted):
    preparations = [b for b in submitted["jobs"].values() if job_rules(b) == {"prepare_model"}]
    assert preparations
    for body in preparations:
        pod = body["spec"]["template"]["spec"]
        (container,) = pod["containers"]
        resources = container["resources"]
        assert not any("gpu" in name for part in resources.values() for name in part)
        assert not pod.get("tolerations") and not pod.get("affinity")
        assert quantity(resources["requests"]["memory"]) == 16384 * 1e6  # the profile's


def test_the_jobs_are_valid_kubernetes_objects(submitted):
    api = kubernetes.client.ApiClient()
    for name, body in submitted["jobs"].items():
        job = api._ApiClient__deserialize(body, "V1Job")  # validates required fields, enums
        assert isinstance(job, kubernetes.client.V1Job)
        assert api.sanitize_for_serialization(job) == body, name
        assert re.fullmatch(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", name) and len(name) <= 63
        for value in body["metadata"]["labels"].values():
            assert re.fullmatch(r"([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]?", value), value
            assert len(value) <= 63
        assert body["spec"]["template"]["metadata"]["labels"] == body["metadata"]["labels"]
        assert body["metadata"]["labels"]["app"] == "snakemake"
        assert body["spec"]["backoffLimit"] == 0
        assert body["spec"]["template"]["spec"]["restartPolicy"] == "Never"


# --- The whole workflow, every file in S3 --------------------------------------------------


# Rows per study in the cluster run: what travels and where it runs does not depend on how
# many rows there are, and every row costs model time.
CLUSTER_RUN_ROWS = 4


def first_rows_of_examples(workdir: Path, studies: dict[str, str], rows: int) -> dict[str, str]:
    """Inputs of each study's first example rows, written beside the workflow (the
    submitting machine checks them and puts them in S3); study key -> path."""
    inputs = {}
    for name, folder in studies.items():
        path = workdir / "inputs" / f"{name}.csv"
        path.parent.mkdir(exist_ok=True)
        example = workdir / folder / EXAMPLE_INPUT
        pd.read_csv(example, dtype=str, keep_default_na=False).head(rows).to_csv(path, index=False)
        inputs[name] = str(path.relative_to(workdir))
    return inputs


@pytest.fixture(scope="module")
def cluster_run(tmp_path_factory, model_weights):
    """The workflow on the small CPU model through the NRP profile: inputs checked here,
    every other job in a "pod" (a fresh directory, the sources and inputs from S3, the
    model cache and journals on the shared volume), results in S3."""
    root = tmp_path_factory.mktemp("nrp-run")
    volume = root / "volume"  # the persistent volume, mounted at the same path in every pod
    (volume / "models").mkdir(parents=True)
    # The weights are on the volume already, as after an earlier run's download.
    (volume / "models" / MODEL_KEY).symlink_to(model_weights)
    workdir = root / "workflow"
    settings = {
        **load_yaml(REPO / "tests" / "config" / "workflow.yaml"),
        "models": [MODEL_KEY],
        "stages": ["raw", "probabilities", "structured"],
        "extraction": {"model": MODEL_KEY},
        "model_cache": str(volume / "models"),
        "journal_dir": str(volume / "journal"),
    }
    git_workflow(workdir)
    # Every study the run has: the shipped ones and those the test settings add.
    studies = {**load_yaml(workdir / "config" / "config.yaml")["studies"], **settings["studies"]}
    settings["inputs"] = first_rows_of_examples(workdir, studies, CLUSTER_RUN_ROWS)
    (workdir / "cluster-test.yaml").write_text(yaml.safe_dump(settings))
    records = root / "records"
    options = [
        "--configfile",
        "cluster-test.yaml",
        "--nrp-persistent-volumes",
        f"model-cache:{volume}",
    ]
    server = s3_server(root)
    s3 = server.__enter__()
    s3.create_bucket(BUCKET)
    first = submit(workdir, s3, records, *options)
    yield {
        "root": root,
        "workdir": workdir,
        "s3": s3,
        "records": records,
        "options": options,
        "first": first,
        "settings": settings,
    }
    server.__exit__(None, None, None)


def s3_table(s3, path: str) -> pd.DataFrame:
    body = s3.read(BUCKET, f"{PREFIX}/{path}")
    return pd.read_csv(io.BytesIO(body), keep_default_na=False, na_values=[""])


def test_the_workflow_runs_with_every_file_in_s3(cluster_run, studies):
    first = cluster_run["first"]
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-8000:]
    s3, workdir = cluster_run["s3"], cluster_run["workdir"]
    keys = set(s3.list_keys(BUCKET, PREFIX))
    # The tests' own study (tests/config/workflow.yaml) too: its code travels to the pods.
    for study in ("study1", "study2", "scalar"):
        for stage in ("raw", "probabilities", "structured"):
            assert f"{PREFIX}/results/{MODEL_KEY}/{study}_{stage}.csv" in keys
            assert f"{PREFIX}/results/all/{study}_{stage}.csv" in keys
        # Nothing was written to the submitting machine's results but the run's records.
        assert not (workdir / "results" / MODEL_KEY / f"{study}_raw.csv").exists()
    assert f"{PREFIX}/results/{MODEL_KEY}/provenance.json" in keys
    # The tables in S3 pass the same checks as the local run's.
    mirror = cluster_run["root"] / "from-s3"
    for key in keys:
        target = mirror / key.removeprefix(f"{PREFIX}/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(s3.read(BUCKET, key))
    shutil.copytree(workdir / "config", mirror / "config")
    for study in ("study1", "study2"):
        raw = check_raw_output(mirror, studies, study)
        probabilities = check_probabilities_output(mirror, studies, study)
        assert (
            len(raw)
            == len(probabilities)
            == len(pd.read_csv(workdir / cluster_run["settings"]["inputs"][study]))
            == CLUSTER_RUN_ROWS
        )


def test_each_model_group_ran_in_one_pod_and_the_server_inside_it(cluster_run):
    records = load_records(cluster_run["records"])
    groups = {name: job_rules(body) for name, body in records["jobs"].items()}
    model_pods = [name for name, rules in groups.items() if "serve_model" in rules]
    extraction_pods = [n for n, rules in groups.items() if "serve_extraction_model" in rules]
    assert len(model_pods) == 1 and len(extraction_pods) == 1
    (pod,) = model_pods
    assert groups[pod] == {"serve_model", "raw_answers", "probabilities"}
    assert records["pods"][pod]["exit_code"] == 0
    log = records["pods"][pod]["log"]
    assert "model server ready" in s3_text(cluster_run, f"logs/{MODEL_KEY}/serve.log")
    assert "stopping the model server" in s3_text(cluster_run, f"logs/{MODEL_KEY}/serve.log")
    # Every pod started in an empty directory and got its files from S3 and the volume.
    for name, pod_record in records["pods"].items():
        assert pod_record["exit_code"] == 0, (name, pod_record["log"][-3000:])
    # The pod got its inputs from S3, stopped the server when the stages were done (so
    # no pod holds a GPU idle), and stored the outputs in S3.
    storage = f"s3://{BUCKET}/{PREFIX}"
    assert f"Retrieving from storage: {storage}/results/inputs/study1.csv" in log
    assert f"Retrieving from storage: {storage}/resources/models/{MODEL_KEY}.json" in log
    assert "Terminating service job" in log
    assert f"Storing in storage: {storage}/results/{MODEL_KEY}/study2_raw.csv" in log


def s3_text(cluster_run, path: str) -> str:
    return cluster_run["s3"].read(BUCKET, f"{PREFIX}/{path}").decode()


def test_no_planted_token_reaches_s3_the_records_or_the_journals(cluster_run):
    s3 = cluster_run["s3"]
    for key in s3.list_keys(BUCKET, PREFIX):
        assert HUB_TOKEN.encode() not in s3.read(BUCKET, key), key
    places = [cluster_run["root"] / "volume" / "journal", cluster_run["records"] / "pods"]
    places += [cluster_run["workdir"] / ".snakemake" / "log"]
    for place in places:
        for path in place.rglob("*"):
            if path.is_file():
                assert HUB_TOKEN.encode() not in path.read_bytes(), path


def test_a_second_run_finds_everything_in_s3_and_submits_nothing(cluster_run):
    records = cluster_run["root"] / "records-again"
    again = submit(cluster_run["workdir"], cluster_run["s3"], records, *cluster_run["options"])
    assert again.returncode == 0, again.stderr[-5000:]
    assert "Nothing to be done" in again.stdout + again.stderr
    assert not load_records(records)["jobs"]


def test_the_report_is_built_from_s3_on_the_submitting_machine(cluster_run):
    records = cluster_run["root"] / "records-report"
    report = cluster_run["workdir"] / "report.html"
    done = submit(
        cluster_run["workdir"],
        cluster_run["s3"],
        records,
        *cluster_run["options"],
        "--report",
        str(report),
    )
    assert done.returncode == 0, done.stderr[-5000:]
    html = report.read_text(encoding="utf-8")
    assert "study1_probabilities.csv" in html and "provenance" in html
    assert HUB_TOKEN not in html


def test_a_pod_that_fails_fails_the_run_with_its_log_and_writes_no_output(tmp_path):
    """The model cache lost the weights that S3's manifest records: the model's pod fails
    at once with the reason, the run fails, and the pod's log is kept on this machine."""
    volume = tmp_path / "volume"
    (volume / "models").mkdir(parents=True)  # emptied: the manifest below points into it
    workdir = git_workflow(tmp_path / "workflow")
    settings = {
        **load_yaml(REPO / "tests" / "config" / "workflow.yaml"),
        "models": [MODEL_KEY],
        "stages": ["raw"],
        "model_cache": str(volume / "models"),
        "journal_dir": str(volume / "journal"),
    }
    (workdir / "cluster-test.yaml").write_text(yaml.safe_dump(settings))
    with s3_server(tmp_path) as s3:
        s3.create_bucket(BUCKET)
        manifest = {
            "model": MODEL_KEY,
            "folder": str(volume / "models" / MODEL_KEY),
            "file_sha256": "0" * 64,
        }
        s3.client().put_object(
            Bucket=BUCKET,
            Key=f"{PREFIX}/resources/models/{MODEL_KEY}.json",
            Body=json.dumps(manifest).encode(),
        )
        options = ["--configfile", "cluster-test.yaml"]
        options += ["--nrp-persistent-volumes", f"model-cache:{volume}"]
        done = submit(workdir, s3, tmp_path / "records", *options, timeout=900)
        keys = s3.list_keys(BUCKET, PREFIX)
    assert done.returncode != 0
    (saved,) = (workdir / ".snakemake" / "auxiliary" / "kubernetes-logs").glob("*.log")
    assert "holds no weights" in saved.read_text()
    assert "resources/models/smollm2.json and rerun" in saved.read_text()
    assert not [key for key in keys if key.endswith("_raw.csv")]


# --- The dry run's plan ---------------------------------------------------------------------


def dry_run(tmp_path: Path, *options: str) -> str:
    workdir = git_workflow(tmp_path / "workflow")
    with s3_server(tmp_path) as s3:
        s3.create_bucket(BUCKET)
        done = submit(workdir, s3, tmp_path / "records", "-n", *options, timeout=600)
    assert done.returncode == 0, done.stderr[-5000:]
    assert not load_records(tmp_path / "records")["jobs"]  # a dry run submits nothing
    return done.stdout + done.stderr


def plan_rows(output: str) -> dict[tuple[str, str], dict]:
    rows = re.findall(
        r"^\s+(\S+)\s+(\d+) (raw|probabilities|structured)\s+([\d,]+)\s+([\d.]+)\s+"
        r"([\d.]+)\s+([\d.]+)$",
        output,
        re.M,
    )
    return {
        (group, stage): {
            "gpus": int(gpus),
            "requests": int(requests.replace(",", "")),
            "gpu_hours": float(gpu_hours),
        }
        for group, gpus, stage, requests, _, _, gpu_hours in rows
    }


def expected_requests(inputs: dict[str, Path]) -> dict[str, int]:
    """Requests per model, counted here from the inputs and the option counts of
    docs/columns.md: Study 1 scores 4 state questions of 11 options and a yes/no question
    per row, Study 2 the 8 utterances."""
    rows = {study: len(pd.read_csv(path)) for study, path in inputs.items()}
    return {
        "raw": sum(rows.values()),
        "probabilities": rows["study1"] * (4 * 11 + 2) + rows["study2"] * 8,
    }


def check_plan(output: str, inputs: dict[str, Path]) -> None:
    check_plan_rows(output, inputs)
    models = NRP_CONFIG["models"]
    jobs = planned_jobs(output)
    assert jobs["serve_model"] == len(models) and jobs["serve_extraction_model"] == 1
    assert jobs["prepare_model"] == len(models) + 1


def check_plan_rows(output: str, inputs: dict[str, Path]) -> None:
    """The plan's rows for the NRP lineup: requests from the inputs, GPU hours from the
    catalog's throughputs."""
    expected = expected_requests(inputs)
    rows = plan_rows(output)
    models = NRP_CONFIG["models"]
    for key in models:
        serve = CATALOG[key]["serve"]
        for stage in ("raw", "probabilities"):
            row = rows[(f"model_{key}", stage)]
            assert row["requests"] == expected[stage], (key, stage)
            assert row["gpus"] == serve["gpus"]
            hours = expected[stage] / serve["throughput"][stage] / 3600 * serve["gpus"]
            assert row["gpu_hours"] == pytest.approx(hours, abs=0.006), (key, stage)
    extraction = NRP_CONFIG["extraction"]["model"]
    row = rows[(f"extraction_{extraction}", "structured")]
    assert row["requests"] == expected["raw"] * len(models)
    assert f"{len(models) + 1} GPU pod(s)" in output


def test_the_dry_run_prints_the_pods_and_gpu_hours_without_a_cluster(tmp_path):
    output = dry_run(tmp_path)
    examples = {
        study: REPO / "config" / "studies" / study / "example.csv" for study in ("study1", "study2")
    }
    check_plan(output, examples)


def test_the_dry_run_on_the_real_inputs_counts_the_specs_requests(tmp_path, shared_data):
    inputs = {"study1": shared_data / "study1.csv", "study2": shared_data / "study2.csv"}
    (tmp_path / "real.yaml").write_text(
        yaml.safe_dump({"inputs": {study: str(path) for study, path in inputs.items()}})
    )
    output = dry_run(
        tmp_path, "--configfile", "profiles/nrp/workflow.yaml", str(tmp_path / "real.yaml")
    )
    check_plan(output, inputs)
    # The real inputs' scale: 2,724 answers and 33,192 option sequences per model.
    assert expected_requests(inputs) == {"raw": 2724, "probabilities": 33192}


# Every setting the NRP profile reads from the environment.
NRP_VARIABLES = NRP_CONFIG["required_environment"]["variables"]


def without_credentials(home: Path) -> dict[str, str]:
    """This environment less every NRP, S3, Kubernetes and hub setting."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in NRP_VARIABLES
        and not name.startswith(("NRP_", "SNAKEMAKE_STORAGE_", "KUBE", "AWS_", "HF_"))
    }
    env["HOME"] = str(home)  # no ~/.kube/config, no ~/.aws
    return env


def example_and_real_inputs(shared_data_dir: Path) -> list[dict[str, Path]]:
    cases = [
        {
            study: REPO / "config" / "studies" / study / "example.csv"
            for study in ("study1", "study2")
        }
    ]
    if shared_data_dir.is_dir():
        cases.append({study: shared_data_dir / f"{study}.csv" for study in ("study1", "study2")})
    return cases


def test_make_plan_prints_the_lineups_gpu_hours_with_no_cluster_storage_or_credentials(tmp_path):
    from .conftest import SHARED_DATA

    for inputs in example_and_real_inputs(SHARED_DATA):
        listed = " ".join(f"{study}={path}" for study, path in inputs.items())
        done = subprocess.run(
            ["make", "-s", "plan", f"INPUTS={listed}"],
            cwd=REPO,
            env=without_credentials(tmp_path),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        check_plan_rows(done.stdout, inputs)
        rows = {study: len(pd.read_csv(path)) for study, path in inputs.items()}
        for study, count in rows.items():
            assert f"  {study}: {count:,} rows ({inputs[study]})" in done.stdout


def test_make_plan_refuses_an_input_the_gate_would_refuse(tmp_path):
    bad = tmp_path / "study1.csv"
    text = (REPO / "config" / "studies" / "study1" / "example.csv").read_text(encoding="utf-8")
    bad.write_text(text.replace("knowledgeQ", "knowlegeQ", 1), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "llm_pragmatics.plan", f"study1={bad}"],
        cwd=REPO,
        env=without_credentials(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert "column 'knowledgeQ' is missing (the file has 'knowlegeQ': misspelled?)" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("dry", [True, False], ids=["dry-run", "run"])
def test_unset_nrp_variables_stop_the_run_with_one_short_message(tmp_path, dry):
    workdir = git_workflow(tmp_path / "workflow")
    env = without_credentials(tmp_path)
    env["NRP_NAMESPACE"] = NAMESPACE  # set: it must not be named
    command = [sys.executable, "-m", "snakemake", "all", "--profile", "profiles/nrp"]
    done = subprocess.run(
        command + (["-n"] if dry else []),
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0
    unset = [name for name in NRP_VARIABLES if name != "NRP_NAMESPACE"]
    message = f"environment variable(s) not set: {', '.join(unset)}."
    assert message in output
    assert 'docs/nrp.md, step 4 ("Settings for each session") sets them' in output
    assert "make plan" in output
    # One short error: no traceback of the storage plugin, no exception group.
    assert "Traceback" not in output and "Exception Group" not in output
    assert "$NRP_S3_BUCKET" not in output
    plan = output.split("WorkflowError")[0]
    assert len(output.splitlines()) - len(plan.splitlines()) < 6
    # The docs' step 4 exports exactly these variables.
    docs = (REPO / "docs" / "nrp.md").read_text(encoding="utf-8")
    step = docs.split("## 4. Settings for each session")[1].split("\n## ")[0]
    assert set(re.findall(r"export (\w+)=", step)) == set(NRP_VARIABLES)


def test_the_image_pins_what_the_lock_file_pins():
    locked = {}
    for line in (REPO / "requirements.lock").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            locked[name.lower().replace("_", "-")] = version
    pinned = 0
    for line in (REPO / "docker" / "requirements.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            name = re.sub(r"\[.*\]", "", name).lower().replace("_", "-")
            assert locked[name] == version, name
            pinned += 1
    assert pinned >= 5


def test_a_malformed_hub_token_secret_is_refused_with_the_expected_form():
    from snakemake_interface_common.exceptions import WorkflowError

    from snakemake_executor_plugin_nrp import parse_secret_key

    assert parse_secret_key("hf-token:token") == ("hf-token", "token")
    assert parse_secret_key(None) is None
    for bad in ("hf-token", ":token", "hf-token:"):
        with pytest.raises(WorkflowError, match="expected <secret name>:<key>"):
            parse_secret_key(bad)
