"""The IKU-over-the-period deck as data: overview counts and the at-risk lines with their reason,
one slide per goal with its indicators year by year ("—" for a year not reported), the footer
naming the period."""
from __future__ import annotations

from datetime import datetime, timezone

from kinerja_desktop.services.deck_iku import IKU_CHOICE, band_key, build_iku_deck
from kinerja_desktop.services.iku_period import iku_period
from tests.iku_plan import iku_plan

WHEN = datetime(2024, 7, 1, 9, 30, tzinfo=timezone.utc)


def deck():
    db = iku_plan()
    try:
        return build_iku_deck(iku_period(db), 2023, 4, WHEN)
    finally:
        db.close()


def test_slides_and_footer():
    d = deck()
    assert [s.kind for s in d.slides] == ["title", "iku_summary", "iku_goal", "closing"]
    assert d.choice.kind == IKU_CHOICE
    assert d.period == "RPJMD 2021-2024" and d.years == (2021, 2022, 2023, 2024)
    assert d.slides[0].heading == "IKU Sepanjang Periode RPJMD 2021-2024"


def test_overview_counts_and_risks_with_reason():
    summary = deck().slides[1]
    assert [(b.label, b.count) for b in summary.bands] == [("Sesuai jalur", 2), ("Berisiko", 1), ("Tanpa proyeksi", 1)]
    assert [b.colour for b in summary.bands[:2]] == ["#1B7F3B", "#D64541"]
    (risk,) = summary.lines
    assert (risk.code, risk.projection, risk.projection_band, risk.at_risk) == ("S1.1.1", "61,3%", "Rendah", True)
    assert risk.reason.startswith("Tren 2021\u20132023: 9,20 \u2192 10,00")
    assert "di bawah 76%" in summary.subheading


def test_goal_slide_year_by_year():
    goal = deck().slides[2]
    assert goal.heading == "IKU Tujuan T1" and goal.subheading == "Meningkatnya kesejahteraan"
    lines = {line.code: line for line in goal.lines}
    assert list(lines) == ["T1.1", "T1.2", "S1.1.1", "S1.1.2"]
    t11 = lines["T1.1"]
    assert [(c.realisation, c.target, c.achievement) for c in t11.years] == [
        ("70,00", "70,00", "100,00%"), ("71,50", "71,00", "100,70%"), ("\u2014", "72,00", "\u2014"), ("\u2014", "73,00", "\u2014")]
    assert (t11.end.realisation, t11.end.target, t11.end.achievement) == ("71,50", "73,00", "97,95%")
    assert lines["S1.1.2"].years[2].realisation == "4,0*"                      # through TW II
    assert lines["S1.1.1"].years[2].colour == "#F2C12E" and lines["S1.1.1"].lower_is_better
    assert (lines["T1.2"].projection, lines["T1.2"].status) == ("\u2014", "Belum dapat diproyeksikan")
    texts = [str(v) for line in goal.lines for v in line.__dict__.values()]
    assert not any("None" in t for t in texts)


def test_many_indicators_page_at_four_a_slide():
    db = iku_plan()
    try:
        for n in range(6, 12):
            db["indicator"].insert({"id": n, "code": f"T1.{n}", "name": f"Indikator {n}", "unit": "poin",
                                    "polarity": "positive", "aggregation": "last", "decimals": 2, "agency_id": 1,
                                    "node_type": "goal", "goal_id": 1, "position": n})
        d = build_iku_deck(iku_period(db), 2023, 4, WHEN)
    finally:
        db.close()
    goals = [s for s in d.slides if s.kind == "iku_goal"]
    assert [(s.page, s.pages, len(s.lines)) for s in goals] == [(1, 3, 4), (2, 3, 4), (3, 3, 2)]


def test_band_key_follows_the_plan():
    from kinerja_desktop.domain.entities import Plan

    plan = Plan(1, "RPJMD", "Kab", "", "", 2021, 2024)
    assert band_key(plan) == ("Warna capaian = predikat: \u2265 91 Sangat Tinggi, \u2265 76 Tinggi, \u2265 66 Sedang, "
                              "\u2265 51 Rendah, di bawahnya Sangat Rendah.")
