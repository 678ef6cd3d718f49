class StoreContract:
    store_class = dict

    def test_starts_empty(self):
        assert len(self.store_class()) == 0


class TestDictStore(StoreContract):
    store_class = dict
