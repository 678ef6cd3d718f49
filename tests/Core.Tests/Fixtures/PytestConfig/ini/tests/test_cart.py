from shop import Cart


class DescribeCart:
    def it_adds_items(self):
        assert Cart().add("sku").count == 1

    def test_is_not_collected_here(self):
        assert Cart().count == 0


class TestCart:
    def it_is_not_a_collected_class(self):
        assert Cart().count == 0
