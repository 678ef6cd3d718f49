def test_in_build():
    assert 2 > 1
