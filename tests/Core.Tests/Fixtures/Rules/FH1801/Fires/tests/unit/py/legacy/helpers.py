# The same name as conftest.make_table, defined again and called by nobody.
def make_table(name):  # plant: FH1801
    return {"name": name}
