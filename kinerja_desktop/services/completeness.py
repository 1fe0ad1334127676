"""Who has reported: per OPD and quarter of a year, indicators filled out of active ones, the
workflow status and whether the quarter is late (deadline passed, still a draft)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import sqlite_utils

from kinerja_desktop.store import repositories as repo

DEADLINE_DAYS = 15   # days after the end of a quarter by which an OPD should have submitted, unless the
                     # administrator set another number (office_settings.deadline_days)
QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def deadline(year: int, quarter: int, days: int = DEADLINE_DAYS) -> date:
    month, day = QUARTER_END[quarter]
    return date(year, month, day) + timedelta(days=days)


@dataclass(frozen=True)
class QuarterCell:
    quarter: int
    filled: int
    total: int
    status: str
    changed_at: str | None
    changed_by: str | None
    deadline: date
    late: bool

    @property
    def share(self) -> float:
        # Only for sorting the grid; the figures shown are the integers.
        return self.filled / self.total if self.total else 0.0


@dataclass(frozen=True)
class AgencyRow:
    agency_id: int
    code: str
    name: str
    quarters: dict[int, QuarterCell]


def completeness(db: sqlite_utils.Database, year: int, today: date | None = None, *,
                 plan_id: int | None = None) -> list[AgencyRow]:
    """One row per OPD (those with active indicators first, then the rest), three queries; the
    indicators of one period (None: the default period of the year)."""
    from kinerja_desktop.services.office_settings import deadline_days

    today = today or date.today()
    days = deadline_days(db)
    period = repo.load_plan(db, plan_id, year).id
    totals = dict(db.execute(
        "SELECT agency_id, count(*) FROM indicator WHERE retired_at IS NULL AND plan_id = ? GROUP BY agency_id",
        [period]).fetchall())
    filled: dict[tuple[int, int], int] = defaultdict(int)
    for agency_id, quarter, n in db.execute(
        "SELECT i.agency_id, r.quarter, count(*) FROM realisation r JOIN indicator i ON i.id = r.indicator_id "
        "WHERE r.year = ? AND i.retired_at IS NULL AND i.plan_id = ? GROUP BY 1, 2",
        [year, period],
    ):
        filled[(agency_id, quarter)] = n
    status = {
        (a, q): (s, at, by)
        for a, q, s, at, by in db.execute(
            "SELECT agency_id, quarter, status, changed_at, changed_by FROM workflow WHERE year = ?", [year]
        )
    }
    rows = []
    for agency in repo.load_agencies(db):
        total = totals.get(agency.id, 0)
        cells = {}
        for q in range(1, 5):
            s, at, by = status.get((agency.id, q), ("draft", None, None))
            due = deadline(year, q, days)
            late = total > 0 and s == "draft" and today > due
            cells[q] = QuarterCell(q, filled[(agency.id, q)], total, s, at, by, due, late)
        rows.append(AgencyRow(agency.id, agency.code, agency.name, cells))
    rows.sort(key=lambda r: (r.quarters[1].total == 0, r.code))
    return rows


def summary(rows: list[AgencyRow], quarter: int) -> dict[str, int]:
    """Counts for the header line of the grid: OPDs per status and late ones for a quarter."""
    counts = {"draft": 0, "submitted": 0, "verified": 0, "locked": 0, "late": 0}
    for row in rows:
        cell = row.quarters[quarter]
        if cell.total == 0:
            continue
        counts[cell.status] += 1
        counts["late"] += cell.late
    return counts
