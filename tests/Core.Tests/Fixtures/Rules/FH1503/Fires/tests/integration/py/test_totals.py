"""Named an integration test, but only pytest's own in-process fixtures are used."""
from shop.totals import total


def test_total_of_lines(tmp_path, monkeypatch):  # plant: FH1503
    monkeypatch.setattr("shop.totals.ROUND", 2)
    assert total([1.005, 2]) == 3.01
