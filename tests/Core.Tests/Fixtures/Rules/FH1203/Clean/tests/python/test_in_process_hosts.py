import flask
import httpx
import pytest
from jinja2 import Environment


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"host": request.url.host})


def test_server_name_routing(app, client):
    app.config["SERVER_NAME"] = "dev.local:5000"
    app.config.update(SERVER_NAME="localhost.localdomain:3000")
    rv = client.get("/", "http://mitsuhiko.localhost.localdomain:3000/")
    assert rv.data == b"default"
    rv = client.get("/", base_url="http://dev.local:5000/")
    assert rv.data == b"default"


def test_request_context(app):
    with app.test_request_context("/", environ_overrides={"SERVER_NAME": "localhost:80"}, base_url="http://localhost:8080"):
        pass


def test_mock_transport_host():
    client = httpx.Client(transport=httpx.MockTransport(handler))
    response = client.get("http://127.0.0.1:8000/")
    assert response.json() == {"host": "127.0.0.1"}


def test_wsgi_base_url():
    app = flask.Flask(__name__)
    transport = httpx.WSGITransport(app=app)
    with httpx.Client(transport=transport, base_url="http://testserver:8080") as client:
        response = client.get("/missing")
    assert response.status_code == 404


def test_flask_test_client():
    app = flask.Flask(__name__)
    rv = app.test_client().get("http://localhost:5005/")
    assert rv.status_code == 404


def test_rejected_proxy():
    with pytest.raises(ValueError):
        httpx.Client(proxy="ftp://127.0.0.1:2121")


def test_urlize_in_a_template():
    tmpl = Environment().from_string('{{ "foo ftp://localhost:2121 bar"|urlize }}')
    assert "href" in tmpl.render()
