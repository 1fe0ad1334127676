"""A crash or power cut loses at most the cell being typed: a child process types into the entry
form and is killed with SIGKILL mid-typing; reopened, the form offers the draft and restores it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_desktop.services.users import list_users
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.entry.entry_page import EntryPage

ROOT = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit
    from kinerja_desktop.services.users import list_users
    from kinerja_desktop.store import repositories as repo
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.entry.entry_page import EntryPage

    app = QApplication([])
    db = open_database(sys.argv[1])
    user = {u.username: u.user for u in list_users(db)}["dinkes"]
    page = EntryPage(AppContext(db, repo.load_plan(db), user, 2026, 4))
    page.show()
    m, view = page.model, page.view
    col = m.column_of("value")
    for row, text in ((0, "71"), (1, "6,2"), (2, "13,9")):
        view.setCurrentIndex(m.index(row, col))
        QTest.keyClicks(view, text[0])
        editor = next(e for e in view.findChildren(QLineEdit) if e.isVisible())
        QTest.keyClicks(editor, text[1:])
        if row < 2:                       # the third cell is still being typed when the power goes
            QTest.keyClick(editor, Qt.Key_Return)
            app.processEvents()
    print("typing", flush=True)
    time.sleep(120)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_typing_the_draft_is_offered_again(qtbot, demo_copy):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(demo_copy)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "typing", child.stderr.read()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()

    db = open_database(demo_copy)
    user = {u.username: u.user for u in list_users(db)}["dinkes"]
    offered = []

    class Reopened(EntryPage):
        def ask_restore(self, when):
            offered.append(when)
            return True
    page = Reopened(AppContext(db, repo.load_plan(db), user, 2026, 4))
    qtbot.addWidget(page)
    m = page.model
    assert offered, "the draft was not offered"
    assert [m.text_at(r, "value") for r in range(3)] == ["71", "6,2", ""]   # only the open cell is lost
    assert m.is_dirty() and "dipulihkan" in page.banner.text()
    assert page.save()
    second = m.states[1].row.indicator.id
    assert repo.load_year_values(db, 2026, [second])[second].realisations[4] == Decimal("6.2")
    db.close()
