import pytest


@pytest.fixture
def level():  # plant: FH1801
    return 3


@pytest.mark.parametrize("level", [1, 2], indirect=False)
def test_level_is_small(level):
    assert level < 3
