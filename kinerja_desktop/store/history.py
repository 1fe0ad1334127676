"""Realisations of several years, one indicator at a time (the report's "to date" columns):
streamed in indicator order so that a province's history never sits in memory at once."""
from __future__ import annotations

from decimal import Decimal
from typing import Iterable, Iterator

import sqlite_utils


def iter_annual_realisations(
    db: sqlite_utils.Database, indicator_ids: Iterable[int]
) -> Iterator[tuple[int, dict[int, dict[int, Decimal]]]]:
    """(indicator id, year -> quarter -> value) for each of the indicators that has values,
    in indicator id order; values of the same text share one Decimal."""
    ids = "[" + ",".join(map(str, indicator_ids)) + "]"
    parsed: dict[str, Decimal] = {}
    current, years = None, {}
    cursor = db.execute(
        "SELECT indicator_id, year, quarter, value FROM realisation "
        "WHERE indicator_id IN (SELECT value FROM json_each(?)) ORDER BY indicator_id, year, quarter", [ids])
    while True:
        rows = cursor.fetchmany(4096)
        if not rows:
            break
        for ind, year, quarter, value in rows:
            if ind != current:
                if current is not None:
                    yield current, years
                current, years = ind, {}
            number = parsed.get(value)
            if number is None:
                number = parsed[value] = Decimal(value)
            years.setdefault(year, {})[quarter] = number
    if current is not None:
        yield current, years


def last_reported_quarters(db: sqlite_utils.Database, first_year: int, last_year: int) -> dict[int, int]:
    """year -> the latest quarter with any realisation that year (the region's reporting state;
    the workflow per quarter is shared by the plan periods), for the years that have one."""
    return {year: quarter for year, quarter in db.execute(
        "SELECT year, max(quarter) FROM realisation WHERE year BETWEEN ? AND ? GROUP BY year",
        [first_year, last_year])}
