"""A fail behind a condition is an assertion of its negation: graded by what the condition compares."""
import unittest

import pytest

from shop.pricing import total


def test_total_of_two_items():
    out = total([2, 3])
    if out != 5:
        pytest.fail(f"expected 5, got {out}")


class TotalTests(unittest.TestCase):
    def test_empty_cart_costs_nothing(self):
        if total([]) != 0:
            self.fail("an empty cart should cost nothing")
