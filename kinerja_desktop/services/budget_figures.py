"""Budget (pagu) against spending per OPD and quarter.

A pagu may be recorded on a program, an activity or a sub-activity. To count each Rupiah once,
a node's figure is its own row when it has one, otherwise the sum of its children's figures
(pagu and spending are resolved separately, as they are often entered at different levels).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import sqlite_utils

from kinerja_desktop.domain.entities import Agency

ZERO = Decimal(0)


@dataclass(frozen=True)
class BudgetRow:
    agency: Agency
    pagu: Decimal
    spent: tuple[Decimal, Decimal, Decimal, Decimal]   # spending in TW I..IV

    def spent_to(self, quarter: int) -> Decimal:
        return sum(self.spent[:quarter], ZERO)

    def share_to(self, quarter: int) -> Decimal | None:
        return None if not self.pagu else self.spent_to(quarter) / self.pagu * 100


def _resolve(own: dict, children: dict, key, zero):
    if key in own:
        return own[key]
    total = zero
    for child in children.get(key, ()):
        total = total + _resolve(own, children, child, zero)
    return total


def budget_by_agency(db: sqlite_utils.Database, year: int, agencies: Iterable[Agency]) -> list[BudgetRow]:
    """One row per OPD that has a pagu in `year`, in the order of `agencies`."""
    children: dict[tuple, list[tuple]] = defaultdict(list)
    program_agency: dict[int, int] = {}
    for pid, agency_id in db.execute("SELECT id, agency_id FROM program"):
        program_agency[pid] = agency_id
    for aid, pid in db.execute("SELECT id, program_id FROM activity"):
        children[("p", pid)].append(("a", aid))
    for sid, aid in db.execute("SELECT id, activity_id FROM sub_activity"):
        children[("a", aid)].append(("s", sid))
    pagu: dict[tuple, Decimal] = {}
    spent: dict[tuple, tuple[Decimal, ...]] = {}
    node_of: dict[int, tuple] = {}
    for bid, p, a, s, value in db.execute(
        "SELECT id, program_id, activity_id, sub_activity_id, pagu FROM budget WHERE year = ?", [year]
    ):
        key = ("p", p) if p is not None else ("a", a) if a is not None else ("s", s)
        node_of[bid] = key
        pagu[key] = Decimal(value)
    quarters: dict[tuple, list[Decimal]] = {}
    for bid, quarter, value in db.execute(
        "SELECT budget_id, quarter, spent FROM spending WHERE budget_id IN (SELECT id FROM budget WHERE year = ?)",
        [year],
    ):
        quarters.setdefault(node_of[bid], [ZERO] * 4)[quarter - 1] = Decimal(value)
    spent = {k: tuple(v) for k, v in quarters.items()}
    zero4 = (ZERO,) * 4
    add4 = _Add4
    per_agency_pagu: dict[int, Decimal] = defaultdict(Decimal)
    per_agency_spent: dict[int, _Add4] = defaultdict(lambda: add4(zero4))
    own = {k: add4(v) for k, v in spent.items()}
    for pid, agency_id in program_agency.items():
        key = ("p", pid)
        per_agency_pagu[agency_id] += _resolve(pagu, children, key, ZERO)
        per_agency_spent[agency_id] = per_agency_spent[agency_id] + _resolve(own, children, key, add4(zero4))
    rows = []
    for agency in agencies:
        if per_agency_pagu.get(agency.id):
            rows.append(BudgetRow(agency, per_agency_pagu[agency.id], per_agency_spent[agency.id].values))
    return rows


class _Add4:
    """Four quarterly amounts that add up element-wise."""

    def __init__(self, values):
        self.values = tuple(values)

    def __add__(self, other: "_Add4") -> "_Add4":
        return _Add4(a + b for a, b in zip(self.values, other.values))
