import unittest


class DrainerContract:
    """Shared tests, run in every concrete drainer class below."""

    def make(self):
        raise NotImplementedError

    def test_drain_returns_items(self):
        assert self.make().drain() == [1, 2]

    def test_drain_twice(self):  # plant: FH1301
        d = self.make()
        d.drain()
        d.drain()


class Drainer:
    def __init__(self):
        self.items = [1, 2]

    def drain(self):
        items, self.items = self.items, []
        return items


class TestDefaultDrainer(DrainerContract):
    def make(self):
        return Drainer()


class ThreadedDrainerCase(DrainerContract, unittest.TestCase):
    def make(self):
        return Drainer()
