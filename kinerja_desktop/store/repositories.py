"""Reading the plan and its values into plain dataclasses. Writes live in services/."""
from __future__ import annotations

import functools
from collections import defaultdict
from decimal import Decimal
from typing import Iterable

import sqlite_utils

from kinerja_desktop.domain.achievement import RatingBand
from kinerja_desktop.domain.entities import Agency, Indicator, Node, Plan, YearValues
from kinerja_desktop.domain.numbers import stored_number

INDICATOR_COLUMNS = """
    i.id, i.code, i.name, i.unit, i.polarity, i.aggregation, i.decimals, i.allow_negative, i.kind,
    i.agency_id, i.node_type,
    coalesce(i.goal_id, i.objective_id, i.program_id, i.activity_id, i.sub_activity_id) AS node_id,
    i.definition, i.data_source, i.baseline, i.baseline_year, i.retired_at IS NOT NULL AS retired
"""


def _dec(text: str | None) -> Decimal | None:
    return stored_number(text)   # None for a stored text that breaks the number rule


PLAN_COLUMNS = "id, name, region_name, region_code, province, start_year, end_year, negative_formula, kind, previous_id"


def load_plans(db: sqlite_utils.Database) -> list[Plan]:
    """Every plan period, oldest start first."""
    return [_plan(db, row) for row in db.execute(f"SELECT {PLAN_COLUMNS} FROM plan ORDER BY start_year, id")]


def load_plan(db: sqlite_utils.Database, plan_id: int | None = None, year: int | None = None) -> Plan:
    """The period `plan_id`; else the default period of `year` (the earliest-starting one whose
    years hold it: a plan stays in force to its end, the next one's first years are transition);
    else the first period."""
    row = None
    if plan_id is not None:
        row = db.execute(f"SELECT {PLAN_COLUMNS} FROM plan WHERE id = ?", [plan_id]).fetchone()
        if row is None:
            names = ", ".join(f"{p.id} ({p.name})" for p in load_plans(db)) or "belum ada"
            raise LookupError(f"Periode rencana {plan_id} tidak ada di basis data ini. Periode yang ada: {names}.")
    elif year is not None:
        row = db.execute(f"SELECT {PLAN_COLUMNS} FROM plan WHERE start_year <= ? AND end_year >= ? "
                         "ORDER BY start_year, id LIMIT 1", [year, year]).fetchone()
    if row is None:
        row = db.execute(f"SELECT {PLAN_COLUMNS} FROM plan ORDER BY start_year, id LIMIT 1").fetchone()
    if row is None:
        raise LookupError("Basis data belum berisi rencana (RPJMD).")
    return _plan(db, row)


def _plan(db: sqlite_utils.Database, row: tuple) -> Plan:
    bands = tuple(
        RatingBand(label, _dec(lower), colour)
        for label, lower, colour in db.execute(
            "SELECT label, lower_bound, colour FROM rating_band WHERE plan_id = ? ORDER BY position", [row[0]]
        )
    )
    extra = {"bands": bands} if bands else {}
    return Plan(*row[:8], kind=row[8], previous_id=row[9], **extra)


def period_id(db: sqlite_utils.Database, plan_id: int | None = None) -> int | None:
    """The period a read keeps to: `plan_id`, else the first period; None when the database holds
    a single period (nothing to filter, the reads stay as fast as before periods)."""
    if plan_id is not None:
        return plan_id
    rows = db.execute("SELECT id FROM plan ORDER BY start_year, id LIMIT 2").fetchall()
    return rows[0][0] if len(rows) > 1 else None


def load_agencies(db: sqlite_utils.Database) -> list[Agency]:
    return [
        Agency(id_, code, name, tuple(b for b in bidang.split(",") if b))
        for id_, code, name, bidang in db.execute("SELECT id, code, name, bidang FROM agency ORDER BY id")
    ]


def agency_by_code(db: sqlite_utils.Database, code: str) -> Agency | None:
    row = db.execute("SELECT id, code, name, bidang FROM agency WHERE code = ? COLLATE NOCASE", [code]).fetchone()
    return None if row is None else Agency(row[0], row[1], row[2], tuple(b for b in row[3].split(",") if b))


