"""Issue 13 point 1: the plan period is chosen beside year and quarter; a year of two periods
shows the choice (the earliest-starting period by default), the window title names the period."""
from __future__ import annotations

from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.shell_data import window_title
from kinerja_desktop.ui.shared.period_selector import PeriodSelector
from tests.fixtures import PLANNER
from tests.periods import SECOND, two_periods


def test_the_period_choice_shows_for_a_year_of_two_periods(qtbot):
    db, _, _ = two_periods()
    context = AppContext(db, load_plan(db), PLANNER, 2026, 2)
    selector = PeriodSelector(context)
    qtbot.addWidget(selector)
    selector.show()
    assert [selector.year_combo.itemData(i) for i in range(selector.year_combo.count())] == list(range(2021, 2030))
    assert selector.plan_combo.isVisible() and selector.plan_combo.count() == 2
    assert context.plan_id == 1                                    # the old plan stays in force to its end
    selector.plan_combo.setCurrentIndex(1)
    assert context.plan_id == SECOND and (context.year, context.quarter) == (2026, 2)
    assert "RPJMD 2025-2029" in window_title(context.plan, context.year, context.quarter, PLANNER)
    selector.year_combo.setCurrentIndex(selector.year_combo.findData(2022))   # period 2 does not hold 2022
    assert context.plan_id == 1 and not selector.plan_combo.isVisible()
    selector.year_combo.setCurrentIndex(selector.year_combo.findData(2028))
    assert context.plan_id == SECOND and not selector.plan_combo.isVisible()
    selector.resize(520, 40)
    selector.year_combo.setCurrentIndex(selector.year_combo.findData(2025))
    assert context.plan_id == SECOND and selector.plan_combo.isVisible()     # the chosen period kept while it holds the year


def test_a_database_of_one_period_shows_no_period_choice(qtbot):
    from tests.fixtures import small_plan

    db, _ = small_plan()
    context = AppContext(db, load_plan(db), PLANNER, 2026, 2)
    selector = PeriodSelector(context)
    qtbot.addWidget(selector)
    selector.show()
    assert not selector.plan_combo.isVisible() and selector.year_combo.count() == 6
