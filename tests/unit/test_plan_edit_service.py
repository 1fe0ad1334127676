import json
from decimal import Decimal

import pytest

from kinerja_desktop.services.plan_edit import (
    IndicatorForm, PlanEditRefused, delete_indicator, delete_node, retire_indicator, save_indicator, save_node,
)
from kinerja_desktop.services.plan_indicator import save_targets
from kinerja_desktop.store import repositories as repo
from tests.fixtures import ADMIN, PLANNER


def snapshot(db):
    tables = ("goal", "objective", "program", "activity", "sub_activity", "indicator", "target", "end_target",
              "audit_log")
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def form(**changes):
    base = dict(code="P1.9", name="Jumlah posyandu aktif", unit="unit", polarity="positif", aggregation="terakhir",
                decimals="0", agency_code="dina", node_type="program", node_id=1, baseline="1.250",
                baseline_year="2020")
    base.update(changes)
    return IndicatorForm(**base)


def test_add_indicator_with_targets_is_audited(db):
    new_id = save_indicator(db, ADMIN, form())
    ind = repo.load_indicator(db, new_id)
    assert (ind.code, ind.polarity, ind.aggregation, ind.agency_id, ind.baseline) == ("P1.9", "positive", "last", 1,
                                                                                     Decimal(1250))
    changed = save_targets(db, ADMIN, new_id, {(2026, 0): "1.300", (2026, 4): "1.300", (2025, 0): ""}, "1.500")
    assert changed == 3
    assert repo.load_year_values(db, 2026, [new_id])[new_id].annual_target == Decimal(1300)
    audit = db.execute("SELECT entity, source, old_value, new_value, year, quarter FROM audit_log "
                       "WHERE indicator_id = ? ORDER BY id", [new_id]).fetchall()
    assert audit[0][0:3] == ("plan", "master", None) and json.loads(audit[0][3])["code"] == "P1.9"
    assert ("target", "master", None, "1300", 2026, 0) in audit
    assert save_targets(db, ADMIN, new_id, {(2026, 0): "1300"}, "1500") == 0   # same values: nothing


def test_edit_indicator_records_old_and_new(db):
    save_indicator(db, ADMIN, form(code="T1.1", name="Indeks contoh baru", unit="poin", decimals="2",
                                   node_type="goal", baseline="", baseline_year=""), indicator_id=1)
    old, new = db.execute("SELECT old_value, new_value FROM audit_log WHERE indicator_id = 1").fetchone()
    assert json.loads(old)["name"] == "Indeks contoh" and json.loads(new)["name"] == "Indeks contoh baru"


@pytest.mark.parametrize("changes, message", [
    (dict(code=" "), "Kode indikator wajib"),
    (dict(code="T1.1"), "sudah dipakai"),
    (dict(agency_code="XYZ"), "tidak dikenal"),
    (dict(agency_code="DINB"), "pemilik"),
    (dict(polarity="naik"), "Polaritas"),
    (dict(aggregation="median"), "agregasi"),
    (dict(decimals="7"), "0 sampai 6"),
    (dict(decimals="dua"), "bilangan"),
    (dict(baseline="banyak"), "Baseline"),
    (dict(baseline="-5"), "negatif"),
    (dict(baseline_year="20"), "Tahun baseline"),
    (dict(node_id=99), "tidak ada"),
])
def test_bad_indicator_input_is_refused_and_changes_nothing(db, changes, message):
    before = snapshot(db)
    with pytest.raises(PlanEditRefused, match=message):
        save_indicator(db, ADMIN, form(**changes))
    assert snapshot(db) == before


@pytest.mark.parametrize("targets, end, message", [
    ({(2026, 0): "1.2.3"}, None, "Target P1.1 2026"),
    ({(2026, 0): "-4"}, None, "negatif"),
    ({(2030, 0): "4"}, None, "di luar periode"),
    ({(2026, 0): "5"}, "x", "Target akhir"),
])
def test_bad_targets_are_refused_whole(db, targets, end, message):
    before = snapshot(db)
    with pytest.raises(PlanEditRefused, match=message):
        save_targets(db, ADMIN, 3, {(2026, 1): "90", **targets}, end)
    assert snapshot(db) == before


