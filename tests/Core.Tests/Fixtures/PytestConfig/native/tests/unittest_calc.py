def add(a, b):
    return a + b


def check_add():
    assert add(1, 2) == 3


def test_add_negative():
    assert add(-1, -2) == -3


def helper_value():
    return add(0, 0)
