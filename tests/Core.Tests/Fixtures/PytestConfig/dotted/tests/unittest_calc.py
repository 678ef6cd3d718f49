def test_add():
    assert 1 + 2 == 3


def check_add():
    assert 2 + 2 == 4
