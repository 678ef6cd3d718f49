def expect_raises_message(exception, message):
    assert issubclass(exception, Exception), message
