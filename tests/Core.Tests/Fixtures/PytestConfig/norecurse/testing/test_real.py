def test_real():
    assert 1 + 1 == 2
