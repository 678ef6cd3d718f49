# An input of the formatter under test: test_format.py reads it as text, nothing imports it.
import os


def foo(list_a, list_b):
    return [a for a in list_a if a in list_b]


class Quux:
    def method(self):
        return os.sep
