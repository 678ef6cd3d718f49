from shop.orders import place_order


def load_order(n):
    if n < 0:
        raise ValueError("negative")
    return place_order(n)


def test_order_loads():  # plant: FH1301
    load_order(3)


def check_total():
    assert Cart().total() == 0


def test_names_the_check_only():  # plant: FH1301
    print(check_total.__name__)
