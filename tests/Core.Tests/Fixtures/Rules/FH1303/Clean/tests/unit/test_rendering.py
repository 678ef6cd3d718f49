from shop.render import render_receipt, receipt_lines


def assert_lines(lines, expected):
    for line, exp in zip(lines, expected):
        if line != exp:
            assert False, "line mismatch: %r != %r" % (line, exp)


def test_receipt_lines():
    assert_lines(receipt_lines(1), ["order-1", "total 42"])


def test_receipt_renders(snap_compare):
    assert snap_compare(render_receipt(1))


def test_receipt_renders_with_terminal_size(snap_compare):
    assert snap_compare(render_receipt(1), terminal_size=(80, 24))
