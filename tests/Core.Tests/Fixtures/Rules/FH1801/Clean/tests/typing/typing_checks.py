"""Checked by mypy, never run: each function is a type test."""
from typing_extensions import assert_type

from shop.parse import parse


def check_parse_returns_int() -> None:
    assert_type(parse("1"), int)


def check_parse_accepts_bytes() -> None:
    assert_type(parse(b"1"), int)
