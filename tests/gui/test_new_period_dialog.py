"""Administrasi > Periode rencana baru…: the dialog lists the IKU of the source period, checks and
creates the period off the GUI thread, shows a refusal in place (nothing written), and the new
period's years join the toolbar's choice."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from kinerja_desktop.store.database import open_database
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.admin.new_period_dialog import COL_CARRY, COL_CODE, COL_NOTE, NewPeriodDialog
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.shared.period_selector import PeriodSelector
from tests.fixtures import ADMIN


@pytest.fixture
def context(people_db_path):
    db = open_database(people_db_path)
    yield AppContext(db, load_plan(db), ADMIN, 2026, 4, db_path=people_db_path)
    db.close()


@pytest.fixture
def dialog(qtbot, context):
    d = NewPeriodDialog(context)
    qtbot.addWidget(d)
    qtbot.waitUntil(lambda: d.table.rowCount() == 2, timeout=10000)
    return d


def row_of(dialog, code):
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, COL_CODE).text() == code)


def test_lists_the_iku_and_suggests_the_next_period(dialog):
    assert (dialog.start.value(), dialog.end.value(), dialog.name.text()) == (2027, 2031, "RPJMD 2027-2031")
    # goals first, as the plan document lists them
    assert [dialog.table.item(r, COL_CODE).text() for r in range(2)] == ["T1.1", "S1.1.1"]
    assert "3 indikator program" in dialog.others.text()
    dialog.start.setValue(2025)
    dialog.end.setValue(2029)
    assert dialog.name.text() == "RPJMD 2025-2029"
    dialog.name.setText("RPJMD Soppeng 2025-2029")
    dialog.name.textEdited.emit("RPJMD Soppeng 2025-2029")
    dialog.start.setValue(2026)
    assert dialog.name.text() == "RPJMD Soppeng 2025-2029"     # a typed name is not replaced
    dialog.carry.setCurrentIndex(dialog.carry.findData("all"))
    assert dialog.keep.currentData() == "all" and "Ditambah 3 indikator" in dialog.others.text()


def test_check_then_create_carries_the_chosen_iku(qtbot, dialog, context, people_db_path):
    selector = PeriodSelector(context)
    qtbot.addWidget(selector)
    dialog.start.setValue(2025)
    dialog.end.setValue(2029)
    dialog.table.item(row_of(dialog, "S1.1.1"), COL_CARRY).setCheckState(Qt.Unchecked)
    dialog.table.setItem(row_of(dialog, "T1.1"), COL_NOTE, QTableWidgetItem("Metode BPS baru"))
    dialog.check()
    qtbot.waitUntil(lambda: bool(dialog.preview_text), timeout=10000)
    assert "Indikator dibawa: 1" in dialog.preview_text and "perubahan: Metode BPS baru" in dialog.preview_text
    announced = []
    context.data_changed.connect(announced.append)
    dialog.create()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    new_id = dialog.result.carried[1]
    assert announced == [frozenset({new_id})]
    assert [p.name for p in context.plans] == ["RPJMD 2021-2026", "RPJMD 2025-2029"]
    assert selector.year_combo.findData(2029) >= 0 and selector.plan_combo.isVisibleTo(selector)
    db = open_database(people_db_path, read_only=True)
    try:
        assert db.execute("SELECT old_id, change_note, linked_by FROM indicator_link").fetchall() == \
            [(1, "Metode BPS baru", "admin")]
    finally:
        db.close()


def test_a_refusal_is_shown_and_nothing_is_written(qtbot, dialog, people_db_path):
    dialog.start.setValue(2021)
    dialog.end.setValue(2025)
    dialog.create()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10000)
    assert "tahun yang sama" in dialog.message.text() and dialog.result is None
    assert dialog.create_button.isEnabled()
    db = open_database(people_db_path, read_only=True)
    try:
        assert db.execute("SELECT count(*) FROM plan").fetchone() == (1,)
    finally:
        db.close()
