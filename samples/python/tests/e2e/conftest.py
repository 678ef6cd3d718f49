import os

import pytest

from floe_testing.waiting import wait_for_http

MINIO_ROOT_PASSWORD = os.environ.get("MINIO_ROOT_PASSWORD", "minio123")  # plant: FH1201


@pytest.fixture(scope="session")
def platform():
    """The platform deployed with charts/floe/values-test.yaml, once Polaris answers."""
    polaris = os.environ.get("POLARIS_URL")
    if polaris is None:
        pytest.skip("POLARIS_URL is not set: deploy the platform first")  # plant: FH1506
    wait_for_http(polaris + "/healthcheck")
    return {
        "polaris": polaris,
        "dbt_project": os.environ["DBT_PROJECT"],
        "env": {**os.environ, "MINIO_ROOT_PASSWORD": MINIO_ROOT_PASSWORD},
    }
