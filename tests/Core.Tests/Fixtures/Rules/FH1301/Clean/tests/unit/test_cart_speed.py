import pytest

from shop.cart import Cart


def test_total_speed(benchmark):
    cart = Cart()
    benchmark(cart.total)


@pytest.mark.benchmark(group="cart")
def test_add_speed():
    Cart().add("sku", 1)


@pytest.mark.benchmark
class TestCheckoutSpeed:
    def test_checkout(self):
        Cart().checkout()
