from unittest import mock

from shop import Kitchen


# The subject itself: a member of the object the test builds and calls, or of the subject's class.
def test_serve_skips_validation():
    kitchen = Kitchen()
    with mock.patch.object(kitchen, "_validate", return_value=True):  # plant: FH1105
        assert kitchen.serve("soup") == "prepared soup"


def test_serve_spies_on_itself(mocker):
    kitchen = Kitchen()
    spy = mocker.spy(kitchen, "serve")  # plant: FH1105
    kitchen.serve("soup")
    assert spy.call_count == 1


def test_serve_through_the_class():
    with mock.patch.object(Kitchen, "_validate", return_value=True):  # plant: FH1105
        assert Kitchen().serve("soup") == "prepared soup"
