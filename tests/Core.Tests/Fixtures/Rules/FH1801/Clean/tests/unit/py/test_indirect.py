import pytest


@pytest.fixture
def weighted_db(request):
    return {"weight": request.param}


@pytest.fixture
def db_config(request):
    return dict(request.param)


@pytest.fixture
def sqlite_store():
    return {"kind": "sqlite"}


@pytest.fixture
def memory_store():
    return {"kind": "memory"}


@pytest.fixture
def redis_store():
    return {"kind": "redis"}


@pytest.fixture(params=["redis_store"])
def any_store(request):
    return request.getfixturevalue(request.param)


@pytest.mark.parametrize("weighted_db", [0.2, 0.7], indirect=True)
def test_weight_is_kept(weighted_db):
    assert weighted_db["weight"] in (0.2, 0.7)


@pytest.mark.parametrize("db_config, level", [({"a": 1}, 1)], indirect=["db_config"])
def test_config_is_passed(db_config, level):
    assert db_config == {"a": level}


@pytest.mark.parametrize("store_fixture", ["sqlite_store", pytest.param("memory_store", id="memory")])
def test_store_kinds(request, store_fixture):
    store = request.getfixturevalue(store_fixture)
    assert store["kind"] in ("sqlite", "memory")


def test_any_store(any_store):
    assert any_store["kind"] == "redis"
