"""The issue's whole 'done when' path as a person walks it, in the real main window on the demo
database: the login dialog, the DINKES operator typing TW IV 2026 with the keyboard (typing,
Enter, Tab, paste of a column, Delete, undo, the rating following the keystrokes), saving and
submitting; switching user through the menu to the planner, who sees the completeness grid
change, opens the form from it, verifies and locks; the history of the value from the tree's
detail panel and from the form; the administrator unlocking with a reason, adding an indicator
with targets, retiring one with values and adding an operator; the viewer editing nothing."""
from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidgetItem

from kinerja_desktop.services.audit import value_history
from kinerja_desktop.services.users import authenticate
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database
from kinerja_desktop.ui.app import DEMO_HINT, build_window
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.admin.audit_history import AuditHistoryDialog
from kinerja_desktop.ui.startup.login import LoginDialog
from kinerja_desktop.ui.admin.plan_editor import PlanEditorDialog
from kinerja_desktop.ui.admin.users import NewUserDialog, UsersDialog

pytestmark = pytest.mark.timeout(300)


def handle_modal(kind, act):
    """Answer the next modal dialog of type `kind` with `act(dialog)` (it must close it)."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog not in seen:
            seen.append(dialog)
            act(dialog)
    timer = QTimer(interval=50, timeout=poll)
    timer.start()
    return timer, seen


def keyboard_target(view):
    """Where a person's keys land: the open cell editor, else the table (the offscreen platform
    of the test run gives no window the keyboard focus, so the test says where)."""
    return next((e for e in view.findChildren(QLineEdit) if e.isVisible()), view)


def type_keys(qtbot, view, text: str) -> None:
    for ch in text:
        qtbot.keyClicks(keyboard_target(view), ch)


def press(qtbot, view, key, modifier=Qt.NoModifier) -> None:
    qtbot.keyClick(keyboard_target(view), key, modifier)
    QApplication.processEvents()   # the delegate commits Enter/Tab through a queued call


def log_in(qtbot, dialog: LoginDialog, username: str, password: str) -> None:
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key_Return)


def switch_user(qtbot, window, username: str, password: str) -> None:
    def fill(dialog):
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.ok_button.click()
    timer, seen = handle_modal(LoginDialog, fill)
    window.switch_user_action.trigger()   # File > Switch user: modal, returns once logged in
    timer.stop()
    assert seen and window.context.user.username == username


def test_a_person_walks_the_whole_quarter(qtbot, demo_copy, tmp_path):
    db = open_database(demo_copy)
    plan = repo.load_plan(db)

    # --- the login dialog: a wrong password is refused with a message, then dinkes logs in
    login = LoginDialog(db, plan, demo_hint=DEMO_HINT)
    qtbot.addWidget(login)
    login.show()
    assert "dinkes / dinkes123" in login.hint.text()
    log_in(qtbot, login, "dinkes", "salah-sekali")
    qtbot.waitUntil(lambda: login.ok_button.isEnabled() and "salah" in login.message.text(), timeout=30000)
    assert login.user is None
    login.password.clear()
    qtbot.keyClicks(login.password, "dinkes123")
    with qtbot.waitSignal(login.accepted, timeout=30000):
        qtbot.keyClick(login.password, Qt.Key_Return)
    operator = login.user
    assert operator.username == "dinkes"

    context = AppContext(db, plan, operator, 2026, 4, db_path=demo_copy)
    window = build_window(context, QSettings(str(tmp_path / "k.ini"), QSettings.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == ("Kinerja Desktop — Kabupaten Soppeng · RPJMD 2021-2026 · 2026 TW IV · "
                                    "Operator Dinas Kesehatan")
    shown = [window.navigator.item(r).data(Qt.UserRole) for r in range(window.navigator.count())
             if not window.navigator.item(r).isHidden()]
    assert "dashboard" not in shown and {"tree", "entry", "completeness"} <= set(shown)

    # --- the operator types TW IV with the keyboard
    assert window.show_page("entry")
    page = window.page("entry")
    page.confirm = lambda title, text: True           # 'Tetap ajukan?' and the warning question
    page.ask_unsaved = lambda: "discard"               # a failing step must not hang on 'Simpan?'
    m, view = page.model, page.view
    assert page.agency_combo.count() == 1 and m.editable and m.rowCount() > 50
    value, rating, achievement = m.column_of("value"), m.column_of("rating"), m.column_of("achievement")
    view.setFocus()
    view.setCurrentIndex(m.index(0, value))
    before = m.index(0, achievement).data()
    type_keys(qtbot, view, "7")                               # typing opens the cell, the rating follows
    assert m.index(0, achievement).data() != before
    type_keys(qtbot, view, "0")
    assert m.index(0, achievement).data() == "92,31" and m.index(0, rating).data() == "Sangat Tinggi"
    press(qtbot, view, Qt.Key_Return)                         # Enter: stored, one row down
    assert m.text_at(0, "value") == "70"
    assert view.currentIndex().row() == 1
    type_keys(qtbot, view, "6,1")
    press(qtbot, view, Qt.Key_Tab)                            # Tab: to the next input cell (the note)
    assert m.columns[view.currentIndex().column()].key == "note"
    type_keys(qtbot, view, "Persalinan di faskes naik")
    press(qtbot, view, Qt.Key_Return)
    assert m.text_at(1, "note") == "Persalinan di faskes naik"
    view.setCurrentIndex(m.index(2, value))
    type_keys(qtbot, view, "abc")                             # text is refused, says why, blocks saving
    press(qtbot, view, Qt.Key_Return)
    assert "bukan angka" in m.states[2].checks["value"].message and m.index(2, achievement).data() == "?"
    view.setCurrentIndex(m.index(2, value))
    QApplication.clipboard().setText("13,5\n81\n97\n60\n")   # a column copied from Excel
    press(qtbot, view, Qt.Key_V, Qt.ControlModifier)
    assert [m.text_at(r, "value") for r in range(2, 6)] == ["13,5", "81", "97", "60"]
    assert not m.problems()[0]
    view.setCurrentIndex(m.index(5, value))
    press(qtbot, view, Qt.Key_Delete)
    assert m.text_at(5, "value") == ""
    press(qtbot, view, Qt.Key_Z, Qt.ControlModifier)          # undo brings it back
    assert m.text_at(5, "value") == "60"
    press(qtbot, view, Qt.Key_S, Qt.ControlModifier)
    assert not m.is_dirty() and "Tersimpan" in page.cell_message.text()
    page.workflow_actions["submit"].trigger()
    assert repo.workflow_status(db, operator.agency_id, 2026, 4) == "submitted"
    assert not m.editable and "Diajukan" in window.quarter_label.text()
    indicator = m.states[0].row.indicator

    # --- the planner: the grid shows the change, a double click opens the form; verify, lock
    switch_user(qtbot, window, "perencana", "perencana123")
    assert window.windowTitle().endswith("· 2026 TW IV · Perencana Bappelitbangda")
    assert window.show_page("completeness")
    grid = getattr(window.page("completeness"), "page", None) or window.page("completeness")
    row = next(r for r in range(grid.proxy.rowCount()) if grid.proxy.index(r, 0).data() == "DINKES")
    cell = grid.proxy.index(row, 5)
    assert cell.data() == f"6/{m.rowCount()} · Diajukan"
    grid.table.scrollTo(cell)
    centre = grid.table.visualRect(cell).center()
    qtbot.mouseClick(grid.table.viewport(), Qt.LeftButton, pos=centre)
    qtbot.mouseDClick(grid.table.viewport(), Qt.LeftButton, pos=centre)
    assert window.current_page_key() == "entry" and page.subtitle.text() == "Dinas Kesehatan · TW IV 2026"
    page.workflow_actions["verify"].trigger()
    page.workflow_actions["lock"].trigger()
    assert repo.workflow_status(db, operator.agency_id, 2026, 4) == "locked"
    assert not m.editable and "dikunci" in page.banner.text()
    window.show_page("completeness")
    assert grid.proxy.index(row, 5).data().endswith("Dikunci")

    # --- the history of the value: from the tree's detail panel and from the form
    histories = []

    def read_history(dialog):
        histories.append([dialog.model.index(r, 8).data() for r in range(dialog.model.rowCount())])
        dialog.reject()
    timer, _ = handle_modal(AuditHistoryDialog, read_history)
    window.show_page("tree")
    tree = window.page("tree")
    qtbot.waitUntil(lambda: tree.model.tree is not None and not tree._loading, timeout=30000)
    tree.search.setText(indicator.code)
    tree.apply_filter()
    assert tree.select_key(("indicator", indicator.id))
    tree.set_detail_visible(True)
    assert tree.detail.indicator_id == indicator.id
    tree.detail.history_button.click()
    window.show_page("entry")
    view.setCurrentIndex(m.index(0, value))
    page.history_action.trigger()
    timer.stop()
    assert histories == [["70"], ["70"]]

    # --- the administrator: unlock with a reason, plan maintenance, a new operator
    switch_user(qtbot, window, "admin", "admin123")
    assert [k for k, a in page.workflow_actions.items() if a.isVisible()] == ["unlock"]
    page.ask_reason = lambda title: "Koreksi angka kematian ibu"
    page.workflow_actions["unlock"].trigger()
    assert m.editable and repo.workflow_status(db, operator.agency_id, 2026, 4) != "locked"
    log = db.execute("SELECT reason FROM workflow_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert log == "Koreksi angka kematian ibu"

    program = db.execute("SELECT p.id FROM program p JOIN agency a ON a.id = p.agency_id "
                         "WHERE a.code = 'DINKES' ORDER BY p.code LIMIT 1").fetchone()[0]
    outcome = {}

    def maintain(dialog):
        dialog.errors = []
        dialog.show_error = dialog.errors.append
        dialog._select(("program", program))
        dialog.new_indicator()
        dialog.ind_code.setText("1.02.02-99")
        dialog.ind_name.setText("Persentase desa siaga aktif")
        dialog.ind_unit.setText("persen")
        for r, _year in enumerate(dialog.years):
            dialog.targets.setItem(r, 0, QTableWidgetItem(str(50 + 5 * r)))
        dialog.end_target.setText("75")
        outcome["added"] = dialog.save_indicator()
        dialog.indicators.selectRow(0)
        outcome["retired"] = dialog.indicator_id
        dialog.delete_indicator()                   # it has values: refused, retire instead
        dialog.toggle_retired()
        outcome["errors"] = list(dialog.errors)
        dialog.accept()
    admin_menu = window.menu("Administrasi")
    plan_action = next(a for a in admin_menu.actions() if "Rencana" in a.text())
    timer, _ = handle_modal(PlanEditorDialog, maintain)
    plan_action.trigger()
    timer.stop()
    assert outcome["added"] and len(outcome["errors"]) == 1 and "pensiunkan" in outcome["errors"][0]
    new_id = db.execute("SELECT id FROM indicator WHERE code = '1.02.02-99'").fetchone()[0]
    assert db.execute("SELECT count(*) FROM target WHERE indicator_id = ? AND quarter = 0", [new_id]).fetchone()[0] == 6
    assert db.execute("SELECT retired_at IS NOT NULL FROM indicator WHERE id = ?", [outcome["retired"]]).fetchone()[0]
    codes = {s.row.indicator.id for s in m.states}
    assert new_id in codes and outcome["retired"] not in codes   # the form follows the plan

    agency = db.execute("SELECT id FROM agency WHERE code = 'DINSOS'").fetchone()[0]

    def add_operator(dialog):
        def fill(form):
            form.username.setText("dinsos")
            form.full_name.setText("Operator Dinas Sosial")
            form.agency.setCurrentIndex(form.agency.findData(agency))
            form.password.setText("dinsos-2026")
            form.repeat.setText("dinsos-2026")
            form.buttons.button(form.buttons.StandardButton.Ok).click()
        inner, _ = handle_modal(NewUserDialog, fill)
        dialog.add_user()
        inner.stop()
        dialog.accept()
    users_action = next(a for a in admin_menu.actions() if "Pengguna" in a.text())
    timer, _ = handle_modal(UsersDialog, add_operator)
    users_action.trigger()
    timer.stop()
    assert authenticate(db, "dinsos", "dinsos-2026", sleep=lambda s: None).agency_id == agency

    # --- the viewer: every page readable, nothing editable
    switch_user(qtbot, window, "tamu", "tamu123")
    window.show_page("entry")
    assert not m.editable and not page.save_action.isEnabled()
    assert not any(a.isVisible() for a in page.workflow_actions.values())
    assert not window.menu("Administrasi").menuAction().isVisible()
    view.setCurrentIndex(m.index(0, value))
    view.setFocus()
    type_keys(qtbot, view, "5")
    assert not any(e.isVisible() for e in view.findChildren(QLineEdit)) and m.text_at(0, "value") == "70"
    history = value_history(db, indicator.id, 2026, 4)
    assert [(e.by_user, e.source) for e in history] == [("dinkes", "form")]
    window.close()
    db.close()
