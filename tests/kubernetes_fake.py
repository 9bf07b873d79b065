"""A stand-in for the Kubernetes API, for running Snakemake's Kubernetes executor without a cluster.

Used as a script in place of the `snakemake` command::

    FAKE_K8S_RECORD_DIR=records python tests/kubernetes_fake.py --executor kubernetes ...

it replaces `kubernetes.config.load_kube_config`, `load_incluster_config`,
`kubernetes.client.CoreV1Api` and `kubernetes.client.BatchV1Api` with fakes sharing one
in-memory cluster, then runs Snakemake's CLI in this process. The executor's calls reach the
fakes at the kubernetes client boundary: every Secret and Job body is recorded as JSON, and
each Job's pod is "run" by executing its container's command on this machine, in a fresh
directory standing for the pod's working directory, with the container's environment
resolved from the Secrets as the kubelet would resolve it.

Environment variables:

- FAKE_K8S_RECORD_DIR (required): where records go: `jobs/<job>.json` and
  `secrets/<name>.json` (bodies serialised with `ApiClient().sanitize_for_serialization`),
  `pods/<job>.log` (the command's stdout and stderr) and `pods/<job>.json` (exit_code,
  workdir, command, seconds, reason). Pod directories are made under `pod-dirs/<job>/`.
- FAKE_K8S_RUN_PODS: "1" (default) runs pods; "0" runs none and reports each Job failed.
- FAKE_K8S_SECRETS: JSON {"<secret>": {"<key>": "<plain value>"}} of Secrets that exist in
  the namespace before the run (for secretKeyRef entries other than the executor's own).
- FAKE_K8S_POD_ENV: JSON object, the environment every pod starts with (the image's). If
  unset: PATH (this interpreter's directory first), HOME (a fresh directory), LANG.

What is not simulated: scheduling (node selectors, affinity, tolerations, resource requests
are recorded, not checked), volumes (persistent volume mounts must be paths that exist on
this machine; emptyDir volumes are ignored), containers other than the `snakemake` one, and
images (the command runs with this machine's programs).
"""

from __future__ import annotations

import atexit
import base64
import datetime
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import kubernetes.client
import kubernetes.config
from kubernetes.client.rest import ApiException

CONTAINER_NAME = "snakemake"
POD_WORKDIR = "/workdir"
# A literal "/workdir" path in the command, not part of a longer path or name.
_WORKDIR_PATTERN = re.compile(r"(?<![\w./-])/workdir(?![\w.-])")
# Kubernetes' names (RFC 1123 labels for Jobs, subdomains for Secrets) and label syntax.
_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_LABEL_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
_KILL_GRACE_SECONDS = 5.0


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _serialize(body: Any) -> dict:
    return kubernetes.client.ApiClient().sanitize_for_serialization(body)


def _api_error(status: int, reason: str, message: str) -> ApiException:
    error = ApiException(status=status, reason=reason)
    error.body = json.dumps(
        {"kind": "Status", "status": "Failure", "message": message, "code": status}
    )
    return error


def _not_found(kind: str, name: str) -> ApiException:
    return _api_error(404, "Not Found", f'{kind} "{name}" not found')


def _check_name(kind: str, name: Any, pattern: re.Pattern, max_length: int) -> None:
    if not isinstance(name, str) or not name:
        raise _api_error(422, "Unprocessable Entity", f"{kind}: metadata.name: Required value")
    if len(name) > max_length or not pattern.match(name):
        raise _api_error(
            422,
            "Unprocessable Entity",
            f'{kind} "{name}" is invalid: metadata.name: must be a lowercase RFC 1123 name '
            f"of at most {max_length} characters",
        )


def _check_labels(kind: str, name: str, labels: dict | None) -> None:
    for key, value in (labels or {}).items():
        prefix, _, label_name = key.rpartition("/")
        key_ok = (
            len(label_name) <= 63
            and _LABEL_NAME.match(label_name)
            and (not prefix or (len(prefix) <= 253 and _DNS_SUBDOMAIN.match(prefix)))
        )
        value_ok = isinstance(value, str) and (
            value == "" or (len(value) <= 63 and _LABEL_NAME.match(value))
        )
        if not key_ok or not value_ok:
            raise _api_error(
                422,
                "Unprocessable Entity",
                f'{kind} "{name}" is invalid: metadata.labels: Invalid value: {key}={value!r}',
            )


