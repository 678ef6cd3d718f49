def publish_collection(path):
    assert path.endswith(".tar.gz")
