from unittest import mock

from shop import Chef, Kitchen


# A spy or patch on a collaborator is not a partial mock of the subject: an attribute reached through the subject
# (kitchen._client, kitchen.pool) or an object the test configures and hands on by attribute assignment.
def test_serve_sends_through_the_client():
    kitchen = Kitchen(api_key="z")
    with mock.patch.object(kitchen._client, "send", return_value={"id": 7}):
        order = kitchen.orders.create(dish="soup")
    assert order.id == 7


def test_serve_uses_the_chef(mocker):
    chef = Chef()
    chef.set_menu(["soup"])
    spy = mocker.spy(chef, "prepare")
    kitchen = Kitchen()
    kitchen._chef = chef
    assert kitchen.serve("soup") == "prepared soup"
    spy.assert_called_once_with("soup")


def test_serve_refreshes_the_pool(mocker):
    kitchen = Kitchen()
    refresh = mocker.spy(kitchen.pool, "refresh")
    kitchen.serve("soup")
    assert refresh.call_count == 1
