class ParserContract:
    """Shared tests, run in every Test* class below."""

    def test_precedence(self):
        assert self.parse("a b") == ["a", "b"]


class TestFastParser(ParserContract):
    def parse(self, text):
        return text.split()

    def test_precedence(self):
        # Runs the contract's test: it checks what that test checks.
        super().test_precedence()