NODE_QUERIES = {   # the current plan: retired nodes left out (retiring a node retires all under it)
    "goal": "SELECT g.id, g.code, g.name, NULL, NULL FROM goal g WHERE g.retired_at IS NULL{period} "
            "ORDER BY g.position, g.code",
    "objective": "SELECT o.id, o.code, o.name, o.goal_id, NULL FROM objective o JOIN goal g ON g.id = o.goal_id "
                 "WHERE o.retired_at IS NULL{period} ORDER BY o.position, o.code",
    "program": "SELECT p.id, p.code, p.name, p.objective_id, p.agency_id FROM program p "
               "JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id "
               "WHERE p.retired_at IS NULL{period} ORDER BY p.code, p.agency_id",
    "activity": "SELECT a.id, a.code, a.name, a.program_id, p.agency_id FROM activity a "
                "JOIN program p ON p.id = a.program_id JOIN objective o ON o.id = p.objective_id "
                "JOIN goal g ON g.id = o.goal_id WHERE a.retired_at IS NULL{where}{period} ORDER BY a.code",
    "sub_activity": "SELECT s.id, s.code, s.name, s.activity_id, p.agency_id FROM sub_activity s "
                    "JOIN activity a ON a.id = s.activity_id JOIN program p ON p.id = a.program_id "
                    "JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id "
                    "WHERE s.retired_at IS NULL{where}{period} ORDER BY s.code",
}
NODE_TYPES = tuple(NODE_QUERIES)


def load_nodes(db: sqlite_utils.Database, node_types: Iterable[str] = NODE_TYPES, *,
               plan_id: int | None = None) -> list[Node]:
    """Every node of a period's plan tree (or of some levels), parents before children, in code
    order; plan_id None: the first period."""
    period = period_id(db, plan_id)
    sql_period, params = ("", []) if period is None else (" AND g.plan_id = ?", [period])
    return [Node(r[0], node_type, r[1], r[2], r[3], r[4])
            for node_type in node_types
            for r in db.execute(NODE_QUERIES[node_type].format(where="", period=sql_period), params)]


def load_program_branch(db: sqlite_utils.Database, program_id: int) -> list[Node]:
    """The activities and sub-activities under one program, parents before children."""
    where = " AND a.program_id = ?"
    return [Node(r[0], node_type, r[1], r[2], r[3], r[4])
            for node_type in ("activity", "sub_activity")
            for r in db.execute(NODE_QUERIES[node_type].format(where=where, period=""), [program_id])]


def load_indicators(
    db: sqlite_utils.Database, agency_id: int | None = None, include_retired: bool = False, *,
    node_types: Iterable[str] | None = None, under_program: int | None = None, plan_id: int | None = None,
) -> list[Indicator]:
    """A period's indicators in code order (plan_id None: the first period): all, one OPD's,
    those on some plan levels, or those hanging anywhere under one program (the program, its
    activities and their sub-activities)."""
    where, params = [], []
    period = period_id(db, plan_id) if under_program is None else None   # a program is in one period
    if period is not None:
        where.append("i.plan_id = ?")
        params.append(period)
    if agency_id is not None:
        where.append("i.agency_id = ?")
        params.append(agency_id)
    if not include_retired:
        where.append("i.retired_at IS NULL")
    if node_types is not None:
        types = list(node_types)
        where.append(f"i.node_type IN ({', '.join('?' * len(types))})")
        params.extend(types)
    if under_program is not None:
        where.append("(i.program_id = ? OR i.activity_id IN (SELECT id FROM activity WHERE program_id = ?)"
                     " OR i.sub_activity_id IN (SELECT s.id FROM sub_activity s JOIN activity a"
                     " ON a.id = s.activity_id WHERE a.program_id = ?))")
        params.extend([under_program] * 3)
    sql = f"SELECT {INDICATOR_COLUMNS} FROM indicator i"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY i.code, i.id"
    return _indicators(db.execute(sql, params))


def count_indicators(db: sqlite_utils.Database, agency_id: int | None = None, *, plan_id: int | None = None) -> int:
    sql, params = "SELECT count(*) FROM indicator WHERE retired_at IS NULL", []
    period = period_id(db, plan_id)
    if period is not None:
        sql += " AND plan_id = ?"
        params.append(period)
    if agency_id is not None:
        sql += " AND agency_id = ?"
        params.append(agency_id)
    return db.execute(sql, params).fetchone()[0]


def load_indicator(db: sqlite_utils.Database, indicator_id: int) -> Indicator | None:
    row = db.execute(f"SELECT {INDICATOR_COLUMNS} FROM indicator i WHERE i.id = ?", [indicator_id]).fetchone()
    return None if row is None else _indicator(row)


