"""Checks written as plain Python: they fail by raising."""
from shop.orders import place_order


def assert_valid_order(order):
    if order.total < 0:
        raise ValueError(f"negative total {order.total}")


def test_order_is_valid():
    assert_valid_order(place_order(3))


def test_total_matches():
    order = place_order(3)
    if order.total != 42:
        raise AssertionError(f"expected 42, got {order.total}")
