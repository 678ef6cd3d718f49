import pytest


@pytest.fixture
def catalog():
    return {"orders": ["id", "total"]}


@pytest.fixture
def unused_warehouse():  # plant: FH1801
    return {"name": "wh"}


def make_table(name):  # plant: FH1801
    return {"name": name, "columns": []}
