import unittest


class TestViewApp(unittest.TestCase):
    root_factory = "tests.unit.py.pkgs.viewapp:RootFactory"

    def setUp(self):
        from pyramid.config import Configurator
        from webtest import TestApp

        config = Configurator(root_factory=self.root_factory)
        config.scan("tests.unit.py.pkgs.viewapp")
        self.testapp = TestApp(config.make_wsgi_app())

    def test_x(self):
        res = self.testapp.get("/x")
        self.assertEqual(res.text, "x")
