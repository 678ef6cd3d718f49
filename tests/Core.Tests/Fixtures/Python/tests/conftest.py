from unittest.mock import MagicMock

import pytest


@pytest.fixture
def payment_gateway():
    gateway = MagicMock()
    return gateway


@pytest.fixture(autouse=True, scope="session")
def clean_environment():
    yield


@pytest.fixture(name="db")
def database_fixture(tmp_path):
    return tmp_path / "db.sqlite"


def helper_not_a_fixture():
    return 1
