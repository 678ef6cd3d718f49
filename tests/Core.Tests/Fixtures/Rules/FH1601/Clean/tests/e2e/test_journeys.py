import pytest
import requests


@pytest.mark.e2e
@pytest.mark.workflow("AC-2.1")
def test_customer_places_order():
    assert requests.post("https://shop.example/orders", timeout=5).status_code == 201
