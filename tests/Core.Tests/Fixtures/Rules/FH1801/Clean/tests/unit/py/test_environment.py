import os

previous = None


def setup_module(module):
    os.environ["FLOE_MODE"] = "test"


def teardown_module(module):
    os.environ.pop("FLOE_MODE", None)


def setup_function(function):
    global previous
    previous = os.environ.get("FLOE_STORE")
    os.environ["FLOE_STORE"] = "memory"


def teardown_function(function):
    os.environ.pop("FLOE_STORE", None)


def test_store_is_in_memory():
    assert os.environ["FLOE_STORE"] == "memory"
