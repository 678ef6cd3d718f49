from unittest import mock

from shop.bus import Bus


# A loop that only hands each mock on uses none of them.
def test_registers_every_handler():
    handlers = [mock.Mock(), mock.Mock()]  # plant: FH1104
    bus = Bus()
    for handler in handlers:
        bus.register(handler)
    assert bus.count == 2


# Children of a mock are verified through the parent only by what records their calls (assert_has_calls, mock_calls).
def test_children_never_checked():
    parent = mock.Mock()
    parent.todo, parent.tick = mock.Mock(), mock.Mock()  # plant: FH1104
    bus = Bus(parent)
    parent.assert_called_once()
    assert bus.ready
