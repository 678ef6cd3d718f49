import os

import pytest
import requests
from unittest.mock import MagicMock

from floe_testing.base import PlatformTestCase

POLARIS = os.environ.get("POLARIS_URL", "http://polaris.floe-test.svc:8181")  # plant: FH1202


@pytest.mark.integration
def test_config_endpoint(polaris_session):
    response = polaris_session.get(POLARIS + "/api/catalog/v1/config")
    assert response.status_code == 200


@pytest.mark.integration
def test_catalog_with_mocked_storage():
    storage = MagicMock()  # plant: FH1102
    storage.list.return_value = []
    response = requests.get(POLARIS + "/api/catalog/v1/namespaces", timeout=5)
    assert response.json() == {"namespaces": []}
    storage.list.assert_called_once_with("warehouse")


class PolarisTokenTests(PlatformTestCase):
    def test_token_endpoint(self):  # plant: FH1401
        response = self.session.post(self.polaris + "/api/catalog/v1/oauth/tokens", data={"grant_type": "client_credentials"})
        self.assertEqual(response.status_code, 200)
