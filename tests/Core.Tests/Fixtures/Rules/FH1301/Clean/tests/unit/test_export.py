from shop.export import export_csv
from tests.unit.support.export_base import ExportTestBase


class CsvExportTests(ExportTestBase):
    def assertExportedCsv(self, items, rows):
        assert export_csv(items).splitlines() == rows

    def test_orders_export(self):
        self.assertExported(["order-1"], ["order-1"])
