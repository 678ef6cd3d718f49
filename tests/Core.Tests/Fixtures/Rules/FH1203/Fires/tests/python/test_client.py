import httpx
import requests

BASE_URL = "http://localhost:3100"  # plant: FH1203


def test_orders():
    assert requests.get("http://localhost:8080/orders").status_code == 200  # plant: FH1203
    assert requests.get(BASE_URL + "/health").ok


def test_url_model_handed_to_a_client_is_an_endpoint():
    # A URL model that goes straight into a call is where that call connects to.
    assert httpx.get(httpx.URL("http://inventory:8181/items")).status_code == 200  # plant: FH1203


def test_parsed_in_another_file_still_counts():
    # test_a_parsing.py (listed first) parses this address; that does not excuse connecting to it here.
    assert requests.get("http://localhost:5432/").ok  # plant: FH1203


def test_user_information_is_skipped():
    assert requests.get("https://user:pw@db.internal:6543/").ok  # plant: FH1203


def test_url_model_given_to_a_session(session):
    from yarl import URL
    assert session.get(URL("http://localhost:8765/")).status == 200  # plant: FH1203


def test_compared_and_connected():
    resp = requests.get("http://10.20.30.40:9200/")  # plant: FH1203
    assert resp.url == "http://10.20.30.40:9200/"
