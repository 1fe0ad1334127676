"""The OPD office actions: refresh the installation from a package, write the filled package,
show the installation's public key; and at Bappelitbangda, register an OPD's public key."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from kinerja_desktop.services.package_issue import file_name
from kinerja_desktop.services.package_office import (
    AGENCY_SETTING, OfficeRefused, installation_public_key, register_public_key, setup_from_package,
    write_filled_package,
)
from kinerja_desktop.services.reads import setting
from kinerja_desktop.ui.tasks import write_task


def installation_agency(db) -> str | None:
    return setting(db, AGENCY_SETTING)


def refresh_from_package(window) -> None:
    context = window.context
    path, _ = QFileDialog.getOpenFileName(window, "Paket dari Bappelitbangda", str(Path.home()), "Excel (*.xlsx)")
    if not path:
        return

    def done(result):
        window.status(f"Instalasi OPD {result.agency_code}: {result.indicators} indikator dari paket.")
        if result.key_problem:
            QMessageBox.warning(window, "Kunci tanda tangan", result.key_problem)

    def failed(exc):
        QMessageBox.warning(window, "Paket tidak dipakai", str(exc) if isinstance(exc, OfficeRefused)
                            else f"{type(exc).__name__}: {exc}")

    write_task(window, context, "Membaca paket…", lambda db, _p: setup_from_package(db, path), lambda _r: (),
               done, failed)


def write_filled(window) -> None:
    context = window.context
    code = installation_agency(context.db) or "OPD"
    default = Path.home() / file_name(code, context.year, context.quarter)
    path, _ = QFileDialog.getSaveFileName(window, "Tulis paket terisi", str(default), "Excel (*.xlsx)")
    if not path:
        return
    year, quarter = context.year, context.quarter

    def failed(exc):
        QMessageBox.warning(window, "Paket tidak ditulis", str(exc))

    # writing the package records its issue; no value changes, so nothing to announce
    write_task(window, context, "Menulis paket…", lambda db, _p: write_filled_package(db, year, quarter, path),
               lambda _p: None, lambda p: window.status(f"Paket terisi bertanda tangan: {p}"), failed)


def show_key(window) -> None:
    try:
        text, fingerprint = installation_public_key(window.context.db)
    except OfficeRefused as exc:   # the key file is not on this computer account
        answer = QMessageBox.question(
            window, "Kunci tanda tangan instalasi",
            f"{exc}\n\nBuat kunci baru sekarang? Paket yang ditandatangani kunci baru diterima Bappelitbangda "
            "setelah kunci publiknya didaftarkan ulang.", QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        text, fingerprint = installation_public_key(window.context.db, renew=True)
    QApplication.clipboard().setText(text)
    QMessageBox.information(
        window, "Kunci tanda tangan instalasi",
        f"Kunci publik instalasi ini (sudah disalin ke papan klip):\n\n{text}\n\nSidik: {fingerprint}\n\n"
        "Kirim kunci ini ke Bappelitbangda dan bacakan sidiknya lewat telepon agar dapat dicocokkan.")


def register_key(window) -> None:
    context = window.context
    code, ok = QInputDialog.getText(window, "Daftarkan kunci OPD", "Kode OPD:")
    if not ok or not code.strip():
        return
    key, ok = QInputDialog.getText(window, "Daftarkan kunci OPD", "Kunci publik dari kantor OPD:")
    if not ok:
        return
    reason, ok = QInputDialog.getText(window, "Daftarkan kunci OPD",
                                      "Alasan (wajib bila kunci lama OPD ini diganti; kunci lama tetap tercatat):")
    if not ok:
        return
    try:
        fingerprint = register_public_key(context.db, context.user, code.strip(), key, reason=reason)
    except OfficeRefused as exc:
        QMessageBox.warning(window, "Kunci tidak didaftarkan", str(exc))
        return
    QMessageBox.information(window, "Kunci terdaftar",
                            f"Kunci OPD {code.strip()} terdaftar. Sidik: {fingerprint}\nCocokkan dengan sidik yang "
                            "dibacakan kantor OPD.")
