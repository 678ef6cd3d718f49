from contextlib import contextmanager

from shop.catalog import Catalog


# A context manager that translates an error of the with body (except KeyError: raise LookupError) checks nothing:
# unlike one that raises after its yield when an expectation is unmet, it fails only when the body already failed.
@contextmanager
def translate_errors():
    try:
        yield
    except KeyError:
        raise LookupError("missing")


def test_lookup_runs():  # plant: FH1301
    with translate_errors():
        Catalog().find("sku-1")
