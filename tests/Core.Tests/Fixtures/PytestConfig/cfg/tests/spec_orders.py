from shop import place_order


def test_places_an_order():
    assert place_order(1).total == 42
