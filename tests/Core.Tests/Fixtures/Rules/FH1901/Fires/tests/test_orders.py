from tests.fixtures.broken_helpers import make_order


def test_total():
    assert make_order(3)["total"] == 3