_cached_number = functools.lru_cache(maxsize=8192)(stored_number)   # baselines repeat; Decimal is immutable


def _indicator(r: tuple) -> Indicator:
    return _indicators((r,))[0]


def _indicators(rows: Iterable[tuple]) -> list[Indicator]:
    """An Indicator for every row of INDICATOR_COLUMNS (in the field order): a province's 40,000
    indicators are read on every cold evaluation, so the tuple is made directly (issue 14)."""
    new, number, cls = tuple.__new__, _cached_number, Indicator
    out = []
    append = out.append
    for (id_, code, name, unit, polarity, aggregation, decimals, allow_negative, kind, agency_id, node_type,
         node_id, definition, data_source, baseline, baseline_year, retired) in rows:
        append(new(cls, (id_, code, name, unit, polarity, aggregation, decimals, allow_negative == 1, kind,
                         agency_id, node_type, node_id, definition, data_source, number(baseline), baseline_year,
                         retired == 1)))
    return out


def load_year_values(
    db: sqlite_utils.Database, year: int, indicator_ids: Iterable[int] | None = None, agency_id: int | None = None
) -> dict[int, YearValues]:
    """Targets, realisations and notes of one year, for all or some indicators, in two queries."""
    values: dict[int, YearValues] = defaultdict(YearValues)
    filter_sql, params = "", [year]
    if agency_id is not None:
        filter_sql = " AND indicator_id IN (SELECT id FROM indicator WHERE agency_id = ?)"
        params.append(agency_id)
    elif indicator_ids is not None:
        ids = list(indicator_ids)
        filter_sql = f" AND indicator_id IN (SELECT value FROM json_each(?))"
        params.append("[" + ",".join(map(str, ids)) + "]")
    decimal = _DecimalCache()   # subscripted, not called: half the cost per row (issue 14)
    for ind, quarter, value in db.execute(
        f"SELECT indicator_id, quarter, value FROM target WHERE year = ?{filter_sql}", params
    ):
        number = decimal[value]
        if number is None:
            values[ind].bad_targets[quarter] = value
        elif quarter == 0:
            values[ind].annual_target = number
        else:
            values[ind].quarterly_targets[quarter] = number
    # Rows come grouped by indicator (the primary key leads with year, indicator): one lookup per
    # indicator, not per row.
    current, entry, reals = None, None, None
    for ind, quarter, value, note in db.execute(
        f"SELECT indicator_id, quarter, value, note FROM realisation WHERE year = ?{filter_sql}", params
    ):
        if ind != current:
            current, entry = ind, values[ind]
            reals = entry.realisations
        number = decimal[value]
        if number is None:
            entry.bad_realisations[quarter] = value
        else:
            reals[quarter] = number
        if note:
            entry.notes[quarter] = note
    return values


class _DecimalCache(dict):
    """Text -> Decimal, parsed once: a year of a large plan repeats a few thousand distinct
    values over a hundred thousand rows (Decimal is immutable, so sharing is safe)."""

    def __missing__(self, text: str) -> Decimal | None:
        value = self[text] = stored_number(text)
        return value

    __call__ = dict.__getitem__


def load_annual_realisations(db: sqlite_utils.Database, indicator_ids: Iterable[int] | None = None) -> dict[int, dict[int, dict[int, Decimal]]]:
    """indicator id -> year -> quarter -> value, for multi-year (to date) figures."""
    result: dict[int, dict[int, dict[int, Decimal]]] = defaultdict(lambda: defaultdict(dict))
    sql, params = "SELECT indicator_id, year, quarter, value FROM realisation", []
    if indicator_ids is not None:
        sql += " WHERE indicator_id IN (SELECT value FROM json_each(?))"
        params.append("[" + ",".join(map(str, indicator_ids)) + "]")
    decimal = _DecimalCache()
    for ind, year, quarter, value in db.execute(sql, params):
        number = decimal(value)
        if number is not None:
            result[ind][year][quarter] = number
    return result


def load_end_targets(db: sqlite_utils.Database) -> dict[int, Decimal]:
    return {ind: number for ind, v in db.execute("SELECT indicator_id, value FROM end_target")
            if (number := stored_number(v)) is not None}


