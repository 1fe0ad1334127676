from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from kinerja_desktop.domain.numbers import (
    NumberFormatError, format_id, format_rupiah, parse_number, round_half_up, to_text,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1,5", "1.5"), ("1.234,5", "1234.5"), ("1234.5", "1234.5"), ("1234,5", "1234.5"),
        ("1.234.567", "1234567"), ("1.234.567,89", "1234567.89"), ("1,234,567.89", "1234567.89"),
        ("0.234", "0.234"), ("0,5", "0.5"), (",5", "0.5"), ("-3,25", "-3.25"), ("\u22123,25", "-3.25"),
        ("  42 ", "42"), ("\u00a042\u200b", "42"), ("Rp 1.500.000", "1500000"), ("Rp1.500.000,50", "1500000.50"),
        ("12,5 %", "12.5"), ("7", "7"), ("1 234 567", "1234567"),
    ],
)
def test_numbers_in_either_convention(text, expected):
    assert parse_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "   ", "\u00a0", "\u200b"])
def test_empty_means_not_reported(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    "text, reason",
    [
        ("abc", "bukan angka"), ("12a", "bukan angka"), ("1e5", "bukan angka"), ("NaN", "bukan angka"),
        ("--5", "bukan angka"), ("1.2.3", "setiap 3 angka"), ("1,23,456", "setiap 3 angka"),
        ("1.234,5.6", "tidak cocok"), ("1,", "tidak lengkap"), ("-", "bukan angka"), ("Rp", "bukan angka"),
    ],
)
def test_text_is_refused_with_an_indonesian_reason(text, reason):
    with pytest.raises(NumberFormatError, match=reason):
        parse_number(text)


def test_an_ambiguous_thousands_dot_is_decided_by_the_decimals():
    assert parse_number("1.234", decimals=0) == Decimal(1234)
    with pytest.raises(NumberFormatError, match="bisa dibaca 1234 atau 1,234"):
        parse_number("1.234", decimals=2)


def test_indonesian_display_rounds_half_up():
    assert format_id(Decimal("1234567.895"), 2) == "1.234.567,90"
    assert format_id(Decimal("0.125"), 2) == "0,13"
    assert format_id(Decimal("-1234.5"), 0) == "-1.235"
    assert format_id(None) == "—"
    assert format_rupiah(Decimal("1234567")) == "Rp 1.234.567"


def test_storage_text_is_canonical():
    assert to_text(Decimal("1.50")) == "1.5"
    assert to_text(Decimal("100.00")) == "100"
    assert to_text(Decimal("1E+3")) == "1000"
    assert to_text(None) is None


@given(st.decimals(min_value=-10**12, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_what_is_displayed_reads_back_to_the_same_value(value):
    shown = format_id(value, 2)
    assert parse_number(shown, decimals=2) == round_half_up(value, 2)
