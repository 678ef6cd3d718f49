# Not a test module: pytest calls no xunit-style hook here, and nothing imports it.
def setup_function(function):  # plant: FH1801
    return function
