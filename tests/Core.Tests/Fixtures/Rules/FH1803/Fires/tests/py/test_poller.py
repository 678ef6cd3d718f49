# Imports nothing named poller, but calls the infrastructure module's helper.
from tests.py.support import poll_once


def test_poll_once_returns_the_value():  # plant: FH1803
    assert poll_once(lambda: 3) == 3
