def test_not_collected_by_this_configuration():
    assert 1 + 1 == 2
