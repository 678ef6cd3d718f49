import unittest


class Test_parse(unittest.TestCase):
    # A helper returning a call that is no predicate: its result asserted true is still a weak check.
    def _callFUT(self, *args):
        from shop.util import parse

        return parse(*args)

    def test_parses(self):  # plant: FH1303
        self.assertTrue(self._callFUT("A-1"))


class PositionTest(unittest.TestCase):
    def test_not_at_three(self):  # plant: FH1303
        from shop.cli import help_text

        self.assertTrue(help_text().find("--sku") != 3)  # a position, not membership


class ClientTests(unittest.TestCase):
    def test_any_status(self):  # plant: FH1303
        from shop import client

        res = client.get("/", status=200)  # not a WebTest app: status= is an argument
        assert res.body

    def test_status_not_checked(self):  # plant: FH1303
        from shop import testapp

        res = testapp.get("/", status="*")  # any status accepted
        assert res.body
