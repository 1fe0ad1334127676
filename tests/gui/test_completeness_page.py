from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.entry.entry_page import EntryPage
from kinerja_desktop.ui.completeness.page import CompletenessPage
from tests.fixtures import OPERATOR_A, PLANNER


def cell_text(page, code, quarter):
    model = page.proxy
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == code:
            return model.index(r, quarter + 1).data()
    raise AssertionError(code)


def test_grid_counts_change_after_a_save_in_the_entry_form(qtbot, db):
    context = AppContext(db, repo.load_plan(db), PLANNER, 2026, 3)
    page = CompletenessPage(context, today=date(2026, 11, 27))
    qtbot.addWidget(page)
    page.show()
    assert cell_text(page, "DINA", 3) == "0/4 · Terlambat"
    assert cell_text(page, "DINA", 1) == "3/4 · Terlambat"
    assert cell_text(page, "DINB", 1) == "1/1 · Terlambat"
    entry = EntryPage(context)
    qtbot.addWidget(entry)
    entry.model.set_cells([(0, "value", "70"), (3, "value", "88")])
    assert entry.save()
    assert cell_text(page, "DINA", 3) == "2/4 · Terlambat"
    index = next(page.proxy.index(r, 4) for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "DINA")
    assert index.data(Qt.BackgroundRole).color().name() == "#fde2e1"


def test_status_is_shown_and_double_click_opens_the_entry_form(qtbot, db):
    save_quarter(db, OPERATOR_A, 1, 2026, 2, [ValueChange(4, 2, Decimal(80))])
    db.execute("INSERT INTO workflow VALUES (1, 2026, 2, 'submitted', '2026-07-10T09:00:00+08:00', 'opa')")
    context = AppContext(db, repo.load_plan(db), PLANNER, 2026, 3)
    page = CompletenessPage(context, today=date(2026, 11, 27))
    qtbot.addWidget(page)
    assert cell_text(page, "DINA", 2) == "4/4 · Diajukan"
    opened = []
    page.open_entry.connect(lambda *args: opened.append(args))
    index = next(page.proxy.index(r, 3) for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "DINA")
    page._double_clicked(index)
    assert opened == [(1, 2026, 2)]


def test_operator_sees_only_their_own_row(qtbot, db):
    context = AppContext(db, repo.load_plan(db), OPERATOR_A, 2026, 3)
    page = CompletenessPage(context)
    qtbot.addWidget(page)
    assert page.proxy.rowCount() == 1 and page.proxy.index(0, 0).data() == "DINA"
