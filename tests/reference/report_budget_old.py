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
    def __init__(self, plan: Plan, year: int, quarter: int):
        self.plan, self.year, self.quarter = plan, year, quarter
        # (node_type, node_id) -> year -> [pagu, {quarter: spent}]
        self._entries: dict[tuple[str, int], dict[int, list]] = defaultdict(dict)

    @classmethod
    def load(cls, db: sqlite_utils.Database, plan: Plan, year: int, quarter: int) -> "BudgetBook":
        book = cls(plan, year, quarter)
        by_id = {}
        for bid, y, program, activity, sub, pagu in db.execute(
            "SELECT id, year, program_id, activity_id, sub_activity_id, pagu FROM budget"
        ):
            key = ("program", program) if program else ("activity", activity) if activity else ("sub_activity", sub)
            entry = [Decimal(pagu), {}]
            book._entries[key][y] = entry
            by_id[bid] = entry
        for bid, q, spent in db.execute("SELECT budget_id, quarter, spent FROM spending"):
            if bid in by_id:
                by_id[bid][1][q] = Decimal(spent)
        return book

    def money(self, node_type: str, node_id: int) -> Money | None:
        years = self._entries.get((node_type, node_id))
        if not years:
            return None
        end = before = None
        for y, (pagu, spent) in years.items():
            if self.plan.start_year <= y <= self.plan.end_year:
                end = _add(end, pagu)
            if self.plan.start_year <= y < self.year:
                for value in spent.values():
                    before = _add(before, value)
        pagu, spent = years.get(self.year, (None, {}))
        quarters = tuple(spent.get(q) if q <= self.quarter else None for q in range(1, 5))
        this_year = None
        for value in quarters:
            this_year = _add(this_year, value)
        to_date = _add(before, this_year)
        return Money(end, before, pagu, quarters, this_year, to_date, _pct(this_year, pagu), _pct(to_date, end))
