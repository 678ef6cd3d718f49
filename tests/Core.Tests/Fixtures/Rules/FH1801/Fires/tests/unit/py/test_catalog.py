def test_catalog_has_orders(catalog):
    assert catalog["orders"] == ["id", "total"]
