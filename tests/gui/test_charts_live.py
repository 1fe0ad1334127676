"""Charts show the figures of the evaluation and follow a save within the change signal."""
from __future__ import annotations

from decimal import Decimal as D

import numpy as np
import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.evaluation import band_counts, evaluate_quarter, mean_achievement
from kinerja_desktop.services.realisations import SpendingChange, save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.dashboard.budget_chart import BudgetChart
from kinerja_desktop.ui.shared.completeness_chart import CompletenessChart
from kinerja_desktop.ui.dashboard.distribution_chart import DistributionChart
from kinerja_desktop.ui.dashboard.live import LiveSource
from kinerja_desktop.ui.dashboard.opd_achievement_chart import OpdAchievementChart
from kinerja_desktop.ui.dashboard.trend_chart import LOWER_IS_BETTER, TrendChart
from kinerja_desktop.ui.context import AppContext
from tests.fixtures import ADMIN


@pytest.fixture
def context(db):
    return AppContext(db, repo.load_plan(db), ADMIN, 2026, 2)


def make(qtbot, cls, context, *args):
    chart = cls(LiveSource.for_context(context), *args)
    qtbot.addWidget(chart)
    chart.resize(800, 500)
    chart.show()
    return chart


def means(db, plan):
    return {code: float(mean_achievement(evaluate_quarter(db, 2026, 2, agency_id=a), plan)[0])
            for a, code in ((1, "DINA"), (2, "DINB"))}


def test_opd_bars_equal_the_evaluation_and_follow_a_save(qtbot, db, context):
    chart = make(qtbot, OpdAchievementChart, context)
    assert dict(chart.bar_values()) == means(db, context.plan)
    assert [code for code, _ in chart.bar_values()] == ["DINA", "DINB"]   # sorted, best on top
    bars = chart.bars
    save_quarter(db, ADMIN, 2, 2026, 2, [ValueChange(5, 2, D("8"))])
    with qtbot.waitSignal(LiveSource.for_context(context).changed, timeout=1000):
        context.announce_change({5})
    # Updated in place, before control went back to the event loop.
    assert chart.bars is bars
    assert dict(chart.bar_values()) == means(db, context.plan)
    assert dict(chart.bar_values())["DINB"] == 90.0   # (3,25 + 8) / 12,5
    assert "90,00%" in chart.hover_text(chart.plot, 50, 0) and "Dinas B" in chart.hover_text(chart.plot, 50, 0)


def test_distribution_counts_per_scope_with_labels(qtbot, db, context):
    chart = make(qtbot, DistributionChart, context)
    assert chart.bar_counts() == band_counts(evaluate_quarter(db, 2026, 2), context.plan)
    chart.set_scope("agency", 2)
    assert chart.bar_counts()["Sangat Rendah"] == 1 and sum(chart.bar_counts().values()) == 1
    assert [item.toPlainText() for item in chart.labels][:5] == ["0", "0", "0", "0", "1"]
    assert chart.axis.labels[0] == "Sangat\nTinggi"
    assert "Sangat Rendah" in chart.hover_text(chart.plot, 4, 0) and "100,0%" in chart.hover_text(chart.plot, 4, 0)


def test_completeness_heat_map_follows_a_save(qtbot, db, context):
    chart = make(qtbot, CompletenessChart, context)
    # Rows bottom-up: DINB then DINA; TW III and IV are not due at TW II.
    assert np.allclose(chart.shares[:, :2], [[1, 0], [0.75, 0.75]])
    assert np.isnan(chart.shares[:, 2:]).all()
    image = chart.image
    save_quarter(db, ADMIN, 2, 2026, 2, [ValueChange(5, 2, D("1"))])
    context.announce_change({5})
    assert chart.image is image and np.allclose(chart.shares[0, :2], [1, 1])
    assert "1 dari 1 indikator dilaporkan (100%)" in chart.hover_text(chart.plot, 1, 0)


