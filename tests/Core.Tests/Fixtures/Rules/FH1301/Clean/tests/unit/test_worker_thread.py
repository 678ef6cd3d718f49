from shop.workers import run_sync_in_worker_thread
from shop.cart import Cart


def invoke_and_assert(total):
    assert Cart().total() == total


def test_total_in_worker_thread():
    # The function handed over by name is called by the runner: its assertion is the test's.
    run_sync_in_worker_thread(invoke_and_assert, 0)


def test_total_in_worker_thread_by_keyword():
    run_sync_in_worker_thread(func=invoke_and_assert, args=(0,))
