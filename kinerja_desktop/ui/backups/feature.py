"""Feature module (see ui/features.py): Berkas > Pulihkan… and Berkas > Cadangkan sekarang…, the
day's automatic backup after the window has appeared, and the offer to restore when the
database was opened read-only because it failed its check."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from kinerja_desktop.ui import theme

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupFeature", text)


def install(window) -> None:
    context = window.context
    file_menu = window.menu("file")
    first = file_menu.actions()[0] if file_menu.actions() else None
    backup_action = QAction(theme.icon("mdi6.content-save-all-outline"), _tr("Cadangkan sekarang…"), window)
    backup_action.triggered.connect(lambda checked=False: backup_now(window))
    restore_action = QAction(theme.icon("mdi6.backup-restore"), _tr("Pulihkan…"), window)
    restore_action.triggered.connect(lambda checked=False: open_restore(window))
    file_menu.insertActions(first, [backup_action, restore_action])
    file_menu.insertSeparator(first)
    # The administrator finds the folder of automatic copies under Administrasi too.
    settings_action = QAction(theme.icon("mdi6.folder-cog-outline"), _tr("Cadangan…"), window)
    settings_action.triggered.connect(lambda checked=False: open_restore(window))
    window.menu(_tr("Administrasi")).addAction(settings_action)   # the same title the forms feature gave it
    window.backup_actions = (backup_action, restore_action, settings_action)

    def user_changed(*_):
        backup_action.setEnabled(context.user is not None and not getattr(context, "read_only", False))
        user = getattr(context, "restore_user", context.user)
        settings_action.setVisible(user is not None and user.role == "administrator")

    context.user_changed.connect(user_changed)
    user_changed()
    if getattr(context, "read_only", False):
        QTimer.singleShot(0, lambda: offer_restore(window))
    elif context.db_path is not None:
        window.features_ready.connect(lambda: daily_backup(window))


def daily_backup(window) -> None:
    """The first open of a day copies the database, in a worker with its own connection."""
    from kinerja_desktop.ui.tasks import read_task

    def read(db, _progress):
        from kinerja_desktop.services import backups

        return backups.daily_if_due(db)

    def say(text: str, timeout_ms: int = 8000) -> None:
        try:
            window.status(text, timeout_ms)
        except RuntimeError:   # the window closed while the copy was made
            pass

    def done(out):
        if out is not None:
            say(_tr("Cadangan harian dibuat: %1").replace("%1", str(out)))

    def failed(exc):
        log.warning("daily backup failed: %s", exc)
        say(_tr("Cadangan harian gagal: %1").replace("%1", str(exc)), 0)

    read_task(window, window.context, "", read, done, failed, show_dialog=False)


def backup_now(window) -> Path | None:
    from kinerja_desktop.services import backups
    from kinerja_desktop.store.database import DatabaseError

    context = window.context
    start = str(Path(context.db_path).parent) if context.db_path else ""
    name, _ = QFileDialog.getSaveFileName(window, _tr("Simpan cadangan"), start, _tr("Basis data Kinerja (*.db)"))
    if not name:
        return None
    try:
        out = backups.backup_to(context.db, name)
    except DatabaseError as exc:
        QMessageBox.warning(window, _tr("Cadangan tidak dibuat"), str(exc))
        return None
    window.status(_tr("Cadangan dibuat dan diperiksa: %1").replace("%1", str(out)))
    return out


def open_restore(window, preselect: Path | None = None):
    from kinerja_desktop.ui.backups.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window.context, parent=window, preselect=preselect)
    dialog.restored.connect(lambda _source: QTimer.singleShot(0, lambda: reopen(window)))
    dialog.exec()
    return dialog


def offer_restore(window) -> None:
    """The database failed its check and is shown read-only: offer the latest good backup."""
    context = window.context
    latest = getattr(context.db, "damaged_latest", None)
    note = getattr(context.db, "damaged_note", "")
    badge = QLabel(_tr("Basis data rusak: dibuka hanya-baca, perubahan tidak dapat disimpan.")
                   + (f" ({note})" if note else ""))
    badge.setStyleSheet("color: #B03A2E; font-weight: bold")
    window.statusBar().addPermanentWidget(badge)
    box = QMessageBox(QMessageBox.Warning, _tr("Basis data rusak — hanya-baca"),
                      _tr("Basis data ini gagal diperiksa dan dibuka hanya-baca. Pulihkan cadangan terakhir yang "
                          "baik sekarang?") if latest else
                      _tr("Basis data ini gagal diperiksa dan dibuka hanya-baca. Tidak ada cadangan otomatis yang "
                          "baik; pilih berkas cadangan di Berkas > Pulihkan…."), QMessageBox.NoButton, window)
    restore = box.addButton(_tr("Pulihkan…"), QMessageBox.AcceptRole)
    box.addButton(_tr("Nanti"), QMessageBox.RejectRole)
    if window_offer(box) is restore:
        open_restore(window, preselect=latest)


def window_offer(box):   # patched in tests
    box.exec()
    return box.clickedButton()


def reopen(window):
    """After a restore the window is built again on the restored database."""
    from kinerja_desktop.ui.app import reopen_after_restore

    return reopen_after_restore(window)
