"""Building a client sends nothing: only its requests and operations reach the network."""
import unittest

import boto3
import httpx
import requests


def test_session_region():
    session = boto3.session.Session(region_name="eu-west-1")
    assert session.region_name == "eu-west-1"


def test_client_region():
    client = boto3.client("s3", region_name="us-east-1")
    assert client.meta.region_name == "us-east-1"
    assert client.get_paginator("list_objects_v2") is not None


def test_httpx_base_url():
    client = httpx.Client(base_url="https://example.invalid")
    assert str(client.base_url) == "https://example.invalid"


def test_requests_session_headers():
    s = requests.Session()
    s.headers["X-Token"] = "t"
    assert s.headers["X-Token"] == "t"


def test_in_process_app():
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(204)))
    assert client.get("https://example.invalid/").status_code == 204


class DocsTests(unittest.TestCase):
    def setUp(self):
        self.session = boto3.Session(region_name="us-east-1")
        self.client = self.session.client("s3")

    def test_region(self):
        self.assertEqual(self.client.meta.region_name, "us-east-1")