def _expand(text: str, variables: dict[str, str]) -> str:
    """Kubernetes' $(VAR) expansion of command, args and env values: `$(NAME)` becomes the
    value of NAME if it is defined, `$$` becomes `$`, anything else stays."""
    out = []
    i = 0
    while i < len(text):
        if text[i] == "$" and i + 1 < len(text):
            nxt = text[i + 1]
            if nxt == "$":
                out.append("$")
                i += 2
                continue
            if nxt == "(":
                end = text.find(")", i + 2)
                if end != -1:
                    name = text[i + 2 : end]
                    out.append(variables[name] if name in variables else text[i : end + 1])
                    i = end + 1
                    continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _matches(selector: str | None, labels: dict) -> bool:
    """Equality-based label selectors: "a=b,c!=d,e"."""
    for term in (selector or "").split(","):
        term = term.strip()
        if not term:
            continue
        if "!=" in term:
            key, value = (s.strip() for s in term.split("!=", 1))
            if labels.get(key) == value:
                return False
        elif "=" in term:
            key, value = (s.strip() for s in term.split("=", 1))
            if labels.get(key) != value.lstrip("="):
                return False
        elif term.startswith("!"):
            if term[1:] in labels:
                return False
        elif term not in labels:
            return False
    return True


class PodConfigError(Exception):
    """The kubelet cannot start the container (CreateContainerConfigError)."""


class _Job:
    """A Job and its one pod."""

    def __init__(self, name: str, namespace: str, body: dict):
        self.name = name
        self.namespace = namespace
        self.body = body
        self.uid = str(uuid.uuid4())
        self.pod_name = f"{name}-{uuid.uuid4().hex[:5]}"
        self.pod_deleted = False
        self.created_at = _now()
        self.started_at: datetime.datetime | None = None
        self.finished_at: datetime.datetime | None = None
        self.exit_code: int | None = None  # set when the container has terminated
        self.reason: str | None = None
        self.message: str | None = None
        self.log_text = ""  # when there is no log file
        self.log_path: Path | None = None
        self.process: subprocess.Popen | None = None
        self.killed = False
        self.thread: threading.Thread | None = None

    @property
    def container(self) -> dict:
        containers = self.body["spec"]["template"]["spec"]["containers"]
        for container in containers:
            if container.get("name") == CONTAINER_NAME:
                return container
        return containers[0]

    @property
    def done(self) -> bool:
        return self.exit_code is not None


