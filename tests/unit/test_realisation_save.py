from decimal import Decimal

import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.realisations import SaveRefused, SpendingChange, save_quarter
from tests.fixtures import ADMIN, OPERATOR_A, OPERATOR_B, VIEWER


def dump(db):
    return [list(db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()) for t in ("realisation", "spending", "audit_log")]


def test_save_writes_values_and_audit(db):
    result = save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("110"), "lancar"), ValueChange(1, 3, Decimal("69.75"))])
    assert result.values_changed == 2 and result.notes_changed == 1
    assert db.execute("SELECT value, note FROM realisation WHERE indicator_id=3 AND year=2026 AND quarter=3").fetchone() == ("110", "lancar")
    audit = db.execute("SELECT entity, old_value, new_value, by_user, source FROM audit_log ORDER BY id").fetchall()
    assert ("realisation", None, "110", "opa", "form") in audit
    assert ("note", "", "lancar", "opa", "form") in audit


def test_saving_the_same_value_again_changes_nothing(db):
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("110"))])
    before = dump(db)
    result = save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("110.00"))])
    assert result.total == 0 and dump(db) == before


def test_clearing_a_value_deletes_it(db):
    save_quarter(db, OPERATOR_A, 1, 2026, 2, [ValueChange(3, 2, None)])
    assert db.execute("SELECT count(*) FROM realisation WHERE indicator_id=3 AND quarter=2").fetchone()[0] == 0


@pytest.mark.parametrize(
    "user, agency, changes, message",
    [
        (OPERATOR_B, 1, [ValueChange(3, 3, Decimal(1))], "sendiri"),
        (OPERATOR_A, 1, [ValueChange(5, 3, Decimal(1))], "bukan milik"),
        (OPERATOR_A, 1, [ValueChange(3, 3, Decimal(-4))], "negatif"),
        (VIEWER, 1, [ValueChange(3, 3, Decimal(1))], "Peninjau"),
        (OPERATOR_A, 1, [ValueChange(999, 3, Decimal(1))], "tidak ada"),
    ],
)
def test_refused_saves_change_nothing(db, user, agency, changes, message):
    before = dump(db)
    with pytest.raises(SaveRefused, match=message):
        save_quarter(db, user, agency, 2026, 3, [ValueChange(1, 3, Decimal(70))] + changes)
    assert dump(db) == before


def test_locked_quarter_is_refused_even_for_the_administrator(db):
    db.execute("INSERT INTO workflow VALUES (1, 2026, 3, 'locked', 'x', 'admin')")
    before = dump(db)
    with pytest.raises(SaveRefused, match="dikunci"):
        save_quarter(db, ADMIN, 1, 2026, 3, [ValueChange(3, 3, Decimal(1))])
    assert dump(db) == before


def test_quarter_out_of_range_is_refused(db):
    with pytest.raises(SaveRefused, match="Triwulan 5"):
        save_quarter(db, ADMIN, 1, 2026, 5, [])


def test_spending_is_saved_exactly_and_audited(db):
    save_quarter(db, OPERATOR_A, 1, 2026, 1, [], [SpendingChange(2, 1, Decimal("187500000.25"))])
    assert db.execute("SELECT spent FROM spending WHERE budget_id=2").fetchone()[0] == "187500000.25"
    with pytest.raises(SaveRefused):
        save_quarter(db, OPERATOR_B, 2, 2026, 1, [], [SpendingChange(2, 1, Decimal("1"))])
