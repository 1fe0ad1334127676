"""Reads for the plan editor: every node, retired ones too (the administrator brings them back),
and an indicator's form fields and targets as stored."""
from __future__ import annotations

from decimal import Decimal

import sqlite_utils

CHILD_QUERIES = {
    "goal": "SELECT id, code, name, retired_at FROM objective WHERE goal_id = ? ORDER BY position, code",
    "objective": "SELECT id, code, name, retired_at FROM program WHERE objective_id = ? ORDER BY code",
    "program": "SELECT id, code, name, retired_at FROM activity WHERE program_id = ? ORDER BY code",
    "activity": "SELECT id, code, name, retired_at FROM sub_activity WHERE activity_id = ? ORDER BY code",
}
PARENT_QUERIES = {
    "objective": ("goal", "SELECT goal_id FROM objective WHERE id = ?"),
    "program": ("objective", "SELECT objective_id FROM program WHERE id = ?"),
    "activity": ("program", "SELECT program_id FROM activity WHERE id = ?"),
    "sub_activity": ("activity", "SELECT activity_id FROM sub_activity WHERE id = ?"),
}
NODE_TABLE = {"goal": "goal", "objective": "objective", "program": "program", "activity": "activity",
              "sub_activity": "sub_activity"}


def goals(db: sqlite_utils.Database, *, plan_id: int | None = None) -> list[tuple]:
    """(id, code, name, retired_at) of every goal of a period (None: the first period)."""
    from kinerja_desktop.store.repositories import period_id

    period = period_id(db, plan_id)
    if period is None:
        return db.execute("SELECT id, code, name, retired_at FROM goal ORDER BY position, code").fetchall()
    return db.execute("SELECT id, code, name, retired_at FROM goal WHERE plan_id = ? ORDER BY position, code",
                      [period]).fetchall()


def children(db: sqlite_utils.Database, node_type: str, node_id: int) -> list[tuple]:
    """(id, code, name, retired_at) of the nodes directly under a node."""
    return db.execute(CHILD_QUERIES[node_type], [node_id]).fetchall()


def node(db: sqlite_utils.Database, node_type: str, node_id: int) -> tuple:
    """(code, name, retired_at, agency_id); agency_id only for a program."""
    agency = "agency_id" if node_type == "program" else "NULL"
    return db.execute(f"SELECT code, name, retired_at, {agency} FROM {NODE_TABLE[node_type]} WHERE id = ?",
                      [node_id]).fetchone()


def node_path(db: sqlite_utils.Database, node: tuple[str, int]) -> list[tuple[str, int]]:
    """The nodes from the goal down to `node`."""
    path = [node]
    while path[0][0] in PARENT_QUERIES:
        parent_type, sql = PARENT_QUERIES[path[0][0]]
        path.insert(0, (parent_type, db.execute(sql, [path[0][1]]).fetchone()[0]))
    return path


def node_indicators(db: sqlite_utils.Database, node_type: str, node_id: int) -> list[tuple]:
    """(id, code, name, agency code, retired_at) of the indicators hung on a node."""
    column = NODE_TABLE[node_type] + "_id"
    return db.execute(
        f"SELECT i.id, i.code, i.name, a.code, i.retired_at FROM indicator i JOIN agency a ON a.id = i.agency_id "
        f"WHERE i.{column} = ? ORDER BY i.code", [node_id]).fetchall()


def indicator_form(db: sqlite_utils.Database, indicator_id: int) -> tuple | None:
    """The editable fields of an indicator, in the editor's order (agency as its code)."""
    return db.execute(
        "SELECT i.code, i.name, i.unit, i.polarity, i.aggregation, i.decimals, i.allow_negative, i.kind, a.code, "
        "i.definition, i.data_source, i.baseline, i.baseline_year FROM indicator i "
        "JOIN agency a ON a.id = i.agency_id WHERE i.id = ?", [indicator_id]).fetchone()


def indicator_targets(db: sqlite_utils.Database, indicator_id: int) -> tuple[dict[tuple[int, int], Decimal],
                                                                                 Decimal | None]:
    """(year, quarter) -> target, and the end-of-plan target."""
    targets = {(y, q): Decimal(v) for y, q, v in db.execute(
        "SELECT year, quarter, value FROM target WHERE indicator_id = ?", [indicator_id])}
    return targets, end_target(db, indicator_id)


def indicator_years(db: sqlite_utils.Database, indicator_id: int) -> tuple[int, int]:
    """(first, last) year of the indicator's period (a carried indicator's are the new period's)."""
    return db.execute("SELECT start_year, end_year FROM plan WHERE id = coalesce((SELECT plan_id FROM indicator "
                      "WHERE id = ?), (SELECT id FROM plan ORDER BY start_year, id LIMIT 1))", [indicator_id]).fetchone()


def end_target(db: sqlite_utils.Database, indicator_id: int) -> Decimal | None:
    row = db.execute("SELECT value FROM end_target WHERE indicator_id = ?", [indicator_id]).fetchone()
    return Decimal(row[0]) if row else None


def indicator_retired(db: sqlite_utils.Database, indicator_id: int) -> bool:
    row = db.execute("SELECT retired_at IS NOT NULL FROM indicator WHERE id = ?", [indicator_id]).fetchone()
    return bool(row and row[0])


_PERIOD_OF_NODE = {
    "goal": "SELECT plan_id FROM goal WHERE id = ?",
    "objective": "SELECT g.plan_id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE o.id = ?",
    "program": "SELECT g.plan_id FROM program p JOIN objective o ON o.id = p.objective_id "
               "JOIN goal g ON g.id = o.goal_id WHERE p.id = ?",
    "activity": "SELECT g.plan_id FROM activity a JOIN program p ON p.id = a.program_id "
                "JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id WHERE a.id = ?",
    "sub_activity": "SELECT g.plan_id FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
                    "JOIN program p ON p.id = a.program_id JOIN objective o ON o.id = p.objective_id "
                    "JOIN goal g ON g.id = o.goal_id WHERE s.id = ?",
}


def node_period(db: sqlite_utils.Database, node_type: str, node_id: int) -> int | None:
    """The plan period a node belongs to (None: no such node)."""
    row = db.execute(_PERIOD_OF_NODE[node_type], [node_id]).fetchone()
    return row[0] if row else None


def code_used_in_period(db: sqlite_utils.Database, node_type: str, code: str, plan_id: int | None,
                        same_scope: tuple[str, int] | None = None, except_id: int | None = None) -> bool:
    """Whether a node of `node_type` with `code` exists in period `plan_id` (codes repeat across
    periods, never within one), optionally only where `same_scope` column = value."""
    sql = f"SELECT t.id FROM {NODE_TABLE[node_type]} t WHERE t.code = ? AND t.id != ?"
    params: list = [code, except_id or -1]
    if same_scope is not None:
        sql += f" AND t.{same_scope[0]} = ?"
        params.append(same_scope[1])
    return any(node_period(db, node_type, row[0]) == plan_id for row in db.execute(sql, params))
