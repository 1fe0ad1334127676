"""An unexpected error in a slot: logged with its traceback in the rotating log, said in an
Indonesian dialog naming the log, an open transaction rolled back, the typed values kept in the
entry form's draft and offered again."""
from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from kinerja_desktop import logs
from kinerja_desktop.services.users import list_users
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database
from kinerja_desktop.ui import crash
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.entry.entry_page import EntryPage


@pytest.fixture
def handler(tmp_path):
    saved = sys.excepthook, threading.excepthook
    log_path = logs.setup_logging(tmp_path / "log")
    reporter = crash.install_crash_handler(log_path)
    yield reporter, log_path
    sys.excepthook, threading.excepthook = saved
    crash._databases.clear()
    logs.stop_logging()
    if reporter.dialog is not None:
        reporter.dialog.close()
        assert not reporter.dialog.isVisible()   # Esc/close answers it like "Lanjutkan"
        reporter.dialog.deleteLater()


def _dialog(qtbot, reporter):
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    return reporter.dialog


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_keeps_the_draft_and_rolls_back(qtbot, demo_copy, handler):
    reporter, log_path = handler
    db = open_database(demo_copy)
    crash.watch_database(db)
    user = {u.username: u.user for u in list_users(db)}["dinkes"]
    page = EntryPage(AppContext(db, repo.load_plan(db), user, 2026, 4))
    qtbot.addWidget(page)
    m = page.model
    col = m.column_of("value")
    assert m.setData(m.index(0, col), "71") and m.setData(m.index(1, col), "6,2")
    agencies_before = db.execute("SELECT count(*) FROM agency").fetchone()[0]

    def broken_slot():
        db.conn.execute("BEGIN")   # a change half-way when the error comes
        db.conn.execute("INSERT INTO agency (code, name) VALUES ('SETENGAH', 'Setengah jadi')")
        raise RuntimeError("tombol rusak")

    button = QPushButton("uji")
    qtbot.addWidget(button)
    button.clicked.connect(broken_slot)
    button.click()

    dialog = _dialog(qtbot, reporter)
    assert "tombol rusak" in dialog.text() and "kesalahan yang tidak terduga" in dialog.text()
    assert str(log_path) in dialog.informativeText() and "draf" in dialog.informativeText()
    assert "Traceback" not in dialog.text() + dialog.informativeText()
    assert [b.text() for b in dialog.buttons()].count("Buka folder log") == 1
    text = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: tombol rusak" in text and "broken_slot" in text
    assert db.execute("SELECT count(*) FROM agency").fetchone()[0] == agencies_before
    assert not db.conn.in_transaction

    offered = []

    class Reopened(EntryPage):
        def ask_restore(self, when):
            offered.append(when)
            return True

    again = Reopened(AppContext(db, repo.load_plan(db), user, 2026, 4))
    qtbot.addWidget(again)
    assert offered and [again.model.text_at(r, "value") for r in range(2)] == ["71", "6,2"]
    db.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_reaches_the_dialog_in_the_gui_thread(qtbot, handler):
    reporter, log_path = handler

    def work():
        raise ValueError("pekerja gagal")

    thread = threading.Thread(target=work, name="pekerja")
    thread.start()
    thread.join()
    dialog = _dialog(qtbot, reporter)
    assert dialog.thread() is QApplication.instance().thread()
    assert "pekerja gagal" in dialog.text()
    assert "ValueError: pekerja gagal" in log_path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_second_error_while_the_dialog_is_open_is_logged_not_stacked(qtbot, handler):
    reporter, log_path = handler
    for message in ("pertama", "kedua"):
        QTimer.singleShot(0, lambda m=message: (_ for _ in ()).throw(RuntimeError(m)))
        qtbot.waitUntil(lambda m=message: m in log_path.read_text(encoding="utf-8"))
    dialog = _dialog(qtbot, reporter)
    assert "pertama" in dialog.text()
    assert len([w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()]) == 1


def test_the_log_rotates(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging(tmp_path)
    try:
        for i in range(200):
            logging.getLogger("uji").info("baris %s %s", i, "x" * 40)
    finally:
        logs.stop_logging()
    assert path == tmp_path / "kinerja.log"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kinerja.log"] + [f"kinerja.log.{i}" for i in range(1, 6)]
    assert all(p.stat().st_size <= 2200 for p in tmp_path.iterdir())


def test_an_unwritable_log_folder_does_not_stop_the_program(tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    try:
        assert logs.setup_logging(blocker / "log") is None
    finally:
        logs.stop_logging()


def test_a_program_without_stderr_logs_to_the_file_only(tmp_path, monkeypatch):
    """A windowed Kinerja.exe has sys.stderr None; logging must neither fail nor lose the file."""
    monkeypatch.setattr(sys, "stderr", None)
    try:
        path = logs.setup_logging(tmp_path)
        logging.getLogger("uji").warning("tanpa konsol")
    finally:
        logs.stop_logging()
    assert "tanpa konsol" in path.read_text(encoding="utf-8")
