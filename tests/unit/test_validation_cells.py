from decimal import Decimal

import pytest

from kinerja_desktop.domain.validation import (
    ERROR, OK, WARNING, IndicatorRules, check_note, check_realisation, check_spending,
)

PERCENT = IndicatorRules("K1", "persen", "last", 2, False)
COUNT = IndicatorRules("P1", "orang", "sum", 0, False)
SIGNED = IndicatorRules("E1", "persen", "last", 2, True)
MEAN_RATE = IndicatorRules("M1", "indeks", "mean", 1, False)


def test_empty_is_not_reported_and_fine():
    check = check_realisation("  ", PERCENT, 2, {}, Decimal(90))
    assert check.level == OK and check.value is None


@pytest.mark.parametrize("text", ["abc", "12,5x", "1.234", "--", "1,2,3"])
def test_text_that_is_not_a_number_is_an_error_saying_why(text):
    check = check_realisation(text, PERCENT, 1, {}, Decimal(90))
    assert check.level == ERROR and check.value is None
    assert text.strip() in check.message


def test_indonesian_and_english_numbers_are_read():
    assert check_realisation("87,5", PERCENT, 1, {}, Decimal(90)).value == Decimal("87.5")
    assert check_realisation("1.234", COUNT, 1, {}, Decimal(5000)).value == Decimal(1234)


def test_negative_is_an_error_unless_allowed():
    assert check_realisation("-3", COUNT, 1, {}, Decimal(10)).level == ERROR
    assert "negatif" in check_realisation("-3", COUNT, 1, {}, Decimal(10)).message
    assert check_realisation("-3", SIGNED, 1, {}, Decimal(10)).level == OK


def test_percentage_over_100_is_a_warning():
    check = check_realisation("101", PERCENT, 1, {}, Decimal(90))
    assert check.level == WARNING and "100" in check.message and check.value == Decimal(101)
    assert check_realisation("100", PERCENT, 1, {}, Decimal(90)).level == OK


def test_more_than_ten_times_the_previous_quarter_is_a_warning():
    earlier = {1: Decimal(10), 2: Decimal(20)}
    assert check_realisation("201", COUNT, 3, earlier, None).level == WARNING
    assert "10 kali" in check_realisation("201", COUNT, 3, earlier, None).message
    assert check_realisation("200", COUNT, 3, earlier, None).level == OK
    # a later quarter's value does not count as "previous"
    assert check_realisation("201", COUNT, 1, {2: Decimal(10)}, None).level == OK


def test_sum_over_five_times_the_annual_target_is_a_warning():
    check = check_realisation("501", COUNT, 2, {1: Decimal(100)}, Decimal(120))
    assert check.level == WARNING and "5 kali target tahunan" in check.message
    assert check_realisation("500", COUNT, 2, {1: Decimal(100)}, Decimal(120)).level == OK


def test_the_factors_are_the_installations_settings():
    from kinerja_desktop.domain.validation import Plausibility

    strict = Plausibility(Decimal(2), Decimal("1.5"))
    check = check_realisation("31", COUNT, 2, {1: Decimal(20)}, Decimal(1000), strict)
    assert check.level == WARNING and "1,5 kali triwulan sebelumnya" in check.message
    check = check_realisation("150", MEAN_RATE, 1, {}, Decimal(70), strict)
    assert check.level == WARNING and "nilai ini lebih dari 2 kali target tahunan" in check.message


def test_more_decimals_than_the_indicator_has_is_a_warning():
    assert check_realisation("12,5", COUNT, 1, {}, Decimal(100)).level == WARNING


def test_spending_over_pagu_warns_and_negative_is_an_error():
    assert check_spending("600", "1.02", Decimal(1000), Decimal(500)).level == WARNING
    assert check_spending("400", "1.02", Decimal(1000), Decimal(500)).level == OK
    assert check_spending("-1", "1.02", Decimal(1000)).level == ERROR
    assert check_spending("Rp 1.500.000", "1.02", None).value == Decimal(1500000)
    assert check_spending("satu juta", "1.02", None).level == ERROR


def test_overlong_note_is_an_error():
    assert check_note("x" * 2001, "K1").level == ERROR
    assert check_note("lancar", "K1").level == OK
