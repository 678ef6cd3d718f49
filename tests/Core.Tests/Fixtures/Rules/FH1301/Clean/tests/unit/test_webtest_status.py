import unittest


class FunctionalTests(unittest.TestCase):
    def setUp(self):
        from webtest import TestApp

        from shop import main

        self.testapp = TestApp(main({}))

    def test_protected_is_forbidden(self):
        # WebTest raises AppError unless the response status is 403
        self.testapp.get("/protected.html", status=403)


def test_create_order(testapp):
    testapp.post_json("/orders", {"sku": "A-1"}, status=201)
