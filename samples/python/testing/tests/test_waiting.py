import pytest

from floe_testing.waiting import wait_for_http


def test_gives_up_once_the_timeout_has_passed():  # plant: FH1803
    with pytest.raises(TimeoutError, match="did not become ready within 0s"):
        wait_for_http("http://polaris.invalid/healthcheck", timeout=0)
