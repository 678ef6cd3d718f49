import flask
import httpx

STORE = {}


def saving_handler(request: httpx.Request) -> httpx.Response:
    STORE.update(key=request.content)
    return httpx.Response(201)


def test_post_to_a_handler_that_saves():  # plant: FH1401
    client = httpx.Client(transport=httpx.MockTransport(saving_handler))
    response = client.post("https://example.org/", content=b"hello")
    assert response.status_code == 201


def test_post_to_a_route_that_inserts(app, client, db):  # plant: FH1401
    @app.post("/orders")
    def create():
        db.insert_order(flask.request.get_json())
        return "", 201

    rv = client.post("/orders", json={"id": "A-1"})
    assert rv.status_code == 201


def test_post_to_a_path_the_test_does_not_declare(app, client):  # plant: FH1401
    @app.get("/health")
    def health():
        return "ok"

    rv = client.post("/orders", json={"id": "A-1"})
    assert rv.status_code == 201


def test_saved_order_is_not_its_repository(repo, order):  # plant: FH1401
    order = repo.save(order)
    assert order.id == 1
