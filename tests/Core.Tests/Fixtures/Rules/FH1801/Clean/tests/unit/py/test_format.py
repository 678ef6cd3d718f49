from pathlib import Path

import pytest

CASES = Path(__file__).parent / "data" / "cases"
TYPE_INPUTS = Path(__file__).parent / "type_inputs"


@pytest.mark.parametrize("path", sorted(CASES.glob("*.py")))
def test_case_is_stable(path):
    source = path.read_text()
    assert source == source.strip("\ufeff")


def test_type_inputs_exist():
    assert [p.name for p in TYPE_INPUTS.glob("*.py")] == ["generics_input.py"]
