def test_unfinished(:  # plant: FH1901
    pass
