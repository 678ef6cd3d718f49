import os

import pytest
import requests

pytestmark = pytest.mark.integration


def test_created_namespace_is_listed():  # plant: FH1501
    polaris = os.environ["POLARIS_URL"] + "/api/catalog/v1"
    requests.post(polaris + "/namespaces", json={"namespace": ["it_sales"]}, timeout=5)
    listed = requests.get(polaris + "/namespaces", timeout=5).json()
    assert ["it_sales"] in listed["namespaces"]
