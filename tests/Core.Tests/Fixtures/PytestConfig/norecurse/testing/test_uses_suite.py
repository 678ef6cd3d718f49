from lib.suite.test_suite_cases import *  # noqa: F403


def test_local():
    assert 3 * 3 == 9
