"""Every Python suppression form, each on a test whose strongest assertion is trivial (FH1302).
SuppressionTests lists which test each one covers and with which reason."""
from unittest import mock

import pytest

from shop import customers


def test_trailing_on_the_def():  # floe-audit: ignore[FH1302] trailing on the def line
    assert customers.load(1) is not None


# floe-audit: ignore[FH1302] above the decorators
@pytest.mark.unit
def test_above_the_decorators():
    assert customers.load(2) is not None


@pytest.mark.unit
# floe-audit: ignore[FH1302, FH1303] -- between decorator and def, two rules
def test_between_decorator_and_def():
    assert customers.load(3) is not None


class TestLegacy:
    # floe-audit: ignore[FH1302] on a method
    def test_method(self):
        assert customers.load(4) is not None

    def test_not_suppressed(self):
        # floe-audit: ignore[FH1302] inside the body covers only the next line
        assert customers.load(5) is not None


# floe-audit: ignore[FH1302]
def test_without_reason():
    assert customers.load(6) is not None
