"""The target compared for a `sum` indicator with quarterly targets (DESIGN "Target compared",
cases P40/P41) as read by every figure: the cumulative quarterly target through the quarter
evaluated, reported or not, so leaving the last quarter unreported never raises the achievement.

The small plan's P1.1 (sum, annual 400, quarterly 80/100/120/100) has Q1 = 90 and Q2 = 95; as of
Q3 with Q3 unreported the target is 80+100+120 = 300 and the achievement 185/300 = 61.67 % (the old
rule compared with 180 and gave 102.78 %, Sangat Tinggi instead of Rendah).
"""
from __future__ import annotations

from decimal import Decimal

from kinerja_desktop.services.dashboard import dashboard_figures
from kinerja_desktop.services.deck import indicator_line
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.report import build_report
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.tree import tree_data as td
from kinerja_desktop.ui.tree.detail_data import indicator_detail

P11 = 3


def _p11(results):
    return next(r for r in results if r.indicator.id == P11)


def test_evaluation_compares_with_the_cumulative_target_through_the_quarter_evaluated(db):
    ev = _p11(evaluate_quarter(db, 2026, 3)).evaluation
    assert ev.realisation == Decimal(185)
    assert ev.target == Decimal(300)
    assert ev.achievement == Decimal("61.67")
    assert ev.rating.label == "Rendah"


def test_the_last_quarter_unreported_never_raises_the_achievement(db):
    as_of_q2 = _p11(evaluate_quarter(db, 2026, 2)).evaluation
    as_of_q4 = _p11(evaluate_quarter(db, 2026, 4)).evaluation
    assert as_of_q2.achievement == Decimal("102.78")   # 185 / 180
    assert as_of_q4.target == Decimal(400)
    assert as_of_q4.achievement == Decimal("46.25")
    assert as_of_q4.achievement <= as_of_q2.achievement


def test_report_tree_detail_dashboard_and_slides_read_the_same_figure(db):
    report = build_report(db, 2026, 3)
    lines = [line for block in report.blocks for line in block.lines if line.code == "P1.1"]
    assert [line.kinerja.achievement for line in lines] == [Decimal("61.67")]
    assert lines[0].kinerja.rating.label == "Rendah"

    tree = td.load_tree(db, 2026, 3)
    assert tree.by_key[("indicator", P11)].result.evaluation.achievement == Decimal("61.67")

    figures = dashboard_figures(db, 2026, 3)
    result = _p11(figures.results)
    assert result.evaluation.achievement == Decimal("61.67")
    slide_line = indicator_line(result, figures.plan)
    assert slide_line.achievement == "61,67%"
    assert slide_line.target == "300"

    detail = indicator_detail(db, P11, load_plan(db))
    year = next(line for line in detail.years if line.year == 2026)
    assert year.achievement == Decimal("46.25")   # the year as of Q4: 185 / 400
