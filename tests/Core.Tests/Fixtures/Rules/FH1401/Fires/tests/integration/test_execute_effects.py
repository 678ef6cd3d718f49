from myapp.tasks import add


def test_pipeline_of_writes(r):  # plant: FH1401
    pipe = r.pipeline()
    pipe.delete("a")
    assert pipe.execute() == [1]


def test_set_via_execute_command(r):  # plant: FH1401
    assert r.execute_command("SET", "a", "1") is True


def test_task_is_dispatched(manager):  # plant: FH1401
    result = add.apply_async(args=(1, 2))
    assert result.id


def test_order_is_submitted(service):  # plant: FH1401
    result = service.submit({"id": 1})
    assert result.get("id") == 1


def test_query_placeholder_runs(connector):  # plant: FH1401
    result = connector.execute("query", parameters={"a": 1})
    assert result == 1
