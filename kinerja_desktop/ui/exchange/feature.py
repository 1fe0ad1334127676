"""Feature module (see ui/features.py): the "Paket" menu.

Bappelitbangda: Terbitkan paket…, Impor paket… (preview), Konsolidasi…, Daftarkan kunci OPD….
OPD office installation (its database was set up from its own package): Perbarui dari paket…,
Tulis paket terisi…, Kunci tanda tangan instalasi….
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kinerja_desktop.ui.tasks import read_task
from kinerja_desktop.ui import theme


def _tr(text: str) -> str:
    return QCoreApplication.translate("PackagesFeature", text)


def _office():
    # Imported on first use: it brings openpyxl and cryptography, which would slow the start.
    from kinerja_desktop.ui.exchange import office

    return office


def _installation_agency(db) -> str | None:
    """office.installation_agency without importing office (and openpyxl) at start-up; the key
    is services.package_office.AGENCY_SETTING."""
    from kinerja_desktop.services.reads import setting

    return setting(db, "installation.agency")


def install(window) -> None:
    menu = window.menu("packages")
    context = window.context
    actions = [
        ("issue", _tr("Terbitkan paket…"), "mdi6.file-export-outline", lambda: open_issue(window)),
        ("import", _tr("Impor paket…"), "mdi6.file-import-outline", lambda: open_import(window)),
        ("consolidate", _tr("Konsolidasi…"), "mdi6.folder-multiple-outline", lambda: open_consolidate(window)),
        ("register", _tr("Daftarkan kunci OPD…"), "mdi6.key-plus", lambda: _office().register_key(window)),
        (None, None, None, None),
        ("refresh", _tr("Perbarui dari paket (kantor OPD)…"), "mdi6.file-download-outline",
         lambda: _office().refresh_from_package(window)),
        ("write", _tr("Tulis paket terisi…"), "mdi6.file-sign", lambda: _office().write_filled(window)),
        ("key", _tr("Kunci tanda tangan instalasi…"), "mdi6.key-variant", lambda: _office().show_key(window)),
    ]
    window.package_actions = {}
    for key, text, icon, slot in actions:
        if key is None:
            menu.addSeparator()
            continue
        action = QAction(theme.icon(icon), text, window)
        action.triggered.connect(lambda checked=False, s=slot: s())
        menu.addAction(action)
        window.package_actions[key] = action

    def update(*_):
        user = context.user
        role = user.role if user else None
        is_office = _installation_agency(context.db) is not None
        central = role in ("administrator", "planner") and not is_office
        for key in ("issue", "import", "consolidate"):
            window.package_actions[key].setVisible(central)
        window.package_actions["register"].setVisible(central and role == "administrator")
        for key in ("refresh", "write", "key"):
            window.package_actions[key].setVisible(is_office and role is not None and role != "viewer")

    context.user_changed.connect(update)
    menu.aboutToShow.connect(update)
    update()


def open_issue(window):
    from kinerja_desktop.ui.exchange.issue_dialog import IssueDialog

    dialog = IssueDialog(window.context, window)
    dialog.exec()
    return dialog


def open_consolidate(window):
    from kinerja_desktop.ui.exchange.consolidate_dialog import ConsolidateDialog

    dialog = ConsolidateDialog(window.context, window)
    dialog.exec()
    return dialog


def open_import(window, path: str | None = None) -> None:
    """Choose a file, read it off the GUI thread, then show the preview dialog."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, _tr("Impor paket"), str(Path.home()), "Excel (*.xlsx)")
        if not path:
            return
    context = window.context

    def read(db, progress):
        progress(0, 1, _tr("Membaca paket…"))
        from kinerja_desktop.services.package_import import preview_import

        return preview_import(db, path)

    def failed(exc):
        QMessageBox.warning(window, _tr("Paket tidak terbaca"), f"{type(exc).__name__}: {exc}")

    read_task(window, context, _tr("Membaca paket…"), read, lambda preview: show_preview(window, preview), failed)


def show_preview(window, preview):
    from kinerja_desktop.ui.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(window.context, preview, window)
    if dialog.exec() and dialog.result_message:
        window.status(dialog.result_message)
    return dialog
