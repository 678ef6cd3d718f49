class TestBase:
    """A plain pytest base named like sqlalchemy's: defined here, it is no unittest base."""

    def setup_method(self):
        self.store = {}


class StorageMixin(TestBase):
    def test_storage(self):
        self.store["a"] = 1
        assert self.store == {"a": 1}


class TestMemoryStorage(StorageMixin):
    # An __init__: pytest collects no TestMemoryStorage, so StorageMixin's tests run nowhere.
    def __init__(self):
        self.store = {}
