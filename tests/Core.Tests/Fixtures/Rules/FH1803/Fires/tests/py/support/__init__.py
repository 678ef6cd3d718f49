from tests.py.support.poller import poll_once  # noqa: F401
