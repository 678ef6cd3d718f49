from floe_core.catalog import CatalogClient
from floe_dbt.runner import DbtRunner


def test_runner_writes_to_catalog_namespace():
    runner = DbtRunner(catalog=CatalogClient.for_namespace("sales"))
    assert runner.target_namespace == "sales"
