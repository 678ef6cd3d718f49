import pytest

from floe_core.catalog import qualified_name, split_name


def test_qualified_name_joins_parts():
    assert qualified_name("sales", "orders") == "sales.orders"


@pytest.mark.parametrize("name,parts", [("a.b", ["a", "b"]), ("x.y", ["x", "y"])])
def test_split_name(name, parts):
    assert split_name(name) == parts


def test_split_name_returns_something():  # plant: FH1302
    assert split_name("a.b") is not None


def test_qualified_name_is_not_empty():  # plant: FH1303
    assert len(qualified_name("a", "b")) > 0


def test_split_name_runs():  # plant: FH1301
    split_name("a.b")


def test_literal_tautology():
    assert split_name("a.b") == ["a", "b"]
    assert "a" == "a"  # plant: FH1304


def test_first_part():
    assert split_name("a.b")[0] == "a"


def test_notifier_is_told(fake_notifier):
    qualified_name("a", "b", notify=fake_notifier)
    fake_notifier.send.assert_called_once_with("a.b")


@pytest.mark.skip  # plant: FH1506
def test_qualified_name_quotes_reserved_words():
    assert qualified_name("select", "orders") == '"select".orders'
