import unittest


class CmdlineTest(unittest.TestCase):
    def test_help_hides_param(self):
        from shop.cli import help_text

        self.assertFalse(help_text().find("--secret") != -1)  # membership: not reported

    def test_help_width(self):
        from shop.cli import help_width

        self.assertFalse(help_width() != 80)  # plant: FH1305
