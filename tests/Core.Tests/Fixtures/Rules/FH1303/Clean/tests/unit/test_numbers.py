import math
import os.path

from shop.numbers import cathetus, export_report


def test_nan_in_gives_nan_out():
    # NaN != NaN: isnan() is the only exact check of a NaN result
    assert math.isnan(cathetus(math.nan, 1.0))


def test_infinite_hypotenuse_gives_infinite_leg():
    assert math.isinf(cathetus(math.inf, 1.0))


def test_export_writes_the_file(tmp_path):
    export_report(tmp_path)
    assert os.path.isfile(tmp_path / "report.csv")