def test_only_the_administrator_edits_the_plan(db):
    before = snapshot(db)
    with pytest.raises(PlanEditRefused, match="administrator"):
        save_indicator(db, PLANNER, form())
    with pytest.raises(PlanEditRefused, match="administrator"):
        save_targets(db, PLANNER, 3, {(2026, 0): "1"})
    assert snapshot(db) == before


def test_indicator_with_values_is_retired_not_deleted(db):
    before = snapshot(db)
    with pytest.raises(PlanEditRefused, match="pensiunkan"):
        delete_indicator(db, ADMIN, 3)
    assert snapshot(db) == before
    retire_indicator(db, ADMIN, 3)
    assert 3 not in [i.id for i in repo.load_indicators(db, 1)]
    assert repo.load_indicator(db, 3).retired
    retire_indicator(db, ADMIN, 3, retired=False)
    assert not repo.load_indicator(db, 3).retired


def test_indicator_without_values_may_be_deleted(db):
    new_id = save_indicator(db, ADMIN, form())
    save_targets(db, ADMIN, new_id, {(2026, 0): "10"}, "12")
    delete_indicator(db, ADMIN, new_id)
    assert repo.load_indicator(db, new_id) is None
    assert db.execute("SELECT count(*) FROM target WHERE indicator_id = ?", [new_id]).fetchone()[0] == 0


def test_structure_nodes_add_edit_delete_and_refusals(db):
    goal = save_node(db, ADMIN, "goal", "T2", "Tujuan dua", parent_id=1)
    objective = save_node(db, ADMIN, "objective", "S2.1", "Sasaran dua", parent_id=goal)
    program = save_node(db, ADMIN, "program", "1.02.03", "Program baru", parent_id=objective, agency_id=1)
    save_node(db, ADMIN, "program", "1.02.03", "Program baru (ubah)", node_id=program)
    assert db.execute("SELECT name, agency_id FROM program WHERE id = ?", [program]).fetchone() == ("Program baru (ubah)", 1)
    before = snapshot(db)
    for args, message in [
        (("goal", "T1", "Duplikat", 1), "sudah dipakai"),
        (("objective", "S9", "", goal), "wajib"),
        (("objective", "S9", "Tanpa induk", 99), "Induk"),
        (("program", "9.99", "Tanpa OPD", objective), "OPD"),
    ]:
        with pytest.raises(PlanEditRefused, match=message):
            save_node(db, ADMIN, args[0], args[1], args[2], parent_id=args[3])
    with pytest.raises(PlanEditRefused, match="masih mempunyai"):
        delete_node(db, ADMIN, "goal", goal)
    with pytest.raises(PlanEditRefused, match="sub kegiatan"):
        delete_node(db, ADMIN, "activity", 1)
    assert snapshot(db) == before
    indicator = save_indicator(db, ADMIN, form(node_id=program))
    with pytest.raises(PlanEditRefused, match="indikator"):
        delete_node(db, ADMIN, "program", program)
    delete_indicator(db, ADMIN, indicator)
    delete_node(db, ADMIN, "program", program)
    delete_node(db, ADMIN, "objective", objective)
    delete_node(db, ADMIN, "goal", goal)
    assert db.execute("SELECT count(*) FROM goal").fetchone()[0] == 1


def active(db, table):
    return [r[0] for r in db.execute(f"SELECT id FROM {table} WHERE retired_at IS NULL ORDER BY id")]


def test_retiring_a_program_retires_everything_under_it_and_only_that(db):
    from kinerja_desktop.services.plan_edit import retire_node
    from kinerja_desktop.ui.tree import tree_data as td

    retire_indicator(db, ADMIN, 4, True)                       # K1.1 retired on its own first
    assert retire_node(db, ADMIN, "program", 1) == 1           # P1.1 (K1.1 was already retired)
    assert active(db, "program") == [2] and active(db, "activity") == [] and active(db, "sub_activity") == []
    assert active(db, "indicator") == [1, 2, 5]
    assert [r.code for r in td.load_tree(db, 2026, 4).rows] == ["T1", "T1.1", "S1.1", "S1.1.1", "1.03.10", "B1.1"]
    assert db.execute("SELECT count(*) FROM realisation WHERE indicator_id IN (3, 4)").fetchone()[0] > 0   # kept
    node_row = db.execute("SELECT new_value, agency_id FROM audit_log WHERE indicator_id IS NULL "
                          "ORDER BY id DESC LIMIT 1").fetchone()
    assert json.loads(node_row[0])["code"] == "1.02.02" and json.loads(node_row[0])["indikator"] == 1
    assert node_row[1] == 1                                    # the program's OPD: found when filtering by OPD
    per_indicator = db.execute("SELECT indicator_id, agency_id, new_value FROM audit_log WHERE indicator_id IS NOT NULL "
                               "AND entity = 'plan' ORDER BY id DESC LIMIT 1").fetchone()
    assert per_indicator[:2] == (3, 1) and "Program 1.02.02" in per_indicator[2]   # each indicator's own trail
    assert retire_node(db, ADMIN, "program", 1, retired=False) == 1
    assert active(db, "program") == [1, 2] and active(db, "activity") == [1] and active(db, "sub_activity") == [1]
    assert active(db, "indicator") == [1, 2, 3, 5]             # K1.1 stays retired: it was retired on its own


