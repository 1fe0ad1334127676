"""The Rp side of the evaluation report: pagu and spending of programs, activities and
sub-activities, summed over the plan years and the quarters, in two queries."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import sqlite_utils

from kinerja_desktop.domain.entities import Plan
from kinerja_desktop.domain.numbers import round_half_up
from kinerja_desktop.exchange.report_model import Money

HUNDRED = Decimal(100)


def _add(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None:
        return b
    return a if b is None else a + b


def _pct(part: Decimal | None, whole: Decimal | None) -> Decimal | None:
    if part is None or not whole:
        return None
    return round_half_up(part / whole * HUNDRED)


class BudgetBook:
    """Per node only what the report prints: the plan years' pagu and the earlier years'
    spending are summed while reading (a province's budget rows, kept year by year, were a
    large share of the report's memory). Budgets are unique per node and year (schema), and the
    sums of at most 15-digit figures are exact, so the order of the additions does not matter."""

    def __init__(self, plan: Plan, year: int, quarter: int):
        self.plan, self.year, self.quarter = plan, year, quarter
        # (node_type, node_id) -> [pagu of the plan years, spent before this year, pagu of this
        # year, {quarter: spent this year}]
        self._entries: dict[tuple[str, int], list] = {}

    @classmethod
    def load(cls, db: sqlite_utils.Database, plan: Plan, year: int, quarter: int) -> "BudgetBook":
        book = cls(plan, year, quarter)
        start, end = plan.start_year, plan.end_year
        by_id = {}
        for bid, y, program, activity, sub, pagu in db.execute(
            "SELECT id, year, program_id, activity_id, sub_activity_id, pagu FROM budget"
        ):
            key = ("program", program) if program else ("activity", activity) if activity else ("sub_activity", sub)
            entry = book._entries.get(key)
            if entry is None:
                entry = book._entries[key] = [None, None, None, None]
            value = Decimal(pagu)
            if start <= y <= end:
                entry[0] = _add(entry[0], value)
            if y == year:
                entry[2], entry[3] = value, {}
            if start <= y < year or y == year:
                by_id[bid] = (entry, y == year)
        for bid, q, spent in db.execute("SELECT budget_id, quarter, spent FROM spending"):
            found = by_id.get(bid)
            if found is None:
                continue
            entry, this_year = found
            if this_year:
                entry[3][q] = Decimal(spent)
            else:
                entry[1] = _add(entry[1], Decimal(spent))
        return book

    def money(self, node_type: str, node_id: int) -> Money | None:
        entry = self._entries.get((node_type, node_id))
        if entry is None:
            return None
        end, before, pagu, spent = entry
        spent = spent or {}
        quarters = tuple(spent.get(q) if q <= self.quarter else None for q in range(1, 5))
        this_year = None
        for value in quarters:
            this_year = _add(this_year, value)
        to_date = _add(before, this_year)
        return Money(end, before, pagu, quarters, this_year, to_date, _pct(this_year, pagu), _pct(to_date, end))