def setting(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    """A value of the `setting` table (installation role, report signatures, remembered mappings …)."""
    row = db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return row[0] if row and row[0] is not None else default


def put_setting(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Set a value of the `setting` table (inside the caller's transaction)."""
    db.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
               [key, value])


def workflow_status(db: sqlite_utils.Database, agency_id: int, year: int, quarter: int) -> str:
    row = db.execute(
        "SELECT status FROM workflow WHERE agency_id = ? AND year = ? AND quarter = ?", [agency_id, year, quarter]
    ).fetchone()
    return row[0] if row else "draft"


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    tables = ["agency", "goal", "objective", "program", "activity", "sub_activity", "indicator",
              "target", "realisation", "budget", "app_user", "audit_log"]
    result = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    by_node = dict(db.execute("SELECT node_type, count(*) FROM indicator GROUP BY node_type").fetchall())
    result["indicator_goal"] = by_node.get("goal", 0)
    result["indicator_objective"] = by_node.get("objective", 0)
    result["indicator_program"] = sum(by_node.get(t, 0) for t in ("program", "activity", "sub_activity"))
    return result


def plan_periods(db: sqlite_utils.Database) -> list[tuple[str, int, int]]:
    """(name, first year, last year) of every plan period in the database."""
    return [tuple(r) for r in db.execute("SELECT name, start_year, end_year FROM plan ORDER BY start_year, id")]


def quarter_values(db: sqlite_utils.Database, year: int, quarter: int,
                   indicator_ids: Iterable[int]) -> dict[int, tuple[Decimal, str]]:
    """Realisations and notes stored now for one quarter, by indicator (one query)."""
    return {ind: (Decimal(v), n or "") for ind, v, n in db.execute(
        "SELECT indicator_id, value, note FROM realisation WHERE indicator_id IN (SELECT value FROM json_each(?)) "
        "AND year = ? AND quarter = ?", ["[" + ",".join(str(int(i)) for i in indicator_ids) + "]", year, quarter])}


def quarter_spending(db: sqlite_utils.Database, quarter: int, budget_ids: Iterable[int]) -> dict[int, Decimal]:
    """Spending stored now for one quarter, by budget (one query)."""
    return {bid: Decimal(v) for bid, v in db.execute(
        "SELECT budget_id, spent FROM spending WHERE budget_id IN (SELECT value FROM json_each(?)) AND quarter = ?",
        ["[" + ",".join(str(int(b)) for b in budget_ids) + "]", quarter])}


def plausibility_inputs(db: sqlite_utils.Database, year: int, quarter: int, indicator_ids: Iterable[int]
                        ) -> dict[int, tuple]:
    """What the plausibility rule reads, by indicator, in one query: (code, unit, aggregation,
    decimals, allow_negative, annual target, {earlier quarter: realisation}) for the indicators
    that exist; stored texts outside the number rule are left out (as load_year_values does)."""
    wanted = "[" + ",".join(str(int(i)) for i in indicator_ids) + "]"
    out: dict[int, tuple] = {}
    decimal = _DecimalCache()
    earlier: dict[int, dict[int, Decimal]] = defaultdict(dict)
    targets: dict[int, Decimal] = {}
    for kind, ind, a, b, c, d, e in db.execute(
            "WITH ids(id) AS (SELECT value FROM json_each(?)) "
            "SELECT 0, i.id, i.code, i.unit, i.aggregation, i.decimals, i.allow_negative FROM indicator i "
            "WHERE i.id IN ids UNION ALL "
            "SELECT 1, t.indicator_id, t.value, NULL, NULL, NULL, NULL FROM target t "
            "WHERE t.year = ? AND t.quarter = 0 AND t.indicator_id IN ids UNION ALL "
            "SELECT 2, r.indicator_id, r.value, r.quarter, NULL, NULL, NULL FROM realisation r "
            "WHERE r.year = ? AND r.quarter < ? AND r.indicator_id IN ids", [wanted, year, year, quarter]):
        if kind == 0:
            out[ind] = (a, b, c, d, bool(e))
        elif (number := decimal(a)) is not None:
            if kind == 1:
                targets[ind] = number
            else:
                earlier[ind][b] = number
    return {ind: (*fields, targets.get(ind), earlier.get(ind, {})) for ind, fields in out.items()}


def indicator_periods(db: sqlite_utils.Database, indicator_ids: Iterable[int]) -> dict[int, int]:
    """The period (plan id) of each of these indicators that exists."""
    wanted = "[" + ",".join(str(int(i)) for i in indicator_ids) + "]"
    return dict(db.execute("SELECT id, plan_id FROM indicator WHERE id IN (SELECT value FROM json_each(?))",
                           [wanted]).fetchall())
