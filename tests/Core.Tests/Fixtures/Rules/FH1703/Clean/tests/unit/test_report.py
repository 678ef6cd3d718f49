import pytest
from hypothesis import given, strategies as st

from shop.report import money


def fails_with(error):
    def accepts(f):
        def inverted_test(*args, **kwargs):
            with pytest.raises(error):
                f(*args, **kwargs)

        return inverted_test

    return accepts


# Hypothesis draws from the strategy and fails if drawing raises: the decorator is the test (FH1301 judges it).
@given(money())
def test_money_strategy_generates(m):
    pass


@fails_with(ValueError)
@given(st.integers(min_value=5, max_value=1))
def test_empty_range_is_rejected(x):
    pass
