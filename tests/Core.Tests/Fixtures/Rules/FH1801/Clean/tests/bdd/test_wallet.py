from pytest_bdd import given, parsers, scenario, then, when


class Wallet:
    def __init__(self, amount):
        self.amount = amount


@scenario("wallet.feature", "Buy fruits")
def test_buy_fruits():
    pass


@given("A wallet with 50", target_fixture="wallet")
def wallet():
    return Wallet(50)


@when(parsers.parse("I buy some apples for {price:d}"))
def buy_apples(wallet, price):
    wallet.amount -= price


@then("I have 49 left")
def check(wallet):
    assert wallet.amount == 49
