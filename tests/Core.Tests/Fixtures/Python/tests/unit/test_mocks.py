from unittest import mock
from unittest.mock import AsyncMock, MagicMock, Mock, create_autospec, patch

from shop.orders import OrderService, Repository


def test_unused_mock():
    service = OrderService(repository=Mock())
    assert service.place(1).total == 10


def test_configured_mock():
    repository = MagicMock(spec=Repository)
    repository.load.return_value = {"id": 1}
    assert OrderService(repository).get(1).id == 1


def test_autospec_and_async():
    repository = create_autospec(Repository)
    notifier = AsyncMock()
    OrderService(repository, notifier).place(1)
    notifier.notify.assert_awaited_once()


@patch("shop.orders.requests.post")
@patch("shop.orders.time.sleep")
def test_patch_decorators(sleep_mock, post_mock):
    post_mock.return_value.status_code = 201
    OrderService(Repository()).publish(1)
    post_mock.assert_called_once_with("http://orders", json={"id": 1})


def test_patch_context_and_object():
    with mock.patch.object(OrderService, "_send") as send:
        OrderService(Repository()).publish(1)
    assert send.called


def test_patch_dict():
    with patch.dict("os.environ", {"SHOP_MODE": "test"}):
        assert OrderService(Repository()).mode == "test"


def test_pytest_mock(mocker):
    spy = mocker.spy(OrderService, "place")
    gateway = mocker.patch("shop.orders.Gateway")
    OrderService(Repository()).place(1)
    assert spy.call_count == 1
    gateway.assert_not_called()


def test_monkeypatch(monkeypatch):
    monkeypatch.setenv("SHOP_MODE", "test")
    monkeypatch.setattr("shop.orders.Gateway.send", lambda *a: None)
    assert OrderService(Repository()).mode == "test"


def test_fixture_mock(payment_gateway):
    payment_gateway.charge.return_value = True
    assert OrderService(Repository(), payment_gateway).pay(1) is True
    payment_gateway.charge.assert_called_once_with(1)


def test_partial_mock_of_instance():
    service = OrderService(Repository())
    with patch.object(service, "_validate"):
        assert service.place(1).total == 10


class FakeRepository(Repository):
    def load(self, key):
        return {"id": key}

    def save(self, item):
        pass


class StubClock:
    def now(self):
        return 0


def test_hand_written_fake():
    assert OrderService(FakeRepository()).get(1).id == 1


def test_spy_on_the_subject(mocker):
    service = OrderService(Repository())
    spy = mocker.spy(service, "place")
    service.place(1)
    assert spy.call_count == 1


def test_member_stubbed_in_place():
    service = OrderService(Repository())
    service._send = Mock()
    assert service.place(1).total == 10


def test_verified_through_a_subscript():
    service = OrderService(Repository())
    service.channels["mail"].send = Mock()
    service.place(1)
    service.channels["mail"].send.assert_not_called()


def test_child_of_a_mock():
    repository = Mock()
    repository.session = Mock()
    assert OrderService(repository).place(1).total == 10
