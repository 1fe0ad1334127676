from decimal import Decimal

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.admin.audit_history import AuditHistoryDialog
from kinerja_desktop.ui.entry.entry_page import EntryPage
from tests.fixtures import OPERATOR_A, OPERATOR_B, PLANNER


def rows(dialog):
    m = dialog.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_changes_saved_in_the_form_are_listed(qtbot, db):
    context = AppContext(db, repo.load_plan(db), OPERATOR_A, 2026, 2)
    entry = EntryPage(context)
    qtbot.addWidget(entry)
    entry.confirm = lambda title, text: True   # 1.234 is more than 3x TW I: a warning to confirm
    entry.model.set_cells([(2, "value", "1.234"), (2, "note", "banjir")])
    assert entry.save()
    dialog = AuditHistoryDialog(context, indicator_id=3, agency_id=1)
    qtbot.addWidget(dialog)
    listed = rows(dialog)
    assert [r[1:4] + r[6:10] for r in listed] == [
        ["opa", "DINA", "P1.1", "Catatan", "(kosong)", "banjir", "Formulir"],
        ["opa", "DINA", "P1.1", "Realisasi", "95", "1.234", "Formulir"]]
    assert listed[0][5] == "TW II 2026"
    assert "Riwayat P1.1" in dialog.heading.text()


def test_filters_by_user_and_text_and_operator_sees_only_own_opd(qtbot, db):
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(1, 3, Decimal(70))])
    save_quarter(db, OPERATOR_B, 2, 2026, 3, [ValueChange(5, 3, Decimal(4))])
    planner = AppContext(db, repo.load_plan(db), PLANNER, 2026, 3)
    dialog = AuditHistoryDialog(planner)
    qtbot.addWidget(dialog)
    assert len(rows(dialog)) == 2
    dialog.user_box.setCurrentIndex(dialog.user_box.findData("opb"))
    assert [r[3] for r in rows(dialog)] == ["B1.1"]
    dialog.user_box.setCurrentIndex(0)
    dialog.text.setText("indeks")
    dialog.refresh()
    assert [r[3] for r in rows(dialog)] == ["T1.1"]
    dialog.text.setText("tidak ada yang cocok")
    dialog.refresh()
    assert dialog.stack.currentWidget() is dialog.empty
    operator = AppContext(db, repo.load_plan(db), OPERATOR_A, 2026, 3)
    own = AuditHistoryDialog(operator)
    qtbot.addWidget(own)
    assert own.agency.count() == 1 and {r[2] for r in rows(own)} == {"DINA"}
