import unittest


class ExportTestBase(unittest.TestCase):
    def assertExported(self, items, rows):
        self.assertExportedCsv(items, rows)
        self.assertExportedJson(items, rows)

    def assertExportedCsv(self, items, rows):
        pass  # each format's subclass checks its own output

    def assertExportedJson(self, items, rows):
        pass
