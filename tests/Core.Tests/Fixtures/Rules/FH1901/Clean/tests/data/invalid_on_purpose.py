# The input of a "reports syntax errors" test: must stay invalid, and nothing imports it.
def broken(:
    pass
