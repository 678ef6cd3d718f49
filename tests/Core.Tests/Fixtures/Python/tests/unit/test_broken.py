def test_fine():
    assert 1 + 1 == 2


def test_broken(:
    pass
