import re

import pytest
from yarl import URL


def redirect_url(host, path):
    return "http://%s%s" % (host, path)


def test_expected_value_of_a_pure_function():
    assert redirect_url("localhost:8080", "/") == "http://localhost:8080/"


@pytest.mark.parametrize("url", ["http://10.9.8.7:9000/", pytest.param("redis://cache:6380/0")])
def test_rows(url):
    assert url


def test_cluster_nodes_parsing():
    nodes = {"127.0.0.1:16380": {"migrations": []}}
    assert nodes.get("127.0.0.1:16380") == {"migrations": []}


def test_url_model_given_to_a_builder(make_request):
    req = make_request("get", URL("http://python.org:80/"))
    assert req.headers["Host"] == "python.org"


def test_ipv6_and_binds(site):
    assert site.name == "http://0.0.0.0:8080"
    assert str(site.url) == "http://[::1]:8443/"


def test_regex_is_not_a_url(rsps):
    rsps.add_callback("GET", re.compile(r"^https://legacy\.(.*)+/?(.*)?$"), callback=None)


def test_cache_key():
    assert "session:12345".startswith("session")
