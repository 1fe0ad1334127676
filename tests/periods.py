"""Two plan periods in one database for tests: the small plan (RPJMD 2021-2026, tests/fixtures.py)
and its copy as "RPJMD 2025-2029" (previous_id 1) with the same codes (codes repeat in the next
period), its own targets and realisations, and one indicator carried with a link."""
from __future__ import annotations

from kinerja_desktop.store import seals
from kinerja_desktop.store.database import transaction
from tests.fixtures import STAMP, small_plan

SECOND = 2   # the id of the second period


def copy_into_second_period(db) -> dict[int, int]:
    """Copy period 1's tree and indicators into period 2; old indicator id -> new id."""
    new_ids: dict[int, int] = {}
    with transaction(db):
        db.execute("INSERT INTO plan (id, name, region_name, region_code, province, start_year, end_year, "
                   "negative_formula, kind, previous_id) SELECT 2, 'RPJMD 2025-2029', region_name, region_code, "
                   "province, 2025, 2029, negative_formula, 'RPJMD', 1 FROM plan WHERE id = 1")
        node_ids: dict[tuple[str, int], int] = {}

        def copy(table, parent_col, parent_table, extra=("code", "name")):
            for row in db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall():
                data = dict(zip([c[1] for c in db.execute(f"PRAGMA table_info({table})")], row))
                if table == "goal" and data["plan_id"] != 1:
                    continue
                if parent_col and (parent_table, data[parent_col]) not in node_ids:
                    continue
                old_id = data.pop("id")
                if table == "goal":
                    data["plan_id"] = SECOND
                else:
                    data[parent_col] = node_ids[(parent_table, data[parent_col])]
                node_ids[(table, old_id)] = db[table].insert(data).last_pk

        copy("goal", None, None)
        copy("objective", "goal_id", "goal")
        copy("program", "objective_id", "objective")
        copy("activity", "program_id", "program")
        copy("sub_activity", "activity_id", "activity")
        columns = [c[1] for c in db.execute("PRAGMA table_info(indicator)") if c[1] not in ("id", "plan_id")]
        for row in db.execute(f"SELECT id, {', '.join(columns)} FROM indicator WHERE plan_id = 1 ORDER BY id").fetchall():
            data = dict(zip(columns, row[1:]))
            column = f"{data['node_type']}_id"
            data[column] = node_ids[(data["node_type"], data[column])]
            new_ids[row[0]] = db["indicator"].insert(data).last_pk
        for old, new in new_ids.items():   # period 2's own figures: target 2027 and a realisation
            db.execute("INSERT INTO target (indicator_id, year, quarter, value) VALUES (?, 2027, 0, ?)", [new, str(old * 10)])
            db.execute("INSERT INTO realisation (indicator_id, year, quarter, value, note, updated_at, updated_by) "
                       "VALUES (?, 2027, 1, ?, '', ?, 'fixture')", [new, str(old * 10 + 1), STAMP])
        db.execute("INSERT INTO indicator_link (old_id, new_id, reason, change_note, linked_at, linked_by) "
                   "VALUES (1, ?, 'dilanjutkan', '', ?, 'fixture')", [new_ids[1], STAMP])
        seals.seal_plan(db, STAMP)
    return new_ids


def two_periods(path=None):
    db, ids = small_plan(path)
    return db, ids, copy_into_second_period(db)
