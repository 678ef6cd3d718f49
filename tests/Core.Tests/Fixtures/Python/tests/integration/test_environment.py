import os
import subprocess
import time
from dataclasses import dataclass

import psycopg
import requests
from kubernetes import client, config
from unittest.mock import MagicMock

MINIO_HOST = "minio.platform.svc:9000"
DEFAULT_BUCKET = os.environ.get("BUCKET", "warehouse")
SECRET = os.getenv("MINIO_SECRET_KEY", "minioadmin")


@dataclass
class Settings:
    catalog: str = "polaris"
    namespace: str = "floe-test"


def connect(host="localhost", port=5432):
    return psycopg.connect(host=host, port=port)


def get_effective_host():
    try:
        requests.get("http://polaris:8181/health", timeout=1)
        return "http://polaris:8181"
    except requests.ConnectionError:
        return "http://localhost:8181"


def make_catalog():
    try:
        return connect()
    except OSError:
        return MagicMock()


def storage_client():
    return MagicMock() if not os.environ.get("MINIO_AVAILABLE") else requests.Session()


def test_touches_everything():
    response = requests.get("http://polaris:8181/api/catalog/v1/config")
    config.load_kube_config()
    pods = client.CoreV1Api().list_namespaced_pod("floe-test")
    subprocess.run(["helm", "status", "floe"], check=True)
    time.sleep(1)
    token = os.environ["POLARIS_TOKEN"]
    assert response.status_code == 200
    assert len(pods.items) == 3
    assert token


def test_reads_headers():
    headers = {"Authorization": "Bearer abc", "X-Namespace": "floe-test"}
    assert requests.get("http://polaris:8181", headers=headers).ok
