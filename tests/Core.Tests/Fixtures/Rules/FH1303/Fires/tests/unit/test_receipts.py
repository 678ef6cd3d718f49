from shop.render import receipt_lines


def compare_lines(lines, expected):
    if lines != expected:
        assert False, "lines differ"  # not a check by its name: as weak as a bare fail


def test_receipt_lines_compared():  # plant: FH1303
    compare_lines(receipt_lines(1), ["order-1"])


def test_receipt_line_is_digits():  # plant: FH1303
    assert receipt_lines(1)[0].isdigit()  # a predicate of its receiver, without arguments: a status, weak
