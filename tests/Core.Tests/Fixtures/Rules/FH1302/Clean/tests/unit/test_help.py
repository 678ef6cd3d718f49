import re
import unittest

from shop.cli import render_help

LAYOUT = re.compile(r"^Commands:\n(\s+\w+\s+.+\n){2}$")


def test_help_layout():
    assert re.search(r"Commands:\n\s+long\s+This is a long text", render_help()) is not None


def test_help_layout_compiled():
    assert LAYOUT.fullmatch(render_help()) is not None


class HelpTests(unittest.TestCase):
    def test_help_starts_with_commands(self):
        self.assertIsNotNone(re.match(r"Commands:", render_help()))


def test_version_line_matches():
    m = re.search(r"^shop \d+\.\d+", render_help())
    assert m is not None
