"""The evaluation report's figures: all taken from services.evaluation, grouped by the plan tree."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kinerja_desktop.services.evaluation import evaluate_quarter, to_date_figures
from kinerja_desktop.services.report import ReportRefused, build_report
from kinerja_desktop.store.database import transaction


def test_blocks_follow_the_plan_tree(db):
    report = build_report(db, 2026, 3, signed_on=date(2026, 11, 27))
    assert [(b.level, b.code) for b in report.blocks] == [
        ("goal", "T1"), ("objective", "S1.1"), ("bidang", "1.02"), ("program", "1.02.02"),
        ("activity", "1.02.02.2.02"), ("sub_activity", "1.02.02.2.02.0001"), ("bidang", "1.03"),
        ("program", "1.03.10"),
    ]
    assert [b.number for b in report.blocks] == ["I", "1", "", "1.1", "", "", "", "1.2"]
    bidang = {b.code: b.name for b in report.blocks if b.level == "bidang"}
    assert bidang == {"1.02": "URUSAN PEMERINTAHAN BIDANG KESEHATAN",
                      "1.03": "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG"}
    assert report.title == "EVALUASI TERHADAP HASIL RKPD KABUPATEN CONTOH"
    assert report.period_text == "Periode pelaksanaan: TW III tahun 2026"
    assert report.place_and_date == "Contoh, 27 November 2026"


def test_indicator_figures_are_the_evaluation_service_figures(db):
    report = build_report(db, 2026, 3)
    results = {r.indicator.code: r for r in evaluate_quarter(db, 2026, 3)}
    to_date = to_date_figures(db, list(results.values()))
    lines = {line.code: line for b in report.blocks for line in b.lines}
    assert set(lines) == set(results)
    for code, line in lines.items():
        r = results[code]
        assert line.kinerja.this_year == r.evaluation.realisation
        assert line.kinerja.achievement == r.evaluation.achievement
        assert line.kinerja.rating == r.evaluation.rating
        assert line.kinerja.to_date == to_date[r.indicator.id].realisation
        assert line.kinerja.achievement_to_date == to_date[r.indicator.id].achievement
    services = lines["P1.1"].kinerja
    assert services.quarters == (Decimal(90), Decimal(95), None, None)
    assert services.this_year == Decimal(185)
    assert services.target == Decimal(400)
    # compared with 80 + 100 + 120 through Q3 (reported or not, P40 rule), not 400
    assert services.quarterly_target_used
    assert services.achievement == Decimal("61.67")


def test_to_date_adds_earlier_years_for_sum_indicators(db):
    with transaction(db):
        for year, value in ((2024, "100"), (2025, "50")):
            db["realisation"].insert({"indicator_id": 3, "year": year, "quarter": 4, "value": value, "note": "",
                                      "updated_at": "x", "updated_by": "t"})
        db["realisation"].insert({"indicator_id": 1, "year": 2025, "quarter": 4, "value": "60", "note": "",
                                  "updated_at": "x", "updated_by": "t"})
    lines = {line.code: line.kinerja for b in build_report(db, 2026, 3).blocks for line in b.lines}
    assert lines["P1.1"].before == Decimal(150)
    assert lines["P1.1"].to_date == Decimal(335)          # 150 + 185 (col 14 = 7 + 13)
    assert lines["T1.1"].before == Decimal(60)
    assert lines["T1.1"].to_date == Decimal(69)           # a status indicator: the latest year


def test_budget_columns(db):
    with transaction(db):
        db["budget"].insert({"id": 3, "year": 2025, "program_id": 1, "pagu": "1000000000"})
        db.execute("INSERT INTO spending VALUES (3, 4, '900000000', 'x', 't')")
        db.execute("INSERT INTO spending VALUES (1, 1, '300000000', 'x', 't')")
        db.execute("INSERT INTO spending VALUES (1, 2, '200000000', 'x', 't')")
        db.execute("INSERT INTO spending VALUES (1, 4, '999', 'x', 't')")   # after the report's quarter
    blocks = {b.code: b for b in build_report(db, 2026, 2).blocks}
    money = blocks["1.02.02"].money
    assert money.end == Decimal(2500000000)
    assert money.before == Decimal(900000000)
    assert money.pagu == Decimal(1500000000)
    assert money.quarters == (Decimal(300000000), Decimal(200000000), None, None)
    assert money.this_year == Decimal(500000000)
    assert money.to_date == Decimal(1400000000)
    assert money.pct_year == Decimal("33.33")
    assert money.pct_to_date == Decimal("56.00")
    assert blocks["T1"].money is None and blocks["S1.1"].money is None   # goal/objective: no Rp


def test_per_opd_report_holds_only_that_opd(db):
    report = build_report(db, 2026, 3, agency_id=2)
    assert report.scope == "Dinas B"
    assert [b.code for b in report.blocks] == ["T1", "S1.1", "1.03", "1.03.10"]
    assert [line.code for b in report.blocks for line in b.lines] == ["B1.1"]
    assert report.summary == []


def test_consolidated_summary_counts_bands(db):
    report = build_report(db, 2026, 3)
    by_code = {s.agency_code: s for s in report.summary}
    assert by_code["DINA"].indicators == 4
    assert sum(by_code["DINA"].counts.values()) == 4
    assert by_code["DINB"].counts["Sangat Rendah"] == 1
    assert by_code["DINA"].pagu == Decimal(1500000000)


@pytest.mark.parametrize("year, quarter", [(2019, 3), (2027, 1), (2026, 5), (2026, 0)])
def test_period_outside_the_plan_is_refused(db, year, quarter):
    with pytest.raises(ReportRefused) as info:
        build_report(db, year, quarter)
    assert info.value.usage
    assert "Triwulan" in str(info.value) or "di luar periode" in str(info.value)
