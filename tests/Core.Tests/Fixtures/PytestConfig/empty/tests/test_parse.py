import unittest


def test_parser(case):
    assert case.strip() == case


class TestNamedLikeATest:
    def test_not_collected(self):
        assert True


class ParseSuite(unittest.TestCase):
    def test_cases(self):
        for c in ("a", "b"):
            test_parser(c)
