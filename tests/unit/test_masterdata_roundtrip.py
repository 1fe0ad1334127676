"""Master-data workbook: export -> import changes nothing (property test over generated plans),
and a workbook exported from one database builds the same plan in an empty one."""
from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja_desktop.services.masterdata import apply_masterdata, dump_plan, export_masterdata, preview_masterdata
from kinerja_desktop.store.database import create_database, transaction
from kinerja_desktop.services.plan_edit import retire_node
from tests.fixtures import ADMIN, PLANNER

PLAN_TABLES = ("goal", "objective", "program", "activity", "sub_activity", "indicator", "target", "end_target",
               "budget", "audit_log")


def table_dump(db) -> dict[str, list[tuple]]:
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in PLAN_TABLES}


def base_db():
    db = create_database(None)
    with transaction(db):
        db["plan"].insert({"id": 1, "name": "RPJMD 2021-2026", "region_name": "Kabupaten Uji", "start_year": 2021,
                           "end_year": 2026})
        db["agency"].insert_all([{"id": 1, "code": "OPD1", "name": "Dinas Satu"},
                                 {"id": 2, "code": "OPD2", "name": "Dinas Dua"}])
    return db


names = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=25,
).map(lambda s: " ".join(s.split())).filter(bool)
amounts = st.decimals(min_value=-1000, max_value=10**9, places=3, allow_nan=False, allow_infinity=False)


@st.composite
def plans(draw):
    db = base_db()
    nodes = []   # (node_type, id, agency_id)
    with transaction(db):
        for g in range(1, draw(st.integers(1, 2)) + 1):
            db["goal"].insert({"id": g, "plan_id": 1, "code": f"T{g}", "name": draw(names), "position": g})
            nodes.append(("goal", g, None))
            for o in range(1, draw(st.integers(1, 2)) + 1):
                oid = g * 10 + o
                db["objective"].insert({"id": oid, "goal_id": g, "code": f"S{g}.{o}", "name": draw(names),
                                        "position": draw(st.integers(0, 3))})
                nodes.append(("objective", oid, None))
                for p in range(draw(st.integers(0, 2))):
                    pid = oid * 10 + p
                    agency = draw(st.sampled_from([1, 2]))
                    db["program"].insert({"id": pid, "objective_id": oid, "agency_id": agency,
                                          "code": f"1.0{g}.{o}{p}", "name": draw(names)})
                    nodes.append(("program", pid, agency))
                    for a in range(draw(st.integers(0, 2))):
                        aid = pid * 10 + a
                        db["activity"].insert({"id": aid, "program_id": pid, "code": f"1.0{g}.{o}{p}.2.0{a}",
                                               "name": draw(names)})
                        nodes.append(("activity", aid, agency))
                        if draw(st.booleans()):
                            sid = aid * 10
                            db["sub_activity"].insert({"id": sid, "activity_id": aid,
                                                       "code": f"1.0{g}.{o}{p}.2.0{a}.0001", "name": draw(names)})
                            nodes.append(("sub_activity", sid, agency))
        for i in range(1, draw(st.integers(0, 5)) + 1):
            node_type, node_id, agency = draw(st.sampled_from(nodes))
            agency = agency or draw(st.sampled_from([1, 2]))
            db["indicator"].insert({
                "id": i, "code": f"I{i}", "name": draw(names), "unit": draw(st.sampled_from(["persen", "km", "orang"])),
                "polarity": draw(st.sampled_from(["positive", "negative"])),
                "aggregation": draw(st.sampled_from(["sum", "last", "mean"])), "decimals": draw(st.integers(0, 6)),
                "allow_negative": draw(st.integers(0, 1)), "kind": draw(st.sampled_from(["impact", "outcome", "output"])),
                "agency_id": agency, "definition": draw(st.one_of(st.just(""), names)),
                "data_source": draw(st.one_of(st.just(""), names)),
                "baseline": draw(st.one_of(st.none(), amounts.map(lambda d: format(d.normalize(), "f")))),
                "baseline_year": draw(st.one_of(st.none(), st.just(2020))),
                "node_type": node_type, f"{node_type}_id": node_id, "position": i,
            })
            if draw(st.booleans()):
                db["end_target"].insert({"indicator_id": i, "value": format(draw(amounts).normalize(), "f")})
            for year in draw(st.sets(st.integers(2021, 2026), max_size=2)):
                for quarter in draw(st.sets(st.integers(0, 4), min_size=1)):
                    db["target"].insert({"indicator_id": i, "year": year, "quarter": quarter,
                                         "value": format(draw(amounts).normalize(), "f")})
        budget_id = 1
        for node_type, node_id, _ in nodes:
            if node_type in ("program", "activity", "sub_activity") and draw(st.booleans()):
                db["budget"].insert({"id": budget_id, "year": draw(st.integers(2021, 2026)), f"{node_type}_id": node_id,
                                     "pagu": format(abs(draw(amounts)).normalize(), "f")})
                budget_id += 1
    for node_type, node_id, _ in nodes:              # some nodes retired, as plan maintenance leaves them
        if draw(st.integers(0, 4)) == 0:
            retire_node(db, ADMIN, node_type, node_id)
    return db


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_export_then_import_changes_nothing(db):
    with tempfile.TemporaryDirectory() as folder:
        path = export_masterdata(db, Path(folder) / "induk.xlsx")
        before = table_dump(db)
        preview = preview_masterdata(db, path)
        assert not preview.rejected, [r.reasons for r in preview.rejected]
        assert not preview.changes, [(r.sheet, r.row, r.changes) for r in preview.changes]
        result = apply_masterdata(db, preview, PLANNER)
        assert (result.new, result.changed) == (0, 0)
        assert table_dump(db) == before
    db.close()


