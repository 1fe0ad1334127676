"""The tree's detail panel of a carried indicator: its earlier period's years first, a row where the
later period begins (with the change written when it was carried)."""
from __future__ import annotations

from kinerja_desktop.services.new_period import CarryItem, NewPeriodRequest, create_new_period
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.tree.detail_panel import DetailPanel
from tests.fixtures import ADMIN, PLANNER


def test_detail_panel_of_a_carried_indicator_shows_the_earlier_period(qtbot, db):
    db.execute("INSERT INTO target (indicator_id, year, quarter, value) VALUES (1, 2024, 0, '66')")
    result = create_new_period(db, ADMIN, NewPeriodRequest("RPJMD 2025-2029", 2025, 2029, previous_id=1, items=(
        CarryItem(1, change_note="Satuan menjadi indeks", targets={2025: "71"}),)))
    context = AppContext(db, load_plan(db, result.plan_id), PLANNER, 2025, 4)
    panel = DetailPanel(context)
    qtbot.addWidget(panel)
    panel.show_indicator(result.carried[1])
    table = panel.years_table
    rows = [table.item(r, 0).text() for r in range(table.rowCount())]
    # the old period's years up to 2024 (its 2025 and 2026 belong to the new period's side), then the new
    assert rows == ["2024", "From 2025 the indicator continues in RPJMD 2025-2029 — change: Satuan menjadi indeks",
                    "2025"]
    assert table.columnSpan(1, 0) == table.columnCount()
    panel.show_indicator(2)   # an indicator of the first period alone: no boundary row, no span left over
    assert table.columnSpan(0, 0) == 1 and all(table.item(r, 0).text().isdigit() for r in range(table.rowCount()))
