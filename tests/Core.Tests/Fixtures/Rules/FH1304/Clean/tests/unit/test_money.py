import unittest

from shop.money import Money


def test_eq_is_reflexive():
    m = Money(5)
    assert m == m
    assert not (m != m)


def test_equal_values():
    assert Money(5) == Money(5)


class Settings:
    @property
    def database(self):
        return object()


def test_database_is_cached():
    s = Settings()
    # reads the attribute twice: fails when each read builds a new object
    assert s.database is s.database


class SettingsTests(unittest.TestCase):
    def test_database_is_cached(self):
        s = Settings()
        self.assertIs(s.database, s.database)
