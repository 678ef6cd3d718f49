def test_built():
    assert 1 + 1 == 2
