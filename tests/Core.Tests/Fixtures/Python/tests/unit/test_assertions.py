"""Assertion strength fixtures: each assert's expected level is in the test name."""
import unittest
from unittest.mock import MagicMock, call

import pytest

from shop.orders import Order, place_order


def test_exact_literal():
    total = place_order(3).total
    assert total == 42


def test_structural_dict():
    order = place_order(1)
    assert order.as_dict() == {"id": 1, "state": "new"}


def test_structural_set():
    items = place_order(2).items
    assert set(items) == {"a", "b"}


def test_moderate_len():
    items = place_order(2).items
    assert len(items) == 2


def test_weak_len_positive():
    items = place_order(2).items
    assert len(items) > 0


def test_moderate_isinstance_and_in():
    order = place_order(2)
    assert isinstance(order, Order)
    assert "a" in order.items


def test_trivial_not_none():
    order = place_order(2)
    assert order is not None


def test_moderate_is_none():
    assert place_order(0).error is None


def test_weak_truthiness():
    result = place_order(2)
    assert result.success


def test_tautology():
    assert True
    assert 1 == 1


def test_fresh_not_none():
    order = Order()
    assert order is not None


def test_variables_equal():
    expected = place_order(1)
    actual = place_order(1)
    assert actual == expected


def test_raises():
    with pytest.raises(ValueError):
        place_order(-1)


def test_raises_match():
    with pytest.raises(ValueError, match="negative"):
        place_order(-1)


def test_approx():
    assert place_order(1).tax == pytest.approx(0.2)


def test_mock_verifications():
    sender = MagicMock()
    place_order(1, sender=sender)
    sender.send.assert_called_once_with("order-1")
    sender.send.assert_called()
    sender.close.assert_not_called()
    assert sender.send.call_count == 1
    assert sender.mock_calls == [call.send("order-1")]


def test_snapshot(snapshot):
    assert place_order(1).as_dict() == snapshot


def test_nothing():
    place_order(1)


class OrderTests(unittest.TestCase):
    def test_assert_equal(self):
        self.assertEqual(place_order(1).total, 42)

    def test_assert_true_of_equality(self):
        order = place_order(1)
        self.assertTrue(order.total == 42)

    def test_assert_is_not_none(self):
        self.assertIsNotNone(place_order(1))

    def test_assert_in(self):
        self.assertIn("a", place_order(1).items)

    def test_assert_raises(self):
        with self.assertRaises(ValueError):
            place_order(-1)

    def test_assert_count_equal(self):
        self.assertCountEqual(place_order(1).items, ["a"])


def test_predicate_of_an_argument():
    assert is_valid_sku("A-1")
    assert not is_valid_sku("")
    assert has_stock("A-1") is True
    assert can_ship(place_order(1)) == False  # noqa: E712


def test_flags_stay_weak():
    order = place_order(1)
    assert order.paid == True  # noqa: E712
    assert order.is_paid()


def test_try_fail_except():
    try:
        place_order(-1)
        pytest.fail("should raise")
    except ValueError:
        pass


def test_identity_with_true():
    assert place_order(1).paid is True


def test_snap_compare(snap_compare):
    assert snap_compare("apps/header.py", press=["tab"])


class DjangoViewTests(unittest.TestCase):
    def test_django_assertions(self):
        response = self.client.get("/")
        self.assertContains(response, "page-content", status_code=400)
        with self.assertRaisesMessage(ValueError, "Cannot use"):
            place_order(-1)
        with self.assertNumQueries(2):
            place_order(1)
        self.assertRedirects(response, "/login/")


def assert_rows(rows, expected):
    for row, exp in zip(rows, expected):
        if row != exp:
            assert False, "row mismatch: %r != %r" % (row, exp)


def compare_rows(rows, expected):
    if rows != expected:
        assert False, "rows differ"
