def test_create_order_returns_it(client):  # plant: FH1401
    response = client.post("/orders", json={"id": "A-1"})
    assert response.status_code == 201
    assert response.json()["id"] == "A-1"
