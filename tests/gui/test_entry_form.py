"""The entry form driven with the keyboard, as an operator would."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.entry.entry_page import EntryPage
from tests.fixtures import ADMIN, OPERATOR_A, PLANNER


def realisation(db, indicator_id, quarter=3):
    row = db.execute("SELECT value, note FROM realisation WHERE indicator_id = ? AND year = 2026 AND quarter = ?",
                     [indicator_id, quarter]).fetchone()
    return row


@pytest.fixture
def make_page(qtbot, db):
    def make(user=OPERATOR_A, quarter=3, answers=None):
        context = AppContext(db, repo.load_plan(db), user, 2026, quarter)
        answers = answers if answers is not None else {}
        original = EntryPage.confirm

        class Page(EntryPage):
            def __init__(self, context):
                self.asked = []
                super().__init__(context)

            def confirm(self, title, text):
                self.asked.append(text)
                return answers.get("confirm", True)

            def show_error(self, text):
                self.asked.append(text)

            def ask_unsaved(self):
                return answers.get("unsaved", "cancel")

            def ask_reason(self, title):
                return answers.get("reason", "alasan uji")

        page = Page(context)
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        page.view.setFocus()
        return page
    return make


def go(page, code, key="value"):
    m = page.model
    row = next(r for r, s in enumerate(m.states) if s.row.indicator.code == code)
    page.view.setCurrentIndex(m.index(row, m.column_of(key)))
    return row


def open_editor(page):
    return next((e for e in page.view.findChildren(QLineEdit) if e.isVisible()), None)


def type_cell(qtbot, page, text, finish=Qt.Key_Return):
    qtbot.keyClick(page.view, text[0])
    editor = open_editor(page)
    assert editor is not None
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, finish)
    QApplication.processEvents()   # the delegate commits Enter through a queued call


def test_typing_with_the_keyboard_and_saving(qtbot, make_page, db):
    page = make_page()
    go(page, "T1.1")
    type_cell(qtbot, page, "69,8")
    # Enter moved down one row, to S1.1.1: type there too
    assert page.model.states[page.view.currentIndex().row()].row.indicator.code == "S1.1.1"
    type_cell(qtbot, page, "4,5")
    row = go(page, "P1.1")
    type_cell(qtbot, page, "110", finish=Qt.Key_Tab)
    # Tab jumps to the next input cell of the row (the budget cell), skipping read-only columns
    assert page.view.currentIndex().column() == page.model.column_of("spent")
    assert page.model.data(page.model.index(row, page.model.column_of("achievement"))) == "98,33"
    assert page.model.data(page.model.index(row, page.model.column_of("rating"))) == "Sangat Tinggi"
    qtbot.keyClick(page.view, Qt.Key_S, Qt.ControlModifier)
    assert realisation(db, 1) == ("69.8", "")
    assert realisation(db, 2) == ("4.5", "")
    assert realisation(db, 3) == ("110", "")
    assert not page.model.is_dirty()
    assert db.execute("SELECT count(*) FROM entry_draft").fetchone()[0] == 0


def test_typing_replaces_the_cell_content(qtbot, make_page, db):
    db.execute("INSERT INTO realisation VALUES (1, 2026, 3, '50', '', '', 'x', 'x')")
    page = make_page()
    row = go(page, "T1.1")
    type_cell(qtbot, page, "71")
    assert page.model.text_at(row, "value") == "71"


def test_text_is_rejected_cell_marked_save_refused(qtbot, make_page, db):
    page = make_page()
    row = go(page, "P1.1")
    type_cell(qtbot, page, "seratus")
    check = page.model.states[row].checks["value"]
    assert check.level == "error" and "bukan angka" in check.message
    index = page.model.index(row, page.model.column_of("value"))
    assert index.data(Qt.BackgroundRole).color().name() == "#fde2e1"
    assert "bukan angka" in index.data(Qt.ToolTipRole)
    before = db.execute("SELECT * FROM realisation ORDER BY 1, 2, 3").fetchall()
    assert page.save() is False
    assert any("kesalahan" in a for a in page.asked)
    assert db.execute("SELECT * FROM realisation ORDER BY 1, 2, 3").fetchall() == before


def test_warning_is_confirmed_then_saved(qtbot, make_page, db):
    page = make_page()
    go(page, "K1.1")
    type_cell(qtbot, page, "101")
    assert page.save() is True
    assert any("melebihi 100" in a for a in page.asked)
    assert realisation(db, 4)[0] == "101"


def test_warning_declined_saves_nothing(qtbot, make_page, db):
    page = make_page(answers={"confirm": False})
    go(page, "K1.1")
    type_cell(qtbot, page, "101")
    assert page.save() is False
    assert realisation(db, 4) is None and page.model.is_dirty()


def test_paste_of_a_column_from_excel_fills_down(qtbot, make_page, db):
    page = make_page()
    go(page, "T1.1")
    QApplication.clipboard().setText("70,1\r\n4,9\r\n120\r\n88\r\n77\r\n")
    qtbot.keyClick(page.view, Qt.Key_V, Qt.ControlModifier)
    m = page.model
    assert [m.text_at(r, "value") for r in range(4)] == ["70,1", "4,9", "120", "88"]
    assert "dilewati" in page.cell_message.text()
    page.save()
    assert [realisation(db, i)[0] for i in (1, 2, 3, 4)] == ["70.1", "4.9", "120", "88"]


def test_paste_with_tabs_fills_value_and_budget(qtbot, make_page, db):
    page = make_page()
    go(page, "P1.1")
    QApplication.clipboard().setText("120\t250.000.000\n")
    qtbot.keyClick(page.view, Qt.Key_V, Qt.ControlModifier)
    assert page.model.changes()[0][0].value == Decimal(120)
    # the second part landed in the next column (achievement, read-only): skipped, not written anywhere
    assert page.model.changes()[1] == []


def test_undo_and_redo(qtbot, make_page, db):
    page = make_page()
    row = go(page, "T1.1")
    type_cell(qtbot, page, "69")
    go(page, "T1.1")
    type_cell(qtbot, page, "72")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier)
    assert page.model.text_at(row, "value") == "69"
    qtbot.keyClick(page.view, Qt.Key_Z, Qt.ControlModifier)
    assert page.model.text_at(row, "value") == "" and not page.model.is_dirty()
    qtbot.keyClick(page.view, Qt.Key_Y, Qt.ControlModifier)
    assert page.model.text_at(row, "value") == "69"


def test_delete_clears_the_selected_cells(qtbot, make_page, db):
    db.execute("INSERT INTO realisation VALUES (1, 2026, 3, '50', '', '', 'x', 'x')")
    page = make_page()
    row = go(page, "T1.1")
    qtbot.keyClick(page.view, Qt.Key_Delete)
    assert page.model.text_at(row, "value") == ""
    page.save()
    assert realisation(db, 1) is None


def test_locked_quarter_cannot_be_edited(qtbot, make_page, db):
    db.execute("INSERT INTO workflow VALUES (1, 2026, 3, 'locked', '2026-10-20T09:00:00+08:00', 'admin')")
    page = make_page(user=ADMIN)
    assert page.banner.isVisible() and "dikunci" in page.banner.text()
    row = go(page, "T1.1")
    qtbot.keyClick(page.view, "7")
    assert open_editor(page) is None
    assert not page.model.setData(page.model.index(row, page.model.column_of("value")), "7")
    assert not page.save_action.isEnabled()
    assert page.workflow_actions["unlock"].isVisible()


def test_operator_cannot_see_or_choose_another_opd(qtbot, make_page):
    page = make_page(user=OPERATOR_A)
    assert page.agency_combo.count() == 1 and page.agency_combo.itemData(0) == 1
    assert not page.agency_combo.isEnabled()
    assert {s.row.indicator.agency_id for s in page.model.states} == {1}
    assert page.open_for(2, 2026, 3) is False
    planner = make_page(user=PLANNER)
    assert planner.agency_combo.count() == 2 and planner.open_for(2, 2026, 3)
    assert [s.row.indicator.code for s in planner.model.states] == ["B1.1"]


def test_draft_survives_a_crash_and_is_restored(qtbot, make_page, db):
    page = make_page()
    row = go(page, "T1.1")
    type_cell(qtbot, page, "69,9")
    go(page, "T1.1", "note")
    type_cell(qtbot, page, "survei ulang")
    # the "crash": the widget is dropped without saving or asking
    page.model.draft_sink = None
    page.hide()
    assert realisation(db, 1) is None
    again = make_page()
    assert any("belum disimpan dari" in a for a in again.asked)
    assert again.model.text_at(row, "value") == "69,9"
    assert again.model.text_at(row, "note") == "survei ulang"
    again.save()
    assert realisation(db, 1) == ("69.9", "survei ulang")
    assert db.execute("SELECT count(*) FROM entry_draft").fetchone()[0] == 0


def test_declining_the_draft_drops_it(qtbot, make_page, db):
    page = make_page()
    go(page, "T1.1")
    type_cell(qtbot, page, "69,9")
    page.hide()
    again = make_page(answers={"confirm": False})
    assert again.model.text_at(0, "value") == ""
    assert db.execute("SELECT count(*) FROM entry_draft").fetchone()[0] == 0


def test_switching_period_with_unsaved_changes_asks(qtbot, make_page, db):
    page = make_page(answers={"unsaved": "cancel"})
    go(page, "T1.1")
    type_cell(qtbot, page, "69")
    page.context.set_period(2026, 4)
    assert (page.context.year, page.context.quarter) == (2026, 3) and page.model.is_dirty()
    saver = make_page(answers={"unsaved": "save"})
    saver.context.set_period(2026, 4)
    assert saver.quarter == 4 and realisation(db, 1)[0] == "69"


def test_submit_then_planner_verifies_and_locks(qtbot, make_page, db):
    page = make_page()
    go(page, "T1.1")
    type_cell(qtbot, page, "69")
    assert page.run_action("submit")        # asks to save first (confirmed), warns about 3 empty
    assert repo.workflow_status(db, 1, 2026, 3) == "submitted"
    assert not page.model.editable and "Diajukan" in page.banner.text()
    planner = make_page(user=PLANNER)
    assert planner.workflow_actions["verify"].isVisible() and planner.workflow_actions["return"].isVisible()
    announced = []
    planner.context.data_changed.connect(announced.append)
    assert planner.run_action("verify") and planner.run_action("lock")
    assert repo.workflow_status(db, 1, 2026, 3) == "locked" and len(announced) == 2   # each step announced
    assert not planner.workflow_actions["unlock"].isVisible()


def test_after_saving_the_table_matches_a_fresh_load(qtbot, make_page, db):
    page = make_page()
    page.model.set_cells([(0, "value", "69,5"), (2, "value", "120"), (2, "spent", "Rp 250.000.000"),
                          (2, "note", "lancar"), (3, "value", "")])
    assert page.save()
    fresh = make_page()
    m1, m2 = page.model, fresh.model
    for r in range(m1.rowCount()):
        for c in range(m1.columnCount()):
            assert m1.index(r, c).data() == m2.index(r, c).data(), (r, m1.columns[c].key)
    assert not m1.is_dirty() and page.undo_stack.count() == 0
    assert db.execute("SELECT spent FROM spending WHERE budget_id = 1 AND quarter = 3").fetchone() == ("250000000",)


def test_changes_made_elsewhere_show_up(qtbot, make_page, db):
    from decimal import Decimal as D

    from kinerja_desktop.domain.entities import ValueChange
    from kinerja_desktop.services.realisations import save_quarter
    page = make_page()
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, D("68.25"))], source="correction", source_ref="rapat")
    page.context.announce_change({1})
    assert page.model.text_at(0, "value") == "68,25"
    page.hide()
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, D("68.5"))], source="correction", source_ref="rapat")
    page.context.announce_change({1})
    assert page.model.text_at(0, "value") == "68,25"   # hidden: reloads when shown
    page.page_shown()
    assert page.model.text_at(0, "value") == "68,50"
