"""An environment choosing between two real hosts is configuration, not a fallback to a stand-in."""
import os

import httpx

JOB_VARIABLES = {"image": "example/worker:1.0"}
if os.environ.get("CI", False):
    # in CI the worker container reaches the API through the docker bridge
    JOB_VARIABLES["env"] = {"API_URL": "http://172.17.0.1:4200/api"}


def test_submit_job():
    api = "http://localhost:4200/api"
    if os.getenv("CI"):
        api = "http://api:4200/api"
    r = httpx.post(api + "/jobs", json=JOB_VARIABLES)
    assert r.status_code == 201
