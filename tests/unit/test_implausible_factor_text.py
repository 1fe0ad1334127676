"""implausible() shows each factor through a cache (one text per factor for a whole batch): the
phrases must be exactly those of formatting the factor every time."""
from __future__ import annotations

from decimal import Decimal

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.domain.validation import IndicatorRules, Plausibility, _decimals_of, _factor_text, implausible

FACTORS = ["2", "2.0", "2.50", "2.5", "1.25", "10", "3.000", "1000", "0.5"]


def test_the_cached_factor_text_is_the_formatted_factor_in_any_order():
    for order in (FACTORS, list(reversed(FACTORS))):
        _factor_text.cache_clear()
        for f in order:
            d = Decimal(f)
            assert _factor_text(d) == format_id(d, _decimals_of(d)), f


def test_the_phrases_name_the_factors_as_before():
    rules = IndicatorRules("K1", "orang", "sum", 0, False)
    for f1, f2 in (("2.0", "3"), ("2", "3.50"), ("1.5", "2.25")):
        factors = Plausibility(Decimal(f1), Decimal(f2))
        reasons = implausible(Decimal(1000), rules, 3, {1: Decimal(5), 2: Decimal(10)}, Decimal(100), factors)
        f1_text = format_id(Decimal(f1), _decimals_of(Decimal(f1)))
        f2_text = format_id(Decimal(f2), _decimals_of(Decimal(f2)))
        assert any(f"lebih dari {f2_text} kali triwulan sebelumnya" in r for r in reasons), reasons
        assert any(f"lebih dari {f1_text} kali target tahunan" in r for r in reasons), reasons
