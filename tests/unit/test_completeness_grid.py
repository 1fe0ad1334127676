from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.completeness import completeness, deadline, summary
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.services.workflow import change_status
from tests.fixtures import OPERATOR_A


def test_counts_filled_out_of_active_indicators(db):
    rows = {r.code: r for r in completeness(db, 2026, today=date(2026, 5, 1))}
    a, b = rows["DINA"], rows["DINB"]
    assert (a.quarters[1].filled, a.quarters[1].total) == (3, 4)
    assert (a.quarters[2].filled, a.quarters[2].total) == (3, 4)
    assert (b.quarters[1].filled, b.quarters[1].total) == (1, 1)
    assert a.quarters[3].filled == 0


def test_counts_change_after_a_save_and_status_follows(db):
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(1, 3, Decimal(70)), ValueChange(4, 3, Decimal(88))])
    change_status(db, OPERATOR_A, 1, 2026, 3, "submitted")
    cell = {r.code: r for r in completeness(db, 2026)}["DINA"].quarters[3]
    assert (cell.filled, cell.status, cell.changed_by) == (2, "submitted", "opa")


def test_late_means_deadline_passed_and_still_draft(db):
    assert deadline(2026, 1) == date(2026, 4, 15)
    assert deadline(2026, 4) == date(2027, 1, 15)
    rows = {r.code: r for r in completeness(db, 2026, today=date(2026, 4, 16))}
    assert rows["DINA"].quarters[1].late and not rows["DINA"].quarters[2].late
    assert not {r.code: r for r in completeness(db, 2026, today=date(2026, 4, 15))}["DINA"].quarters[1].late
    save_quarter(db, OPERATOR_A, 1, 2026, 1, [ValueChange(2, 1, Decimal(5))])
    change_status(db, OPERATOR_A, 1, 2026, 1, "submitted")
    rows = {r.code: r for r in completeness(db, 2026, today=date(2026, 4, 16))}
    assert not rows["DINA"].quarters[1].late
    counts = summary(list(rows.values()), 1)
    assert counts["submitted"] == 1 and counts["draft"] == 1 and counts["late"] == 1


def test_retired_indicators_do_not_count(db):
    db.execute("UPDATE indicator SET retired_at = '2026-01-01' WHERE id = 1")
    cell = {r.code: r for r in completeness(db, 2026)}["DINA"].quarters[1]
    assert (cell.filled, cell.total) == (2, 3)
