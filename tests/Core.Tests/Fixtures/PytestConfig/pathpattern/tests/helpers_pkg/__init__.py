def test_looking_helper():
    assert 1 == 1
