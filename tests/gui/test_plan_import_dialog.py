"""The plan-table import dialog driven through its widgets: reading and applying run off the GUI
thread; structural changes wait for the box; an agency is confirmed from its close matches;
refused rows are named."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.reports.plan_import_dialog import PlanImportDialog
from tests.fixtures import PLANNER
from tests.plan_tables import plan_db, rpjmd_iku


@pytest.fixture
def db():
    database, _ = plan_db()
    yield database
    database.close()


@pytest.fixture
def context(db):
    return AppContext(db, repo.load_plan(db), PLANNER, 2026, 3)


def _dialog(qtbot, context, path):
    dialog = PlanImportDialog(context)
    dialog.errors = []
    dialog.show_error = dialog.errors.append
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(path)
    qtbot.waitUntil(lambda: dialog.preview is not None or bool(dialog.errors), timeout=20000)
    return dialog


def _name_of_end_target(db, name):
    return db.execute("SELECT e.value FROM end_target e JOIN indicator i ON i.id = e.indicator_id WHERE i.name = ?",
                      [name]).fetchone()[0]


def test_dialog_imports_then_holds_a_structural_change_until_the_box_is_ticked(qtbot, db, context, tmp_path):
    dialog = _dialog(qtbot, context, rpjmd_iku(tmp_path / "iku.xlsx"))
    assert dialog.tabs.tabText(0) == "Baru (6)" and dialog.tabs.tabText(2) == "Perubahan struktur (0)"
    names = {dialog.new_table.item(r, 2).text() for r in range(dialog.new_table.rowCount())}
    assert "Persentase jalan mantap" in names and dialog.import_button.isEnabled()
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.result_text), timeout=20000)
    assert "Rencana diterapkan" in dialog.result_text
    assert _name_of_end_target(db, "Persentase jalan mantap") == "80"

    rows = [["T2", "Infrastruktur"], ["S2.1", "Jalan"],
            ["S2.1.1", "Persentase jalan mantap", "persen", 70, 72, 74, 76, 78, 80, 85, "Dinkes"]]
    again = _dialog(qtbot, context, rpjmd_iku(tmp_path / "ubah.xlsx", rows))
    assert again.tabs.currentIndex() == 2 and again.structural_table.rowCount() == 1
    assert "OPD: D-103 \u2192 D-102" in again.structural_table.item(0, 5).text()
    assert not again.import_button.isEnabled() and "perlu dikonfirmasi" in again.summary.text()
    again.confirm.setChecked(True)
    assert again.import_button.isEnabled()
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        qtbot.mouseClick(again.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(again.result_text), timeout=20000)
    assert _name_of_end_target(db, "Persentase jalan mantap") == "85"


def test_dialog_confirms_an_agency_from_its_close_matches_and_names_refused_rows(qtbot, db, context, tmp_path):
    rows = [["T2", "Infrastruktur"], ["S2.1", "Jalan"],
            ["S2.1.1", "Persentase jalan mantap", "persen", 70, 72, 74, 76, 78, 80, 80, "Dinas Kesehata"]]
    dialog = _dialog(qtbot, context, rpjmd_iku(tmp_path / "opd.xlsx", rows))
    assert dialog.tabs.tabText(3) == "Ditolak (1)" and dialog.tabs.tabText(4) == "OPD perlu dipastikan (1)"
    assert "Lembar 'IKU' baris 8: OPD 'Dinas Kesehata' belum dipastikan" in dialog.refused_table.item(0, 0).text()
    assert not dialog.import_button.isEnabled()
    assert dialog.agency_table.item(0, 1).text().startswith("D-102 — Dinas Kesehatan (0.")
    combo = dialog.agency_table.cellWidget(0, 2)
    assert combo.itemData(1) == "D-102" and "Dinas Kesehatan (skor 0." in combo.itemText(1)
    combo.setCurrentIndex(1)
    dialog.preview = None
    qtbot.mouseClick(dialog.recheck, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.tabs.tabText(3) == "Ditolak (0)" and dialog.import_button.isEnabled()
    dialog.grab().save(str(tmp_path / "plan_import.png"))


def test_dialog_names_a_bad_workbook(qtbot, context, tmp_path):
    bad = tmp_path / "teks.xlsx"
    bad.write_text("bukan excel", encoding="utf-8")
    dialog = _dialog(qtbot, context, bad)
    assert dialog.errors and "teks.xlsx' bukan buku kerja Excel" in dialog.errors[0]
    assert "teks.xlsx" in dialog.note.text() and not dialog.import_button.isEnabled()
