import os

import pytest


@pytest.mark.integration
def test_chord_sum(manager):
    try:
        manager.app.backend.ensure_chords_allowed()
    except NotImplementedError as e:
        raise pytest.skip(e.args[0])
    assert manager.app.send_task("sum", [1, 2]).get(timeout=10) == 3


@pytest.mark.integration
def test_redis_only_errback(manager):
    if not manager.app.conf.result_backend.startswith("redis"):
        raise pytest.skip("Requires redis result backend.")
    assert manager.app.send_task("fail").get(timeout=10) is None


@pytest.mark.integration
def test_key_value_backend(manager):
    if not isinstance(manager.app.backend, object):
        pytest.skip("needs a key-value store backend")
    assert manager.app.send_task("ping").get(timeout=10) == "pong"


@pytest.mark.integration
def test_deployed(manager):
    url = os.environ.get("DEPLOY_URL")
    if url is None:
        if os.environ.get("CI"):
            pytest.fail("DEPLOY_URL must be set in CI")
        else:
            pytest.skip("DEPLOY_URL not set on this machine")
    assert manager.app.send_task("ping").get(timeout=10) == "pong"
