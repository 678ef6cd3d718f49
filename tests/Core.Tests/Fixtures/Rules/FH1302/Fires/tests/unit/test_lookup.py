import unittest

from shop.orders import place_order


class LookupTests(unittest.TestCase):
    def test_order_is_found(self):  # plant: FH1302
        self.assertIsNotNone(place_order(1))


def test_order_is_returned():  # plant: FH1302
    assert place_order(2) is not None


def test_search_result_is_returned(index):  # plant: FH1302
    # a search index's search(), not a regex match: its result not being None says nothing
    res = index.search("order")
    assert res is not None
