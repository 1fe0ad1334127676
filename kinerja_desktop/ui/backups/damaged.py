"""A database that fails its check at start-up: said plainly, then opened read-only (from a private
copy, so nothing touches the damaged file) with the offer to restore the latest good backup.

    latest = latest_good(path)
    if ask(path, message, latest) == CHOICE_READ_ONLY:
        db = open_read_only(path, latest)      # None when neither the file nor a backup can be shown
"""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from kinerja_desktop.services import backups
from kinerja_desktop.services.audit import format_datetime_id
from kinerja_desktop.services.reads import lookups

CHOICE_READ_ONLY, CHOICE_OTHER, CHOICE_QUIT = "read-only", "other", "quit"
latest_good = backups.latest_good
open_read_only = backups.open_read_only


def offer_text(path: Path, message: str, latest: Path | None) -> str:
    if latest is not None:
        when = format_datetime_id(backups.preview(latest).taken_at)
        hint = (f"Cadangan terakhir yang baik: {latest.name} ({when}). Pilih 'Buka hanya-baca' untuk melihat isinya "
                "tanpa mengubah berkas itu; administrator lalu dapat memulihkan cadangan tersebut "
                "(menu Berkas > Pulihkan…).")
    else:
        hint = (f"Tidak ada cadangan otomatis yang baik di {backups.folder_of(path)}. Pilih 'Buka hanya-baca' untuk "
                "melihat isinya tanpa mengubah berkas itu; administrator lalu dapat memulihkan dari berkas cadangan "
                "lain (menu Berkas > Pulihkan…).")
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


def make_read_only(context) -> None:
    """The session on a damaged database's private copy: writes are refused by SQLite (query_only)
    and every page behaves as for a viewer (no edit, no submit); the person's own role is kept
    for the restore (`restore_user`)."""
    lookups.make_query_only(context.db)
    context.read_only = True
    context.restore_user = context.user
    if context.user is not None:
        context.user = dataclasses.replace(context.user, role="viewer", agency_id=None)
