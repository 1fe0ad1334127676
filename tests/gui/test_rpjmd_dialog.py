"""The RPJMD evaluation from the Laporan menu: the action opens the dialog, which writes the file
off the GUI thread and opens its folder, or says why not."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.reports.rpjmd_dialog import RpjmdDialog
from tests.fixtures import PLANNER
from tests.rpjmd_data import history_plan


@pytest.fixture
def context():
    db, _ = history_plan()
    yield AppContext(db, repo.load_plan(db), PLANNER, 2026, 2)
    db.close()


def _dialog(qtbot, context, folder):
    dialog = RpjmdDialog(context, folder=folder)
    dialog.opened, dialog.errors = [], []
    dialog.open_folder = dialog.opened.append
    dialog.show_error = dialog.errors.append
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.mark.parametrize("pdf", [False, True])
def test_dialog_writes_the_form_and_opens_its_folder(qtbot, context, tmp_path, pdf):
    dialog = _dialog(qtbot, context, tmp_path)
    assert dialog.period.text() == "RPJMD 2021-2026"
    dialog.programs.setChecked(True)
    if pdf:
        dialog.pdf.setChecked(True)
    qtbot.mouseClick(dialog.make_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    expected = tmp_path / f"evaluasi_rpjmd_2021_2026_program.{'pdf' if pdf else 'xlsx'}"
    assert dialog.written == expected and expected.stat().st_size > 1000
    assert dialog.opened == [tmp_path] and dialog.errors == []
    assert "Laporan dibuat" in dialog.message.text()


def test_dialog_says_when_the_folder_is_missing(qtbot, context, tmp_path):
    dialog = _dialog(qtbot, context, tmp_path / "tidak-ada")
    qtbot.mouseClick(dialog.make_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors), timeout=20000)
    assert "tidak ada. Buat foldernya dulu" in dialog.errors[0]
    assert dialog.make_button.isEnabled() and dialog.opened == []


def test_laporan_menu_opens_it(qtbot, context, monkeypatch):
    from PySide6.QtWidgets import QMainWindow

    from kinerja_desktop.ui.reports import feature

    window = QMainWindow()
    qtbot.addWidget(window)
    window.context = context
    menus = {}
    window.menu = lambda name: menus.setdefault(name, window.menuBar().addMenu(name))
    feature.install(window)
    action = window.report_actions["rpjmd"]
    assert action.text() == "Evaluasi RPJMD (antar tahun)…" and action in menus["reports"].actions()
    opened = []
    monkeypatch.setattr(RpjmdDialog, "open", lambda self: opened.append(self))
    action.trigger()
    assert len(opened) == 1 and opened[0].context is context
