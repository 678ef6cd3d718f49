import os

import pytest


@pytest.mark.integration
def test_backend_configured(manager):
    if manager.app.backend is None:
        pytest.skip("no result backend configured")  # plant: FH1506
    assert manager.app.send_task("ping").get(timeout=10) == "pong"


@pytest.mark.integration
def test_azure(manager):
    if not os.environ.get("AZURE_URL"):
        pytest.skip("AZURE_URL not set")  # plant: FH1506
    assert manager.app.send_task("ping").get(timeout=10) == "pong"
