import unittest
from unittest import TestCase

Suite = TestCase  # re-exported under another name (mypy's helpers)


class ServiceCase(unittest.TestCase):
    def setUp(self):
        self.items = []


class MappedFixture(ServiceCase):
    """A second level of the same hierarchy."""


class PlainMixin:
    def shared(self):
        return 1


class Ambiguous(unittest.TestCase):
    """Another module defines a plain class of the same name."""
