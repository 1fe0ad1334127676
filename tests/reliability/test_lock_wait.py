"""A write that finds the database locked by another program: the CLI says so in Indonesian and
exits 1; the entry form waits in short steps with a visible message and 'Batal', keeps what was
typed, and saves once the other program lets go."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kinerja_desktop.cli import main
from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store.database import DatabaseBusy, busy_timeout, open_database
from tests.cli_people import PASSWORD, add_people
from tests.fixtures import PLANNER, small_plan
from tests.package_tools import fill
from tests.reliability.form_tools import make_page, row_of, stored, type_value

HOLD = r"""
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE setting SET value = value WHERE 0")
print("locked", flush=True)
sys.stdin.readline()          # hold the write lock until the test says so
conn.execute("COMMIT")
"""


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "pusat.db"
    small_plan(path)[0].close()
    add_people(path)
    return path


@pytest.fixture
def holder(db_path):
    """Another program (a separate process) holding the write lock: BEGIN IMMEDIATE, then waiting."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"

    def release():
        if proc.poll() is None:
            proc.stdin.write("\n")
            proc.stdin.flush()
            proc.wait(timeout=30)
    yield release
    release()


def test_the_cli_says_the_database_is_in_use_and_exits_1(db_path, tmp_path, holder, capsys, monkeypatch):
    # export-package writes (it records the package issued), so it needs the write lock.
    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)
    code = main(["export-package", "--db", str(db_path), "--user", "perencana", "--opd", "DINA", "--year", "2026", "--quarter", "3",
                 "--out", str(tmp_path / "paket.xlsx")])
    err = capsys.readouterr().err
    assert code == 1
    assert "sedang dipakai program lain" in err and "tidak ada yang diubah" in err and "Traceback" not in err
    assert not (tmp_path / "paket.xlsx").exists()
    holder()
    assert main(["export-package", "--db", str(db_path), "--user", "perencana", "--opd", "DINA", "--year", "2026", "--quarter", "3",
                 "--out", str(tmp_path / "paket.xlsx")]) == 0


def test_a_cli_import_waiting_for_a_lock_ends_in_a_message_not_a_traceback(db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)
    assert main(["export-package", "--db", str(db_path), "--user", "perencana", "--opd", "DINA", "--year", "2026", "--quarter", "3",
                 "--out", str(tmp_path / "paket.xlsx")]) == 0
    filled = fill(tmp_path / "paket.xlsx", tmp_path / "isi.xlsx", {"H7": 80})
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    before = stored(db_path, 4)
    try:
        result = subprocess.run([sys.executable, "-m", "kinerja_desktop", "import-package", "--db", str(db_path),
                                 "--user", "perencana", str(filled)], capture_output=True, text=True, timeout=120)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.returncode == 1, result.stderr
    assert "sedang dipakai program lain" in result.stderr and "Traceback" not in result.stderr
    assert stored(db_path, 4) == before


def test_the_service_refuses_with_a_busy_error_and_writes_nothing(db_path, holder):
    db = open_database(db_path)
    with pytest.raises(DatabaseBusy, match="sedang dipakai program lain"):
        with busy_timeout(db, 50):
            save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("71"))])
    assert not db.conn.in_transaction
    holder()
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("71"))])
    assert stored(db_path, 1)[0] == "71"
    db.close()


def type_cell(qtbot, page, code, text):
    page.view.setCurrentIndex(page.model.index(row_of(page, code), page.model.column_of("value")))
    page.view.setFocus()
    qtbot.keyClick(page.view, text[0])
    editor = next(e for e in page.view.findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()


def test_the_form_waits_with_a_message_and_a_cancel_and_keeps_what_was_typed(qtbot, db_path, holder):
    db = open_database(db_path)
    page = make_page(qtbot, db)
    type_cell(qtbot, page, "T1.1", "71")       # typed while nobody holds the lock
    assert page.model.is_dirty()

    other = holder
    assert page.save() is False                # locked by another program: waiting, not frozen
    assert page.waiting and page.wait_bar.isVisible()
    assert page.wait_label.text() == "Basis data sedang dipakai program lain; menunggu…"
    assert page.wait_cancel.isVisible() and page.wait_cancel.text() == "Batal"
    qtbot.wait(800)                            # the event loop runs between the short steps
    assert page.waiting and not page.model.editable
    assert page.model.text_at(row_of(page, "T1.1"), "value") == "71"
    qtbot.mouseClick(page.wait_cancel, Qt.LeftButton)
    assert not page.waiting and not page.wait_bar.isVisible() and page.model.editable
    assert page.model.text_at(row_of(page, "T1.1"), "value") == "71" and page.model.is_dirty()
    assert stored(db_path, 1, 3) is None       # nothing was written
    assert "dibatalkan" in page.cell_message.text()

    type_cell(qtbot, page, "P1.1", "120")      # typing still works while the other program holds the lock
    assert page.save() is False and page.waiting
    other()                                    # the other program commits and lets go
    qtbot.waitUntil(lambda: not page.waiting, timeout=10000)
    assert stored(db_path, 1)[0] == "71" and stored(db_path, 3)[0] == "120"
    assert not page.model.is_dirty() and "Tersimpan" in page.cell_message.text()
    db.close()


def test_the_wait_bar_is_readable(qtbot, db_path, holder, tmp_path):
    db = open_database(db_path)
    page = make_page(qtbot, db)
    type_value(page, "T1.1", "71")
    page.save()
    assert page.waiting
    page.resize(1366, 768)
    QApplication.processEvents()
    shot = Path(os.environ.get("KINERJA_SHOT_DIR", tmp_path)) / "menunggu.png"
    page.grab().save(str(shot))
    assert shot.stat().st_size > 0
    label = page.wait_label
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()     # not cut
    page.cancel_waiting()
    db.close()


def test_the_import_dialog_says_the_database_is_in_use_and_stays_open(qtbot, db_path, tmp_path, holder):
    from kinerja_desktop.services.packages import preview_import
    from kinerja_desktop.store import repositories as repo
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.exchange.import_dialog import ImportDialog
    from tests.package_tools import issue

    db = open_database(db_path)
    holder()                                    # issuing needs the lock; take it again below
    package = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    dialog = ImportDialog(AppContext(db, repo.load_plan(db), PLANNER, 2026, 3), preview_import(db, package))
    dialog.errors = []
    dialog.show_error = dialog.errors.append
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.apply()                              # waits at most a second, then says so
    assert any("sedang dipakai program lain" in e for e in dialog.errors) and dialog.isVisible()
    assert stored(db_path, 4) is None
    other.execute("ROLLBACK")
    other.close()
    dialog.apply()
    assert stored(db_path, 4)[0] == "80"
    db.close()


def test_a_workflow_step_on_a_locked_database_says_so(qtbot, db_path):
    db = open_database(db_path)
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("71"))])    # something to submit
    page = make_page(qtbot, db)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    assert page.run_action("submit") is False
    assert any("sedang dipakai program lain" in text for text in page.asked)
    other.execute("ROLLBACK")
    other.close()
    assert page.run_action("submit") is True
    db.close()


def test_discarding_typed_values_on_a_locked_database_does_not_freeze_or_fail(qtbot, db_path):
    db = open_database(db_path)
    page = make_page(qtbot, db)
    page.ask_unsaved = lambda: "discard"
    type_value(page, "T1.1", "71")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert page.maybe_leave() is True          # the draft stays behind (offered once more at worst)
        assert not page.model.is_dirty()
    finally:
        other.execute("ROLLBACK")
        other.close()
    db.close()
