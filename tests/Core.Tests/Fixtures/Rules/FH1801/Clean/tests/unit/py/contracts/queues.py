class QueueContract:
    """Shared tests: pytest runs them in the Test* classes of other modules that derive from this one."""

    def test_starts_empty(self):
        assert len(self.make()) == 0
