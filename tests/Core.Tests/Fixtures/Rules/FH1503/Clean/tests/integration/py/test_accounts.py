"""Integration tests on plugin fixtures: pytest-django's db and live_server set up a real database and server."""
from accounts.models import Account


def test_account_is_stored(db):
    Account.objects.create(name="ada")
    assert Account.objects.get(name="ada").name == "ada"


def test_signup_page(live_server, tmp_path):
    assert live_server.url.startswith("http")
