from shop.money import Money


def test_two_different_literals_can_never_pass():
    # 42 < 3 and "%test" == "test" are false: they can never pass (weak, like a bare fail), never "can never fail".
    assert 42 < 3
    assert "%test" == "test"
    assert Money(5).amount == 5

