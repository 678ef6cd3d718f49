import unittest

import myapp.batch_notifier


class BatchNotifier(myapp.batch_notifier.BatchNotifier):
    """The product's BatchNotifier with smaller defaults: the tests exercise the product through it."""

    def __init__(self, **kwargs):
        super().__init__(email_interval=1, **kwargs)


class BatchNotifierTest(unittest.TestCase):
    def test_send_email(self):
        bn = BatchNotifier(batch_mode="all")
        bn.add_failure("Task(a=5)")
        self.assertEqual(bn.pending(), 1)
