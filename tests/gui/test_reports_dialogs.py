"""Report dialog, master-data import dialog and the column-mapping wizard, driven through their
widgets: the report file appears in the folder, the preview blocks on rejected rows until they
are excluded, the wizard shows the proposed mapping and imports into the database."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QWizard

from kinerja_desktop.services.masterdata import export_masterdata, preview_masterdata
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.reports.masterdata_dialogs import EXCLUDE_COLUMN, MasterImportDialog
from kinerja_desktop.ui.reports.report_dialog import ReportDialog
from tests.fixtures import PLANNER, VIEWER


@pytest.fixture
def context(db):
    return AppContext(db, repo.load_plan(db), PLANNER, 2026, 3)


def _report_dialog(qtbot, context, folder):
    dialog = ReportDialog(context, folder=folder)
    dialog.opened, dialog.errors = [], []
    dialog.open_folder = dialog.opened.append
    dialog.show_error = dialog.errors.append
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("pdf", [False, True])
def test_report_dialog_writes_the_file_and_opens_its_folder(qtbot, context, tmp_path, pdf):
    dialog = _report_dialog(qtbot, context, tmp_path)
    assert dialog.year.currentData() == 2026 and dialog.quarter.currentData() == 3
    dialog.scope.setCurrentIndex(dialog.scope.findData("DINB"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("F4"))
    if pdf:
        dialog.pdf.setChecked(True)
    qtbot.mouseClick(dialog.make_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    expected = tmp_path / f"evaluasi_rkpd_DINB_2026_TW3.{'pdf' if pdf else 'xlsx'}"
    assert dialog.written == expected and expected.stat().st_size > 1000
    assert dialog.opened == [tmp_path]
    assert "Laporan dibuat" in dialog.message.text() and dialog.errors == []


def test_report_dialog_says_when_the_folder_is_missing(qtbot, context, tmp_path):
    dialog = _report_dialog(qtbot, context, tmp_path / "tidak-ada")
    qtbot.mouseClick(dialog.make_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors), timeout=20000)
    assert "tidak ada. Buat foldernya dulu" in dialog.errors[0]
    assert dialog.make_button.isEnabled() and dialog.opened == []


def test_master_import_dialog_blocks_until_the_bad_row_is_excluded(qtbot, db, context, tmp_path):
    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Tujuan"].append(["T2", "Tujuan kedua", 2])
    wb["Program"].append(["XYZ", "9.99.01", "S1.1", "Program OPD tak dikenal"])
    wb.save(path)
    dialog = MasterImportDialog(context, preview_masterdata(db, path))
    dialog.infos, dialog.errors = [], []
    dialog.show_info, dialog.show_error = dialog.infos.append, dialog.errors.append
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.model
    statuses = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert statuses == ["Baru", "Ditolak"]          # unchanged rows hidden
    assert "OPD 'XYZ' tidak terdaftar" in model.index(1, 4).data()
    assert not dialog.apply_button.isEnabled() and "ditolak" in dialog.problem.text()
    dialog.filter.setCurrentIndex(1)
    assert model.rowCount() > 2
    dialog.filter.setCurrentIndex(0)
    assert model.setData(model.index(1, EXCLUDE_COLUMN), Qt.Checked.value, Qt.CheckStateRole)
    assert model.index(1, 0).data() == "Dikecualikan" and dialog.apply_button.isEnabled()
    with qtbot.waitSignal(context.data_changed, timeout=20000):
        qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    assert db.execute("SELECT name FROM goal WHERE code = 'T2'").fetchone()[0] == "Tujuan kedua"
    assert dialog.infos and "1 baris baru" in dialog.infos[0]


class _Window(QMainWindow):
    def __init__(self, context):
        super().__init__()
        self.context = context
        self.menus = {}
        self.messages = []

    def menu(self, title):
        return self.menus.setdefault(title, QMenu(title, self))

    def status(self, message):
        self.messages.append(message)


def test_feature_adds_the_menus_and_hides_imports_from_viewers(qtbot, context):
    from kinerja_desktop.ui.reports import feature

    window = _Window(context)
    qtbot.addWidget(window)
    feature.install(window)
    assert set(window.menus) == {"Data induk", "reports"}
    assert window.report_actions["import"].isVisible()
    assert window.menus["reports"].actions() == [window.report_actions["report"], window.report_actions["rpjmd"]]
    context.set_user(VIEWER)
    assert not window.report_actions["import"].isVisible()
    assert not window.report_actions["mapping"].isVisible()
    context.set_user(PLANNER)
    assert window.report_actions["mapping"].isVisible()
    dialog = feature.report_dialog(window)
    assert isinstance(dialog, ReportDialog)
    dialog.close()
