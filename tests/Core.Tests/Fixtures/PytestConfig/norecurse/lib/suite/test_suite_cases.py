def test_case():
    assert 2 * 2 == 4
