"""The at-risk projection: run rate for `sum`, trend for `last`, mean for `mean`, polarity."""
from __future__ import annotations

from decimal import Decimal as D

from kinerja_desktop.domain.achievement import achievement
from kinerja_desktop.domain.entities import Indicator, Plan, YearValues
from kinerja_desktop.services.projection import project, quarter_span, risk_threshold, trend_at

PLAN = Plan(1, "RPJMD 2021-2026", "Kabupaten Contoh", "99.01", "Provinsi", 2021, 2026)


def indicator(aggregation="sum", polarity="positive", unit="orang", decimals=0, allow_negative=False):
    return Indicator(1, "X.1", "Contoh", unit, polarity, aggregation, decimals, allow_negative, "output", 1, "program", 1)


def values(target, *reals, quarterly=None):
    return YearValues(D(target), {q: D(v) for q, v in (quarterly or {}).items()},
                      {q: D(v) for q, v in enumerate(reals, start=1) if v is not None})


def test_sum_run_rate_reads_like_the_issue_example():
    p = project(indicator("sum"), values("100", "20", "21", "21"), 3, PLAN)
    assert p.value == D(62) / 3 * 4
    assert p.achievement == D("82.67")
    assert p.rating.label == "Tinggi" and not p.at_risk
    assert p.reason == ("Jumlah TW I\u2013III 62 orang (62% dari target 100 orang); dengan laju ini akhir tahun "
                        "83 orang; proyeksi capaian 82,7% (Tinggi)")


def test_sum_behind_schedule_is_at_risk():
    p = project(indicator("sum"), values("100", "10", "10"), 2, PLAN)
    assert p.achievement == D("40.00") and p.rating.label == "Sangat Rendah" and p.at_risk
    assert "Jumlah TW I\u2013II 20 orang (20% dari target 100 orang)" in p.reason


def test_sum_with_quarterly_targets_follows_the_planned_pace_to_the_whole_year():
    p = project(indicator("sum"), values("100", "30", quarterly={1: 20, 2: 20, 3: 30, 4: 40}), 1, PLAN)
    assert p.target == D(110)
    assert p.value == D(165)   # 150% of the plan so far, carried to the year's 110
    assert p.achievement == achievement("positive", D(165), D(110))
    assert p.reason.startswith("Jumlah TW I 30 orang dari rencana 20 orang (150%); mengikuti rencana, akhir tahun "
                               "165 orang dari target 110 orang")


def test_a_back_loaded_plan_on_schedule_is_not_at_risk():
    # Demo indicator 5.03.01.2.01.0004-01: plan 1, 2, 2, 3 documents; TW I done (1 of 1) -> 100%, not
    # the run rate's 4 of 8 = 50% Sangat Rendah.
    p = project(indicator("sum", unit="dokumen"), values("8", "1", None, "3", quarterly={1: 1, 2: 2, 3: 2, 4: 3}), 2, PLAN)
    assert p.value == D(8) and p.achievement == D("100.00") and not p.at_risk
    # Nothing planned for the quarters so far and nothing done: too early for a projection.
    assert project(indicator("sum"), values("4", "0", "0", quarterly={1: 0, 2: 0, 3: 2, 4: 2}), 2, PLAN) is None
    # Something done though nothing was planned yet: the run rate.
    early = project(indicator("sum"), values("4", "1", "1", quarterly={1: 0, 2: 0, 3: 2, 4: 2}), 2, PLAN)
    assert early.value == D(4) and "dengan laju ini akhir tahun 4 orang" in early.reason


