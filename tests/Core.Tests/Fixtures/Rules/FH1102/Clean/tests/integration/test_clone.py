from shop.vcs import Git


def test_clone_fetches_once(mocker, tmp_path):
    spy = mocker.spy(Git, "_clone")  # the real clone runs; the spy only counts it
    Git.clone("https://github.com/python-poetry/test-fixture-vcs-repository.git", tmp_path)
    assert spy.call_count == 1
