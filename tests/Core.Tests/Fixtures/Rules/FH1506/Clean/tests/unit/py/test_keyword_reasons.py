import sys
import unittest


class DispatchTests(unittest.TestCase):
    # The reason given by keyword, as unittest allows: skip(reason=...), skipIf(condition, reason=...).
    @unittest.skip(reason="takes too long; run it by hand when the dispatch logic changes (#2465)")
    def test_dispatch_of_a_million_users(self):
        self.assertEqual(dispatch(1_000_000), 1_000_000)

    @unittest.skipIf(sys.platform == "darwin", reason="signals behave differently on macOS")
    def test_sigint_stops_the_runner(self):
        self.assertEqual(stop_on_sigint(), 0)

    @unittest.skipUnless(sys.platform.startswith("linux"), reason="uses /proc")
    def test_memory_is_read_from_proc(self):
        self.assertGreater(read_rss(), 0)


def dispatch(n):
    return n


def stop_on_sigint():
    return 0


def read_rss():
    return 1
