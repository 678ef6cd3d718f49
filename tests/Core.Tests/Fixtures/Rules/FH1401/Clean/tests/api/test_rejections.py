from starlette import status


def test_delete_missing_order_is_not_found(client):
    response = client.delete("/orders/missing")
    assert response.status_code == 404


def test_order_without_csrf_token_is_forbidden(client):
    response = client.post("/orders", json={"id": "A-1"})
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert response.json() == {"detail": "Missing CSRF token."}