class FakeCluster:
    """The in-memory state behind the fake API objects, and the pods it runs."""

    def __init__(
        self,
        record_dir: str | os.PathLike,
        *,
        run_pods: bool = True,
        secrets: dict[str, dict[str, str]] | None = None,
        pod_env: dict[str, str] | None = None,
    ):
        self.record_dir = Path(record_dir).resolve()
        for sub in ("jobs", "secrets", "pods", "pod-dirs"):
            (self.record_dir / sub).mkdir(parents=True, exist_ok=True)
        self.run_pods = run_pods
        self.pod_env = None if pod_env is None else {str(k): str(v) for k, v in pod_env.items()}
        self.lock = threading.RLock()
        # (namespace, name) -> secret body as serialised JSON; None namespace: any namespace.
        self.secrets: dict[tuple[str | None, str], dict] = {}
        for name, data in (secrets or {}).items():
            self.secrets[(None, name)] = {
                "metadata": {"name": name},
                "data": {k: base64.b64encode(str(v).encode()).decode() for k, v in data.items()},
            }
        self.jobs: dict[tuple[str, str], _Job] = {}
        self.all_jobs: list[_Job] = []
        self._closed = False

    # ---- secrets -------------------------------------------------------------------------

    def create_secret(self, namespace: str, body: Any) -> dict:
        data = _serialize(body)
        name = (data.get("metadata") or {}).get("name")
        _check_name("Secret", name, _DNS_SUBDOMAIN, 253)
        with self.lock:
            if (namespace, name) in self.secrets or (None, name) in self.secrets:
                raise _api_error(409, "Conflict", f'secrets "{name}" already exists')
            self.secrets[(namespace, name)] = data
            self._write_json(self.record_dir / "secrets" / f"{name}.json", data)
        return data

    def delete_secret(self, name: str, namespace: str) -> None:
        with self.lock:
            if self.secrets.pop((namespace, name), None) is None:
                raise _not_found("secrets", name)

    def _secret(self, namespace: str, name: str) -> dict | None:
        return self.secrets.get((namespace, name)) or self.secrets.get((None, name))

    def _secret_values(self, namespace: str, name: str) -> dict[str, str] | None:
        secret = self._secret(namespace, name)
        if secret is None:
            return None
        values = {k: base64.b64decode(v).decode() for k, v in (secret.get("data") or {}).items()}
        values.update(secret.get("stringData") or {})
        return values

    # ---- jobs ----------------------------------------------------------------------------

    def create_job(self, namespace: str, body: Any) -> _Job:
        data = _serialize(body)
        metadata = data.get("metadata") or {}
        name = metadata.get("name")
        _check_name("Job", name, _DNS_LABEL, 63)
        _check_labels("Job", name, metadata.get("labels"))
        template = ((data.get("spec") or {}).get("template") or {}).get("spec") or {}
        if not template.get("containers"):
            raise _api_error(
                422,
                "Unprocessable Entity",
                f'Job "{name}": spec.template.spec.containers: Required',
            )
        with self.lock:
            if self._closed:
                raise _api_error(503, "Service Unavailable", "fake cluster is shut down")
            if (namespace, name) in self.jobs:
                raise _api_error(409, "Conflict", f'jobs.batch "{name}" already exists')
            job = _Job(name, namespace, data)
            self.jobs[(namespace, name)] = job
            self.all_jobs.append(job)
            self._write_json(self.record_dir / "jobs" / f"{name}.json", data)
            if self.run_pods:
                job.thread = threading.Thread(
                    target=self._run_pod, args=(job,), name=f"fake-pod-{name}", daemon=True
                )
                job.thread.start()
            else:
                job.started_at = job.finished_at = _now()
                job.exit_code = 1
                job.reason = "Error"
                job.log_text = "fake kubernetes: pods are not run (FAKE_K8S_RUN_PODS=0)\n"
        return job

    def get_job(self, name: str, namespace: str) -> _Job:
        with self.lock:
            job = self.jobs.get((namespace, name))
            if job is None:
                raise _not_found("jobs.batch", name)
            return job

    def delete_job(self, name: str, namespace: str) -> None:
        with self.lock:
            job = self.jobs.pop((namespace, name), None)
            if job is None:
                raise _not_found("jobs.batch", name)
        self._kill([job])

    def jobs_with_pods(self, namespace: str, selector: str | None) -> list[_Job]:
        with self.lock:
            return [
                job
                for (ns, _), job in self.jobs.items()
                if ns == namespace and not job.pod_deleted and _matches(selector, pod_labels(job))
            ]

    def delete_pod(self, name: str, namespace: str) -> None:
        with self.lock:
            found = [
                job
                for (ns, _), job in self.jobs.items()
                if ns == namespace and job.pod_name == name and not job.pod_deleted
            ]
            if not found:
                raise _not_found("pods", name)
            found[0].pod_deleted = True
        self._kill(found)

    def pod_log(self, name: str, namespace: str) -> str:
        with self.lock:
            found = [job for job in self.all_jobs if job.namespace == namespace]
            found = [job for job in found if job.pod_name == name and not job.pod_deleted]
            if not found:
                raise _not_found("pods", name)
            job = found[0]
        if job.log_path is not None and job.log_path.exists():
            return job.log_path.read_text(errors="replace")
        return job.log_text

    # ---- running pods --------------------------------------------------------------------

    def _environment(self, job: _Job) -> tuple[dict[str, str], dict[str, str]]:
        """The process's environment and the container's own variables (those the kubelet
        expands in command and args), resolved as the kubelet does; PodConfigError when a
        referenced Secret or key does not exist."""
        if self.pod_env is not None:
            env = dict(self.pod_env)
        else:
            home = self.record_dir / "pod-dirs" / job.name / "home"
            home.mkdir(parents=True, exist_ok=True)
            env = {
                "PATH": f"{os.path.dirname(sys.executable)}:/usr/bin:/bin",
                "HOME": str(home),
                "LANG": "C.UTF-8",
            }
        container = job.container
        declared: dict[str, str] = {}
        for source in container.get("envFrom") or []:
            ref = source.get("secretRef")
            if ref is None:
                continue  # configMapRef: no ConfigMaps here
            values = self._secret_values(job.namespace, ref.get("name"))
            if values is None:
                if ref.get("optional"):
                    continue
                raise PodConfigError(f'secret "{ref.get("name")}" not found')
            prefix = source.get("prefix") or ""
            declared.update({prefix + k: v for k, v in values.items()})
        for entry in container.get("env") or []:
            name = entry["name"]
            if "value" in entry and entry["value"] is not None:
                declared[name] = _expand(entry["value"], declared)
                continue
            value_from = entry.get("valueFrom") or {}
            ref = value_from.get("secretKeyRef")
            if ref is None:
                if value_from:
                    raise PodConfigError(
                        f"env {name}: only value and valueFrom.secretKeyRef are simulated, "
                        f"got {sorted(value_from)}"
                    )
                declared[name] = ""
                continue
            values = self._secret_values(job.namespace, ref.get("name"))
            if values is None or ref.get("key") not in values:
                if ref.get("optional"):
                    continue
                if values is None:
                    raise PodConfigError(f'secret "{ref.get("name")}" not found')
                raise PodConfigError(
                    f"couldn't find key {ref.get('key')} in Secret "
                    f"{job.namespace}/{ref.get('name')}"
                )
            declared[name] = values[ref["key"]]
        env.update(declared)
        return env, declared

    def _run_pod(self, job: _Job) -> None:
        pod_dir = self.record_dir / "pod-dirs" / job.name
        workdir = pod_dir / "workdir"
        workdir.mkdir(parents=True, exist_ok=True)
        container = job.container
        raw_command = list(container.get("command") or []) + list(container.get("args") or [])
        log_path = self.record_dir / "pods" / f"{job.name}.log"
        record: dict[str, Any] = {"workdir": str(workdir), "command": raw_command}
        start = time.monotonic()
        job.started_at = _now()
        try:
            with self.lock:
                env, declared = self._environment(job)
                command = [
                    _WORKDIR_PATTERN.sub(str(workdir), _expand(part, declared))
                    for part in raw_command
                ]
                record["command"] = command
                if not command:
                    raise PodConfigError("the container has no command (the image's is unknown)")
                with open(log_path, "wb") as log:
                    job.log_path = log_path
                    if job.killed:
                        raise PodConfigError("deleted before it started")
                    job.process = subprocess.Popen(
                        command,
                        cwd=workdir,
                        env=env,
                        stdin=subprocess.DEVNULL,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
            returncode = job.process.wait()
            # A container killed by a signal reports 128 + the signal's number.
            exit_code = 128 - returncode if returncode < 0 else returncode
            reason = "Completed" if exit_code == 0 else "Error"
            message = None
        except (PodConfigError, OSError) as error:
            # OSError: e.g. the command's program does not exist.
            config_error = isinstance(error, PodConfigError)
            exit_code = 1 if config_error else 128
            reason = "CreateContainerConfigError" if config_error else "StartError"
            message = str(error)
            with open(log_path, "a") as log:
                log.write(f"fake kubelet: Error: {reason}: {message}\n")
            job.log_path = log_path
        record.update(
            exit_code=exit_code,
            seconds=round(time.monotonic() - start, 3),
            reason=reason,
            message=message,
        )
        self._write_json(self.record_dir / "pods" / f"{job.name}.json", record)
        with self.lock:
            job.finished_at = _now()
            job.reason = reason
            job.message = message
            job.exit_code = exit_code

    def _kill(self, jobs: list[_Job]) -> None:
        """Stop the pods' processes: SIGTERM to each process group, SIGKILL after a grace."""
        running = []
        for job in jobs:
            with self.lock:  # a pod starting now either sees `killed` or has its process set
                job.killed = True
                process = job.process
            if process is not None and process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    running.append(process)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + _KILL_GRACE_SECONDS
        for process in running:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            try:  # the group may outlive its leader
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass

    def shutdown(self) -> None:
        """Kill every pod still running (when the Snakemake process ends)."""
        with self.lock:
            self._closed = True
            jobs = list(self.all_jobs)
        self._kill(jobs)
        for job in jobs:
            if job.thread is not None:
                job.thread.join(timeout=_KILL_GRACE_SECONDS)

    @staticmethod
    def _write_json(path: Path, data: Any) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
        tmp.replace(path)


def pod_labels(job: _Job) -> dict[str, str]:
    template_meta = (job.body["spec"]["template"].get("metadata") or {}).get("labels") or {}
    return {
        **template_meta,
        "job-name": job.name,
        "batch.kubernetes.io/job-name": job.name,
        "controller-uid": job.uid,
        "batch.kubernetes.io/controller-uid": job.uid,
    }


def _job_model(job: _Job) -> kubernetes.client.V1Job:
    if not job.done:
        status = kubernetes.client.V1JobStatus(active=1, start_time=job.created_at)
    elif job.exit_code == 0:
        status = kubernetes.client.V1JobStatus(
            succeeded=1, start_time=job.created_at, completion_time=job.finished_at
        )
    else:
        status = kubernetes.client.V1JobStatus(failed=1, start_time=job.created_at)
    metadata = job.body.get("metadata") or {}
    return kubernetes.client.V1Job(
        api_version="batch/v1",
        kind="Job",
        metadata=kubernetes.client.V1ObjectMeta(
            name=job.name,
            namespace=job.namespace,
            uid=job.uid,
            labels=metadata.get("labels"),
            creation_timestamp=job.created_at,
        ),
        status=status,
    )


def _pod_model(job: _Job) -> kubernetes.client.V1Pod:
    container = job.container
    if job.done:
        state = kubernetes.client.V1ContainerState(
            terminated=kubernetes.client.V1ContainerStateTerminated(
                exit_code=job.exit_code,
                reason=job.reason,
                message=job.message,
                started_at=job.started_at,
                finished_at=job.finished_at,
            )
        )
        phase = "Succeeded" if job.exit_code == 0 else "Failed"
    else:
        state = kubernetes.client.V1ContainerState(
            running=kubernetes.client.V1ContainerStateRunning(started_at=job.started_at)
        )
        phase = "Running"
    status = kubernetes.client.V1ContainerStatus(
        name=container.get("name"),
        image=container.get("image") or "",
        image_id="",
        ready=not job.done,
        restart_count=0,
        started=not job.done,
        state=state,
    )
    return kubernetes.client.V1Pod(
        api_version="v1",
        kind="Pod",
        metadata=kubernetes.client.V1ObjectMeta(
            name=job.pod_name, namespace=job.namespace, labels=pod_labels(job)
        ),
        status=kubernetes.client.V1PodStatus(
            phase=phase, container_statuses=[status], start_time=job.created_at
        ),
    )


def _status(message: str) -> kubernetes.client.V1Status:
    return kubernetes.client.V1Status(status="Success", message=message)


class FakeCoreV1Api:
    """The part of kubernetes.client.CoreV1Api that the executor uses."""

    def __init__(self, cluster: FakeCluster, *args, **kwargs):
        self.cluster = cluster

    def create_namespaced_secret(self, namespace, body, **kwargs):
        self.cluster.create_secret(namespace, body)
        return body

    def delete_namespaced_secret(self, name, namespace, **kwargs):
        self.cluster.delete_secret(name, namespace)
        return _status(f"secret {name} deleted")

    def list_namespaced_pod(self, namespace, label_selector=None, **kwargs):
        with self.cluster.lock:
            items = [
                _pod_model(job) for job in self.cluster.jobs_with_pods(namespace, label_selector)
            ]
        return kubernetes.client.V1PodList(api_version="v1", kind="PodList", items=items)

    def read_namespaced_pod_log(self, name, namespace, container=None, **kwargs):
        return self.cluster.pod_log(name, namespace)

    def delete_namespaced_pod(self, name, namespace, **kwargs):
        self.cluster.delete_pod(name, namespace)
        return _status(f"pod {name} deleted")


class FakeBatchV1Api:
    """The part of kubernetes.client.BatchV1Api that the executor uses."""

    def __init__(self, cluster: FakeCluster, *args, **kwargs):
        self.cluster = cluster

    def create_namespaced_job(self, namespace, body, **kwargs):
        job = self.cluster.create_job(namespace, body)
        with self.cluster.lock:
            return _job_model(job)

    def read_namespaced_job_status(self, name, namespace, **kwargs):
        job = self.cluster.get_job(name, namespace)
        with self.cluster.lock:
            return _job_model(job)

    def read_namespaced_job(self, name, namespace, **kwargs):
        return self.read_namespaced_job_status(name, namespace, **kwargs)

    def delete_namespaced_job(self, name, namespace, **kwargs):
        self.cluster.delete_job(name, namespace)
        return _status(f"job {name} deleted")


def install(cluster: FakeCluster) -> None:
    """Point the kubernetes client library at `cluster` (in this process)."""

    def no_config(*args, **kwargs):
        return None

    kubernetes.config.load_kube_config = no_config
    kubernetes.config.load_incluster_config = no_config
    kubernetes.client.CoreV1Api = lambda *args, **kwargs: FakeCoreV1Api(cluster)
    kubernetes.client.BatchV1Api = lambda *args, **kwargs: FakeBatchV1Api(cluster)


def _json_env(name: str) -> Any:
    value = os.environ.get(name)
    if not value:
        return None
    try:
        return json.loads(value)
    except json.JSONDecodeError as error:
        raise SystemExit(f"{name} is not valid JSON: {error}") from error


def cluster_from_environment() -> FakeCluster:
    """A FakeCluster configured by the FAKE_K8S_* environment variables."""
    record_dir = os.environ.get("FAKE_K8S_RECORD_DIR")
    if not record_dir:
        raise SystemExit("FAKE_K8S_RECORD_DIR must name the directory for the records")
    run_pods = os.environ.get("FAKE_K8S_RUN_PODS", "1").strip() not in ("0", "false", "no", "")
    return FakeCluster(
        record_dir,
        run_pods=run_pods,
        secrets=_json_env("FAKE_K8S_SECRETS"),
        pod_env=_json_env("FAKE_K8S_POD_ENV"),
    )


def load_records(record_dir: str | os.PathLike) -> dict:
    """{"jobs": {name: body}, "secrets": {name: body}, "pods": {job name: {..., "log": text}}}."""
    root = Path(record_dir)
    records: dict[str, dict] = {"jobs": {}, "secrets": {}, "pods": {}}
    for kind in ("jobs", "secrets"):
        for path in sorted((root / kind).glob("*.json")):
            records[kind][path.stem] = json.loads(path.read_text())
    for path in sorted((root / "pods").glob("*.json")):
        pod = json.loads(path.read_text())
        log = path.with_suffix(".log")
        pod["log"] = log.read_text(errors="replace") if log.exists() else ""
        records["pods"][path.stem] = pod
    return records


def main(argv: list[str] | None = None) -> None:
    """Run Snakemake's CLI with `argv` against a fake cluster; exits with its status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    cluster = cluster_from_environment()
    install(cluster)
    atexit.register(cluster.shutdown)
    from snakemake.cli import main as snakemake_main

    sys.argv = ["snakemake", *argv]
    code: Any = 0
    try:
        snakemake_main(argv)
    except SystemExit as exit_:
        code = exit_.code
    finally:
        cluster.shutdown()
    sys.exit(code)


if __name__ == "__main__":
    # Run as a script, the tests directory would come first on sys.path for Snakemake and the
    # workflow's imports (tests/config, ...); `snakemake` does not have it there.
    if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
        del sys.path[0]
    main()
