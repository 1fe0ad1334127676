"""The check of seals and log chains runs in a worker when the window opens; its findings show
in a banner above the pages (issue 10: each of the six edits is named there too)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from kinerja_desktop.store.database import open_database
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.main_window import MainWindow
from kinerja_desktop.ui.shared.tamper_banner import install_tamper_banner
from tests.fixtures import PLANNER
from tests.tamper_edits import SIX_EDITS


@pytest.fixture
def run_check(qtbot, tmp_path):
    def _run(path):
        db = open_database(path)
        context = AppContext(db, load_plan(db), PLANNER, 2026, 4, db_path=path)
        window = MainWindow(context, QSettings(str(tmp_path / "k.ini"), QSettings.IniFormat))
        qtbot.addWidget(window)
        banner = install_tamper_banner(window)
        done = []
        window.tamper_task.signals.finished.connect(lambda _r: done.append(True))
        window.tamper_task.signals.failed.connect(lambda _e: done.append(False))
        qtbot.waitUntil(lambda: bool(done), timeout=60000)
        qtbot.wait(10)   # the banner's own slot runs on the same delivery
        window.resize(1366, 768)
        return window, banner, db
    return _run


@pytest.mark.parametrize("edit", list(SIX_EDITS))
def test_each_of_the_six_edits_is_named_in_the_banner(demo_copy, run_check, edit):
    expected = SIX_EDITS[edit](demo_copy)
    window, banner, db = run_check(demo_copy)
    assert not banner.isHidden()
    assert "Perubahan di luar program terdeteksi" in banner.title.text()
    assert expected in banner.details.text()
    db.close()


def test_a_clean_database_shows_no_banner(demo_copy, run_check):
    window, banner, db = run_check(demo_copy)
    assert banner.isHidden() and banner.findings == []
    db.close()


def test_seals_of_another_installation_give_a_note_not_an_alarm(demo_copy, run_check, monkeypatch, tmp_path):
    monkeypatch.setenv("KINERJA_KEY_DIR", str(tmp_path / "komputer-lain"))
    window, banner, db = run_check(demo_copy)
    assert not banner.isHidden() and banner.findings == []
    assert "tidak dapat diperiksa di komputer ini" in banner.title.text()
    assert "disegel oleh instalasi lain" in banner.details.text()
    db.close()
