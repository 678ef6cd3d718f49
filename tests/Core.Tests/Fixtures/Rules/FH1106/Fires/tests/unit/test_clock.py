from unittest import mock

from shop import settings


def test_expiry_uses_the_clock():
    with mock.patch("shop.settings.time") as clock:  # plant: FH1106
        clock.time.return_value = 0
        assert settings.expired(10) is False
