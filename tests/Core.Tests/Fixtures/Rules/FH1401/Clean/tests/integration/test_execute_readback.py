from myapp.tasks import add

TIMEOUT = 10


def test_pipeline_reads_back(r):
    with r.pipeline() as pipe:
        pipe.set("a", "a1").get("a")
        assert pipe.execute() == [True, b"a1"]


def test_exists_via_execute_command(r):
    r.delete("a")
    assert r.execute_command("EXISTS", "a") == 0


def test_select_after_insert(cursor):
    cursor.execute("INSERT INTO t VALUES (1)")
    assert cursor.execute("SELECT count(*) FROM t").fetchone() == (1,)


def test_task_runs_on_worker(manager):
    result = add.apply_async(args=(1, 2))
    assert result.get(timeout=TIMEOUT) == 3


def test_task_succeeds(manager):
    result = add.apply_async(args=(1, 2))
    result.wait(timeout=TIMEOUT)
    assert result.status == "SUCCESS"
    result = add.apply_async(args=(2, 2))
    assert result.get(timeout=TIMEOUT) == 4


def test_environ_headers():
    env = create_environ(headers={"X-Token": "abc"})
    assert env["HTTP_X_TOKEN"] == "abc"


def test_future_result(runner):
    future = runner.submit(add, 1, 2)
    assert future.result() == 3


def test_module_read_command(r):
    r.delete("doc")
    assert r.execute_command("JSON.GET", "doc") is None