def test_a_node_under_a_retired_parent_cannot_come_back_or_get_children(db):
    from kinerja_desktop.services.plan_edit import retire_node

    retire_node(db, ADMIN, "goal", 1)
    assert active(db, "objective") == [] and active(db, "indicator") == []
    before = snapshot(db)
    with pytest.raises(PlanEditRefused, match="aktifkan induknya dulu"):
        retire_node(db, ADMIN, "program", 2, retired=False)
    with pytest.raises(PlanEditRefused, match="dipensiunkan"):
        save_node(db, ADMIN, "program", "1.04.01", "Program C", parent_id=1, agency_id=1)
    with pytest.raises(PlanEditRefused, match="dipensiunkan"):
        save_indicator(db, ADMIN, form(node_id=2, agency_code="dinb"))
    with pytest.raises(PlanEditRefused, match="aktifkan simpulnya dulu"):
        retire_indicator(db, ADMIN, 3, False)                  # its program is retired (with the goal)
    with pytest.raises(PlanEditRefused, match="administrator"):
        retire_node(db, PLANNER, "goal", 1, retired=False)
    assert snapshot(db) == before
    retire_node(db, ADMIN, "goal", 1, retired=False)
    assert active(db, "indicator") == [1, 2, 3, 4, 5]


def test_a_retired_node_and_its_retired_indicator_can_still_be_corrected(db):
    from kinerja_desktop.services.plan_edit import retire_node

    retire_node(db, ADMIN, "goal", 1)
    save_node(db, ADMIN, "program", "1.02.02", "Program A (ejaan diperbaiki)", node_id=1)
    save_indicator(db, ADMIN, form(code="P1.1", name="Jumlah layanan (ejaan)", agency_code="dina"), indicator_id=3)
    assert db.execute("SELECT name FROM program WHERE id = 1").fetchone() == ("Program A (ejaan diperbaiki)",)
    assert db.execute("SELECT name, retired_at IS NOT NULL FROM indicator WHERE id = 3").fetchone() \
        == ("Jumlah layanan (ejaan)", 1)


def test_a_retired_programs_budget_leaves_the_current_figures_with_it(db):
    from kinerja_desktop.services.budget_figures import budget_by_agency
    from kinerja_desktop.services.plan_edit import retire_node

    agencies = repo.load_agencies(db)
    before = {r.agency.code: r.pagu for r in budget_by_agency(db, 2026, agencies)}
    assert before["DINA"] == Decimal("1500000000")              # the program's pagu (its activity's is inside)
    retire_node(db, ADMIN, "program", 1)
    assert "DINA" not in {r.agency.code for r in budget_by_agency(db, 2026, agencies)}
    assert db.execute("SELECT count(*) FROM budget").fetchone()[0] >= 2                  # kept, not deleted


def test_targets_follow_the_indicators_own_period():
    """A next-period indicator takes targets for its own years (2027-2029), not the first period's."""
    from tests.periods import two_periods

    db, _, new_ids = two_periods()
    later = next(iter(new_ids.values()))
    assert save_targets(db, ADMIN, later, {(2028, 0): "12"}) == 1
    assert db.execute("SELECT value FROM target WHERE indicator_id = ? AND year = 2028", [later]).fetchone() == ("12",)
    first = next(iter(new_ids))
    before = snapshot(db)
    with pytest.raises(PlanEditRefused, match="Tahun 2028 di luar periode rencana 2021-2026"):
        save_targets(db, ADMIN, first, {(2028, 0): "12"})
    assert snapshot(db) == before
