def test_protected_any_outcome(testapp):  # plant: FH1301
    testapp.get("/protected.html", status=403, expect_errors=True)  # expect_errors: WebTest checks nothing


def test_session_status_argument(session):  # plant: FH1301
    session.get("/orders", status=200)  # no WebTest app: a plain argument
