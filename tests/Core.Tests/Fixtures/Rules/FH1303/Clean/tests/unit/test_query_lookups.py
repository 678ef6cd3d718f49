import unittest

from shop.models import Order, Refund
from shop.services import cancel, delete_order, place


# An ORM lookup narrowed by arguments answers for those arguments (like is_paid(order) or CheckExists(key)); asserted
# false, a query's existence or truthiness is emptiness (Assert.Empty): moderate checks, not a bare flag.
def test_place_stores_the_order():
    order = place("A-1")
    assert Order.objects.filter(pk=order.pk, status="placed").exists()


def test_delete_removes_the_order(order):
    delete_order(order)
    assert not Order.objects.filter(pk=order.pk).exists()


def test_cancel_leaves_no_pending_refunds(order):
    cancel(order)
    assert not Refund.objects.filter(order=order, status="pending")


def test_cancel_removes_all_refunds(order):
    cancel(order)
    assert not order.refunds.exists()


class CancelTests(unittest.TestCase):
    def test_cancel_keeps_the_order(self):
        order = place("A-2")
        cancel(order)
        self.assertTrue(Order.objects.filter(pk=order.pk).order_by("id").exists())
