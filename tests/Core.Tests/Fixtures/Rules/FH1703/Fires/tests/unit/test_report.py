def requires_network(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def test_report_lists_orders():  # plant: FH1703
    pass


@requires_network
def test_report_uploads():  # plant: FH1703
    ...
