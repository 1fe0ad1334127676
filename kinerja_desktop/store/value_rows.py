"""The query behind `kinerja values`: every realisation with its indicator, its OPD and its
indicator-year's targets beside it, in output order (OPD code, indicator code, year, quarter),
read as a stream."""
from __future__ import annotations

import sqlite3

import sqlite_utils

# targets: 'quarter=value,...' of the realisation's indicator and year (quarter 0 = annual).
VALUE_ROWS_SQL = """
SELECT a.code, i.id, i.code, i.name, i.unit, i.polarity, i.aggregation, i.retired_at IS NOT NULL,
       r.year, r.quarter, r.value, r.note, t.targets
FROM realisation r
JOIN indicator i ON i.id = r.indicator_id
JOIN agency a ON a.id = i.agency_id
LEFT JOIN (SELECT indicator_id, year, group_concat(quarter || '=' || value) AS targets
           FROM target GROUP BY indicator_id, year) t
       ON t.indicator_id = r.indicator_id AND t.year = r.year
{where}
ORDER BY a.code, i.code, i.id, r.year, r.quarter
"""


def value_rows_cursor(db: sqlite_utils.Database, agency_id: int | None = None, year: int | None = None,
                      up_to_quarter: int | None = None, *, plan_id: int | None = None) -> sqlite3.Cursor:
    """Rows (opd, indicator id, code, name, unit, polarity, aggregation, retired, year, quarter,
    value, note, targets); up_to_quarter keeps the quarters up to it (the capaian as of a
    quarter needs the earlier ones); the indicators of one period (None: the default period of
    `year`, or the first period when no year is given, as every other read without a period: the
    same code in two periods would otherwise be listed twice, each one evaluated by one period's
    rules)."""
    from kinerja_desktop.store.repositories import load_plan, period_id

    where, params = [], []
    period = plan_id
    if period is None and period_id(db) is not None:   # several periods
        period = load_plan(db, year=year).id
    if period is not None:
        where.append("i.plan_id = ?")
        params.append(period)
    if agency_id is not None:
        where.append("i.agency_id = ?")
        params.append(agency_id)
    if year is not None:
        where.append("r.year = ?")
        params.append(year)
    if up_to_quarter is not None:
        where.append("r.quarter <= ?")
        params.append(up_to_quarter)
    return db.execute(VALUE_ROWS_SQL.format(where="WHERE " + " AND ".join(where) if where else ""), params)
