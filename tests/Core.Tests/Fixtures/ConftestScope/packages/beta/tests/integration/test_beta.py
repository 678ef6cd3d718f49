def test_refunds(gateway):
    gateway.refund.return_value = {"status": "ok"}
    assert gateway.refund(10) == {"status": "ok"}
