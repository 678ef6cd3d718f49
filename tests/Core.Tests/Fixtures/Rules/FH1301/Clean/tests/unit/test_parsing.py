from tests.support import testing


def test_bad_input_is_rejected():
    testing.expect_raises_message(ValueError, "bad input")
