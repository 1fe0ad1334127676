"""The issue's 'done when' path on the demo database: the DINKES operator enters TW IV 2026 with
the keyboard, saves and submits; the planner sees the grid change, verifies and locks; the value's
history lists the change."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kinerja_desktop.services.audit import value_history
from kinerja_desktop.services.users import list_users
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.entry.entry_page import EntryPage
from kinerja_desktop.ui.completeness.page import CompletenessPage


class QuietPage(EntryPage):
    def confirm(self, title, text):
        return True

    def ask_reason(self, title):
        return "uji"

    def show_error(self, text):
        raise AssertionError(text)


def test_operator_enters_submits_planner_verifies_and_locks(qtbot, demo_copy):
    db = open_database(demo_copy)
    users = {u.username: u.user for u in list_users(db)}
    context = AppContext(db, repo.load_plan(db), users["dinkes"], 2026, 4)
    page = QuietPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    grid_context = AppContext(db, context.plan, users["perencana"], 2026, 4)
    grid = CompletenessPage(grid_context, today=date(2026, 11, 27))
    qtbot.addWidget(grid)
    row_of = {grid.proxy.index(r, 0).data(): r for r in range(grid.proxy.rowCount())}
    before = grid.proxy.index(row_of["DINKES"], 5).data()
    assert before.startswith("0/") and before.endswith("Draf")

    m = page.model
    assert page.agency_combo.count() == 1 and m.rowCount() > 10
    page.view.setCurrentIndex(m.index(0, m.column_of("value")))
    typed = []
    for r in range(3):
        target = m.states[r].row.values.annual_target
        text = (str(target).replace(".", ",") if target is not None else "1")
        qtbot.keyClick(page.view, text[0])
        editor = next(e for e in page.view.findChildren(QLineEdit) if e.isVisible())
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key_Return)
        QApplication.processEvents()
        typed.append(m.states[r].row.indicator.id)
        assert m.data(m.index(r, m.column_of("rating"))) != ""   # rating shown as you type
    qtbot.keyClick(page.view, Qt.Key_S, Qt.ControlModifier)
    assert not m.is_dirty()
    assert page.run_action("submit")
    assert repo.workflow_status(db, m.sheet.agency.id, 2026, 4) == "submitted"

    grid.refresh()
    after = grid.proxy.index(row_of["DINKES"], 5).data()
    assert after.startswith("3/") and after.endswith("Diajukan")

    context.set_user(users["perencana"])
    page.open_for(m.sheet.agency.id, 2026, 4)
    assert page.run_action("verify") and page.run_action("lock")
    assert repo.workflow_status(db, m.sheet.agency.id, 2026, 4) == "locked"
    assert not page.model.editable and "dikunci" in page.banner.text()

    history = value_history(db, typed[0], 2026, 4)
    assert [(e.entity, e.by_user, e.source) for e in history] == [("realisation", "dinkes", "form")]
    db.close()
