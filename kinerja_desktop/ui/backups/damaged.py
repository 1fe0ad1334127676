"""A database that fails its check at start-up: said plainly, then opened read-only (from a private
copy, so nothing touches the damaged file) with the offer to restore the latest good backup.

    opened = open_damaged(path, message)    # (db, path) or None (the person chose otherwise)
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kinerja_desktop.services import backups
from kinerja_desktop.services.audit import format_datetime_id
from kinerja_desktop.store import backup_files as files
from kinerja_desktop.store.database import DatabaseError
from kinerja_desktop.store.repositories import load_plan

log = logging.getLogger(__name__)
CHOICE_READ_ONLY, CHOICE_OTHER, CHOICE_QUIT = "read-only", "other", "quit"


def latest_good(path: Path) -> Path | None:
    """The newest good automatic copy, in the folder the damaged database names if it still can."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            folder = files.backup_folder(conn, path)
        finally:
            conn.close()
    except sqlite3.Error:
        folder = backups.folder_of(path)
    for item in files.list_backups(folder, path):
        try:
            files.read_contents(item.path)
        except DatabaseError:
            continue
        return item.path
    return None


def offer_text(path: Path, message: str, latest: Path | None) -> str:
    if latest is not None:
        when = format_datetime_id(backups.preview(latest).taken_at)
        hint = (f"Cadangan terakhir yang baik: {latest.name} ({when}). Basis data dibuka hanya-baca; administrator "
                "dapat memulihkan cadangan itu dari jendela berikutnya (atau menu Berkas > Pulihkan…).")
    else:
        hint = (f"Tidak ada cadangan otomatis yang baik di {backups.folder_of(path)}. Basis data dibuka hanya-baca; "
                "administrator dapat memulihkan dari berkas cadangan lain (menu Berkas > Pulihkan…).")
    return f"{message}\n\n{hint}"


def ask(path: Path, message: str, latest: Path | None, parent: QWidget | None = None) -> str:   # patched in tests
    box = QMessageBox(QMessageBox.Critical, "Basis data rusak", offer_text(path, message, latest), parent=parent)
    read_only = box.addButton("Buka hanya-baca", QMessageBox.AcceptRole)
    other = box.addButton("Pilih berkas lain…", QMessageBox.ActionRole)
    box.addButton("Keluar", QMessageBox.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    return CHOICE_READ_ONLY if clicked is read_only else CHOICE_OTHER if clicked is other else CHOICE_QUIT


def open_read_only(path: Path, latest: Path | None):
    """(db, note): a private copy of the damaged file, or of the latest good backup when the
    damaged file cannot even show its plan. The connection refuses writes after the login
    (run() sets query_only), so an unsaved-looking change can never be lost silently."""
    for source, note in ((path, ""), (latest, "isi cadangan terakhir ditampilkan")):
        if source is None:
            continue
        try:
            db = files.open_scratch(source)
            load_plan(db)
            db.execute("SELECT count(*) FROM app_user").fetchone()
        except (sqlite3.DatabaseError, LookupError, OSError) as exc:
            log.warning("read-only copy of %s unusable: %s", source, exc)
            continue
        db.damaged_path, db.damaged_latest, db.damaged_note = path, latest, note
        return db
    return None