def _without_ids(dump):
    return {sheet: [{k: v for k, v in row.items() if k != "id"} for row in rows] for sheet, rows in dump.items()}


def test_workbook_builds_the_same_plan_in_an_empty_database(db, tmp_path):
    from kinerja_desktop.services.plan_edit import retire_node
    from tests.fixtures import ADMIN

    with transaction(db):
        db.execute("UPDATE indicator SET definition = 'Jumlah orang dilayani', baseline = '12.5', baseline_year = 2020 "
                   "WHERE id = 3")
    retire_node(db, ADMIN, "program", 2)       # a retired program and its retired indicator travel along
    path = export_masterdata(db, tmp_path / "induk.xlsx")
    empty = create_database(None)
    with transaction(empty):
        empty["plan"].insert(db["plan"].get(1))
        empty["agency"].insert_all(db["agency"].rows)
    preview = preview_masterdata(empty, path)
    assert not preview.rejected and not preview.of("changed")
    assert len(preview.of("new")) == sum(len(rows) for rows in dump_plan(db).values())
    apply_masterdata(empty, preview, PLANNER)
    assert _without_ids(dump_plan(empty)) == _without_ids(dump_plan(db))
    assert empty.execute("SELECT retired_at IS NOT NULL FROM program WHERE code = '1.03.10'").fetchone() == (1,)
    sources = {s for (s,) in empty.execute("SELECT DISTINCT source FROM audit_log")}
    assert sources == {"master"}
    targets = empty.execute("SELECT count(*) FROM audit_log WHERE entity = 'target'").fetchone()[0]
    assert targets == db.execute("SELECT count(*) FROM target").fetchone()[0]
    # Importing the same workbook again: nothing new, nothing changed.
    again = preview_masterdata(empty, path)
    assert not again.changes and not again.rejected


def test_changes_are_previewed_then_applied_with_audit(db, tmp_path):
    import openpyxl

    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Program"]["D2"] = "Program A yang diperbarui"
    target = wb["Target"]
    for row in target.iter_rows(min_row=2):
        if row[1].value == "P1.1":
            row[4].value = "450,5"          # Indonesian text number in the annual target
    wb.save(path)
    preview = preview_masterdata(db, path)
    changed = {(r.sheet, r.label): r.changes for r in preview.of("changed")}
    assert changed[("Program", "DINA / 1.02.02")] == ["Nama program: Program A \u2192 Program A yang diperbarui"]
    assert changed[("Target", "3 / 2026")] == ["Target tahunan: 400 \u2192 450.5"]
    assert db.execute("SELECT name FROM program WHERE id = 1").fetchone()[0] == "Program A"   # preview only
    result = apply_masterdata(db, preview, PLANNER)
    assert (result.new, result.changed) == (0, 2)
    assert db.execute("SELECT name FROM program WHERE id = 1").fetchone()[0] == "Program A yang diperbarui"
    assert db.execute("SELECT value FROM target WHERE indicator_id = 3 AND year = 2026 AND quarter = 0").fetchone()[0] == "450.5"
    audit = db.execute("SELECT entity, old_value, new_value, source, source_ref FROM audit_log ORDER BY id").fetchall()
    assert ("target", "400", "450.5", "master", "induk.xlsx") in audit
    assert any(a[0] == "plan" and "Program A yang diperbarui" in a[2] and a[3] == "master" for a in audit)
    assert Decimal(db.execute("SELECT value FROM target WHERE indicator_id = 3 AND quarter = 1").fetchone()[0]) == 80


def test_a_workbook_without_the_node_retired_column_leaves_retirement_as_it_is(db, tmp_path):
    """Workbooks written before nodes could be retired have no 'Nonaktif sejak' on the node
    sheets: they still import, and they neither retire nor bring back anything."""
    import openpyxl

    from kinerja_desktop.services.plan_edit import retire_node
    from tests.fixtures import ADMIN

    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)
    for sheet in ("Tujuan", "Sasaran", "Program", "Kegiatan", "Sub Kegiatan"):
        ws = wb[sheet]
        column = next(c.column for c in ws[1] if c.value == "Nonaktif sejak")
        ws.delete_cols(column)
    wb.save(path)
    retire_node(db, ADMIN, "program", 1)
    before = table_dump(db)
    preview = preview_masterdata(db, path)
    assert not [r for r in preview.rejected if r.sheet != "Indikator"] and not preview.changes
    # The workbook still has P1.1 and K1.1 active: they would sit active on the retired program.
    assert {r.label: r.reasons[0].split(": ", 1)[1] for r in preview.rejected} == {
        "3": "melekat pada program '1.02.02' yang sudah dipensiunkan; isi 'Nonaktif sejak' atau aktifkan simpulnya "
             "di Data > Rencana dan indikator.",
        "4": "melekat pada kegiatan '1.02.02.2.02' yang sudah dipensiunkan; isi 'Nonaktif sejak' atau aktifkan "
             "simpulnya di Data > Rencana dan indikator."}
    assert table_dump(db) == before


