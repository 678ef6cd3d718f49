import io


def test_stringio_closes():  # plant: FH1301
    buf = io.StringIO()
    buf.close()


def test_module_function_runs():  # plant: FH1301
    io.open("/dev/null").close()
