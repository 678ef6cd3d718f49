"""Tasks the integration tests run on a real worker: the workload of the product under test, not test infrastructure."""
from celery import shared_task


def redis_client():
    import redis
    return redis.Redis()


@shared_task
def add(x, y):
    return x + y


@shared_task
def mul(x, y):
    return x * y


@shared_task(ignore_result=True)
def record(key, value):
    redis_client().set(key, value)
