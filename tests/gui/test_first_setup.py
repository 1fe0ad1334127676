"""The real first runs, driven through their dialogs: a region's database set up from the form
(region, plan period, OPD list, nomenclature or master data), and an OPD office set up from its
first package. The steps are said in the dialogs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kinerja_desktop.exchange.opd_sheet import AgencyRow, write_opd_template
from kinerja_desktop.services.package_office import AGENCY_SETTING
from kinerja_desktop.services.users import authenticate
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database
from kinerja_desktop.ui.startup import first_setup
from kinerja_desktop.ui.startup.first_run import (CHOICE_DEMO, CHOICE_NEW, CHOICE_OFFICE, CHOICE_OPEN,
                                                   AdminPasswordDialog, FirstRunDialog)
from kinerja_desktop.ui.admin.region_setup import RegionSetupDialog
from kinerja_desktop.ui.i18n import install_translators, remove_translators
from tests.package_tools import issue


def test_the_first_run_offers_the_region_and_the_opd_office(qtbot, tmp_path):
    app = QApplication.instance()
    install_translators(app, "id")
    try:
        dialog = FirstRunDialog(tmp_path / "kinerja.db")
    finally:
        remove_translators(app)
    qtbot.addWidget(dialog)
    assert set(dialog.buttons) == {CHOICE_DEMO, CHOICE_NEW, CHOICE_OFFICE, CHOICE_OPEN}
    assert "Permendagri 90" in dialog.buttons[CHOICE_NEW].description()
    assert "paket" in dialog.buttons[CHOICE_OFFICE].description()
    qtbot.mouseClick(dialog.buttons[CHOICE_OFFICE], Qt.LeftButton)
    assert dialog.choice == CHOICE_OFFICE and dialog.result() == 1


def _fill(dialog: RegionSetupDialog, workbook: Path | None) -> None:
    dialog.region_name.setText("Kabupaten Contoh")
    dialog.start_year.setValue(2025)
    dialog.end_year.setValue(2029)
    dialog.from_nomenclature.setChecked(True)
    if workbook:
        dialog.set_workbook(workbook)


def test_the_region_form_explains_and_refuses_a_bad_opd_list(qtbot, tmp_path):
    dialog = RegionSetupDialog(start_folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.plan_name.text() == f"RPJMD {dialog.start_year.value()}-{dialog.end_year.value()}"
    _fill(dialog, None)
    assert dialog.plan_name.text() == "RPJMD 2025-2029"      # follows the years until typed over
    dialog.try_accept()
    assert dialog.message.isVisible() and "Pilih buku kerja" in dialog.message.text() and not dialog.result()
    bad = write_opd_template(tmp_path / "opd.xlsx", [AgencyRow("DINKES", "Dinas Kesehatan"), AgencyRow("DINKES", "Lagi")])
    dialog.set_workbook(bad)
    dialog.try_accept()
    assert "baris 3" in dialog.message.text() and not dialog.result()
    write_opd_template(bad, [AgencyRow("DINKES", "Dinas Kesehatan", "1.02")])
    dialog.try_accept()
    assert dialog.result() == 1 and dialog.setup.agencies == [AgencyRow("DINKES", "Dinas Kesehatan", "1.02")]


def test_set_up_region_creates_the_database_and_says_the_next_steps(qtbot, tmp_path, monkeypatch):
    opd = write_opd_template(tmp_path / "opd.xlsx", [AgencyRow("DINKES", "Dinas Kesehatan", "1.02")])

    def region_exec(self):
        _fill(self, opd)
        self.try_accept()
        return self.result()

    def password_exec(self):
        self.password.setText("rahasia-123")
        self.repeat.setText("rahasia-123")
        self.try_accept()
        return self.result()

    said = []
    monkeypatch.setattr(RegionSetupDialog, "exec", region_exec)
    monkeypatch.setattr(AdminPasswordDialog, "exec", password_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    path = tmp_path / "data" / "kinerja.db"
    assert first_setup.set_up_region(path) == path
    assert "1 OPD, 0 program" in said[0] and "Administrasi > Rencana dan indikator" in said[0]
    db = open_database(path)
    assert repo.load_plan(db).region_name == "Kabupaten Contoh"
    assert authenticate(db, "admin", "rahasia-123") is not None
    db.close()


def test_set_up_office_from_its_first_package(qtbot, tmp_path, monkeypatch, db):
    package = issue(db, tmp_path)
    shown, said = [], []

    def steps_exec(self):
        shown.append(self.text())
        accept = next(b for b in self.buttons() if self.buttonRole(b) == QMessageBox.AcceptRole)
        accept.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", steps_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    picks = iter([str(tmp_path / "bukan-paket.xlsx"), str(package)])
    (tmp_path / "bukan-paket.xlsx").write_text("bukan paket")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (next(picks), ""))
    path = tmp_path / "opd" / "kinerja.db"
    assert first_setup.set_up_office(path) == path
    assert "1. Pilih paket" in shown[0] and "Tulis paket terisi" in shown[0]
    assert "bukan-paket.xlsx" in warnings[0]           # a wrong file is refused, another is asked for
    assert "Instalasi OPD" in said[0]
    office = open_database(path)
    assert repo.setting(office, AGENCY_SETTING) == "DINA" and repo.load_plan(office) is not None
    office.close()
