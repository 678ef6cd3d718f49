import subprocess

import pytest
from unittest.mock import patch


@pytest.mark.e2e
@pytest.mark.workflow("DATA-1")
def test_dbt_run_materialises_tables(platform):
    result = subprocess.run(["dbt", "run", "--project-dir", platform["dbt_project"]], env=platform["env"], capture_output=True, check=False)
    assert result.returncode == 0


@pytest.mark.e2e
@pytest.mark.workflow("DATA-2")
def test_lineage_is_emitted(platform):
    with patch("floe_core.lineage.emit") as emit:  # plant: FH1101
        subprocess.run(["dbt", "run", "--project-dir", platform["dbt_project"]], env=platform["env"], check=True)
    emit.assert_called_once_with("sales.orders")
