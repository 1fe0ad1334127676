"""Issue 13 point 2: a new plan period made from the old one, indicators carried with a link
(services/new_period.py), and every refusal leaving the database as it was."""
from __future__ import annotations

import pytest

from kinerja_desktop.services.integrity import check_tampering
from kinerja_desktop.services.new_period import (
    CarryItem, NewPeriodRefused, NewPeriodRequest, create_new_period, preview_lines, preview_new_period,
)
from kinerja_desktop.services.plan_edit import retire_indicator
from kinerja_desktop.store.repositories import load_indicators, load_nodes, load_plan
from tests.fixtures import ADMIN, PLANNER

NEXT = NewPeriodRequest("RPJMD 2025-2029", 2025, 2029, previous_id=1)


def snapshot(db) -> dict:
    tables = ("plan", "rating_band", "goal", "objective", "program", "activity", "sub_activity", "indicator",
              "indicator_link", "target", "end_target", "audit_log", "seal")
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_iku_carried_into_the_next_period(db):
    result = create_new_period(db, ADMIN, NEXT)
    plan = load_plan(db, result.plan_id)
    assert (plan.name, plan.kind, plan.previous_id, plan.start_year, plan.end_year) == \
        ("RPJMD 2025-2029", "RPJMD", 1, 2025, 2029)
    assert plan.bands == load_plan(db, 1).bands and plan.region_name == "Kabupaten Contoh"
    # goals and objectives kept (the IKU hang there), programs not
    assert [(n.node_type, n.code) for n in load_nodes(db, plan_id=plan.id)] == [("goal", "T1"), ("objective", "S1.1")]
    new = load_indicators(db, plan_id=plan.id)
    assert [i.code for i in new] == ["S1.1.1", "T1.1"]
    assert sorted(result.carried) == [1, 2]
    links = db.execute("SELECT old_id, new_id, reason, change_note, linked_by FROM indicator_link ORDER BY old_id").fetchall()
    assert links == [(1, result.carried[1], "Dilanjutkan ke periode baru", "", "admin"),
                     (2, result.carried[2], "Dilanjutkan ke periode baru", "", "admin")]
    # no target of the new years unless given; the old period untouched, nothing retired
    assert db.execute("SELECT count(*) FROM target WHERE indicator_id IN (?, ?)", list(result.carried.values())).fetchone()[0] == 0
    assert [i.code for i in load_indicators(db, plan_id=1)] == ["B1.1", "K1.1", "P1.1", "S1.1.1", "T1.1"]
    assert sorted(o.code for o in result.preview.ended) == ["B1.1", "K1.1", "P1.1"]
    audit = db.execute("SELECT entity, source, indicator_id FROM audit_log ORDER BY id").fetchall()
    assert ("plan", "admin", None) in audit and ("plan", "admin", result.carried[1]) in audit
    assert check_tampering(db).clean


def test_carry_all_copies_the_whole_structure_with_changes_and_targets(db):
    items = tuple(CarryItem(i) for i in (2, 3, 4, 5)) + (
        CarryItem(1, reason="Tetap IKU", change_note="Satuan diubah dari poin menjadi indeks", unit="indeks",
                  targets={2025: "71,5", 2026: "72"}, end_target="74", baseline="70.25", baseline_year=2024),)
    result = create_new_period(db, ADMIN, NewPeriodRequest("RPJMD 2025-2029", 2025, 2029, previous_id=1,
                                                         keep="all", items=items))
    nodes = load_nodes(db, plan_id=result.plan_id)
    assert sorted(n.node_type for n in nodes) == ["activity", "goal", "objective", "program", "program", "sub_activity"]
    new = {i.code: i for i in load_indicators(db, plan_id=result.plan_id)}
    assert len(new) == 5 and new["T1.1"].unit == "indeks" and str(new["T1.1"].baseline) == "70.25"
    assert new["P1.1"].node_id != 1   # hangs on the new period's copy of program 1.02.02
    assert db.execute("SELECT year, value FROM target WHERE indicator_id = ? ORDER BY year",
                      [new["T1.1"].id]).fetchall() == [(2025, "71.5"), (2026, "72")]
    assert db.execute("SELECT value FROM end_target WHERE indicator_id = ?", [new["T1.1"].id]).fetchone() == ("74",)
    assert db.execute("SELECT change_note FROM indicator_link WHERE old_id = 1").fetchone() == \
        ("Satuan diubah dari poin menjadi indeks",)
    assert check_tampering(db).clean


def test_preview_lines_say_what_would_be_made(db):
    before = snapshot(db)
    text = "\n".join(preview_lines(preview_new_period(db, NEXT)))
    assert "Periode baru: RPJMD 2025-2029 (RPJMD, 2025-2029)" in text
    assert "Indikator dibawa: 2" in text and "+ T1.1 Indeks contoh" in text
    assert "- P1.1 Jumlah layanan" in text
    assert snapshot(db) == before


