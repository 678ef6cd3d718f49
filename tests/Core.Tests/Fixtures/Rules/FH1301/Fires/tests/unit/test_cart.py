import pytest

from shop.cart import Cart


def test_add_does_not_raise():  # plant: FH1301
    Cart().add("sku", 2)


@pytest.mark.slow
def test_checkout_runs(benchmarks):  # plant: FH1301
    # A fixture that is not pytest-benchmark's `benchmark`, and a marker that is not `benchmark`.
    Cart().checkout(benchmarks)
