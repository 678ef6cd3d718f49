import unittest
from unittest.mock import MagicMock, Mock, patch

from floe_core.catalog import CatalogClient


class CatalogClientTests(unittest.TestCase):
    def test_lists_namespaces(self):
        http = MagicMock()
        http.get.return_value.json.return_value = {"namespaces": [["sales"]]}
        self.assertEqual(CatalogClient(http).namespaces(), ["sales"])
        http.get.assert_called_once_with("/v1/namespaces")

    def test_uses_equality_in_assert_true(self):
        client = CatalogClient(MagicMock())  # plant: FH1104
        self.assertTrue(client.prefix == "v1")  # plant: FH1305

    def test_ignores_logger(self):
        client = CatalogClient(Mock(), logger=Mock())  # plant: FH1104
        self.assertEqual(client.prefix, "v1")

    def test_partial_mock_of_the_client(self):
        client = CatalogClient(MagicMock())  # plant: FH1104
        with patch.object(client, "_request") as request:  # plant: FH1105
            request.return_value = {"namespaces": []}
            self.assertEqual(client.namespaces(), [])

    @patch("floe_core.catalog.logging.getLogger")  # plant: FH1106
    def test_logs_nothing(self, get_logger):
        CatalogClient(MagicMock()).namespaces()  # plant: FH1104
        get_logger.return_value.warning.assert_not_called()
