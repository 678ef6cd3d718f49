import logging
import sys
from unittest import mock
from unittest.mock import MagicMock

from shop.metrics import Recorder

logger = logging.getLogger("rates")


# A mock a stub returns (a side_effect function, a lambda, a fake's method) is the stub's answer to the code under test:
# handed out, not an unused mock. (A module-level factory that returns a bare mock hands the tests a dummy: FH1104/Fires.)
def test_records_duration():
    duration = MagicMock()
    meter = MagicMock()

    def create_histogram(name, **kwargs):
        if name == "db.duration":
            return duration
        return MagicMock()

    meter.create_histogram.side_effect = create_histogram
    meter.create_counter.side_effect = lambda name: MagicMock()
    Recorder(meter).record(3)
    duration.record.assert_called_once_with(3)


class FakeConnection:
    def channel(self):
        return MagicMock()


def test_fake_connection_channel():
    assert Recorder(FakeConnection()).record(1) == 1


# A mock given as a patch's replacement is the patch's mock, used through the patched name or the `as` binding.
def test_warns_on_invalid_rate():
    with mock.patch.object(logger, "warning", mock.Mock()):
        assert Recorder.is_valid_rate(2) is False
        logger.warning.assert_called_once()


def test_warns_new_keyword():
    with mock.patch.object(logger, "warning", new=mock.Mock()) as warning:
        assert Recorder.is_valid_rate(-1) is False
    warning.assert_called_once()


def test_module_replaced():
    with mock.patch.dict(sys.modules, {"ujson": mock.Mock()}):
        assert Recorder.json_module() is sys.modules["ujson"]


def test_patch_new_target():
    with mock.patch("shop.metrics.clock", mock.Mock(return_value=3)):
        assert Recorder.now() == 3


# monkeypatch.setattr/setitem with a mock is patch.object with a replacement: the dotted-string target, the object and
# attribute name, a value= keyword, a mapping's item.
def test_monkeypatched_by_dotted_name(monkeypatch):
    monkeypatch.setattr("shop.metrics.send_token", mock.Mock())
    assert Recorder.now() == 3


def test_monkeypatched_attribute(monkeypatch):
    monkeypatch.setattr(logger, "warning", MagicMock())
    assert Recorder.is_valid_rate(2) is False


def test_monkeypatched_value_keyword(monkeypatch):
    monkeypatch.setattr("shop.metrics.clock", value=mock.Mock())
    assert Recorder.now() == 3


def test_monkeypatched_item(monkeypatch):
    monkeypatch.setitem(sys.modules, "ujson", mock.Mock())
    assert Recorder.json_module() is sys.modules["ujson"]


# Mock(**methods) configures the mock from a dict, as configure_mock(**methods) does.
def test_configured_from_dict():
    methods = {"create_counter.return_value": 1, "create_histogram.side_effect": KeyError}
    meter = MagicMock(**methods)
    recorder = Recorder(meter)
    assert recorder.record(1) == 1
