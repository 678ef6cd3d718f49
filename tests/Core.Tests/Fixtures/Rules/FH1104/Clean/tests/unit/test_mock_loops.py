from unittest import mock
from unittest.mock import Mock, call

from shop import clock
from shop.hub import Hub


# Mocks kept in a container and configured or verified through a loop over it: each one is the loop variable in turn.
class TestHub:
    def setup_method(self):
        self.hub = Hub()

    def test_repr_lists_readers_and_writers(self):
        self.hub.readers = {1: Mock(), 2: Mock()}
        self.hub.writers = {3: Mock()}
        for value in list(self.hub.readers.values()) + list(self.hub.writers.values()):
            value.__name__ = "cb"
        assert self.hub.repr_active() == "R:1 R:2 W:3"

    def test_close_closes_every_channel(self):
        channels = [Mock(), Mock()]
        self.hub.channels = channels
        self.hub.close()
        for chan in channels:
            chan.close.assert_called_once_with()

    def test_every_listener_is_reset(self):
        listeners = {"a": Mock(), "b": Mock()}
        self.hub.listen(listeners)
        self.hub.reset()
        for name, listener in sorted(listeners.items()):
            listener.reset.assert_called_once_with(name)

    def test_literal_loop(self):
        for handler in [Mock(), Mock()]:
            handler.return_value = 1
            assert self.hub.dispatch(handler) == 1


# Tuple assignments: a member replaced in place (a hand-rolled patch), children attached to a parent mock and verified
# through it, each target holding its own value.
def test_shuffles_with_replaced_repeat():
    prev_repeat, clock.repeat = clock.repeat, Mock()
    try:
        clock.repeat.return_value = [1, 2]
        assert clock.shuffled(["a"]) == ["a"]
    finally:
        clock.repeat = prev_repeat


def test_loop_calls_todo_then_tick():
    hub = Hub()
    cb = Mock(name="parent")
    cb.todo, cb.tick = Mock(), Mock()
    hub.call_soon(cb.todo)
    hub.on_tick = [cb.tick]
    hub.run_once()
    cb.assert_has_calls([call.todo(), call.tick()])


# A mock handed out as another mock's or a patch's answer (return_value, side_effect) is the stub's answer, like
# side_effect=lambda: Mock().
def test_http_error_returns_none():
    session = Mock()
    session.get.return_value = Mock()
    assert Hub.fetch("http://localhost", session=session) is None


def test_submit_bulk():
    hub = Hub()
    with mock.patch.object(hub.pool, "submit", return_value=Mock()) as submit:
        hub.submit_bulk()
    assert submit.call_count == 2


def test_two_renewers():
    renewer_cls = Mock(side_effect=[Mock(), Mock()])
    first, second = Hub(renewer_cls), Hub(renewer_cls)
    assert first.renewer is not second.renewer


# A module stubbed in sys.modules is the same stub as patch.dict(sys.modules, {...}).
class TestOptionalDependency:
    def setup_method(self):
        import sys

        sys.modules["smtplib"] = mock.MagicMock()

    def teardown_method(self):
        import sys

        del sys.modules["smtplib"]

    def test_sends_mail(self):
        with mock.patch("smtplib.SMTP") as smtp:
            Hub.send_mail("hi")
        smtp.return_value.sendmail.assert_called_once()


# A module-level mock is set up by the module's own statements too.
CHANNEL = Mock()
CHANNEL.basic_qos.return_value = None


def test_consumes_from_shared_channel():
    hub = Hub(CHANNEL)
    assert hub.consume() == []
