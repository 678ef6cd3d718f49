from unittest import mock

from shop.client import ShopClient


def test_checkout_charges_the_card():
    with mock.patch("shop.client.PaymentGateway") as gateway:  # plant: FH1101
        gateway.return_value.charge.return_value = True
        assert ShopClient.from_environment().checkout("sku-1").status == 201
