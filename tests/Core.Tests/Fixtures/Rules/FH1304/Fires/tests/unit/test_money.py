from shop.money import Money


def test_identity():
    m = Money(5)
    assert m is m  # plant: FH1304
    assert m.amount == 5


def test_amount():
    m = Money(5)
    assert m.amount == m.amount  # plant: FH1304
    assert m.amount == 5


def test_same_name():
    m = Money(5)
    same = m
    assert same is same  # plant: FH1304
    assert m.amount == 5


def test_literals_that_hold():
    assert 3 < 42  # plant: FH1304
    assert Money(5).amount == 5
