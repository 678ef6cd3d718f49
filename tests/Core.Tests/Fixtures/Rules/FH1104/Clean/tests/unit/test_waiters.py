from unittest import mock

from shop.waiters import release_first


def test_release_skips_a_done_waiter():
    w1, w2 = mock.Mock(), mock.Mock()
    w1.done.return_value = True
    w2.done.return_value = False
    release_first([w1, w2])
    assert not w1.set_result.called
    w2.set_result.assert_called_once_with(None)


def test_registered_task_is_called():
    tasks = {}
    tasks["unlock"] = mock.Mock()
    release_first(tasks)
    tasks["unlock"].apply_async.assert_called_once_with(1)
