from floe_core.retry import backoff


def test_backoff_doubles():
    assert backoff(1) == 2
    assert backoff(3) == 8
