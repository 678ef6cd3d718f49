import os
from unittest import mock

from shop import settings


def test_flag_from_patched_environment():
    with mock.patch.dict(os.environ, {"SHOP_FLAG": "false"}):
        assert settings.flag() is False


@mock.patch.dict("os.environ", {"SHOP_FLAG": "true"})
def test_flag_from_decorated_environment():
    assert settings.flag() is True


def test_flag_from_monkeypatched_environment(monkeypatch, mocker):
    monkeypatch.setenv("SHOP_FLAG", "true")
    monkeypatch.setattr(settings.os, "environ", {"SHOP_FLAG": "true"})
    mocker.patch("shop.settings.os.environ", {"SHOP_FLAG": "true"})
    assert settings.flag() is True
