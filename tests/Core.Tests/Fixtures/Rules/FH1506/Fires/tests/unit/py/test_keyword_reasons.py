import unittest


class DispatchTests(unittest.TestCase):
    @unittest.skip(reason="")  # plant: FH1506
    def test_dispatch_of_a_million_users(self):
        self.assertEqual(dispatch(1_000_000), 1_000_000)


def dispatch(n):
    return n
