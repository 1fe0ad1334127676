"""What the entry form of one OPD x year x quarter shows, and the draft store behind its autosave.

The sheet is read in a handful of queries (indicators, year values, budgets, spending) so that the
largest OPD of a scale-10 database opens well under 300 ms.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

import sqlite_utils

from kinerja_desktop.domain import workflow
from kinerja_desktop.domain.entities import Agency, Indicator, User, YearValues
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import transaction

FIELDS = ("value", "note", "spent")


@dataclass
class BudgetCell:
    budget_id: int
    pagu: Decimal
    spent: dict[int, Decimal] = field(default_factory=dict)   # quarter -> spent

    def earlier(self, quarter: int) -> Decimal:
        return sum((v for q, v in self.spent.items() if q < quarter), Decimal(0))


@dataclass
class EntryRow:
    indicator: Indicator
    values: YearValues
    node_label: str = ""
    budget: BudgetCell | None = None   # only on the first indicator row of a node with a budget


@dataclass
class EntrySheet:
    agency: Agency
    year: int
    quarter: int
    status: str
    status_changed_at: str | None
    status_changed_by: str | None
    rows: list[EntryRow]

    def editable_by(self, user: User | None) -> tuple[bool, str]:
        """(editable, reason shown in the banner when not)."""
        if user is None:
            return False, "Masuk terlebih dahulu untuk mengisi data."
        own = user.agency_id == self.agency.id
        if workflow.can_edit(user.role, self.status, own):
            return True, ""
        return False, workflow.edit_refusal(user.role, self.status, own)


def agencies_for(db: sqlite_utils.Database, user: User | None) -> list[Agency]:
    """The OPDs a user may open: an operator only their own."""
    agencies = repo.load_agencies(db)
    if user is not None and user.role == "operator":
        return [a for a in agencies if a.id == user.agency_id]
    return agencies


def load_sheet(db: sqlite_utils.Database, agency_id: int, year: int, quarter: int, *,
               plan_id: int | None = None) -> EntrySheet:
    agency = next((a for a in repo.load_agencies(db) if a.id == agency_id), None)
    if agency is None:
        raise LookupError(f"OPD dengan id {agency_id} tidak ada.")
    indicators = repo.load_indicators(db, agency_id=agency_id, plan_id=repo.load_plan(db, plan_id, year).id)
    values = repo.load_year_values(db, year, agency_id=agency_id)
    budgets = _budgets(db, year, agency_id)
    labels = _node_labels(db, agency_id)
    rows, seen_nodes = [], set()
    for ind in sorted(indicators, key=lambda i: (_node_order(i), i.code, i.id)):
        key = (ind.node_type, ind.node_id)
        budget = None
        if key in budgets and key not in seen_nodes:
            budget = budgets[key]
        seen_nodes.add(key)
        rows.append(EntryRow(ind, values.get(ind.id) or YearValues(), labels.get(key, ""), budget))
    wf = db.execute(
        "SELECT status, changed_at, changed_by FROM workflow WHERE agency_id = ? AND year = ? AND quarter = ?",
        [agency_id, year, quarter],
    ).fetchone()
    status, at, by = wf if wf else ("draft", None, None)
    return EntrySheet(agency, year, quarter, status, at, by, rows)


def _node_order(ind: Indicator) -> int:
    # Goal and objective indicators (the IKU) first, then programs down to sub-activities.
    return ("goal", "objective", "program", "activity", "sub_activity").index(ind.node_type)


def _budgets(db, year: int, agency_id: int) -> dict[tuple[str, int], BudgetCell]:
    rows = db.execute(
        "SELECT b.id, b.program_id, b.activity_id, b.sub_activity_id, b.pagu FROM budget b "
        "LEFT JOIN program p1 ON p1.id = b.program_id "
        "LEFT JOIN activity a2 ON a2.id = b.activity_id LEFT JOIN program p2 ON p2.id = a2.program_id "
        "LEFT JOIN sub_activity s3 ON s3.id = b.sub_activity_id LEFT JOIN activity a3 ON a3.id = s3.activity_id "
        "LEFT JOIN program p3 ON p3.id = a3.program_id "
        "WHERE b.year = ? AND coalesce(p1.agency_id, p2.agency_id, p3.agency_id) = ?",
        [year, agency_id],
    ).fetchall()
    cells: dict[tuple[str, int], BudgetCell] = {}
    by_id = {}
    for bid, program_id, activity_id, sub_id, pagu in rows:
        if program_id is not None:
            key = ("program", program_id)
        elif activity_id is not None:
            key = ("activity", activity_id)
        else:
            key = ("sub_activity", sub_id)
        cells[key] = by_id[bid] = BudgetCell(bid, Decimal(pagu))
    if by_id:
        for bid, quarter, spent in db.execute(
            "SELECT budget_id, quarter, spent FROM spending WHERE budget_id IN (SELECT value FROM json_each(?))",
            ["[" + ",".join(map(str, by_id)) + "]"],
        ):
            by_id[bid].spent[quarter] = Decimal(spent)
    return cells


def _node_labels(db, agency_id: int) -> dict[tuple[str, int], str]:
    labels = {}
    for kind, sql in (
        ("program", "SELECT id, code, name FROM program WHERE agency_id = ?"),
        ("activity", "SELECT a.id, a.code, a.name FROM activity a JOIN program p ON p.id = a.program_id WHERE p.agency_id = ?"),
        ("sub_activity", "SELECT s.id, s.code, s.name FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
                         "JOIN program p ON p.id = a.program_id WHERE p.agency_id = ?"),
    ):
        for id_, code, name in db.execute(sql, [agency_id]):
            labels[(kind, id_)] = f"{code} {name}"
    for id_, code, name in db.execute("SELECT id, code, name FROM goal"):
        labels[("goal", id_)] = f"{code} {name}"
    for id_, code, name in db.execute("SELECT id, code, name FROM objective"):
        labels[("objective", id_)] = f"{code} {name}"
    return labels


# --- the draft store -----------------------------------------------------------------------

@dataclass(frozen=True)
class Draft:
    saved_at: str                                  # ISO time of the latest cell written
    cells: dict[tuple[int, str], str]              # (indicator id, field) -> text as typed

    @property
    def saved_at_datetime(self) -> datetime:
        return datetime.fromisoformat(self.saved_at)


def write_draft(
    db: sqlite_utils.Database, username: str, agency_id: int, year: int, quarter: int,
    cells: list[tuple[int, str, str | None]],
) -> None:
    """Store typed cells at once (one short transaction). text None = the cell is back to its
    saved value, so its draft row goes."""
    stamp = now_iso()
    with transaction(db):
        for indicator_id, field_name, text in cells:
            if field_name not in FIELDS:
                raise ValueError(field_name)
            key = [username, agency_id, year, quarter, indicator_id, field_name]
            if text is None:
                db.execute(
                    "DELETE FROM entry_draft WHERE username = ? AND agency_id = ? AND year = ? AND quarter = ? "
                    "AND indicator_id = ? AND field = ?", key,
                )
            else:
                db.execute(
                    "INSERT INTO entry_draft VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                    "text = excluded.text, saved_at = excluded.saved_at", key + [text, stamp],
                )


def load_draft(db: sqlite_utils.Database, username: str, agency_id: int, year: int, quarter: int) -> Draft | None:
    rows = db.execute(
        "SELECT indicator_id, field, text, saved_at FROM entry_draft "
        "WHERE username = ? AND agency_id = ? AND year = ? AND quarter = ?",
        [username, agency_id, year, quarter],
    ).fetchall()
    if not rows:
        return None
    return Draft(max(r[3] for r in rows), {(r[0], r[1]): r[2] for r in rows})


def clear_draft(db: sqlite_utils.Database, username: str, agency_id: int, year: int, quarter: int) -> None:
    with transaction(db):
        db.execute(
            "DELETE FROM entry_draft WHERE username = ? AND agency_id = ? AND year = ? AND quarter = ?",
            [username, agency_id, year, quarter],
        )


