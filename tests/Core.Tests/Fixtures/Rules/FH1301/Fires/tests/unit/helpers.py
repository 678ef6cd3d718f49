class FakeServer:
    runner = None

    def close(self):
        assert self.runner is not None
