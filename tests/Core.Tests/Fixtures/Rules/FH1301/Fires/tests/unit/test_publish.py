from shop import api_client
from shop import collection


def test_publish_through_client():  # plant: FH1301
    client = api_client.connect("https://shop.example")
    client.publish_collection("artifact.tar.gz")


def test_publish_through_module():  # plant: FH1301
    collection.publish_collection("artifact.tar.gz")
