from tests.unit.py.exporters import Exporter


def test_export_keeps_rows():
    assert Exporter().export([("a",)]) == [("a",)]
