def test_default_settings():
    assert {"a": 1}["a"] == 1


class TestSettings:
    def test_get(self):
        assert {"b": 2}.get("b") == 2
