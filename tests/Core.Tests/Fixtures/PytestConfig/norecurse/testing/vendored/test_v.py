def test_vendored():
    assert True
