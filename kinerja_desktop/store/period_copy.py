"""The SQL behind a new plan period made from the old one (services/new_period.py): the period's
row and rating bands, the copy of the structure kept, carried indicators, their links and
targets, and the reads the checks need. Writes run inside the caller's transaction."""
from __future__ import annotations

import json
from dataclasses import dataclass

import sqlite_utils

# Levels of the structure in the order they hang; a level is kept only with those above it.
LEVELS = ("goal", "objective", "program", "activity", "sub_activity")
PARENT = {"objective": "goal_id", "program": "objective_id", "activity": "program_id", "sub_activity": "activity_id"}
_COPY_COLUMNS = {
    "goal": ("code", "name", "position"),
    "objective": ("code", "name", "position"),
    "program": ("agency_id", "code", "name"),
    "activity": ("code", "name"),
    "sub_activity": ("code", "name"),
}
# The active nodes of a period, by level (retired ones end with the old period).
_ACTIVE = {
    "goal": "SELECT g.id FROM goal g WHERE g.plan_id = ? AND g.retired_at IS NULL",
    "objective": "SELECT o.id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = ? "
                 "AND o.retired_at IS NULL AND g.retired_at IS NULL",
    "program": "SELECT p.id FROM program p JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id "
               "WHERE g.plan_id = ? AND p.retired_at IS NULL AND o.retired_at IS NULL AND g.retired_at IS NULL",
    "activity": "SELECT a.id FROM activity a JOIN program p ON p.id = a.program_id JOIN objective o "
                "ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = ? "
                "AND a.retired_at IS NULL AND p.retired_at IS NULL AND o.retired_at IS NULL AND g.retired_at IS NULL",
    "sub_activity": "SELECT s.id FROM sub_activity s JOIN activity a ON a.id = s.activity_id JOIN program p "
                    "ON p.id = a.program_id JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id "
                    "WHERE g.plan_id = ? AND s.retired_at IS NULL AND a.retired_at IS NULL AND p.retired_at IS NULL "
                    "AND o.retired_at IS NULL AND g.retired_at IS NULL",
}
# Indicator columns copied as they are unless the carry changes them.
INDICATOR_COLUMNS = ("code", "name", "unit", "polarity", "aggregation", "decimals", "allow_negative", "kind",
                     "agency_id", "definition", "data_source", "baseline", "baseline_year", "position")


@dataclass(frozen=True)
class OldIndicator:
    """What the checks and the preview need of an indicator of the old period."""
    id: int
    code: str
    name: str
    unit: str
    decimals: int
    allow_negative: bool
    agency_id: int
    node_type: str
    node_id: int
    plan_id: int | None
    retired: bool
    linked_to: int | None     # the indicator it was already carried to


def period_spans(db: sqlite_utils.Database) -> list[tuple[int, str, int, int]]:
    """(id, name, start, end) of every period."""
    return [tuple(r) for r in db.execute("SELECT id, name, start_year, end_year FROM plan ORDER BY start_year, id")]


def active_nodes(db: sqlite_utils.Database, plan_id: int, level: str) -> list[int]:
    return [r[0] for r in db.execute(_ACTIVE[level], [plan_id])]


def old_indicators(db: sqlite_utils.Database, ids: list[int] | None = None,
                   plan_id: int | None = None) -> list[OldIndicator]:
    """The indicators named by id (any period), or the active ones of a period."""
    sql = ("SELECT i.id, i.code, i.name, i.unit, i.decimals, i.allow_negative, i.agency_id, i.node_type, "
           "coalesce(i.goal_id, i.objective_id, i.program_id, i.activity_id, i.sub_activity_id), i.plan_id, "
           "i.retired_at IS NOT NULL, l.new_id FROM indicator i LEFT JOIN indicator_link l ON l.old_id = i.id ")
    if ids is not None:
        rows = db.execute(sql + "WHERE i.id IN (SELECT value FROM json_each(?)) ORDER BY i.code, i.id", [json.dumps(ids)])
    else:
        rows = db.execute(sql + "WHERE i.plan_id = ? AND i.retired_at IS NULL ORDER BY i.position, i.code, i.id",
                          [plan_id])
    return [OldIndicator(*r[:5], bool(r[5]), *r[6:10], bool(r[10]), r[11]) for r in rows]


def indicator_fields(db: sqlite_utils.Database, indicator_id: int) -> dict:
    row = db.execute(f"SELECT {', '.join(INDICATOR_COLUMNS)} FROM indicator WHERE id = ?", [indicator_id]).fetchone()
    return dict(zip(INDICATOR_COLUMNS, row))


def insert_plan(db: sqlite_utils.Database, name: str, kind: str, start: int, end: int, previous_id: int | None) -> int:
    """The new period's row, with the region, negative formula and rating bands of the previous
    period (or of the first one)."""
    source = previous_id
    if source is None:
        first = db.execute("SELECT id FROM plan ORDER BY start_year, id LIMIT 1").fetchone()
        if first is None:
            raise LookupError("Basis data belum berisi periode rencana untuk dijadikan dasar.")
        source = first[0]
    new_id = db.execute(
        "INSERT INTO plan (name, region_name, region_code, province, start_year, end_year, negative_formula, kind, "
        "previous_id) SELECT ?, region_name, region_code, province, ?, ?, negative_formula, ?, ? FROM plan WHERE id = ?",
        [name, start, end, kind, previous_id, source]).lastrowid
    db.execute("INSERT INTO rating_band (plan_id, position, label, lower_bound, colour) "
               "SELECT ?, position, label, lower_bound, colour FROM rating_band WHERE plan_id = ?", [new_id, source])
    return new_id


