from .waiting import wait_until


def test_wait_until_sees_a_true_predicate():  # plant: FH1803
    assert wait_until(lambda: True) is True
