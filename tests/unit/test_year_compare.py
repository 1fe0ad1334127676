"""One quarter compared across two years (issue 13.5): figures checked by hand on the small plan
(tests/compare_data.py), roll-up counts and means, the biggest movers, and the refusals."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kinerja_desktop.services.deck import build_compare_deck
from kinerja_desktop.services.year_compare import (
    IMPROVED, NOT_COMPARABLE, UNCHANGED, WORSENED, CompareRefused, compare_years, resolve_period,
)
from tests.compare_data import compare_plan


@pytest.fixture
def comparison():
    db, _ = compare_plan()
    yield compare_years(db, 2, 2025, 2026)
    db.close()


def by_code(comparison):
    return {c.indicator.code: c for c in comparison.lines}


def test_each_indicator_by_hand(comparison):
    lines = by_code(comparison)
    # T1.1 positive, last, target 70: 67 -> 95,71 %; 69 -> 98,57 %: realisation up = better
    t = lines["T1.1"]
    assert (t.a.evaluation.achievement, t.b.evaluation.achievement) == (D("95.71"), D("98.57"))
    assert (t.realisation_change, t.achievement_change, t.direction) == (D("2"), D("2.86"), IMPROVED)
    # S1.1.1 negative (2 - R/T), target 5: 5 -> 100 %; 5,5 -> 90 %: realisation up = worse
    s = lines["S1.1.1"]
    assert (s.a.evaluation.achievement, s.b.evaluation.achievement) == (D("100.00"), D("90.00"))
    assert (s.realisation_change, s.achievement_change, s.direction) == (D("0.5"), D("-10.00"), WORSENED)
    # P1.1: nothing reported in 2025
    p = lines["P1.1"]
    assert p.direction == NOT_COMPARABLE and p.realisation_change is None and p.achievement_change is None
    assert p.reason == "TW II 2025 belum dilaporkan"
    assert p.b.evaluation.achievement == D("102.78")   # 185 against the quarterly 80 + 100
    # K1.1: a zero target in 2025 on a positive indicator with 80 reported: capaian not computable
    k = lines["K1.1"]
    assert k.direction == NOT_COMPARABLE and k.a.evaluation.achievement is None
    assert k.reason == "capaian TW II 2025 tidak dapat dihitung (target nol)"
    assert k.realisation_change == D("5") and k.achievement_change is None
    # B1.1: 3,25 both years
    assert (lines["B1.1"].direction, lines["B1.1"].achievement_change) == (UNCHANGED, D("0.00"))


def test_equal_as_shown_is_unchanged():
    """Realisations equal at the indicator's decimals are 'tetap' (as a person reading them sees)."""
    db, _ = compare_plan()
    db.execute("UPDATE realisation SET value = '3.249' WHERE indicator_id = 5 AND year = 2025")
    lines = by_code(compare_years(db, 2, 2025, 2026))
    assert lines["B1.1"].direction == UNCHANGED
    db.execute("UPDATE realisation SET value = '3.2' WHERE indicator_id = 5 AND year = 2025")
    assert by_code(compare_years(db, 2, 2025, 2026))["B1.1"].direction == IMPROVED


def test_rollups_count_and_average(comparison):
    counts = {r.code: (r.total, r.counts[IMPROVED], r.counts[WORSENED], r.counts[UNCHANGED], r.counts[NOT_COMPARABLE])
              for level in ("agency", "objective", "goal") for r in comparison.rollups(level)}
    assert counts == {"DINA": (4, 1, 1, 0, 2), "DINB": (1, 0, 0, 1, 0),
                      "S1.1": (4, 0, 1, 1, 2),   # everything under the sasaran, program level included
                      "T1": (5, 1, 1, 1, 2)}
    dina = comparison.rollups("agency")[0]
    # 2025: T1.1 95,71 and S1.1.1 100 -> 97,86; 2026: 98,57 + 90 + 102,78 + 94,44 -> 96,45
    assert (dina.mean_a, dina.mean_b, dina.mean_change) == (D("97.86"), D("96.45"), D("-1.41"))
    assert dina.band_a.label == "Sangat Tinggi" and dina.direction == UNCHANGED   # one up, one down
    objective = comparison.rollups("objective")[0]
    assert objective.direction == WORSENED and (objective.mean_a, objective.mean_b) == (D("63.00"), D("78.31"))
    overall = comparison.overall()
    assert (overall.total, overall.mean_a, overall.band_a.label, overall.mean_b, overall.band_b.label) == \
        (5, D("73.90"), "Sedang", D("82.36"), "Tinggi")
    only_b = comparison.overall(agency_id=2)
    assert (only_b.total, only_b.counts[UNCHANGED]) == (1, 1)


