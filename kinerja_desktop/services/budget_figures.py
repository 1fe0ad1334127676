"""Budget (pagu) against spending per OPD and quarter.

A pagu may be recorded on a program, an activity or a sub-activity. To count each Rupiah once,
a node's figure is its own row when it has one, otherwise the sum of its children's figures;
pagu and spending are resolved separately, as they are often entered at different levels.
Equivalently: a row counts when no ancestor of its node has a row of the same kind.

`BudgetBook` reads the structure once and, after a save, re-reads only the spending of the
OPDs that saved (the dashboard's 50 ms budget at 40 000 indicators).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import sqlite_utils

from kinerja_desktop.domain.entities import Agency

ZERO = Decimal(0)

OWNED_BUDGETS = (   # of the current plan: a retired node's budget is left out, as the node is
    "SELECT b.id, b.program_id, b.activity_id, b.sub_activity_id, b.pagu, "
    "coalesce(b.program_id, a1.program_id, a2.program_id) AS program, s.activity_id AS parent_activity "
    "FROM budget b LEFT JOIN program p0 ON p0.id = b.program_id LEFT JOIN activity a1 ON a1.id = b.activity_id "
    "LEFT JOIN sub_activity s ON s.id = b.sub_activity_id LEFT JOIN activity a2 ON a2.id = s.activity_id "
    "WHERE b.year = ? AND coalesce(p0.retired_at, a1.retired_at, s.retired_at) IS NULL"
)


@dataclass(frozen=True)
class BudgetRow:
    agency: Agency
    pagu: Decimal
    spent: tuple[Decimal, Decimal, Decimal, Decimal]   # spending in TW I..IV

    def spent_to(self, quarter: int) -> Decimal:
        return sum(self.spent[:quarter], ZERO)

    def share_to(self, quarter: int) -> Decimal | None:
        return None if not self.pagu else self.spent_to(quarter) / self.pagu * 100


class BudgetBook:
    """Pagu and spending per OPD for one year."""

    def __init__(self, db: sqlite_utils.Database, year: int, agencies: Iterable[Agency]):
        self.db, self.year = db, year
        self.agencies = {a.id: a for a in agencies}
        program_agency = dict(db.execute("SELECT id, agency_id FROM program"))
        # budget id -> (agency, node key, ancestor keys)
        self.nodes: dict[int, tuple[int, tuple, tuple]] = {}
        self.budget_ids: dict[int, list[int]] = defaultdict(list)
        keys_with_pagu: dict[int, set] = defaultdict(set)
        pagu_rows = []
        for bid, p, a, s, pagu, program, parent_activity in db.execute(OWNED_BUDGETS, [year]):
            agency = program_agency.get(program)
            if agency not in self.agencies:
                continue
            if p is not None:
                key, ancestors = ("p", p), ()
            elif a is not None:
                key, ancestors = ("a", a), (("p", program),)
            else:
                key, ancestors = ("s", s), (("a", parent_activity), ("p", program))
            self.nodes[bid] = (agency, key, ancestors)
            self.budget_ids[agency].append(bid)
            keys_with_pagu[agency].add(key)
            pagu_rows.append((agency, key, ancestors, Decimal(pagu)))
        self.pagu: dict[int, Decimal] = defaultdict(Decimal)
        for agency, key, ancestors, value in pagu_rows:
            if not any(k in keys_with_pagu[agency] for k in ancestors):
                self.pagu[agency] += value
        self.spent: dict[int, tuple[Decimal, ...]] = {}
        self.refresh_spending(self.budget_ids)

    def refresh_spending(self, agency_ids: Iterable[int]) -> None:
        """Re-read the spending of these OPDs."""
        agency_ids = [a for a in agency_ids if a in self.budget_ids]
        if not agency_ids:
            return
        ids = [bid for a in agency_ids for bid in self.budget_ids[a]]
        by_key: dict[int, dict[tuple, list]] = {a: {} for a in agency_ids}
        for bid, quarter, value in self.db.execute(
            "SELECT budget_id, quarter, spent FROM spending WHERE budget_id IN (SELECT value FROM json_each(?))",
            ["[" + ",".join(map(str, ids)) + "]"],
        ):
            agency, key, ancestors = self.nodes[bid]
            by_key[agency].setdefault(key, [ancestors, ZERO, ZERO, ZERO, ZERO])[quarter] += Decimal(value)
        for agency in agency_ids:
            keys = by_key[agency]
            totals = [ZERO] * 4
            for ancestors, *quarters in keys.values():
                if not any(k in keys for k in ancestors):
                    totals = [t + q for t, q in zip(totals, quarters)]
            self.spent[agency] = tuple(totals)

    def copy(self) -> "BudgetBook":
        """Another book of the same year whose spending can be refreshed on its own (the
        structure, read once, is shared: nothing changes it)."""
        other = object.__new__(BudgetBook)
        other.__dict__.update(self.__dict__)
        other.spent = dict(self.spent)
        return other

    def row(self, agency_id: int) -> BudgetRow | None:
        if not self.pagu.get(agency_id):
            return None
        return BudgetRow(self.agencies[agency_id], self.pagu[agency_id], self.spent.get(agency_id, (ZERO,) * 4))


def budget_by_agency(db: sqlite_utils.Database, year: int, agencies: Iterable[Agency]) -> list[BudgetRow]:
    """One row per OPD that has a pagu in `year`, in the order of `agencies`."""
    agencies = list(agencies)
    book = BudgetBook(db, year, agencies)
    return [row for row in (book.row(a.id) for a in agencies) if row is not None]
