import boto3
import pytest
import requests
import responses
from moto import mock_aws, mock_s3


# Under an in-process fake of the network (moto, responses) nothing leaves the process: the decorator, a decorated
# class, a with block or a fixture that runs under one covers the test and the helpers it runs.
def put_key():
    s3 = boto3.resource("s3", region_name="us-east-1")
    s3.create_bucket(Bucket="bucket")
    s3.Object("bucket", "k").put(Body=b"v")


@mock_aws
def test_reads_a_key():
    put_key()
    body = boto3.resource("s3", region_name="us-east-1").Object("bucket", "k").get()["Body"].read()
    assert body == b"v"


@mock_s3
class TestBuckets:
    def test_lists_buckets(self):
        client = boto3.client("s3", region_name="us-east-1")
        client.create_bucket(Bucket="orders")
        assert [b["Name"] for b in client.list_buckets()["Buckets"]] == ["orders"]


def test_lists_queues_inside_block():
    with mock_aws():
        sqs = boto3.client("sqs", region_name="us-east-1")
        assert sqs.list_queues().get("QueueUrls") is None


@pytest.fixture
def s3():
    with mock_aws():
        yield boto3.client("s3", region_name="us-east-1")


def test_puts_through_fixture(s3):
    s3.create_bucket(Bucket="orders")
    s3.put_object(Bucket="orders", Key="k", Body=b"x")
    assert s3.get_object(Bucket="orders", Key="k")["Body"].read() == b"x"


@responses.activate
def test_health_is_ok():
    responses.add(responses.GET, "https://orders.example/health", json={"ok": True})
    assert requests.get("https://orders.example/health").json() == {"ok": True}


def test_health_with_httpx_mock(httpx_mock):
    httpx_mock.add_response(json={"ok": True})
    assert requests.get("https://orders.example/health").status_code == 200
