"""Snakemake's Kubernetes executor, with what a vLLM pod on the National Research Platform
needs that the stock executor does not give (`--executor nrp`, see docs/nrp.md).

The stock executor (snakemake-executor-plugin-kubernetes) builds and submits the Job; this
plugin only adjusts the Job's pod before it is submitted:

- a memory-backed /dev/shm of the job's `shm_mb` resource (tensor parallelism exchanges
  tensors through shared memory; a container's default /dev/shm is 64 MB);
- the model-hub token as `HF_TOKEN`, read from a Kubernetes Secret the user created
  (`--nrp-hub-token-secret name:key`), so the token never passes through Snakemake;
- node affinity on the GPU product label from the job's `gpu_product` resource
  ("A|B" for either), since the stock executor only selects by instance type;
- no GPU request, toleration or label when a group asks for 0 GPUs (a CPU model).

It also does not pip-install the storage plugin in every pod, as the stock executor does
(unpinned, at each pod start): the project's image has it, pinned.
"""

# No `from __future__ import annotations`: Snakemake builds the CLI options from the
# settings' field types, which must be real types.
from dataclasses import dataclass, field, replace
from typing import Optional

import kubernetes.client
import snakemake_executor_plugin_kubernetes as stock
from snakemake_interface_common.exceptions import WorkflowError

# The label NVIDIA's GPU feature discovery puts on every GPU node (NRP has it).
GPU_PRODUCT_LABEL = "nvidia.com/gpu.product"
GPU_RESOURCE_NAMES = ("nvidia.com/gpu", "amd.com/gpu")
HUB_TOKEN_VARIABLE = "HF_TOKEN"


def parse_secret_key(value: str | None) -> tuple[str, str] | None:
    if value in (None, ""):
        return None
    name, sep, key = value.partition(":")
    if not sep or not name or not key:
        raise WorkflowError(
            f"--nrp-hub-token-secret {value!r}: expected <secret name>:<key>, "
            "for instance hf-token:token"
        )
    return name, key


@dataclass
class ExecutorSettings(stock.ExecutorSettings):
    hub_token_secret: Optional[str] = field(  # noqa: UP045 (argparse calls the type)
        default=None,
        metadata={
            "help": "The Kubernetes Secret holding the model-hub token, as <name>:<key>; "
            f"every pod gets it as {HUB_TOKEN_VARIABLE}.",
        },
    )


# The stock executor's settings, except that the image brings the storage plugin.
common_settings = replace(stock.common_settings, auto_deploy_default_storage_provider=False)


class JobAdjustingBatchApi:
    """Kubernetes' batch API, with each Job's pod adjusted just before it is created."""

    def __init__(self, api, adjust):
        self._api = api
        self._adjust = adjust

    def create_namespaced_job(self, namespace, body, **kwargs):
        self._adjust(body)
        return self._api.create_namespaced_job(namespace, body, **kwargs)

    def __getattr__(self, name):
        return getattr(self._api, name)


class Executor(stock.Executor):
    # The stock executor assigns `batchapi` when it starts and again after re-authenticating;
    # every API object it gets is wrapped.
    @property
    def batchapi(self):
        return self._batchapi

    @batchapi.setter
    def batchapi(self, api):
        self._batchapi = JobAdjustingBatchApi(api, self._adjust_job)

    def __post_init__(self):
        self._submitting = None
        self.hub_token_secret = parse_secret_key(self.workflow.executor_settings.hub_token_secret)
        super().__post_init__()

    def run_job(self, job):
        self._submitting = job
        try:
            super().run_job(job)
        finally:
            self._submitting = None

    def _adjust_job(self, body: kubernetes.client.V1Job) -> None:
        resources = dict(self._submitting.resources) if self._submitting else {}
        adjust_pod(body.spec.template.spec, resources, self.hub_token_secret)
        body.metadata.labels["snakemake-rule"] = _label_value(
            "-".join(sorted(self._submitting.rules)) if self._submitting else ""
        )
        # The pod carries the Job's labels too: `kubectl get pods -l app=snakemake`.
        body.spec.template.metadata = kubernetes.client.V1ObjectMeta(
            labels=dict(body.metadata.labels)
        )


def adjust_pod(
    pod: kubernetes.client.V1PodSpec, resources: dict, hub_token_secret: tuple[str, str] | None
) -> None:
    """Give the pod what vLLM needs (see the module's docstring)."""
    container = pod.containers[0]
    if not resources.get("gpu"):
        _drop_gpu(pod, container)
    shm_mb = int(resources.get("shm_mb") or 0)
    if shm_mb > 0:
        pod.volumes.append(
            kubernetes.client.V1Volume(
                name="dshm",
                empty_dir=kubernetes.client.V1EmptyDirVolumeSource(
                    medium="Memory", size_limit=f"{shm_mb}M"
                ),
            )
        )
        container.volume_mounts.append(
            kubernetes.client.V1VolumeMount(name="dshm", mount_path="/dev/shm")
        )
    products = [p for p in str(resources.get("gpu_product") or "").split("|") if p]
    if products and resources.get("gpu"):
        pod.affinity = kubernetes.client.V1Affinity(
            node_affinity=kubernetes.client.V1NodeAffinity(
                required_during_scheduling_ignored_during_execution=kubernetes.client.V1NodeSelector(
                    node_selector_terms=[
                        kubernetes.client.V1NodeSelectorTerm(
                            match_expressions=[
                                kubernetes.client.V1NodeSelectorRequirement(
                                    key=GPU_PRODUCT_LABEL, operator="In", values=products
                                )
                            ]
                        )
                    ]
                )
            )
        )
    if hub_token_secret:
        name, key = hub_token_secret
        container.env = [e for e in container.env or [] if e.name != HUB_TOKEN_VARIABLE]
        container.env.append(
            kubernetes.client.V1EnvVar(
                name=HUB_TOKEN_VARIABLE,
                # Optional: without the Secret, pods still start, and only a gated
                # model's download fails (401 in its prepare log).
                value_from=kubernetes.client.V1EnvVarSource(
                    secret_key_ref=kubernetes.client.V1SecretKeySelector(
                        name=name, key=key, optional=True
                    )
                ),
            )
        )


def _drop_gpu(pod, container) -> None:
    """A group that asks for 0 GPUs gets no GPU request and no GPU-node toleration."""
    requirements = container.resources
    for amounts in (requirements.requests, requirements.limits):
        for name in GPU_RESOURCE_NAMES:
            (amounts or {}).pop(name, None)
    if pod.tolerations:
        pod.tolerations = [t for t in pod.tolerations if t.key not in GPU_RESOURCE_NAMES] or None


def _label_value(text: str) -> str:
    """A Kubernetes label value: at most 63 characters of [A-Za-z0-9._-]."""
    cleaned = "".join(c if c.isalnum() or c in "._-" else "_" for c in text)
    return cleaned[:63].strip("._-")
