import pytest
import requests


@pytest.fixture
def api():
    session = requests.Session()
    yield session
    session.close()
