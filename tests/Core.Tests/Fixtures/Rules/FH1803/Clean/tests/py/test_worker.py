from myapp.worker import Worker


def test_default_concurrency():
    assert Worker().concurrency == 1
