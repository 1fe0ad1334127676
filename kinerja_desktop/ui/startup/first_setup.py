"""The two real first runs (the demo is in app.py): a region's own database at Bappelitbangda,
and an OPD office set up from its first package. Each explains its steps, does the work in a
worker with progress, and returns the new database path (None when the person stopped)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kinerja_desktop.ui.tasks import wait_task


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstSetup", text)


def run_and_wait(parent: QWidget | None, title: str, work):
    """Run `work()` in a worker with a progress dialog and wait for it; raises its error."""
    return wait_task(parent, title, work)


def set_up_region(path: Path, parent: QWidget | None = None) -> Path | None:
    from kinerja_desktop.services.region_setup import SetupRefused, create_region_database
    from kinerja_desktop.ui.startup.first_run import AdminPasswordDialog
    from kinerja_desktop.ui.admin.region_setup import RegionSetupDialog

    dialog = RegionSetupDialog(parent, start_folder=Path.home())
    while dialog.exec():
        password = AdminPasswordDialog(parent)
        if not password.exec():
            return None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            counts = run_and_wait(parent, _tr("Menyiapkan basis data daerah…"),
                                  lambda: create_region_database(path, password.value(), dialog.setup))
        except SetupRefused as exc:
            dialog._refuse(str(exc))      # the dialog opens again with the reason; nothing was written
            continue
        QMessageBox.information(parent, _tr("Basis data daerah siap"), _tr(
            "Basis data %1 dibuat di %2: %3 OPD, %4 program, %5 indikator.\n\nLangkah berikutnya:\n"
            "1. Masuk sebagai 'admin' dengan kata sandi tadi.\n"
            "2. Periksa dan lengkapi rencana di Administrasi > Rencana dan indikator.\n"
            "3. Tambahkan pengguna di Administrasi > Pengguna: perencana dan satu operator per OPD.\n"
            "4. Terbitkan paket triwulan untuk OPD di Paket > Terbitkan paket.\n"
            "Panduan lengkap: Bantuan > Panduan pengguna (F1).")
            .replace("%1", dialog.setup.plan_name).replace("%2", str(path)).replace("%3", str(counts["opd"]))
            .replace("%4", str(counts["program"])).replace("%5", str(counts["indikator"])))
        return path
    return None


OFFICE_STEPS = ("Penyiapan kantor OPD:\n"
                "1. Pilih paket (.xlsx) pertama yang dikirim Bappelitbangda untuk OPD Anda.\n"
                "2. Program membuat basis data OPD dari paket itu: OPD, indikator, target dan realisasi sebelumnya.\n"
                "3. Pilih kata sandi administrator instalasi ini, lalu masuk.\n"
                "4. Isi realisasi di halaman Isian realisasi, lalu Paket > Tulis paket terisi dan kirim berkasnya ke "
                "Bappelitbangda.\n"
                "Paket triwulan berikutnya dibuka dengan Paket > Perbarui dari paket (kantor OPD).")


def set_up_office(path: Path, parent: QWidget | None = None) -> Path | None:
    from kinerja_desktop.services.package_office import OfficeRefused, setup_from_package
    from kinerja_desktop.store.database import create_database

    steps = QMessageBox(QMessageBox.Information, _tr("Kantor OPD"), _tr(OFFICE_STEPS), parent=parent)
    steps.setObjectName("officeSteps")
    choose = steps.addButton(_tr("Pilih paket…"), QMessageBox.AcceptRole)
    steps.addButton(_tr("Batal"), QMessageBox.RejectRole)
    steps.exec()
    if steps.clickedButton() is not choose:
        return None
    while True:
        name, _ = QFileDialog.getOpenFileName(parent, _tr("Paket dari Bappelitbangda"), str(Path.home()),
                                              "Excel (*.xlsx)")
        if not name:
            return None
        path.parent.mkdir(parents=True, exist_ok=True)

        def work():
            db = create_database(path)
            try:
                return setup_from_package(db, name)
            finally:
                db.close()

        try:
            result = run_and_wait(parent, _tr("Membaca paket…"), work)
        except OfficeRefused as exc:
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            QMessageBox.warning(parent, _tr("Paket tidak dipakai"), str(exc) + "\n\n" + _tr("Pilih paket lain."))
            continue
        QMessageBox.information(parent, _tr("Kantor OPD siap"), _tr(
            "Instalasi OPD %1 siap: %2 indikator dari paket. Sekarang pilih kata sandi administrator.")
            .replace("%1", result.agency_code).replace("%2", str(result.indicators)))
        return path
