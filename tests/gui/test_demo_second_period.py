"""The demo's second period in the window: chosen beside the year, every page opens on it, the
tree's detail panel of a carried IKU shows the first period's years with the boundary, and the
administrator finds Administrasi > Periode rencana baru…."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kinerja_desktop.services.users import authenticate
from kinerja_desktop.store.database import open_database
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.app import build_window
from kinerja_desktop.ui.context import AppContext


@pytest.fixture
def window(qtbot, demo_copy, tmp_path):
    db = open_database(demo_copy)
    context = AppContext(db, load_plan(db), authenticate(db, "admin", "admin123"), 2026, 3, db_path=demo_copy)
    win = build_window(context, QSettings(str(tmp_path / "k.ini"), QSettings.IniFormat))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    QApplication.processEvents()
    db.close()


def settle(qtbot, seconds=1.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        qtbot.wait(50)


def test_every_page_opens_on_the_second_period(qtbot, window):
    context = window.context
    assert [p.name for p in context.plans_of_year(2026)] == ["RPJMD 2021-2026", "RPJMD 2025-2029"]
    assert context.plan.name == "RPJMD 2021-2026"   # the year's default period
    context.set_period(2026, 3, plan_id=2)
    assert context.plan.name == "RPJMD 2025-2029"
    for key in window.page_keys:
        window.show_page(key)
        settle(qtbot, 1.5)
    tree = window.page("tree")
    qtbot.waitUntil(lambda: tree.model.index_of_key(("goal", 7)).isValid(), timeout=30000)
    ipm = context.db.execute("SELECT id FROM indicator WHERE code = 'T2.1' AND plan_id = 2").fetchone()[0]
    window.show_page("tree")
    tree.select_key(("indicator", ipm))
    table = tree.detail.years_table
    rows = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert rows[:4] == ["2021", "2022", "2023", "2024"] and rows[5:] == [str(y) for y in range(2025, 2030)]
    assert "RPJMD 2025-2029" in rows[4]


def test_the_administrator_finds_the_new_period_menu(window):
    texts = {a.text() for a in window.menu("Administrasi").actions()}
    assert "Periode rencana baru…" in texts