@pytest.mark.parametrize("request_, words", [
    (NewPeriodRequest("RPJMD Baru", 2021, 2025, previous_id=1), "mulai pada tahun yang sama"),
    (NewPeriodRequest("RPD 2022-2023", 2022, 2023, kind="RPD", previous_id=1), "seluruhnya berada di dalam"),
    (NewPeriodRequest("RPJMD 2020-2028", 2020, 2028, previous_id=None, carry="none"), "mencakup seluruh"),
    (NewPeriodRequest("RPJMD 2029-2025", 2029, 2025, previous_id=1), "sebelum tahun mulainya"),
    (NewPeriodRequest("RPJMD 2025-2029", 2025, 2029, previous_id=9), "Periode asal 9 tidak ada"),
    (NewPeriodRequest("RPJMD 2021-2026", 2027, 2031, previous_id=1), "sudah dipakai"),
    (NewPeriodRequest("", 2027, 2031, previous_id=1), "Nama periode wajib diisi"),
    (NewPeriodRequest("X", 2027, 2031, kind="RKPD", previous_id=1), "RPJMD atau RPD"),
    (NewPeriodRequest("X", 2027, 2031, previous_id=1, carry="all", keep="objective"), "melekat pada program"),
    (NewPeriodRequest("X", 2027, 2031, previous_id=1, items=(CarryItem(1), CarryItem(1))), "lebih dari sekali"),
    (NewPeriodRequest("X", 2027, 2031, previous_id=1, items=(CarryItem(77),)), "id 77 tidak ada"),
    (NewPeriodRequest("X", 2027, 2031, previous_id=1, items=(CarryItem(1, targets={2026: "5"}),)), "di luar periode"),
    (NewPeriodRequest("X", 2027, 2031, previous_id=1, items=(CarryItem(1, targets={2027: "lima"}),)), "Target T1.1 2027"),
    (NewPeriodRequest("X", 2027, 2031, previous_id=1, items=(CarryItem(1, reason=" "),)), "Alasan membawa"),
])
def test_refusals_write_nothing(db, request_, words):
    before = snapshot(db)
    with pytest.raises(NewPeriodRefused, match=words):
        create_new_period(db, ADMIN, request_)
    assert snapshot(db) == before


def test_retired_or_already_linked_indicators_are_not_carried(db):
    retire_indicator(db, ADMIN, 2)
    before = snapshot(db)
    with pytest.raises(NewPeriodRefused, match="S1.1.1 .*dipensiunkan"):
        create_new_period(db, ADMIN, NewPeriodRequest("X", 2025, 2029, previous_id=1, items=(CarryItem(2),)))
    assert snapshot(db) == before
    # the IKU choice leaves a retired indicator out by itself
    first = create_new_period(db, ADMIN, NEXT)
    assert sorted(first.carried) == [1]
    # an indicator already carried cannot be carried again, nor can one of another period
    before = snapshot(db)
    with pytest.raises(NewPeriodRefused, match="sudah dibawa ke periode lain"):
        create_new_period(db, ADMIN, NewPeriodRequest("RPD 2030", 2030, 2030, kind="RPD", previous_id=1,
                                                      items=(CarryItem(1),)))
    with pytest.raises(NewPeriodRefused, match="bukan indikator periode asal"):
        create_new_period(db, ADMIN, NewPeriodRequest("RPD 2030", 2030, 2030, kind="RPD", previous_id=1,
                                                      items=(CarryItem(first.carried[1]),)))
    assert snapshot(db) == before


def test_only_an_administrator_creates_a_period(db):
    before = snapshot(db)
    with pytest.raises(NewPeriodRefused, match="Hanya administrator"):
        create_new_period(db, PLANNER, NEXT)
    assert snapshot(db) == before


def test_an_empty_period_without_previous(db):
    result = create_new_period(db, ADMIN, NewPeriodRequest("RPD 2027-2028", 2027, 2028, kind="RPD", carry="none"))
    plan = load_plan(db, result.plan_id)
    assert (plan.kind, plan.previous_id, load_nodes(db, plan_id=plan.id)) == ("RPD", None, [])
    assert check_tampering(db).clean


def test_targets_of_a_carried_indicator_are_set_for_the_new_periods_years(db):
    from kinerja_desktop.services.plan_edit import PlanEditRefused
    from kinerja_desktop.services.plan_indicator import save_targets

    new_id = create_new_period(db, ADMIN, NEXT).carried[1]
    assert save_targets(db, ADMIN, new_id, {(2027, 0): "72,5", (2029, 0): "74"}, end_target="74") == 3
    with pytest.raises(PlanEditRefused, match="Tahun 2024 di luar periode rencana 2025-2029"):
        save_targets(db, ADMIN, new_id, {(2024, 0): "70"})
    with pytest.raises(PlanEditRefused, match="Tahun 2027 di luar periode rencana 2021-2026"):
        save_targets(db, ADMIN, 1, {(2027, 0): "70"})
