"""A pytest plugin's own tests assert through pytester: LineMatcher and the outcome checks raise on a mismatch."""

pytest_plugins = ["pytester"]


def test_reports_one_pass(pytester):
    pytester.makepyfile("def test_ok():\n    pass\n")
    result = pytester.runpytest("-v")
    result.stdout.fnmatch_lines(["*test_ok PASSED*"])


def test_counts_outcomes(pytester):
    pytester.makepyfile("def test_ok():\n    pass\n")
    pytester.runpytest().assert_outcomes(passed=1)


def test_inline_run_records_outcomes(pytester):
    pytester.makepyfile("def test_ok():\n    pass\n")
    recorder = pytester.inline_run()
    recorder.assertoutcome(passed=1)
