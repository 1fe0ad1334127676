import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.admin.plan_editor import PlanEditorDialog
from tests.fixtures import ADMIN


@pytest.fixture
def dialog(qtbot, db):
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 3)
    d = PlanEditorDialog(context)
    d.errors = []
    d.show_error = d.errors.append
    d.confirm = lambda title, text: True
    qtbot.addWidget(d)
    d.announced = []
    context.data_changed.connect(d.announced.append)
    return d


def test_select_program_and_add_an_indicator_with_targets(dialog, db):
    dialog._select(("program", 1))
    assert dialog.node == ("program", 1) and dialog.node_code.text() == "1.02.02"
    assert dialog.indicators.rowCount() == 1 and dialog.ind_code.text() == "P1.1"
    assert dialog.targets.item(0, 0) is not None
    dialog.new_indicator()
    dialog.ind_code.setText("P1.5")
    dialog.ind_name.setText("Jumlah kader terlatih")
    dialog.ind_unit.setText("orang")
    dialog.ind_decimals.setValue(0)
    row = dialog.years.index(2026)
    dialog.targets.setItem(row, 0, QTableWidgetItem("1.200"))
    dialog.end_target.setText("1.500")
    assert dialog.save_indicator(), dialog.errors
    new = db.execute("SELECT id, agency_id FROM indicator WHERE code = 'P1.5'").fetchone()
    assert new[1] == 1
    assert db.execute("SELECT value FROM target WHERE indicator_id = ? AND year = 2026 AND quarter = 0",
                      [new[0]]).fetchone() == ("1200",)
    assert dialog.indicators.rowCount() == 2 and dialog.announced


def test_a_bad_target_keeps_everything_unchanged(dialog, db):
    dialog._select(("program", 1))
    before = db.execute("SELECT * FROM indicator").fetchall(), db.execute("SELECT * FROM target").fetchall()
    dialog.ind_name.setText("Nama baru")
    dialog.targets.setItem(dialog.years.index(2026), 1, QTableWidgetItem("delapan puluh"))
    assert not dialog.save_indicator()
    assert "Target P1.1 2026 TW 1" in dialog.errors[0] and dialog.announced == []
    assert (db.execute("SELECT * FROM indicator").fetchall(), db.execute("SELECT * FROM target").fetchall()) == before


def test_indicator_with_values_cannot_be_deleted_but_retired(dialog, db):
    dialog._select(("program", 1))
    dialog.delete_indicator()
    assert "pensiunkan" in dialog.errors[0] and dialog.announced == []
    dialog.toggle_retired()
    assert repo.load_indicator(db, 3).retired and dialog.announced == [{3}]
    assert dialog.indicators.item(0, 3).text() == "Pensiun"


def test_add_a_child_node(dialog, db):
    dialog._select(("program", 1))
    dialog.ask_code_name = lambda title: ("1.02.02.2.03", "Kegiatan baru")
    dialog.add_child()
    assert dialog.node[0] == "activity" and dialog.node_name.text() == "Kegiatan baru"
    dialog.ask_code_name = lambda title: ("1.02.02.2.03", "Duplikat")
    dialog._select(("program", 1))
    dialog.add_child()
    assert "sudah dipakai" in dialog.errors[-1]


def test_retire_a_program_and_bring_it_back(dialog, db, qtbot):
    told = []
    dialog.inform = lambda title, text: told.append(text)
    dialog._select(("program", 1))
    assert dialog.retire_node_button.text() == "Pensiunkan" and dialog.add_child_button.isEnabled()
    qtbot.mouseClick(dialog.retire_node_button, Qt.LeftButton)
    assert db.execute("SELECT retired_at IS NOT NULL FROM program WHERE id = 1").fetchone() == (1,)
    assert db.execute("SELECT count(*) FROM indicator WHERE retired_at IS NULL").fetchone() == (3,)   # P1.1, K1.1 out
    assert "2 indikator" in told[-1] and dialog.announced
    item = dialog.tree.currentIndex()
    assert "(pensiun)" in item.data() and dialog.node == ("program", 1)        # still listed, marked
    assert dialog.retire_node_button.text() == "Aktifkan"
    assert not dialog.add_child_button.isEnabled() and not dialog.new_ind_button.isEnabled()
    qtbot.mouseClick(dialog.retire_node_button, Qt.LeftButton)
    assert db.execute("SELECT count(*) FROM indicator WHERE retired_at IS NULL").fetchone() == (5,)
    assert "(pensiun)" not in dialog.tree.currentIndex().data() and not dialog.errors
