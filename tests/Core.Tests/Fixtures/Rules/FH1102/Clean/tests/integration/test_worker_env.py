import os
from unittest import mock

from shop.worker import run_once


def test_worker_reads_its_queue_from_the_environment(monkeypatch, redis_url):
    monkeypatch.setenv("WORKER_QUEUE", "orders")
    with mock.patch.dict(os.environ, {"WORKER_BATCH": "5"}):
        assert run_once(redis_url).queue == "orders"
