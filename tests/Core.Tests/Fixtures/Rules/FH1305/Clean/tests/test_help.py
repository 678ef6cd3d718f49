import unittest


class CmdlineTest(unittest.TestCase):
    def test_help_hides_param(self):
        from shop.cli import help_text

        self.assertFalse(help_text().find("--secret") != -1)  # membership (`not in`), no equality to spell out
