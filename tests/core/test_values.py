"""The one value rule (core/values.py) and the one number parser (core/vnformat.py)."""

from __future__ import annotations

import pytest

from ntm_desktop.core.catalog import load_catalog
from ntm_desktop.core.errors import ValidationError
from ntm_desktop.core.values import check_value
from ntm_desktop.core.vnformat import parse_number

CATALOG = load_catalog("qd318-2022")


def ind(code: str):
    return CATALOG.indicator(code)


@pytest.mark.parametrize("text,vi,expected", [
    ("85", True, 85.0), ("85%", True, 85.0), (" 85,5 % ", True, 85.5), ("1.264.000", True, 1264000),
    ("1.5", True, 1.5), ("1,264,000", False, 1264000), ("85.5%", False, 85.5), ("", True, None),
    ("%", True, None),
])
def test_parse_number(text, vi, expected):
    assert parse_number(text, vietnamese=vi) == expected


@pytest.mark.parametrize("text", ["abc", "85%%", "1,2,3,4", "--1", "1e5"])
def test_parse_number_refuses(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("code,value,expected", [
    ("17.1", "100", 100.0), ("17.1", 0, 0.0), ("17.1", "85%", 85.0), ("9.1", 0, 0.0),
    ("9.1", "3", 3.0), ("1.1", True, 1.0), ("1.1", "0", 0.0), ("10", "12,5", 12.5),
    ("9.1", None, None), ("17.1", "", None),
])
def test_values_that_suit_their_kind(code, value, expected):
    assert check_value(ind(code), value) == expected


@pytest.mark.parametrize("code,value,words", [
    ("17.1", "100,5", "100"), ("17.1", -1, "100"), ("9.1", 2.5, "số nguyên"),
    ("9.1", "-1", "âm"), ("10", -5, "âm"), ("1.1", 2, "1 (đạt)"), ("1.1", 0.5, "1 (đạt)"),
    ("17.1", "nhiều", "Hãy nhập một số"), ("17.1", float("nan"), "Hãy nhập một số"),
    ("10", 1e16, "Hãy nhập một số"),
])
def test_values_that_do_not(code, value, words):
    with pytest.raises(ValidationError) as info:
        check_value(ind(code), value)
    assert info.value.field == "value" and words in info.value.message


def test_number_formatting_matches_babel_vi():
    """core.vnformat.number writes what Babel's ``vi`` locale writes (without loading it)."""
    import random

    from babel.numbers import format_decimal

    from ntm_desktop.core.vnformat import _round, number

    rnd = random.Random(7)
    values = [0, 1, -1, 0.5, -0.5, 1264, 1264000, 28.18, 28.1, 5.0, -0.001, 0.005, 1e15,
              999.995, 0.1 + 0.2, 1 / 3, 12345.6789]
    values += [rnd.uniform(-1e9, 1e9) for _ in range(300)]
    values += [rnd.randint(-10**12, 10**12) for _ in range(300)]
    for v in values:
        for digits in (0, 1, 2, 3):
            for trim in (False, True):
                fmt = "#,##0" + (("." + ("#" if trim else "0") * digits) if digits else "")
                expected = format_decimal(_round(v, digits), format=fmt, locale="vi_VN")
                assert number(v, digits, trim=trim) == expected, (v, digits, trim)
