import pytest
from unittest.mock import Mock

try:
    import fcntl
except ImportError:  # a platform module, not a service
    fcntl = Mock()


def make_request(on_ack=None):
    return {"ack": on_ack or Mock()}  # a parameter's default


def test_request_acks(broker):
    request = make_request(broker.ack)
    assert request["ack"] is broker.ack


def test_scrubs_the_client_address(broker):
    try:
        1 / 0
    except ZeroDivisionError:
        event = {"user": {"ip_address": "127.0.0.1"}}
    assert broker.scrub(event)["user"]["ip_address"] is None


def test_broker_version(broker):
    try:
        version = broker.server_version()
    except Exception:
        pytest.skip("flaky on CI, see https://github.com/shop/broker/issues/12")
    assert version >= (6, 0)
