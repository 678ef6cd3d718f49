from shop.money import Money


def test_eq_is_reflexive():
    m = Money(5)
    assert m == m
    assert not (m != m)


def test_equal_values():
    assert Money(5) == Money(5)
