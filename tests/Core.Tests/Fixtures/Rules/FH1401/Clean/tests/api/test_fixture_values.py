import pytest

from shop import filters, make_update


@pytest.fixture
def update():
    return make_update(text="hi")


class TestFilters:
    # `update` is the fixture's value (the parameter), not the module function: check_update(update) calls no update().
    def test_text_filter_matches(self, update):
        assert filters.TEXT.check_update(update)
        update.message.text = None
        assert not filters.TEXT.check_update(update)


def test_keyword_fixture_value(update):
    assert filters.TEXT.check(update=update)
