"""The plan import's proposals from an indicator's own words (shown to a person, never silent)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja_desktop.exchange.plan_suggest import suggest_aggregation, suggest_decimals, suggest_polarity


@pytest.mark.parametrize("name, polarity", [
    ("Persentase penduduk miskin", "negative"), ("Prevalensi stunting balita", "negative"),
    ("Angka Kematian Ibu", "negative"), ("Indeks Pembangunan Manusia", "positive"),
    ("Laju pertumbuhan ekonomi", "positive"),
])
def test_polarity_follows_the_words(name, polarity):
    assert suggest_polarity(name) == polarity


@pytest.mark.parametrize("name, unit, aggregation", [
    ("Jumlah wisatawan", "orang", "sum"), ("Panjang jalan mantap", "km", "sum"),
    ("Persentase rumah layak huni", "%", "last"), ("Jumlah desa mandiri", "persen", "last"),
    ("Cakupan imunisasi", "", "last"),
])
def test_aggregation_sums_only_counts(name, unit, aggregation):
    assert suggest_aggregation(name, unit) == aggregation


def test_decimals_are_the_most_the_values_use_at_most_six():
    assert suggest_decimals([Decimal("5"), Decimal("71.25"), "teks"]) == 2
    assert suggest_decimals([Decimal("1.1234567")]) == 6
    assert suggest_decimals([Decimal("12"), Decimal("1E+2")]) == 0
    assert suggest_decimals([]) == 2