def test_budget_bars_follow_spending_with_rupiah_tooltips(qtbot, db, context):
    chart = make(qtbot, BudgetChart, context)
    assert chart.spent_values() == {"DINA": [0.0, 0.0, 0.0, 0.0]}
    save_quarter(db, ADMIN, 1, 2026, 1, [], [SpendingChange(1, 1, D("300000000"))])
    context.announce_change()
    assert chart.spent_values()["DINA"][0] == pytest.approx(0.3)
    tip = chart.hover_text(chart.plot, 1, 0)
    assert "Pagu: Rp 1.500.000.000" in tip and "TW I: Rp 300.000.000" in tip and "(20,00%)" in tip


def test_budget_without_pagu_says_why(qtbot, db, context):
    db.execute("DELETE FROM budget")
    chart = make(qtbot, BudgetChart, context)
    assert chart.is_empty and "pagu" in chart.empty.text()


def test_trend_shows_quarters_and_years_and_lower_is_better(qtbot, db, context):
    chart = make(qtbot, TrendChart, context, 3)
    assert list(chart.quarter_bars.opts["height"]) == [90.0, 95.0]
    assert list(chart.cumulative.yData) == [90.0, 185.0]
    save_quarter(db, ADMIN, 1, 2026, 2, [ValueChange(3, 2, D("110"))])
    context.announce_change({3})
    assert list(chart.quarter_bars.opts["height"]) == [90.0, 110.0]
    # TW II is part of the year: said in the hover text and drawn apart (hollow, dashed) in the legend.
    assert chart.hover_text(chart.years_plot, 2026, 0).endswith("Realisasi s.d. TW II: 200 orang")
    assert list(chart.partial.xData)[-1] == 2026 and 2026 not in list(chart.realisations.xData if chart.realisations.xData is not None else [])
    labels = [label.text for _, label in chart.legend.items]
    assert "Realisasi 2026 s.d. TW II" in labels
    assert LOWER_IS_BETTER not in labels
    chart.set_indicator(2)   # negative polarity
    assert LOWER_IS_BETTER in [label.text for _, label in chart.legend.items]


def test_export_png_at_presentation_width_and_svg(qtbot, context, tmp_path):
    from PySide6.QtGui import QImage

    chart = make(qtbot, OpdAchievementChart, context)
    png = chart.export(tmp_path / "opd.png")
    assert QImage(str(png)).width() == 1920
    svg = chart.export(tmp_path / "opd.svg")
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "DINA" in text


def test_trend_of_a_carried_indicator_shows_the_earlier_period_with_the_boundary(qtbot, db):
    from kinerja_desktop.services.new_period import CarryItem, NewPeriodRequest, create_new_period

    db.execute("INSERT INTO target (indicator_id, year, quarter, value) VALUES (1, 2024, 0, '66')")
    db.execute("INSERT INTO realisation (indicator_id, year, quarter, value, note, updated_at, updated_by) "
               "VALUES (1, 2024, 4, '65.5', '', '2025-01-10', 'uji')")
    result = create_new_period(db, ADMIN, NewPeriodRequest(
        "RPJMD 2025-2029", 2025, 2029, previous_id=1, items=(
            CarryItem(1, change_note="Definisi mengikuti metode BPS baru", targets={2025: "71", 2027: "72"}),)))
    plan = repo.load_plan(db, result.plan_id)
    context = AppContext(db, plan, ADMIN, 2027, 4)
    chart = make(qtbot, TrendChart, context, result.carried[1])
    t = chart.trend
    assert t.years == tuple(range(2021, 2030))
    assert (t.yearly_target[2024], t.yearly_realisation[2024], t.yearly_target[2025]) == (D("66"), D("65.5"), D("71"))
    assert [(line.value(), line.label.format) for line in chart.boundary_lines] == [(2024.5, "RPJMD 2025-2029")]
    tip = chart.hover_text(chart.years_plot, 2025, 0)
    assert "Mulai RPJMD 2025-2029" in tip and "Definisi mengikuti metode BPS baru" in tip
    # a changed definition: the target line is broken at the boundary, not drawn across it
    xs, ys = list(chart.targets.xData), list(chart.targets.yData)
    assert 2024.5 in xs and np.isnan(ys[xs.index(2024.5)])
    assert chart.years_plot.getAxis("bottom").tickStrings([2021.0, 2025.0], 1, 1) == ["2021", "2025"]
    chart.set_indicator(2)   # not carried: its own period only, no boundary
    assert chart.boundary_lines == []
