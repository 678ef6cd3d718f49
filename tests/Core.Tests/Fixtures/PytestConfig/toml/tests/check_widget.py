from widgets import Widget


class test_Widget:
    def check_adds(self):
        assert Widget().add(1, 2) == 3

    def test_subtracts(self):
        assert Widget().sub(3, 1) == 2

    def helper(self):
        return Widget()


def check_module_level():
    assert Widget().add(0, 0) == 0
