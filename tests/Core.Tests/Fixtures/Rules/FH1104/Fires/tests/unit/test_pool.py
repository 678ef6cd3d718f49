from unittest import mock

from shop.pool import Pool


def test_close_leaves_pool_empty():
    members = {"one": mock.Mock(), "two": mock.Mock()}  # plant: FH1104
    pool = Pool(members)

    pool.close()

    # members["..."] is never looked at: the mocks stand in for nothing the test checks.
    assert pool.size == 0


# The monkeypatch's replacement is its mock; the other mock is passed along and never looked at.
def test_close_with_patched_clock(monkeypatch):
    monkeypatch.setattr("shop.pool.clock", mock.Mock())
    listener = mock.Mock()  # plant: FH1104
    pool = Pool({"one": listener})

    pool.close()

    assert pool.size == 0
