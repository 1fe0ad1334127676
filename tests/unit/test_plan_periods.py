"""Issue 13 point 1: several plan periods in one database (schema 5, PERIODS.md)."""
from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services import workflow
from kinerja_desktop.services.integrity import check_tampering
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import SCHEMA_VERSION, create_database, open_database
from tests.fixtures import ADMIN, OPERATOR_A, PLANNER, small_plan
from tests.periods import SECOND, two_periods
from tests.unit.test_database_migration import undo_schema_5


def _v4_file(tmp_path, tamper: str | None = None):
    """The small plan with values, audit rows and a locked, sealed quarter, as schema 4 held it."""
    path = tmp_path / "v4.db"
    db, _ = small_plan(path)
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("40"), "catatan")])
    for status, who in (("submitted", OPERATOR_A), ("verified", PLANNER), ("locked", ADMIN)):
        workflow.change_status(db, who, 1, 2026, 3, status)
    db.conn.execute("PRAGMA journal_mode = DELETE")
    undo_schema_5(db.conn)
    db.conn.execute("PRAGMA user_version = 4")
    assert check_tampering(db).clean   # a genuine schema-4 database
    if tamper:
        db.conn.execute(tamper)
    db.close()
    return path


def _rows(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in
                ("goal", "objective", "program", "activity", "sub_activity", "target", "end_target", "realisation",
                 "audit_log", "workflow", "workflow_log", "seal", "budget", "app_user")
                } | {"indicator": conn.execute("SELECT * FROM indicator ORDER BY id").fetchall(),
                     "plan": conn.execute("SELECT * FROM plan").fetchall()}
    finally:
        conn.close()


def test_a_version_4_database_migrates_keeping_every_value_and_every_seal(tmp_path):
    path = _v4_file(tmp_path)
    before = _rows(path)
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
    after = _rows(path)
    for table in before:
        if table in ("indicator", "plan", "seal"):
            continue
        assert after[table] == before[table], table
    assert [row[:-1] for row in after["indicator"]] == before["indicator"]          # plan_id appended
    assert {row[-1] for row in after["indicator"]} == {1}                           # ... and filled
    assert after["plan"] == [before["plan"][0] + ("RPJMD", None)]                   # today's plan = period 1
    seals_after = {(k, s): d for k, s, d, *_ in after["seal"]}
    seals_before = {(k, s): d for k, s, d, *_ in before["seal"]}
    assert set(seals_after) == set(seals_before)
    changed = {key for key in seals_before if seals_after[key] != seals_before[key]}
    assert changed == {("plan", "")}     # only the global plan part, which now holds kind/previous_id
    report = check_tampering(db)
    assert report.clean and not report.findings, report.findings
    assert [p.name for p in repo.load_plans(db)] == ["RPJMD 2021-2026"]
    assert repo.count_indicators(db) == 5 and len(repo.load_nodes(db)) == 6
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_an_edit_made_outside_the_program_before_the_migration_is_still_reported(tmp_path):
    path = _v4_file(tmp_path, tamper="UPDATE plan SET name = 'RPJMD palsu'")
    db = open_database(path)
    findings = check_tampering(db).findings
    assert findings and any("rencana" in f.lower() for f in findings), findings
    db.close()


def test_the_migrated_database_has_the_indexes_and_triggers_of_the_schema_file(tmp_path):
    path = _v4_file(tmp_path)
    migrated = open_database(path)
    fresh = create_database(tmp_path / "baru.db")
    names = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1, 2"
    assert migrated.execute(names).fetchall() == fresh.execute(names).fetchall()
    for table in fresh.table_names():
        assert list(migrated[table].columns_dict) == list(fresh[table].columns_dict), table
    migrated.close()
    fresh.close()


