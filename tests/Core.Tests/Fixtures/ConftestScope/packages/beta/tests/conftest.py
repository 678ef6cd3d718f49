from unittest.mock import MagicMock

import pytest


# pytest never loads this conftest for alpha's tests: its fixture must not be credited to them.
@pytest.fixture
def gateway():
    gateway = MagicMock(spec=BetaGateway)
    return gateway
