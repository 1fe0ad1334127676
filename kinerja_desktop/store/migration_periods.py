"""Schema 5: several plan periods in one database (docs: PERIODS).

Today's plan stays the first period. Objectives and programs are rebuilt (SQLite cannot change a
UNIQUE constraint) with every row and id kept, so the foreign keys pointing at them still hold.
indicator.plan_id is filled from the node chain and kept right by triggers from then on.
"""
from __future__ import annotations

import sqlite3


def plan_of_node(ref: str) -> str:
    """SQL: the plan of the indicator whose node columns are `ref`.goal_id ... (NEW or a table)."""
    chain = "JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id"
    return (
        f"coalesce((SELECT plan_id FROM goal WHERE id = {ref}.goal_id), "
        f"(SELECT g.plan_id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE o.id = {ref}.objective_id), "
        f"(SELECT g.plan_id FROM program p {chain} WHERE p.id = {ref}.program_id), "
        f"(SELECT g.plan_id FROM activity a JOIN program p ON p.id = a.program_id {chain} "
        f"WHERE a.id = {ref}.activity_id), "
        f"(SELECT g.plan_id FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
        f"JOIN program p ON p.id = a.program_id {chain} WHERE s.id = {ref}.sub_activity_id))")


TRIGGERS = (
    "CREATE TRIGGER indicator_plan_insert AFTER INSERT ON indicator BEGIN "
    f"UPDATE indicator SET plan_id = {plan_of_node('NEW')} WHERE id = NEW.id; END",
    "CREATE TRIGGER indicator_plan_update AFTER UPDATE OF node_type, goal_id, objective_id, program_id, "
    "activity_id, sub_activity_id ON indicator BEGIN "
    f"UPDATE indicator SET plan_id = {plan_of_node('NEW')} WHERE id = NEW.id; END",
)

STATEMENTS = (
    "ALTER TABLE plan ADD COLUMN kind TEXT NOT NULL DEFAULT 'RPJMD' CHECK (kind IN ('RPJMD', 'RPD'))",
    "ALTER TABLE plan ADD COLUMN previous_id INTEGER REFERENCES plan(id)",
    """CREATE TABLE objective_new (
    id INTEGER PRIMARY KEY, goal_id INTEGER NOT NULL REFERENCES goal(id), code TEXT NOT NULL,
    name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, retired_at TEXT, UNIQUE (goal_id, code))""",
    "INSERT INTO objective_new (id, goal_id, code, name, position, retired_at) "
    "SELECT id, goal_id, code, name, position, retired_at FROM objective",
    "DROP TABLE objective",
    "ALTER TABLE objective_new RENAME TO objective",
    """CREATE TABLE program_new (
    id INTEGER PRIMARY KEY, objective_id INTEGER NOT NULL REFERENCES objective(id),
    agency_id INTEGER NOT NULL REFERENCES agency(id), code TEXT NOT NULL, name TEXT NOT NULL,
    retired_at TEXT, UNIQUE (objective_id, agency_id, code))""",
    "INSERT INTO program_new (id, objective_id, agency_id, code, name, retired_at) "
    "SELECT id, objective_id, agency_id, code, name, retired_at FROM program",
    "DROP TABLE program",
    "ALTER TABLE program_new RENAME TO program",
    "CREATE INDEX program_objective ON program(objective_id)",
    "CREATE INDEX program_agency ON program(agency_id, code)",
    "ALTER TABLE indicator ADD COLUMN plan_id INTEGER REFERENCES plan(id)",
    f"UPDATE indicator SET plan_id = {plan_of_node('indicator')}",
    "CREATE INDEX indicator_plan ON indicator(plan_id)",
    *TRIGGERS,
    """CREATE TABLE indicator_link (
    old_id INTEGER NOT NULL UNIQUE REFERENCES indicator(id), new_id INTEGER NOT NULL UNIQUE REFERENCES indicator(id),
    reason TEXT NOT NULL, change_note TEXT NOT NULL DEFAULT '', linked_at TEXT NOT NULL, linked_by TEXT NOT NULL,
    CHECK (old_id != new_id))""",
)


def migrate(conn: sqlite3.Connection) -> None:
    """Schema 4 -> 5 inside the caller's transaction (foreign keys are off on that connection)."""
    from datetime import datetime, timezone

    from kinerja_desktop.store import seals

    # The plan's global seal now also covers kind and previous_id: renewed only when it held
    # before, so an edit made outside the program before the migration is still reported.
    renew = _global_plan_seal_holds(conn)
    for statement in STATEMENTS:
        conn.execute(statement)
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise sqlite3.IntegrityError(f"kunci asing tidak cocok: {broken[:3]}")
    if renew:
        stamp = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
        seals.seal_plan(conn, stamp, {None})


def _global_plan_seal_holds(conn: sqlite3.Connection) -> bool:
    from kinerja_desktop.store import seals

    if not seals.has_seals(conn):
        return False
    sealed = seals.seals(conn, "plan")
    stored = next((s for s in sealed if s.scope == seals.plan_scope(None)), None)
    if stored is None:
        return False
    return stored.digest == seals.digest_lines(seals.plan_lines(conn, {None})[seals.plan_scope(None)])
