import pytest
from django import VERSION as DJANGO_VERSION


@pytest.mark.skipif(DJANGO_VERSION < (4, 2), reason="async ORM needs Django 4.2")
def test_async_queryset(live_server):
    assert live_server.url.startswith("http")
