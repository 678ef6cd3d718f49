import os
from unittest import mock

from shop.client import ShopClient


@mock.patch.dict(os.environ, {"SHOP_URL_OVERRIDE": "1"})
def test_checkout_against_the_deployment(monkeypatch):
    monkeypatch.setenv("SHOP_TIMEOUT", "30")
    assert ShopClient.from_environment().checkout("sku-1").status == 201
