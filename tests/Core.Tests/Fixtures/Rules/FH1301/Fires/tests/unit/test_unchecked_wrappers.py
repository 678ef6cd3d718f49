import contextlib
import logging

from hypothesis import given, strategies as st
from tornado.testing import ExpectLog

from shop.orders import place_order

log = logging.getLogger("shop")


def with_retries(f):
    def retried(*args, **kwargs):
        for _ in range(3):
            try:
                return f(*args, **kwargs)
            except ConnectionError:
                pass

    return retried


@contextlib.contextmanager
def opened(path):
    if not path:
        raise ValueError("no path")
    yield path


class Session:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self.closed = True


@with_retries
def test_places_with_retries():  # plant: FH1301
    place_order(3)


def test_places_in_a_session():  # plant: FH1301
    with Session():
        place_order(3)


def test_places_from_a_file():  # plant: FH1301
    with opened("orders.csv"):
        place_order(3)


def test_logs_if_it_likes():  # plant: FH1301
    with ExpectLog(log, "rejected quantity", required=False):
        place_order(-1)


# Hypothesis draws from the strategy and fails only if drawing raises: nothing about the result is checked.
@given(st.integers(min_value=1))
def test_any_quantity_can_be_drawn(n):  # plant: FH1301
    pass


def known_database(db):
    assert db in ("sqlite", "mysql"), "unknown database"
    return db


def only_on(db):
    # marks the test (no wrapper around it): the check above is of the decorator's argument, not of the test
    known_database(db)
    return lambda f: f


@only_on("sqlite")
def test_places_on_sqlite():  # plant: FH1301
    place_order(3)
