import unittest

import pytest

from shop.orders import place_order

pytestmark = [pytest.mark.unit, pytest.mark.usefixtures("clean_environment")]

CURRENCIES = ["EUR", "USD", "GBP"]


@pytest.mark.parametrize("amount", [1, 2, 3, 4])
@pytest.mark.parametrize("currency", CURRENCIES)
@pytest.mark.requirement("REQ-7")
def test_stacked_parametrize(amount, currency, payment_gateway):
    assert place_order(amount, currency).amount == amount


@pytest.mark.integration
@pytest.mark.usefixtures("db")
def test_with_marker_and_usefixtures():
    assert place_order(1).state == "new"


@pytest.mark.skip(reason="flaky upstream")
def test_declared_skip():
    assert place_order(1).state == "new"


@pytest.mark.xfail(reason="bug 12")
def test_expected_failure():
    assert place_order(1).state == "old"


def test_runtime_skip():
    if not place_order(1):
        pytest.skip("service down")
    assert place_order(1).state == "new"


def test_placeholder_fail():
    pytest.fail("not implemented")


def test_placeholder_pass():
    pass


def test_placeholder_raise():
    raise NotImplementedError


def build_order():
    return place_order(1)


@pytest.mark.e2e
class TestOrders:
    def test_in_class(self):
        assert build_order().state == "new"

    def helper(self):
        return 2


class TestWithInit:
    def __init__(self):
        self.x = 1

    def test_not_collected(self):
        assert self.x == 1


class OrderCase(unittest.TestCase):
    def setUp(self):
        self.order = place_order(1)

    def test_state(self):
        self.assertEqual(self.order.state, "new")

    @unittest.skip("later")
    def test_skipped(self):
        self.assertEqual(self.order.state, "new")

    def test_skip_at_runtime(self):
        self.skipTest("no cluster")


async def test_async_function():
    assert (await place_order(1)).state == "new"
