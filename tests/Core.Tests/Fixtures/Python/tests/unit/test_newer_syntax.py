type OrderId = int


def test_uses_type_alias():
    assert OrderId is not None
