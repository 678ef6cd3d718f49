from unittest import mock

from shop.pool import Pool


def test_close_clears_every_member():
    members = {"one": mock.Mock(), "two": mock.Mock()}
    pool = Pool(members)

    pool.close()

    members["one"].clear.assert_called_once_with()
    members["two"].clear.assert_called_once_with()


def test_close_closes_every_connection():
    connections = [mock.Mock(), mock.Mock()]
    Pool(connections).close()

    connections[0].close.assert_called_once_with()
    connections[1].close.assert_called_once_with()
