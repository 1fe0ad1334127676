"""The number rule on the entry path: the form's cell check and save_quarter refuse NaN,
Infinity, 1e30, 1e308, a 26-digit value and a 16th significant digit with their own Indonesian
message (never decimal.InvalidOperation), and the database stays exactly as it was."""
from __future__ import annotations

from decimal import Decimal

import re

import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.domain.numbers import NumberFormatError, from_float, parse_number
from kinerja_desktop.domain.validation import ERROR, IndicatorRules, check_realisation
from kinerja_desktop.services.realisations import SaveRefused, SpendingChange, save_quarter
from tests.fixtures import OPERATOR_A
from tests.package_tools import dump

BAD = ["NaN", "Infinity", "-Infinity", "sNaN", "1e30", "1e308", "-1e15", "12345678901234567890123456",
       "1234567.890123456"]


@pytest.mark.parametrize("text", BAD)
def test_save_quarter_raises_only_its_refusal(db, text):
    before = dump(db)
    with pytest.raises(SaveRefused, match="P1.1") as refused:
        save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal(text))])
    message = str(refused.value)
    assert "10^15" in message or "angka penting" in message or "NaN" in message
    assert dump(db) == before


@pytest.mark.parametrize("text", ["NaN", "1e30", "12345678901234567890123456"])
def test_save_quarter_refuses_out_of_range_spending(db, text):
    before = dump(db)
    with pytest.raises(SaveRefused, match="anggaran"):
        save_quarter(db, OPERATOR_A, 1, 2026, 3, [], [SpendingChange(1, 3, Decimal(text))])
    assert dump(db) == before


def test_the_largest_numbers_inside_the_rule_are_saved(db):
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("999999999999999")),
                                               ValueChange(1, 3, Decimal("0.123456789012345"))])
    assert db.execute("SELECT value FROM realisation WHERE indicator_id = 3 AND quarter = 3").fetchone()[0] == \
        "999999999999999"


@pytest.mark.parametrize("text, reason", [
    ("1.000.000.000.000.000", "10^15"), ("9" * 400, "10^15"), ("12345678901234567890123456", "10^15"),
    ("1234567,890123456", "angka penting"), ("-1.000.000.000.000.000,5", "10^15"),
])
def test_typed_text_out_of_range_is_a_blocking_error_in_the_form(text, reason):
    with pytest.raises(NumberFormatError, match=re.escape(reason)):
        parse_number(text)
    rules = IndicatorRules("P1.1", "orang", "sum", 0, False)
    check = check_realisation(text, rules, 3, {}, Decimal(400))
    assert check.level == ERROR and reason in check.message and len(check.message) < 200


def test_a_spreadsheet_float_keeps_15_significant_digits_as_excel_does():
    assert from_float(1 / 3) == Decimal("0.333333333333333")
    assert from_float(0.1 + 0.2) == Decimal("0.3")
    assert from_float(999999999999999.0) == Decimal("999999999999999")
    for bad in (1e15, 1e308, float("inf"), float("nan")):
        with pytest.raises(NumberFormatError):
            from_float(bad)


def test_a_float_that_rounds_up_to_10_15_is_refused():
    from kinerja_desktop.domain.numbers import from_float

    with pytest.raises(NumberFormatError, match=re.escape("10^15")):
        from_float(999999999999999.9)
