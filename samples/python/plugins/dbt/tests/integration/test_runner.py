import subprocess

import pytest


@pytest.mark.integration
def test_dbt_debug_connects():
    result = subprocess.run(["dbt", "debug"], capture_output=True, check=False)
    assert b"All checks passed" in result.stdout
