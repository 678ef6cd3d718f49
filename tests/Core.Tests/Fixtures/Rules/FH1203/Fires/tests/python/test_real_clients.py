import httpx
import pytest


def handler(request):
    return httpx.Response(200)


def test_in_process_beside_a_real_client():
    client = httpx.Client(transport=httpx.MockTransport(handler))
    assert client.get("http://127.0.0.1:8001/").status_code == 200
    real = httpx.Client(base_url="http://127.0.0.1:8001")  # plant: FH1203
    assert real.get("/").status_code == 200


def test_unreachable_is_still_an_address():
    with pytest.raises(httpx.ConnectError):
        httpx.Client(base_url="http://10.1.2.3:9000").get("/")  # plant: FH1203


def test_a_client_that_is_not_in_process_in_this_test():
    client = httpx.Client()
    assert client.get("http://localhost:8799/").status_code == 200  # plant: FH1203
