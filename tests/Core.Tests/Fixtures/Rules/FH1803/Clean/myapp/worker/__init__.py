class Worker:
    def __init__(self, concurrency=1):
        self.concurrency = concurrency
