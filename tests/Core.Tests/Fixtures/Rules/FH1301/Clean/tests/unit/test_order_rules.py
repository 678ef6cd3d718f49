import logging

from hypothesis import given, strategies as st
from tornado.testing import ExpectLog

from shop.orders import parse_quantity, place_order, old_total
from tests.unit.support.expectations import QueryRecorder, checks_deprecated_behaviour, fails, fails_with

log = logging.getLogger("shop")


@fails_with(ValueError)
def test_rejects_garbage():
    parse_quantity("garbage")


@fails
def test_negative_order_fails_validation():
    place_order(-1).validate()


@checks_deprecated_behaviour
def test_old_total_still_works():
    old_total(place_order(3))


@fails_with(ValueError)
@given(st.integers(max_value=-1))
def test_negative_quantities_are_rejected(n):
    pass


def test_logs_the_rejection():
    with ExpectLog(log, "rejected quantity"):
        place_order(-1)


def test_places_in_one_query():
    with QueryRecorder(1):
        place_order(3)
