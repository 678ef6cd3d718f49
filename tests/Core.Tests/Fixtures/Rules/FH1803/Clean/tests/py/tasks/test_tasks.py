from .tasks import add, mul


def test_add_runs_on_the_worker(celery_worker):
    assert add.delay(2, 3).get(timeout=10) == 5


def test_chained_tasks(celery_worker):
    assert (add.s(2, 3) | mul.s(4)).delay().get(timeout=10) == 20
