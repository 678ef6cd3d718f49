import unittest

import boto3
import pytest
import requests


def test_lists_buckets():  # plant: FH1502
    client = boto3.client("s3")
    assert client.list_buckets()["Buckets"] == []


def test_session_get():  # plant: FH1502
    with requests.Session() as s:
        assert s.get("https://orders.example/health").status_code == 200


@pytest.fixture
def s3():
    return boto3.client("s3")


def test_put_through_fixture(s3):  # plant: FH1502
    s3.put_object(Bucket="orders", Key="k", Body=b"x")
    assert s3 is not None


class QueueTests(unittest.TestCase):
    def setUp(self):
        self.session = boto3.Session(region_name="us-east-1")
        self.sqs = self.session.client("sqs")

    def test_lists_queues(self):  # plant: FH1502
        self.assertEqual(self.sqs.list_queues().get("QueueUrls"), None)
