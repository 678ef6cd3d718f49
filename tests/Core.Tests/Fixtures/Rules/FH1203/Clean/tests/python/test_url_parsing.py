from urllib.parse import urlparse, urlsplit

import httpx
import pytest
import requests
import yarl


def test_parse_ip_host():
    assert urlsplit("http://[::ffff:192.168.0.1]:5678/").port == 5678
    assert urlparse("http://10.1.2.3:8080/x").hostname == "10.1.2.3"


def test_url_model_is_data():
    url = httpx.URL("http://webservice", params={"u": "with spaces"})
    # The expected value has the same authority as the parsed URL: it is the parse result, not an endpoint.
    assert str(url) == "http://webservice?u=with+spaces"
    assert yarl.URL("http://svc:8181/api").port == 8181
    assert httpx.URL(scheme="https", host="cache", port=6379).port == 6379


def test_prepared_request_is_inspected_not_sent():
    p = requests.Request("GET", "http://0.0.0.0:8000/get/test case").prepare()
    assert p.url.endswith("test%20case")


def test_malformed_authorities_are_not_addresses():
    with pytest.raises(ValueError):
        check("https://u:p@[invalid!]//evil/path")
    with pytest.raises(ValueError):
        check("https://exam le.com/")
    with pytest.raises(ValueError):
        check("https://999.999.999.999/")
    with pytest.raises(ValueError):
        check("https://[2001]/")
    with pytest.raises(ValueError):
        check("http://svc:abc/")


def test_documentation_and_unusable_addresses():
    # RFC 5737 / RFC 3849 documentation addresses; port 0 (any port) and port 1 (nothing listens there).
    assert check("http://192.0.2.10:8080/")
    assert check("http://[2001:db8::1]:443/")
    assert check("http://localhost:1")
    assert check("http://127.0.0.1:0/")


def check(url):
    return url
