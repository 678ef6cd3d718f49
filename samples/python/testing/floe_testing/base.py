"""Shared base class for the platform's integration tests."""
import os
import unittest

import requests


class PlatformTestCase(unittest.TestCase):
    def setUp(self):
        self.polaris = os.environ["POLARIS_URL"]
        self.session = requests.Session()

    def tearDown(self):
        self.session.close()