def test_a_workbook_cannot_retire_or_revive_a_node_row_by_row(db, tmp_path):
    """Retiring takes everything below along, so it belongs to plan maintenance: a workbook that
    exported a node active and now says retired (or the reverse) is refused on that row."""
    import openpyxl

    from kinerja_desktop.services.plan_edit import retire_node
    from tests.fixtures import ADMIN

    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Tujuan"]
    column = next(c.column for c in ws[1] if c.value == "Nonaktif sejak")
    ws.cell(2, column).value = "2026-11-27"                      # T1 typed as retired
    wb.save(path)
    before = table_dump(db)
    preview = preview_masterdata(db, path)
    assert [(r.sheet, r.label) for r in preview.rejected] == [("Tujuan", "T1")]
    assert "Rencana dan indikator" in preview.rejected[0].reasons[0]
    assert table_dump(db) == before
    retire_node(db, ADMIN, "goal", 1)                            # retired in plan maintenance instead:
    preview = preview_masterdata(db, export_masterdata(db, tmp_path / "baru.xlsx"))   # a new export agrees
    assert not preview.rejected and not preview.changes


def test_a_new_node_may_arrive_retired_but_nothing_active_may_hang_on_it(db, tmp_path):
    import openpyxl

    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)

    def append(sheet, **values):
        ws = wb[sheet]
        headers = [c.value for c in ws[1]]
        ws.append([values.get(h) for h in headers])

    append("Program", **{"Kode OPD": "DINA", "Kode program": "1.02.05", "Kode sasaran": "S1.1",
                         "Nama program": "Program lama", "Nonaktif sejak": "2025-12-31"})
    append("Indikator", **{"Kode indikator": "P5.1", "Nama indikator": "Cakupan lama", "Satuan": "persen",
                           "Kode OPD penanggung jawab": "DINA", "Melekat pada": "Program",
                           "Kode tujuan/sasaran/program/kegiatan/sub kegiatan": "1.02.05", "Jenis": "Hasil",
                           "Polaritas": "Positif", "Agregasi triwulan": "Terakhir", "Desimal": 2, "Boleh negatif": "Tidak"})
    wb.save(path)
    preview = preview_masterdata(db, path)
    assert [(r.sheet, r.label) for r in preview.of("new")] == [("Program", "DINA / 1.02.05")]
    assert [(r.sheet, r.reasons[0].split(": ", 1)[1][:40]) for r in preview.rejected] == \
        [("Indikator", "melekat pada program '1.02.05' yang suda")]


def test_nonaktif_sejak_takes_a_date_cell_and_refuses_what_is_not_a_date(db, tmp_path):
    import datetime as dt

    import openpyxl

    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Indikator"]
    column = next(c.column for c in ws[1] if c.value == "Nonaktif sejak")
    rows = {ws.cell(r, 2).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(rows["B1.1"], column).value = dt.datetime(2026, 11, 27)     # a real date cell: accepted
    ws.cell(rows["T1.1"], column).value = "ya"                           # not a date: refused, with where
    wb.save(path)
    preview = preview_masterdata(db, path)
    changed = {r.label: r.changes for r in preview.of("changed")}
    assert any("2026-11-27" in c for c in changed["5"])
    assert [r.label for r in preview.rejected] == ["1"] and "bukan tanggal" in preview.rejected[0].reasons[0]


def test_the_chosen_periods_workbook_changes_only_that_period(tmp_path):
    """Issue 13: codes repeat in the next period; its exported workbook, edited and imported with
    the same period chosen, changes that period's rows and never the first period's."""
    import openpyxl

    from tests.periods import SECOND, two_periods

    db, _, _ = two_periods(tmp_path / "dua.db")
    path = export_masterdata(db, tmp_path / "induk-2.xlsx", plan_id=SECOND)
    wb = openpyxl.load_workbook(path)
    wb["Program"]["D2"] = "Program A periode kedua"
    wb.save(path)
    names = "SELECT g.plan_id, p.name FROM program p JOIN objective o ON o.id = p.objective_id " \
            "JOIN goal g ON g.id = o.goal_id WHERE p.code = '1.02.02' ORDER BY g.plan_id"
    preview = preview_masterdata(db, path, plan_id=SECOND)
    assert [r.changes for r in preview.of("changed")] == [["Nama program: Program A \u2192 Program A periode kedua"]]
    apply_masterdata(db, preview, PLANNER)
    assert db.execute(names).fetchall() == [(1, "Program A"), (SECOND, "Program A periode kedua")]
    db.close()
