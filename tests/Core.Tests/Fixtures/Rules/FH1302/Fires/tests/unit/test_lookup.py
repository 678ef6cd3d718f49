import unittest

from shop.orders import place_order


class LookupTests(unittest.TestCase):
    def test_order_is_found(self):  # plant: FH1302
        self.assertIsNotNone(place_order(1))
