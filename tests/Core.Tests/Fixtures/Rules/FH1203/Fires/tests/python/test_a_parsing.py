from urllib.parse import urlsplit


def test_parse_port():
    assert urlsplit("http://localhost:5432/").port == 5432
