import pytest

from conftest import make_table


def test_catalog_has_orders(catalog):
    assert catalog["orders"] == ["id", "total"]


@pytest.mark.usefixtures("warehouse")
def test_table_is_named():
    assert make_table("orders")["name"] == "orders"
