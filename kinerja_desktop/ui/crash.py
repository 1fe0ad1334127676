"""Unexpected errors: written to the log with their traceback, said to the person in a dialog
(what happened and where the log is), never a Python traceback on screen.

    install_crash_handler(log_path)    sys.excepthook and threading.excepthook
    watch_database(db)                 a transaction left open by the failed code is rolled back,
                                       so no half-written change stays behind

Values typed in the entry form are already in its draft (entry_draft, written at each cell);
the form offers them again the next time it opens, which the dialog says.
"""
from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)
_databases: list = []


class CrashDialog(QMessageBox):
    def __init__(self, what: str, log_path: Path | None, parent=None):
        super().__init__(QMessageBox.Critical, self.tr("Terjadi kesalahan"), "", parent=parent)
        self.setObjectName("crashDialog")
        self.log_path = log_path
        where = (self.tr("Rinciannya tercatat di log: %1").replace("%1", str(log_path)) if log_path
                 else self.tr("Log tidak dapat ditulis; catat pesan ini."))
        self.setText(self.tr("Program menemui kesalahan yang tidak terduga: %1").replace("%1", what))
        self.setInformativeText(
            self.tr("Perubahan yang sedang ditulis dibatalkan seluruhnya; data yang sudah tersimpan tetap utuh. "
                    "Nilai yang sudah Anda ketik di formulir isian tersimpan sebagai draf dan ditawarkan lagi saat "
                    "formulir dibuka.") + "\n\n" + where + "\n\n"
            + self.tr("Anda dapat melanjutkan; bila kesalahan berulang, tutup program dan kirimkan log itu kepada "
                      "administrator."))
        self.setEscapeButton(self.addButton(self.tr("Lanjutkan"), QMessageBox.AcceptRole))
        if log_path:
            folder = self.addButton(self.tr("Buka folder log"), QMessageBox.ActionRole)
            folder.clicked.disconnect()   # stay open: opening the folder is not an answer
            folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent))))


class _Reporter(QObject):
    """Lives in the GUI thread; a signal emitted from a worker thread arrives here queued."""
    crashed = Signal(str)

    def __init__(self, log_path: Path | None):
        super().__init__(QApplication.instance())
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self.crashed.connect(self.show)

    def show(self, what: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return   # one dialog at a time; the log has every error
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(what, self.log_path, parent)
        self.dialog.open()


def describe(exc: BaseException) -> str:
    """A short text for the dialog: the message, or the kind of error when it has none."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return text[:300] or type(exc).__name__


def watch_database(db) -> None:
    _databases.append(db)


def _roll_back_open_transactions() -> None:
    for db in list(_databases):
        try:
            if db.conn.in_transaction:
                db.conn.rollback()
                log.warning("an open transaction was rolled back after the error")
        except Exception:  # a closed database: nothing to undo
            _databases.remove(db)


def install_crash_handler(log_path: Path | None) -> _Reporter:
    reporter = _Reporter(log_path)

    def on_exception(kind, exc, tb):
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        _roll_back_open_transactions()
        reporter.crashed.emit(describe(exc))

    def on_thread_exception(args):
        if args.exc_type is SystemExit:
            return
        log.critical("unexpected error in thread %s:\n%s", getattr(args.thread, "name", "?"),
                     "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))
        reporter.crashed.emit(describe(args.exc_value))

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
    return reporter
