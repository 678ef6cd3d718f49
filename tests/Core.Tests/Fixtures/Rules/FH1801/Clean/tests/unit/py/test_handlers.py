import pytest


def echo(request):
    return request


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class Plain:
    pass


def run(handler, value):
    return handler(value)


def test_handler_is_passed_as_a_value():
    assert run(echo, 3) == 3


@pytest.mark.parametrize("cls", [Plain, WithMeta])
def test_classes_from_a_list(cls):
    assert cls.__name__ in ("Plain", "WithMeta")


def _supported():
    return True


class OrderFactory:
    def __call__(self):
        return {"id": 1}


@pytest.mark.skipif(not _supported(), reason="needs support")
def test_factory_from_an_annotation(make: "OrderFactory" = OrderFactory()):
    assert make()["id"] == 1


def fixed_clock():
    return 0


def test_clock_is_patched_by_path(mocker):
    mocker.patch("time.monotonic", new="tests.unit.py.test_handlers.fixed_clock")
    assert run(echo, 1) == 1
