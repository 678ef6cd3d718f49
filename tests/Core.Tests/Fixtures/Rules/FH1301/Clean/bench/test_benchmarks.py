import pytest

from shop.cart import Cart

pytestmark = pytest.mark.benchmark()


def test_add_many_items():
    # A benchmark measures how long the code takes; it asserts nothing by design.
    cart = Cart()
    for i in range(1000):
        cart.add("sku-%d" % i, 1)
