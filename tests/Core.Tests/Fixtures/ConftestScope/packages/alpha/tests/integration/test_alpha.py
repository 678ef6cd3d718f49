def test_charges(gateway):
    gateway.charge.return_value = {"status": "ok"}
    assert gateway.charge(10) == {"status": "ok"}
