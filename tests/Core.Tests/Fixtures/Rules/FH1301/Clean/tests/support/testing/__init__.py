from .assertions import expect_raises_message  # noqa: F401
