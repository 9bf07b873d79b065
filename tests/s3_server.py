"""A local S3-compatible server for tests: moto in server mode, in a subprocess.

    with s3_server(tmp_path) as s3:
        s3.create_bucket("results")
        env = {**os.environ, **s3.env()}  # what snakemake-storage-plugin-s3 reads
        ...
        assert "run/out.txt" in s3.list_keys("results")

The server keeps everything in memory; it is gone when the context ends. Its output goes to
`<tmp_dir>/moto-server.log`.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import boto3
import botocore.config

ACCESS_KEY = "testing"
SECRET_KEY = "testing"
# The storage plugin's default region (its setting `region`); moto accepts any.
REGION = "us-east-1"
_START_TIMEOUT_SECONDS = 30.0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class S3Server:
    """A running moto server (see `s3_server`)."""

    def __init__(self, tmp_dir: str | os.PathLike):
        self.tmp_dir = Path(tmp_dir)
        self.log_path = self.tmp_dir / "moto-server.log"
        self.access_key = ACCESS_KEY
        self.secret_key = SECRET_KEY
        self.region = REGION
        self.port: int | None = None
        self.process: subprocess.Popen | None = None

    @property
    def endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> S3Server:
        self.tmp_dir.mkdir(parents=True, exist_ok=True)
        # The free port may be taken between choosing and binding it: try a few.
        for _ in range(3):
            self.port = _free_port()
            with open(self.log_path, "ab") as log:
                self.process = subprocess.Popen(
                    [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    env={**os.environ, "PYTHONUNBUFFERED": "1"},
                    start_new_session=True,
                )
            if self._wait_until_up():
                return self
            self.stop()
        raise RuntimeError(f"moto server did not start; see {self.log_path}")

    def _wait_until_up(self) -> bool:
        deadline = time.monotonic() + _START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(self.endpoint_url + "/", timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def env(self) -> dict[str, str]:
        """The environment variables snakemake-storage-plugin-s3 reads its settings from
        (SNAKEMAKE_STORAGE_S3_<SETTING>); the region is left at the plugin's default."""
        return {
            "SNAKEMAKE_STORAGE_S3_ENDPOINT_URL": self.endpoint_url,
            "SNAKEMAKE_STORAGE_S3_ACCESS_KEY": self.access_key,
            "SNAKEMAKE_STORAGE_S3_SECRET_KEY": self.secret_key,
        }

    def client(self):
        """A boto3 S3 client for this server."""
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            region_name=self.region,
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            config=botocore.config.Config(
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
            ),
        )

    def create_bucket(self, name: str) -> None:
        self.client().create_bucket(Bucket=name)

    def list_keys(self, bucket: str, prefix: str = "") -> list[str]:
        """The keys in `bucket` that start with `prefix`, sorted."""
        keys = []
        paginator = self.client().get_paginator("list_objects_v2")
        for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
            keys.extend(item["Key"] for item in page.get("Contents", []))
        return sorted(keys)

    def read(self, bucket: str, key: str) -> bytes:
        """The content of one object."""
        return self.client().get_object(Bucket=bucket, Key=key)["Body"].read()


@contextlib.contextmanager
def s3_server(tmp_dir: str | os.PathLike) -> Iterator[S3Server]:
    """Run a local S3 server for the duration of the context."""
    server = S3Server(tmp_dir).start()
    try:
        yield server
    finally:
        server.stop()