def copy_structure(db: sqlite_utils.Database, old_plan: int, new_plan: int, levels: tuple[str, ...]) -> dict[tuple[str, int], int]:
    """Copy the active nodes of the kept levels into the new period (codes repeat across periods);
    returns (level, old id) -> new id."""
    new_ids: dict[tuple[str, int], int] = {}
    for level in levels:
        columns = _COPY_COLUMNS[level]
        parent = PARENT.get(level)
        picked = ", ".join(columns) + (f", {parent}" if parent else "")
        rows = db.execute(f"SELECT id, {picked} FROM {level} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                          [json.dumps(active_nodes(db, old_plan, level))]).fetchall()
        for row in rows:
            values = list(row[1:1 + len(columns)])
            if parent:
                parent_level = LEVELS[LEVELS.index(level) - 1]
                values.append(new_ids[(parent_level, row[-1])])
                target_columns = (*columns, parent)
            else:
                values.append(new_plan)
                target_columns = (*columns, "plan_id")
            marks = ", ".join("?" * len(values))
            new_ids[(level, row[0])] = db.execute(
                f"INSERT INTO {level} ({', '.join(target_columns)}) VALUES ({marks})", values).lastrowid
    return new_ids


def program_owners(db: sqlite_utils.Database, plan_id: int) -> list[int]:
    """The OPDs owning a program of a period."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT p.agency_id FROM program p JOIN objective o ON o.id = p.objective_id "
        "JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = ?", [plan_id])]


def insert_indicator(db: sqlite_utils.Database, fields: dict, node_type: str, node_id: int) -> int:
    """A new indicator row on a node (its period follows the node, by trigger)."""
    columns = [*fields, "node_type", f"{node_type}_id"]
    values = [*fields.values(), node_type, node_id]
    return db.execute(f"INSERT INTO indicator ({', '.join(columns)}) VALUES ({', '.join('?' * len(values))})",
                      values).lastrowid


def insert_link(db: sqlite_utils.Database, old_id: int, new_id: int, reason: str, change_note: str,
                at: str, by: str) -> None:
    db.execute("INSERT INTO indicator_link (old_id, new_id, reason, change_note, linked_at, linked_by) "
               "VALUES (?, ?, ?, ?, ?, ?)", [old_id, new_id, reason, change_note, at, by])


def insert_targets(db: sqlite_utils.Database, rows: list[tuple[int, int, int, str]]) -> None:
    """(indicator id, year, quarter, value) rows."""
    db.conn.executemany("INSERT INTO target (indicator_id, year, quarter, value) VALUES (?, ?, ?, ?)", rows)


def insert_end_targets(db: sqlite_utils.Database, rows: list[tuple[int, str]]) -> None:
    db.conn.executemany("INSERT INTO end_target (indicator_id, value) VALUES (?, ?)", rows)


def links_into(db: sqlite_utils.Database, plan_id: int) -> list[tuple[int, int, str, str]]:
    """(old id, new id, reason, change note) of the indicators carried into a period."""
    return [tuple(r) for r in db.execute(
        "SELECT l.old_id, l.new_id, l.reason, l.change_note FROM indicator_link l JOIN indicator i ON i.id = l.new_id "
        "WHERE i.plan_id = ? ORDER BY i.code, i.id", [plan_id])]


def link_chain_back(db: sqlite_utils.Database, indicator_id: int, limit: int = 20) -> list[tuple[int, int | None, str]]:
    """The indicators an indicator was carried from, newest first: (old id, its period, the change
    note of the carry); a chain that loops (an edit outside the program) stops at the first repeat."""
    chain, seen, current = [], {indicator_id}, indicator_id
    while len(chain) < limit:
        row = db.execute("SELECT l.old_id, i.plan_id, l.change_note FROM indicator_link l "
                         "JOIN indicator i ON i.id = l.old_id WHERE l.new_id = ?", [current]).fetchone()
        if row is None or row[0] in seen:
            break
        chain.append(tuple(row))
        seen.add(row[0])
        current = row[0]
    return chain


def realisation_rows(db: sqlite_utils.Database, indicator_ids: list[int], first_year: int,
                     last_year: int) -> list[tuple]:
    """(indicator id, year, quarter, value, note, source_ref, updated_at, updated_by) of some
    indicators over some years (the demo's second period repeats the figures of a statistic)."""
    return [tuple(r) for r in db.execute(
        "SELECT indicator_id, year, quarter, value, note, source_ref, updated_at, updated_by FROM realisation "
        "WHERE indicator_id IN (SELECT value FROM json_each(?)) AND year BETWEEN ? AND ? "
        "ORDER BY indicator_id, year, quarter", [json.dumps(indicator_ids), first_year, last_year])]


def last_value(db: sqlite_utils.Database, indicator_id: int, year: int) -> str | None:
    """The value of the latest reported quarter of a year."""
    row = db.execute("SELECT value FROM realisation WHERE indicator_id = ? AND year = ? ORDER BY quarter DESC LIMIT 1",
                     [indicator_id, year]).fetchone()
    return row[0] if row else None


def insert_realisations(db: sqlite_utils.Database, rows: list[tuple]) -> None:
    """Rows in realisation_rows' column order."""
    db.conn.executemany("INSERT INTO realisation (indicator_id, year, quarter, value, note, source_ref, updated_at, "
                        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def node_ids_by_code(db: sqlite_utils.Database, plan_id: int, level: str) -> dict[str, int]:
    """code -> id of a period's goals or objectives."""
    sql = {"goal": "SELECT code, id FROM goal WHERE plan_id = ?",
           "objective": "SELECT o.code, o.id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = ?"}[level]
    return dict(db.execute(sql, [plan_id]).fetchall())
