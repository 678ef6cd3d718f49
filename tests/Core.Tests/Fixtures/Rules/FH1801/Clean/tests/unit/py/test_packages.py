import pytest

from tests.unit.py.bootstrappers import Bootstrapper


def test_pick_returns_a_bootstrapper():
    try:
        chosen = Bootstrapper.pick()
    except RuntimeError:
        pytest.skip("no package manager")
    assert chosen.install("git")[-1] == "git"
