from decimal import Decimal

from kinerja_desktop.services.entry import (
    agencies_for, clear_draft, load_draft, load_sheet, write_draft,
)
from tests.fixtures import ADMIN, OPERATOR_A, PLANNER, VIEWER


def test_sheet_holds_the_active_indicators_of_the_opd_with_iku_first(db):
    sheet = load_sheet(db, 1, 2026, 3)
    codes = [r.indicator.code for r in sheet.rows]
    assert codes == ["T1.1", "S1.1.1", "P1.1", "K1.1"]
    assert sheet.status == "draft"
    row = sheet.rows[2]
    assert row.values.annual_target == Decimal(400)
    assert row.values.realisations == {1: Decimal(90), 2: Decimal(95)}


def test_budget_cell_only_on_nodes_with_a_budget(db):
    sheet = load_sheet(db, 1, 2026, 1)
    budgets = {r.indicator.code: r.budget for r in sheet.rows}
    assert budgets["T1.1"] is None and budgets["S1.1.1"] is None
    assert budgets["P1.1"].pagu == Decimal(1500000000)
    assert budgets["K1.1"].pagu == Decimal("750000000.50")


def test_budget_cell_only_on_the_first_indicator_of_a_node(db):
    db.execute("INSERT INTO indicator (id, code, name, unit, polarity, aggregation, agency_id, node_type, program_id) "
               "VALUES (9, 'P1.2', 'Kedua', 'unit', 'positive', 'sum', 1, 'program', 1)")
    sheet = load_sheet(db, 1, 2026, 1)
    by_code = {r.indicator.code: r for r in sheet.rows}
    assert by_code["P1.1"].budget is not None and by_code["P1.2"].budget is None


def test_retired_indicators_are_left_out(db):
    db.execute("UPDATE indicator SET retired_at = '2026-01-01' WHERE id = 4")
    assert [r.indicator.id for r in load_sheet(db, 1, 2026, 1).rows] == [1, 2, 3]


def test_editable_by_follows_role_status_and_ownership(db):
    sheet = load_sheet(db, 1, 2026, 3)
    assert sheet.editable_by(OPERATOR_A) == (True, "")
    assert sheet.editable_by(PLANNER)[0]
    assert not sheet.editable_by(VIEWER)[0]
    db.execute("INSERT INTO workflow VALUES (1, 2026, 3, 'locked', '2026-10-01T10:00:00+08:00', 'admin')")
    locked = load_sheet(db, 1, 2026, 3)
    editable, reason = locked.editable_by(ADMIN)
    assert not editable and "dikunci" in reason


def test_operator_only_gets_their_own_opd(db):
    assert [a.code for a in agencies_for(db, OPERATOR_A)] == ["DINA"]
    assert [a.code for a in agencies_for(db, PLANNER)] == ["DINA", "DINB"]


def test_draft_roundtrip_and_clear(db):
    assert load_draft(db, "opa", 1, 2026, 3) is None
    write_draft(db, "opa", 1, 2026, 3, [(3, "value", "12"), (3, "note", "hujan")])
    write_draft(db, "opa", 1, 2026, 3, [(3, "value", "12,5x")])
    draft = load_draft(db, "opa", 1, 2026, 3)
    assert draft.cells == {(3, "value"): "12,5x", (3, "note"): "hujan"}
    assert draft.saved_at_datetime.year >= 2026
    assert load_draft(db, "other", 1, 2026, 3) is None
    write_draft(db, "opa", 1, 2026, 3, [(3, "note", None)])
    assert load_draft(db, "opa", 1, 2026, 3).cells == {(3, "value"): "12,5x"}
    clear_draft(db, "opa", 1, 2026, 3)
    assert load_draft(db, "opa", 1, 2026, 3) is None
