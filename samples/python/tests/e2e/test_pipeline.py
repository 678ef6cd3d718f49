import os
import subprocess

import pytest
from unittest.mock import patch


@pytest.mark.e2e
def test_dbt_run_materialises_tables():
    result = subprocess.run(["dbt", "run", "--project-dir", os.environ["DBT_PROJECT"]], capture_output=True, check=False)
    assert result.returncode == 0


@pytest.mark.e2e
def test_lineage_is_emitted():
    with patch("floe_core.lineage.emit") as emit:  # plant: FH1101
        subprocess.run(["dbt", "run"], check=True)
    emit.assert_called_once_with("sales.orders")
