import pytest


@pytest.fixture
def catalog():
    return {"orders": ["id", "total"]}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    monkeypatch.delenv("FLOE_CATALOG", raising=False)


@pytest.fixture
def warehouse():
    return {"name": "wh"}


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: slow tests")


def make_table(name):
    return {"name": name, "columns": []}
