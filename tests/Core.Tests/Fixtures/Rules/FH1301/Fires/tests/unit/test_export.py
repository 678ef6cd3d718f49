from tests.unit.support.export_base import ExportTestBase


class XmlExportTests(ExportTestBase):
    def test_orders_export(self):  # plant: FH1301
        self.assertExported(["order-1"], ["order-1"])  # no subclass override: the base's checks are empty
