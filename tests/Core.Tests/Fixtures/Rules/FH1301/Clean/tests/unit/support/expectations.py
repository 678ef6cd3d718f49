"""Decorators and context managers that check: the test they wrap, or the block they run, fails when the expectation is not met."""
import contextlib
import warnings

import pytest


def fails_with(error):
    def accepts(f):
        def inverted_test(*args, **kwargs):
            with pytest.raises(error):
                f(*args, **kwargs)

        return inverted_test

    return accepts


fails = fails_with(AssertionError)


class NotDeprecated(Exception):
    pass


@contextlib.contextmanager
def validate_deprecation():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    if not any(issubclass(w.category, DeprecationWarning) for w in caught):
        raise NotDeprecated("expected a deprecation warning")


def checks_deprecated_behaviour(func):
    def _inner(*args, **kwargs):
        with validate_deprecation():
            return func(*args, **kwargs)

    return _inner


class QueryRecorder:
    def __init__(self, expected):
        self.expected = expected
        self.queries = []

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        if typ is None and len(self.queries) != self.expected:
            raise RuntimeError(f"expected {self.expected} queries, ran {len(self.queries)}")
