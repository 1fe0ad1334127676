"""The IKU over the whole period (issue 13 point 6), figures worked out by hand on tests/iku_plan.py."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kinerja_desktop.domain.entities import Indicator, Plan
from kinerja_desktop.services.iku_period import (AT_RISK, NOT_PROJECTED, ON_TRACK, YearFigure, iku_period,
                                                 project_period, year_span)
from tests.iku_plan import iku_plan


@pytest.fixture
def figures():
    db = iku_plan()
    yield iku_period(db)
    db.close()


def row(figures, code):
    return next(r for r in figures.rows if r.indicator.code == code)


def test_only_goal_and_objective_indicators_goal_first(figures):
    assert [r.indicator.code for r in figures.rows] == ["T1.1", "T1.2", "S1.1.1", "S1.1.2"]
    assert figures.years == (2021, 2022, 2023, 2024)
    assert row(figures, "S1.1.1").goal.code == "T1" and row(figures, "S1.1.1").objective.code == "S1.1"
    assert row(figures, "S1.1.1").agency.code == "DINB"
    assert figures.threshold == D(76)   # the dashboard's line: the lower bound of Tinggi


def test_last_indicator_each_year_to_date_and_trend_on_track(figures):
    r = row(figures, "T1.1")
    assert r.indicator.baseline == D(69)
    y21, y22, y23, y24 = r.years
    assert (y21.target, y21.realisation, y21.achievement, y21.rating.label) == (D(70), D(70), D("100.00"), "Sangat Tinggi")
    assert (y22.realisation, y22.achievement) == (D("71.5"), D("100.70"))   # 71,5 / 71
    # 2023 not reported: no realisation, no capaian, never a zero.
    assert (y23.target, y23.realisation, y23.achievement, y23.reported) == (D(72), None, None, False)
    assert y24.realisation is None
    assert r.end_target == D(73)
    assert r.realisation_to_date == D("71.5")              # `last`: the latest year
    assert r.achievement_to_date == D("97.95")              # 71,5 / 73
    p = r.projection
    assert p.value == D("74.5")                             # 70 -> 71,5: +1,5 a year, read at 2024
    assert p.achievement == D("102.05") and not p.at_risk
    assert r.status == ON_TRACK
    assert p.reason == ("Tren 2021\u20132022: 70,00 \u2192 71,50 poin, pada 2024 74,50 poin, target akhir 73,00 poin; "
                        "proyeksi capaian 102,1% (Sangat Tinggi)")


def test_negative_indicator_getting_worse_is_at_risk(figures):
    r = row(figures, "S1.1.1")
    assert [f.achievement for f in r.years] == [D("97.78"), D("87.06"), D("75.00"), None]   # (2 - R/T) x 100
    assert [f.rating.label for f in r.years[:3]] == ["Sangat Tinggi", "Tinggi", "Sedang"]
    assert r.realisation_to_date == D(10) and r.achievement_to_date == D("66.67")
    p = r.projection
    assert p.value == D("10.4")                              # +0,4 a year, read at 2024
    assert p.achievement == D("61.33") and p.rating.label == "Rendah"
    assert p.at_risk and r.at_risk and r.status == AT_RISK
    assert p.reason.endswith("proyeksi capaian 61,3% (Rendah); semakin rendah semakin baik")


def test_sum_indicator_year_in_progress_carried_by_the_dashboard_rule(figures):
    r = row(figures, "S1.1.2")
    y21, y22, y23, _ = r.years
    assert (y21.realisation, y22.realisation, y22.achievement) == (D(10), D(12), D("120.00"))
    assert (y23.realisation, y23.achievement, y23.quarters, y23.partial) == (D(4), D("40.00"), (1, 2), True)
    assert r.realisation_to_date == D(26) and r.achievement_to_date == D("65.00")   # `sum`: the years add up
    p = r.projection
    # 2023 carried to its end at the run rate (4 in two quarters -> 8), then 30 of a planned 30: on plan.
    assert p.value == D(40) and p.achievement == D("100.00") and not p.at_risk
    assert p.reason.startswith("2023 s.d. TW II diproyeksikan akhir tahun 8,0 km; Jumlah 2021\u20132023 30,0 km "
                               "dari rencana 30,0 km (100%)")


def test_unreported_indicator_is_not_projected(figures):
    r = row(figures, "T1.2")
    assert all(f.realisation is None and f.achievement is None for f in r.years)
    assert r.realisation_to_date is None and r.achievement_to_date is None
    assert r.projection is None and r.status == NOT_PROJECTED and not r.at_risk


def test_counts(figures):
    assert figures.counts() == {ON_TRACK: 2, AT_RISK: 1, NOT_PROJECTED: 1}
    assert [r.indicator.code for r in figures.rows_of_goal(1)] == ["T1.1", "T1.2", "S1.1.1", "S1.1.2"]


PLAN = Plan(1, "RPJMD 2021-2022", "Kab", "", "", 2021, 2022)
SUM = Indicator(9, "X", "Jalan", "km", "positive", "sum", 1, False, "outcome", 1, "objective", 1)


def test_sum_without_yearly_targets_takes_the_run_rate():
    plan = Plan(1, "RPJMD 2021-2024", "Kab", "", "", 2021, 2024)
    years = [YearFigure(2021, None, D(10), None, None, (1, 2, 3, 4)), YearFigure(2022, None, D(12), None, None, (1, 2, 3, 4)),
             YearFigure(2023, None, None, None, None), YearFigure(2024, None, None, None, None)]
    p = project_period(SUM, years, {}, D(40), plan)
    assert p.value == D(44) and p.achievement == D("110.00")   # 22 in two years -> 44 in four
    assert "dengan laju ini akhir periode 44,0 km" in p.reason


def test_finished_period_projects_what_was_reached():
    years = [YearFigure(2021, D(10), D(10), None, None, (1, 2, 3, 4)), YearFigure(2022, D(10), D(5), None, None, (1, 2, 3, 4))]
    p = project_period(SUM, years, {}, D(20), PLAN)
    assert p.value == D(15) and p.achievement == D("75.00") and p.at_risk   # 75 < 76: below Tinggi
    assert p.reason.startswith("Realisasi s.d. akhir 2022 15,0 km, target akhir 20,0 km")


def test_no_end_target_no_projection():
    years = [YearFigure(2021, D(10), D(10), None, None, (1, 2, 3, 4)), YearFigure(2022, None, None, None, None)]
    assert project_period(SUM, years, {}, None, PLAN) is None


def test_year_span():
    assert year_span([2021, 2022, 2023]) == "2021\u20132023"
    assert year_span([2021, 2023]) == "2021, 2023"
    assert year_span([2024]) == "2024"


def test_demo_period_has_every_iku(demo_db_path):
    from kinerja_desktop.store.database import open_database

    db = open_database(demo_db_path, read_only=True)
    try:
        figures = iku_period(db)
    finally:
        db.close()
    assert len(figures.rows) == 25 and figures.years == tuple(range(2021, 2027))
    assert all(r.projection is not None for r in figures.rows)   # every demo IKU has an end target and values
