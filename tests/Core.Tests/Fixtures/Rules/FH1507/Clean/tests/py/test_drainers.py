import unittest


class DrainerContract:
    """The tests: pytest runs them in TestDefaultDrainer and ThreadedDrainerCase."""

    def test_drain_returns_items(self):
        assert self.make().drain() == [1, 2]


class TestDefaultDrainer(DrainerContract):
    def make(self):
        return make_drainer()


class ThreadedDrainerCase(DrainerContract, unittest.TestCase):
    def make(self):
        return make_drainer()


def make_drainer():
    return type("D", (), {"drain": lambda self: [1, 2]})()
