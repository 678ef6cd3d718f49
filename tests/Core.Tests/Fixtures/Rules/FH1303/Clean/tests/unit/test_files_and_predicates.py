import fnmatch
import re
import shutil

import pytest

from shop.files import _is_setup_py, export_report, isimportable, samefile_nofollow, version


def test_rmtree_removes_the_folder(tmp_path):
    d = tmp_path / "build"
    d.mkdir()
    shutil.rmtree(d)
    assert not d.exists()


def test_export_creates_the_file(tmp_path):
    export_report(tmp_path)
    assert (tmp_path / "report.csv").is_file()


def test_export_creates_its_folder(tmpdir):
    export_report(tmpdir)
    assert tmpdir.join("out").check(dir=1)


def test_private_predicate():
    assert _is_setup_py("pkg/setup.py")


def test_run_together_predicate():
    assert not isimportable("")


def test_match_predicate():
    assert fnmatch.fnmatch("foo.py", "*.py")


def test_qualified_stdlib_predicate():
    assert samefile_nofollow("a", "a")


def test_fail_raises_its_own_class():
    with pytest.raises(pytest.fail.Exception):
        version(None)


def test_version_matches_the_format():
    m = re.fullmatch(r"\d+\.\d+", version("1.2"))
    assert m


def test_version_match_spelled_out():
    m = re.search(r"^\d+", version("1.2"))
    assert m is not None
