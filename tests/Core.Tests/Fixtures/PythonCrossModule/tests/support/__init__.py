from tests.support.other import Ambiguous  # noqa: F401 - the package exports the plain one
