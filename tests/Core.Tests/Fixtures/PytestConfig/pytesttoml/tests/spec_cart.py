class DescribeCart:
    def test_adds_items(self):
        assert [1] + [2] == [1, 2]


class TestNotCollected:
    def test_ignored(self):
        assert True
