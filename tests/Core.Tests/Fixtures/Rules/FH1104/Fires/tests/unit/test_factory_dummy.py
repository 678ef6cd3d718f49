from unittest.mock import MagicMock

from shop.metrics import Recorder


# A module-level factory that returns a bare mock hands every test a dummy nobody sets up: pass a real producer or a
# null object. (A side_effect function's or a fake's method's returned mock is the stub's answer: FH1104/Clean.)
def make_producer():
    producer = MagicMock()  # plant: FH1104
    return producer


def test_records_with_a_producer():
    assert Recorder(make_producer()).record(1) == 1
