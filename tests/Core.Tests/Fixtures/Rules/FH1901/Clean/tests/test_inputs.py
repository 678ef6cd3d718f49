from pathlib import Path

DATA = Path(__file__).parent / "data"


def test_invalid_input_is_there():
    assert (DATA / "invalid_on_purpose.py").read_text().startswith("#")
