import unittest


class Test_is_same_domain(unittest.TestCase):
    # Pylons-style: the function under test is reached through _callFUT, which only returns its result.
    def _callFUT(self, *args, **kw):
        from shop.util import is_same_domain

        return is_same_domain(*args, **kw)

    def test_same_domain(self):
        self.assertTrue(self._callFUT("example.com", "example.com"))

    def test_other_domain(self):
        self.assertFalse(self._callFUT("evil.com", "example.com"))


def _check(value):
    from shop.util import is_valid_sku

    return is_valid_sku(value)


def test_sku_is_valid():
    assert _check("A-1")


class CmdlineTest(unittest.TestCase):
    # s.find(x) != -1 is the pre-`in` spelling of `x in s`: a membership check.
    def test_help_lists_param(self):
        from shop.cli import help_text

        self.assertTrue(help_text().find("--sku") != -1)

    def test_help_hides_param(self):
        from shop.cli import help_text

        assert help_text().find("--secret") == -1

    def test_help_lists_verbose(self):
        from shop.cli import help_text

        self.assertNotEqual(help_text().find("--verbose"), -1)


class FunctionalTests(unittest.TestCase):
    # WebTest: testapp.get(url, status=200) raises AppError unless the response has that status.
    def setUp(self):
        from webtest import TestApp

        from shop import main

        self.testapp = TestApp(main({}))

    def test_home(self):
        res = self.testapp.get("/", status=200)
        assert res.body