def test_negative_sum_already_at_its_ceiling_says_why_the_projection_is_zero():
    # Demo 7.01.02.2.03.0003-02 in 2025 TW II: capaian to date 100% (2 cases against the year's 2),
    # but the year is heading for 4: 2 - 4/2 = 0. The reason has to make the 0,0% understandable.
    p = project(indicator("sum", "negative", "kasus"), values("2", "1", "1"), 2, PLAN)
    assert p.value == D(4) and p.achievement == D("0.00") and p.at_risk
    assert p.reason == ("Jumlah TW I\u2013II 2 kasus (100% dari target 2 kasus); dengan laju ini akhir tahun 4 kasus; "
                        "proyeksi capaian 0,0% (Sangat Rendah); semakin rendah semakin baik")
    # The slide shows the projected capaian in a chip beside the basis.
    assert p.basis == ("Jumlah TW I\u2013II 2 kasus (100% dari target 2 kasus); dengan laju ini akhir tahun 4 kasus; "
                       "semakin rendah semakin baik")


def test_last_follows_the_least_squares_trend():
    assert trend_at([1, 2, 3], [D(60), D(62), D(64)]) == D(66)
    rising = project(indicator("last", unit="poin", decimals=2), values("70", "60", "62", "64"), 3, PLAN)
    assert rising.value == D(66) and rising.achievement == D("94.29") and not rising.at_risk
    assert rising.reason.startswith("Tren TW I\u2013III: 60,00 \u2192 64,00 poin, akhir tahun 66,00 poin, "
                                    "target 70,00 poin; proyeksi capaian 94,3% (Sangat Tinggi)")
    falling = project(indicator("last", unit="poin"), values("70", "70", "60", "50"), 3, PLAN)
    assert falling.value == D(40) and falling.achievement == D("57.14") and falling.at_risk


def test_last_with_one_quarter_stays_flat_and_a_trend_below_zero_stops_at_zero():
    flat = project(indicator("last"), values("70", "35"), 2, PLAN)
    assert flat.value == D(35) and "Hanya TW I dilaporkan" in flat.reason
    crash = project(indicator("last"), values("70", "68.5", "40"), 2, PLAN)
    assert crash.value == D(0) and crash.achievement == D("0.00") and crash.at_risk


def test_negative_polarity_reads_lower_as_better():
    worse = project(indicator("last", "negative", "persen", 2), values("5", "7", "8", "9"), 3, PLAN)
    assert worse.value == D(10) and worse.achievement == D("0.00") and worse.at_risk
    assert "semakin rendah semakin baik" in worse.reason
    better = project(indicator("last", "negative", "persen", 2), values("5", "6", "5", "4"), 3, PLAN)
    assert better.value == D(3) and better.achievement == D("140.00") and not better.at_risk
    cases = project(indicator("sum", "negative"), values("100", "30", "30"), 2, PLAN)
    assert cases.value == D(120) and cases.achievement == D("80.00") and not cases.at_risk


def test_mean_uses_the_mean_so_far():
    p = project(indicator("mean", unit="persen", decimals=1), values("90", "85", "80", None), 3, PLAN)
    assert p.value == D("82.5") and p.achievement == D("91.67")
    assert p.reason.startswith("Rata-rata TW I\u2013II 82,5, target 90,0")


def test_nothing_reported_or_no_target_gives_no_projection():
    assert project(indicator(), values("100"), 3, PLAN) is None
    no_target = YearValues(None, {}, {1: D(5)})
    assert project(indicator(), no_target, 1, PLAN) is None


def test_quarter_span_and_threshold():
    assert quarter_span([1, 2, 3]) == "TW I\u2013III"
    assert quarter_span([1, 3]) == "TW I, III"
    assert quarter_span([4]) == "TW IV"
    assert risk_threshold(PLAN) == D(76)


def test_a_zero_target_is_said_in_words():
    p = project(indicator("sum", "negative", "kasus"), values("0", "0", "1"), 2, PLAN)
    assert p.achievement == D("0.00") and p.at_risk
    assert p.reason.startswith("Jumlah TW I\u2013II 1 kasus, target 0; proyeksi capaian 0,0%")
    zero_ok = project(indicator("sum", "negative", "kasus"), values("0", "0", "0"), 2, PLAN)
    assert zero_ok.achievement == D("100.00") and not zero_ok.at_risk
    positive_zero = project(indicator("sum"), values("0", "2"), 1, PLAN)
    assert positive_zero.achievement is None and not positive_zero.at_risk   # not computable, never a number
