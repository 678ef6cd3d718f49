import pytest

from shop.files import export_report, load


def test_export_returns_something(tmp_path):  # plant: FH1303
    result = export_report(tmp_path)
    assert result.exists()


def test_load_raises_anything():  # plant: FH1303
    with pytest.raises(Exception):
        load(None)