def test_movers_up_and_down(comparison):
    up, down = comparison.movers()
    assert [c.indicator.code for c in up] == ["T1.1"] and [c.indicator.code for c in down] == ["S1.1.1"]


def test_years_in_any_order_come_out_earlier_first():
    db, _ = compare_plan()
    c = compare_years(db, 2, 2026, 2025)
    assert (c.year_a, c.year_b) == (2025, 2026)
    assert c.title == "Perbandingan Capaian Kinerja TW II Tahun 2025 dan 2026"


@pytest.mark.parametrize("quarter, a, b, message", [
    (5, 2025, 2026, "Triwulan 5 tidak ada"),
    (2, 2026, 2026, "Tahun 2026 tidak dapat dibandingkan dengan dirinya sendiri"),
    (2, 2019, 2026, "Tahun 2019 di luar periode RPJMD 2021-2026 (2021-2026)"),
    (2, 2027, 2030, "Tahun 2027 dan 2030 di luar periode"),
])
def test_refusals(quarter, a, b, message):
    db, _ = compare_plan()
    with pytest.raises(CompareRefused) as refused:
        compare_years(db, quarter, a, b)
    assert message in str(refused.value) and refused.value.usage


def test_period_by_id_or_name():
    db, _ = compare_plan()
    assert resolve_period(db, "1") == 1 and resolve_period(db, "rpjmd 2021-2026") == 1
    with pytest.raises(CompareRefused, match="Periode rencana 'RPD 2027' tidak ada"):
        resolve_period(db, "RPD 2027")
    with pytest.raises(CompareRefused, match="Periode rencana 7 tidak ada"):
        compare_years(db, 2, 2025, 2026, plan_id=7)


def test_the_deck(comparison):
    deck = build_compare_deck(comparison)
    assert [s.kind for s in deck.slides] == ["title", "compare_summary", "compare_rollup", "compare_rollup",
                                             "compare_movers", "closing"]
    assert deck.period == "TW II 2025 dan 2026"
    summary = deck.slides[1]
    assert [(b.label, b.count) for b in summary.bands] == [
        ("\u25B2 Membaik", 1), ("\u25BC Memburuk", 1), ("= Tetap", 1), ("\u2014 Tidak dapat dibandingkan", 2)]
    assert "73,90% \u00b7 Sedang \u2192 2026: 82,36% \u00b7 Tinggi" in summary.subheading
    goal = deck.slides[2].lines[0]
    assert (goal.code, goal.mean_a.label, goal.mean_b.label, goal.change) == \
        ("T1", "73,90% \u00b7 Sedang", "82,36% \u00b7 Tinggi", "+8,46 poin")
    assert [c.label for c in goal.counts] == ["\u25B2 1", "\u25BC 1", "= 1", "\u2014 2"]
    assert [line.code for line in deck.slides[3].lines] == ["DINA", "DINB"]
    movers = deck.slides[4].lines
    assert [(m.code, m.up, m.before, m.after, m.change.label) for m in movers] == [
        ("T1.1", True, "95,71%", "98,57%", "+2,86 poin \u00b7 Membaik"),
        ("S1.1.1", False, "100,00%", "90,00%", "-10,00 poin \u00b7 Memburuk")]
