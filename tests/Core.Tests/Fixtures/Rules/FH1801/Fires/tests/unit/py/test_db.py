from tests.unit.py.fixtures.db_helpers import make_db


def test_db_starts_empty():
    assert make_db()["orders"] == []
