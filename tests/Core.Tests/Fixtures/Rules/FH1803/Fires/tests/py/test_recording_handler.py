import logging
import unittest


class RecordingHandler(logging.Handler):
    """A test helper of its own name (not the base's): testing it tests the infrastructure."""

    def emit(self, record):
        self.records.append(record)


class RecordingHandlerTest(unittest.TestCase):
    def test_records(self):  # plant: FH1803
        h = RecordingHandler()
        h.records = []
        h.emit("r")
        self.assertEqual(h.records, ["r"])
