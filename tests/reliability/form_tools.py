"""An entry form on a database file (not in memory), so that other connections and processes can
lock it or save into it while the form is open."""
from __future__ import annotations

from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.entry.entry_page import EntryPage
from tests.fixtures import OPERATOR_A


def make_page(qtbot, db, user=OPERATOR_A, answers=None):
    answers = answers if answers is not None else {}

    class Page(EntryPage):
        def __init__(self, context):
            self.asked = []
            super().__init__(context)

        def confirm(self, title, text):
            self.asked.append(text)
            return answers.get("confirm", True)

        def show_error(self, text):
            self.asked.append(text)

    page = Page(AppContext(db, repo.load_plan(db), user, 2026, 3))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def row_of(page, code):
    return next(r for r, s in enumerate(page.model.states) if s.row.indicator.code == code)


def type_value(page, code, text, field="value"):
    """As the delegate commits a typed cell (undo command, draft autosave)."""
    assert page.model.set_cells([(row_of(page, code), field, text)])


def stored(path, indicator_id, quarter=3):
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value, note FROM realisation WHERE indicator_id = ? AND year = 2026 AND quarter = ?",
                           [indicator_id, quarter]).fetchone()
        return row
    finally:
        conn.close()
