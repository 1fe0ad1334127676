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


def test_the_year_column_shows_its_whole_title(qtbot, db):
    """The year column has a fixed width (a spanning row must not widen it); it was a year's width
    alone and clipped its bold title 'Tahun' to 'ahun'."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    from kinerja_desktop.ui import i18n

    app = QApplication.instance()
    assert i18n.install_translators(app, "id")   # the titles as a user reads them (Indonesian)
    try:
        context = AppContext(db, load_plan(db), PLANNER, 2026, 4)
        panel = DetailPanel(context)
        qtbot.addWidget(panel)
        panel.show_indicator(1)
        table = panel.years_table
        title = table.horizontalHeaderItem(0).text()
        assert title == "Tahun"
        bold = QFont(table.horizontalHeader().font())
        bold.setBold(True)
        assert table.columnWidth(0) >= QFontMetrics(bold).horizontalAdvance(title) + 12
        assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("2026") + 12
    finally:
        i18n.remove_translators(app)
