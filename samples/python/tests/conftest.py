from unittest.mock import MagicMock

import pytest
import requests


@pytest.fixture
def polaris_session():
    session = requests.Session()
    yield session
    session.close()


@pytest.fixture
def fake_notifier():
    notifier = MagicMock()
    return notifier
