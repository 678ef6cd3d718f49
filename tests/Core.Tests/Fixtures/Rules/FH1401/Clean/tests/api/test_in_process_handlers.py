import flask
import httpx
from flask import send_file


def echo(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=request.content)


def echo_body(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [environ["wsgi.input"].read()]


async def echo_asgi(scope, receive, send):
    message = await receive()
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": message.get("body", b"")})


def test_post_to_a_mock_transport_echo():
    client = httpx.Client(transport=httpx.MockTransport(echo))
    response = client.post("https://example.org/", content=b"hello")
    assert response.content == b"hello"


def test_post_to_a_wsgi_echo():
    transport = httpx.WSGITransport(app=echo_body)
    with httpx.Client(transport=transport) as client:
        response = client.post("https://example.org/", content=b"example")
    assert response.text == "example"


async def test_post_to_an_asgi_echo():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=echo_asgi)) as client:
        response = await client.post("https://example.org/", content=b"example")
    assert response.text == "example"


def test_post_to_a_nested_handler():
    def handler(request):
        return httpx.Response(201, json={"length": len(request.content)})

    client = httpx.Client(transport=httpx.MockTransport(handler))
    response = client.put("https://example.org/", content=b"abc")
    assert response.json() == {"length": 3}


def test_post_to_a_route_the_test_declares(app, client):
    @app.post("/add")
    def add():
        data = flask.request.get_json()
        return str(data["a"] + data["b"])

    rv = client.post("/add", json={"a": 1, "b": 2})
    assert rv.data == b"3"


def test_post_through_a_test_client_of_the_test_app():
    app = flask.Flask(__name__)

    @app.route("/json", methods=["POST"])
    def return_json():
        return flask.request.get_json()

    rv = app.test_client().post("/json", json="foo")
    assert rv.json == "foo"


def test_result_replaces_its_receiver():
    q = httpx.QueryParams("a=123")
    q = q.remove("a")
    assert q == httpx.QueryParams("")


def test_send_file_builds_a_response(app):
    with app.test_request_context():
        rv = send_file("static/index.html")
        assert rv.mimetype == "text/html"
        rv = app.send_static_file("index.html")
        assert rv.status_code == 200


def test_post_through_a_starlette_test_client():
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    app = FastAPI()

    @app.post("/")
    def foo(value: str):
        return value

    client = TestClient(app)
    response = client.post("/", json="bar")
    assert response.json() == "bar"
