import collections
import unittest

from tests.unit.py.contracts.queues import QueueContract


class TestDequeQueue(QueueContract):
    def make(self):
        return collections.deque()


class ListQueueCase(QueueContract, unittest.TestCase):
    def make(self):
        return []
