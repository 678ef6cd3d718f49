import pytest


@pytest.mark.integration
def test_health(api):
    assert api.get("https://api.floe.example/health").json() == {"status": "ok"}
