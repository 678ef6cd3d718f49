"""Checks a test case inherits from a library base (Django's TestCase) or reaches through private helpers."""
from django.test import TestCase

from shop.orders import place_order
from tests.unit.support.assertions import assert_raises_message


class OrderViewTests(TestCase):
    def test_page_shows_the_order(self):
        response = self.client.get("/orders/1/")
        self.assertContains(response, "order-1")

    def test_negative_quantity_is_refused(self):
        with self.assertRaisesMessage(ValueError, "negative quantity"):
            place_order(-1)

    def test_listing_runs_two_queries(self):
        with self.assertNumQueries(2):
            self.client.get("/orders/")

    def test_export_matches(self):
        self.assertSerialized([place_order(1)], ["order-1"])  # a check of a base class outside the audited tree


def test_empty_order_is_refused():
    assert_raises_message(ValueError, "empty order", place_order, 0)
