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
