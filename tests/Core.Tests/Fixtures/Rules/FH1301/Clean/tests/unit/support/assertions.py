import contextlib
import re


def assert_raises_message(except_cls, msg, callable_, *args, **kwargs):
    return _assert_raises(except_cls, callable_, args, kwargs, msg=msg)


def _assert_raises(except_cls, callable_, args, kwargs, msg=None):
    with _expect_raises(except_cls, msg) as ec:
        callable_(*args, **kwargs)
    return ec


@contextlib.contextmanager
def _expect_raises(except_cls, msg=None):
    success = False
    try:
        yield
    except except_cls as err:
        assert re.search(msg, str(err)), "%r !~ %s" % (msg, err)
        success = True
    assert success, "callable did not raise"
