import unittest


class TestPermApp(unittest.TestCase):
    package = "tests.unit.py.pkgs.permapp"
    root_factory = "tests.unit.py.pkgs.permapp:RootFactory"

    def setUp(self):
        from pyramid.config import Configurator
        from webtest import TestApp

        config = Configurator(root_factory=self.root_factory)
        config.include(self.package)
        self.testapp = TestApp(config.make_wsgi_app())

    def test_private_view_denied(self):
        res = self.testapp.get("/y", expect_errors=True)
        self.assertEqual(res.status_int, 403)
