from shop import service


def test_refund_publishes(mocker):  # plant: FH1303
    publish = mocker.patch("shop.service.publish")
    result = service.refund("A-1")
    assert result
    publish.assert_called_once()
