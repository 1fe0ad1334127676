from decimal import Decimal

import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.domain.workflow import WorkflowError
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.services.workflow import (
    allowed_actions, change_status, history, submission_warnings,
)
from tests.fixtures import ADMIN, OPERATOR_A, OPERATOR_B, PLANNER, VIEWER


def state(db):
    return (db.execute("SELECT * FROM workflow").fetchall(), db.execute("SELECT * FROM workflow_log").fetchall())


def fill(db, quarter=3):
    save_quarter(db, OPERATOR_A, 1, 2026, quarter, [ValueChange(3, quarter, Decimal(100))])


def test_full_path_with_log(db):
    fill(db)
    assert change_status(db, OPERATOR_A, 1, 2026, 3, "submitted") == "draft"
    change_status(db, PLANNER, 1, 2026, 3, "verified")
    change_status(db, PLANNER, 1, 2026, 3, "locked")
    change_status(db, ADMIN, 1, 2026, 3, "verified", "salah ketik di K1.1")
    log = history(db, 1, 2026, 3)
    assert [(e.old_status, e.new_status, e.by_user) for e in log] == [
        ("draft", "submitted", "opa"), ("submitted", "verified", "perencana"),
        ("verified", "locked", "perencana"), ("locked", "verified", "admin")]
    assert log[-1].reason == "salah ketik di K1.1"
    assert db.execute("SELECT status, changed_by FROM workflow").fetchone() == ("verified", "admin")


@pytest.mark.parametrize("setup, user, new, reason, message", [
    ([], OPERATOR_A, "submitted", "", "Belum ada realisasi"),
    (["fill"], OPERATOR_B, "submitted", "", "sendiri"),
    (["fill"], VIEWER, "submitted", "", "Peninjau"),
    (["fill"], OPERATOR_A, "verified", "", "tidak dapat diubah"),
    (["fill", "submit"], OPERATOR_A, "verified", "", "Operator"),
    (["fill", "submit"], PLANNER, "draft", "  ", "alasan"),
    (["fill", "submit", "verify", "lock"], PLANNER, "verified", "buka", "Perencana"),
    (["fill", "submit", "verify", "lock"], ADMIN, "verified", "", "alasan"),
    (["fill", "submit"], OPERATOR_A, "submitted", "", "sudah berstatus"),
])
def test_refusals_write_nothing(db, setup, user, new, reason, message):
    steps = {"fill": lambda: fill(db), "submit": lambda: change_status(db, OPERATOR_A, 1, 2026, 3, "submitted"),
             "verify": lambda: change_status(db, PLANNER, 1, 2026, 3, "verified"),
             "lock": lambda: change_status(db, PLANNER, 1, 2026, 3, "locked")}
    for step in setup:
        steps[step]()
    before = state(db)
    with pytest.raises(WorkflowError, match=message):
        change_status(db, user, 1, 2026, 3, new, reason)
    assert state(db) == before


def test_unknown_quarter_agency_or_status_is_refused(db):
    with pytest.raises(WorkflowError, match="Triwulan 5"):
        change_status(db, ADMIN, 1, 2026, 5, "submitted")
    with pytest.raises(WorkflowError, match="tidak ada"):
        change_status(db, ADMIN, 99, 2026, 1, "submitted")
    with pytest.raises(WorkflowError, match="tidak dikenal"):
        change_status(db, ADMIN, 1, 2026, 1, "selesai")


def test_operator_cannot_submit_with_unsaved_draft(db):
    from kinerja_desktop.services.entry import write_draft
    fill(db)
    write_draft(db, "opa", 1, 2026, 3, [(1, "value", "70")])
    with pytest.raises(WorkflowError, match="belum disimpan"):
        change_status(db, OPERATOR_A, 1, 2026, 3, "submitted")


def test_submission_warns_about_missing_indicators(db):
    fill(db)
    assert submission_warnings(db, 1, 2026, 3) == ["3 dari 4 indikator belum diisi untuk triwulan ini."]


def test_allowed_actions_per_role(db):
    assert [a[0] for a in allowed_actions(OPERATOR_A, "draft", 1)] == ["submit"]
    assert allowed_actions(OPERATOR_A, "draft", 2) == []
    assert [a[0] for a in allowed_actions(PLANNER, "submitted", 1)] == ["verify", "return"]
    assert [a[0] for a in allowed_actions(PLANNER, "locked", 1)] == []
    assert [a[0] for a in allowed_actions(ADMIN, "locked", 1)] == ["unlock"]
    assert allowed_actions(VIEWER, "draft", 1) == []