def test_codes_repeat_in_the_next_period_but_not_within_one(tmp_path):
    db, ids, new_ids = two_periods()
    assert db.execute("SELECT count(*) FROM objective WHERE code = 'S1.1'").fetchone()[0] == 2
    assert db.execute("SELECT count(*) FROM program WHERE code = '1.02.02'").fetchone()[0] == 2
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO objective (goal_id, code, name) VALUES (1, 'S1.1', 'dua kali')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO program (objective_id, agency_id, code, name) VALUES (1, 1, '1.02.02', 'dua kali')")


def test_triggers_keep_the_indicator_period_right(tmp_path):
    db, ids, new_ids = two_periods()
    assert dict(db.execute("SELECT plan_id, count(*) FROM indicator GROUP BY plan_id").fetchall()) == {1: 5, 2: 5}
    second_goal = db.execute("SELECT id FROM goal WHERE plan_id = 2").fetchone()[0]
    db.execute("UPDATE indicator SET goal_id = ? WHERE id = 1", [second_goal])    # moved to a node of period 2
    assert db.execute("SELECT plan_id FROM indicator WHERE id = 1").fetchone()[0] == 2
    sub = db.execute("SELECT id FROM sub_activity ORDER BY id DESC").fetchone()[0]
    db.execute("UPDATE indicator SET node_type = 'sub_activity', goal_id = NULL, sub_activity_id = ? WHERE id = 1", [sub])
    assert db.execute("SELECT plan_id FROM indicator WHERE id = 1").fetchone()[0] == 2


def test_the_default_period_of_a_year_is_the_earliest_starting_one_that_holds_it():
    db, _, _ = two_periods()
    assert [(p.id, p.name, p.kind, p.previous_id) for p in repo.load_plans(db)] == [
        (1, "RPJMD 2021-2026", "RPJMD", None), (2, "RPJMD 2025-2029", "RPJMD", 1)]
    assert repo.load_plan(db).id == 1
    assert repo.load_plan(db, year=2026).id == 1       # the old plan stays in force to its end
    assert repo.load_plan(db, year=2027).id == 2
    assert repo.load_plan(db, year=2019).id == 1       # no period holds it: the first
    assert repo.load_plan(db, plan_id=2, year=2021).id == 2   # plan_id wins
    with pytest.raises(LookupError, match="Periode rencana 9 tidak ada.*1 \\(RPJMD 2021-2026\\), 2 \\(RPJMD 2025-2029\\)"):
        repo.load_plan(db, plan_id=9)


def test_reads_keep_to_one_period():
    db, ids, new_ids = two_periods()
    first = {i.id for i in repo.load_indicators(db)}
    assert first == set(ids.values()) == {i.id for i in repo.load_indicators(db, plan_id=1)}
    assert {i.id for i in repo.load_indicators(db, plan_id=SECOND)} == set(new_ids.values())
    assert repo.count_indicators(db, plan_id=SECOND) == 5 and repo.count_indicators(db, 2, plan_id=SECOND) == 1
    nodes_1, nodes_2 = repo.load_nodes(db), repo.load_nodes(db, plan_id=SECOND)
    assert [n.code for n in nodes_1] == [n.code for n in nodes_2] and not ({(n.node_type, n.id) for n in nodes_1} & {(n.node_type, n.id) for n in nodes_2})
    from kinerja_desktop.store import plan_browse
    from kinerja_desktop.store.value_rows import value_rows_cursor

    assert [g[0] for g in plan_browse.goals(db, plan_id=SECOND)] == [n.id for n in nodes_2 if n.node_type == "goal"]

    rows = value_rows_cursor(db, year=2027).fetchall()
    assert {r[1] for r in rows} == set(new_ids.values())          # 2027: period 2's indicators
    assert {r[1] for r in value_rows_cursor(db, year=2026).fetchall()} <= set(ids.values())


def test_a_single_period_database_reads_as_before():
    db, ids = small_plan()
    assert repo.period_id(db) is None
    assert len(repo.load_indicators(db)) == 5 and repo.count_indicators(db, 1) == 4
