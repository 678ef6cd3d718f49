import pexpect


def test_prompt_is_shown():
    child = pexpect.spawn("shop-cli")
    child.expect("Name:")
    child.sendline("x")
    child.expect_exact("Hello x")


def test_debugger_stops(pytester):
    pytester.makepyfile("def test_a(): breakpoint()")
    child = pytester.spawn_pytest("")
    child.expect("Pdb")
    child.sendeof()


def test_logstart_is_shown(linecomp):
    print("test_one.py::test_one")
    linecomp.assert_contains_lines(["test_one.py::test_one"])
