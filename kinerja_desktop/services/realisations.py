"""Saving a quarter's realisations, notes and spending: one transaction with an audit row for
every value that changes, refused as a whole if any part is not allowed."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import Decimal

import sqlite_utils

from kinerja_desktop.domain import workflow
from kinerja_desktop.domain.entities import User, ValueChange
from kinerja_desktop.domain.numbers import range_problem, shown_text, stored_number, to_text
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store import seals
from kinerja_desktop.store.audit_log import SOURCES, append_audit
from kinerja_desktop.store.database import transaction



class SaveRefused(Exception):
    """Nothing was written; the message (Indonesian) says what and where."""


class SaveConflict(SaveRefused):
    """Someone else saved some of these rows after the form loaded them; nothing was written."""


@dataclass(frozen=True)
class Loaded:
    """What the form showed when it loaded the rows a save changes; they must still hold it."""
    values: dict[int, tuple[Decimal | None, str]]                    # indicator id -> (value, note)
    spending: dict[int, Decimal | None] = field(default_factory=dict)  # budget id -> spent
    spending_labels: dict[int, str] = field(default_factory=dict)    # budget id -> what the person sees


@dataclass(frozen=True)
class SpendingChange:
    budget_id: int
    quarter: int
    spent: Decimal | None


@dataclass(frozen=True)
class SaveResult:
    values_changed: int
    notes_changed: int
    spending_changed: int

    @property
    def total(self) -> int:
        return self.values_changed + self.notes_changed + self.spending_changed


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def save_quarter(
    db: sqlite_utils.Database,
    user: User,
    agency_id: int,
    year: int,
    quarter: int,
    changes: list[ValueChange],
    spending: list[SpendingChange] = (),
    source: str = "form",
    source_ref: str = "",
    loaded: Loaded | None = None,
) -> SaveResult:
    """Write the changes of one OPD's quarter. Checks everything before writing anything; with
    `loaded`, refuses (SaveConflict) when another save changed those rows in between."""
    if source not in SOURCES:
        raise ValueError(source)
    if quarter not in (1, 2, 3, 4):
        raise SaveRefused(f"Triwulan {quarter} tidak ada; pilih triwulan 1 sampai 4.")
    with transaction(db):
        status = repo.workflow_status(db, agency_id, year, quarter)
        own = user.agency_id == agency_id
        if not workflow.can_edit(user.role, status, own):
            raise SaveRefused(workflow.edit_refusal(user.role, status, own))
        _check_changes(db, agency_id, quarter, changes)
        if loaded is not None:
            _check_loaded(db, year, quarter, loaded)
        stamp = now_iso()
        values_changed, notes_changed = _apply_changes(db, user, agency_id, year, changes, stamp, source, source_ref)
        spent = _apply_spending(db, user, agency_id, year, spending, stamp, source, source_ref)
        if status == "locked":   # should the rules ever let a locked quarter be corrected, its seal follows
            seals.seal_quarters(db, {(agency_id, year, quarter)}, stamp)
    return SaveResult(values_changed, notes_changed, spent)


def _check_changes(db, agency_id: int, quarter: int, changes: list[ValueChange]) -> None:
    ids = {c.indicator_id for c in changes}
    rows = {
        r[0]: r
        for r in db.execute(
            "SELECT id, code, agency_id, allow_negative, retired_at FROM indicator "
            "WHERE id IN (SELECT value FROM json_each(?))",
            ["[" + ",".join(map(str, ids)) + "]"],
        )
    }
    for c in changes:
        row = rows.get(c.indicator_id)
        if row is None:
            raise SaveRefused(f"Indikator dengan id {c.indicator_id} tidak ada.")
        _, code, owner, allow_negative, retired = row
        if owner != agency_id:
            raise SaveRefused(f"Indikator {code} bukan milik OPD ini.")
        if retired:
            raise SaveRefused(f"Indikator {code} sudah tidak aktif.")
        if c.quarter != quarter:
            raise SaveRefused(f"Nilai indikator {code} untuk triwulan {c.quarter}, bukan triwulan {quarter}.")
        problem = None if c.value is None else range_problem(c.value)   # first: NaN cannot be compared
        if problem:
            raise SaveRefused(f"Realisasi indikator {code} ({shown_text(c.value)}) {problem}.")
        if c.value is not None and c.value < 0 and not allow_negative:
            raise SaveRefused(f"Realisasi indikator {code} tidak boleh negatif ({c.value}).")


def _check_loaded(db, year: int, quarter: int, loaded: Loaded) -> None:
    """No lost update: every row about to be written must still hold what the form showed."""
    def state(value, note):
        return (value, (note or "") if value is not None else "")

    now = repo.quarter_values(db, year, quarter, loaded.values)
    moved = []
    for indicator_id, (value, note) in loaded.values.items():
        current = now.get(indicator_id, (None, ""))
        if state(*current) != state(value, note):
            indicator = repo.load_indicator(db, indicator_id)
            shown = "kosong" if current[0] is None else to_text(current[0]).replace(".", ",")
            moved.append(f"{indicator.code if indicator else indicator_id} (sekarang {shown})")
    spent_now = repo.quarter_spending(db, quarter, loaded.spending)
    for budget_id, spent in loaded.spending.items():
        if spent_now.get(budget_id) != spent:
            label = loaded.spending_labels.get(budget_id, f"anggaran {budget_id}")
            moved.append(f"{label} (sekarang {'kosong' if budget_id not in spent_now else to_text(spent_now[budget_id])})")
    if moved:
        raise SaveConflict(
            "Data berikut sudah diubah orang lain sejak formulir ini dibuka: " + ", ".join(moved[:10])
            + (f" dan {len(moved) - 10} lainnya" if len(moved) > 10 else "")
            + ". Tidak ada yang disimpan; isian Anda tetap di formulir.")


def _apply_changes(db, user, agency_id, year, changes: list[ValueChange], stamp, source, source_ref) -> tuple[int, int]:
    """All value/note changes: one read of the old rows, then batched writes (a package writes hundreds)."""
    old_rows = {
        (ind, q): (v, n)
        for ind, q, v, n in db.execute(
            "SELECT indicator_id, quarter, value, note FROM realisation WHERE year = ? AND indicator_id IN "
            "(SELECT value FROM json_each(?)) AND quarter IN (SELECT value FROM json_each(?))",
            [year, "[" + ",".join(str(c.indicator_id) for c in changes) + "]",
             "[" + ",".join(map(str, {int(c.quarter) for c in changes})) + "]"],
        )
    } if changes else {}
    final: dict[tuple[int, int], list] = {}     # the last write per row wins, as in sequential writes
    audits = []
    values_changed = notes_changed = 0
    for c in changes:
        key = (c.indicator_id, c.quarter)
        old_value, old_note = old_rows.get(key, (None, ""))
        new_value = to_text(c.value)
        new_note = old_note if c.note is None else c.note
        # A stored text outside the number rule (older version, hand edit) differs from anything typed.
        value_changed = old_value is not None and stored_number(old_value) is None or \
            stored_number(old_value) != c.value
        note_changed = new_note != old_note
        if not value_changed and not note_changed:
            continue
        # The same indicator twice in one call: the second sees what the first wrote.
        old_rows[key] = (new_value, new_note) if new_value is not None else (None, "")
        # A note without a value has nowhere to live (deleted row); it goes into the audit log.
        final[key] = [c.indicator_id, year, c.quarter] + ([] if new_value is None else
                                                          [new_value, new_note, stamp, user.username])
        for entity, old_v, new_v, changed in (
            ("realisation", old_value, new_value, value_changed),
            ("note", old_note, new_note, note_changed),
        ):
            if changed:
                audits.append([stamp, user.username, entity, c.indicator_id, None, agency_id, year, c.quarter,
                               old_v, new_v, source, source_ref])
        values_changed += value_changed
        notes_changed += note_changed
    deletes = [row for row in final.values() if len(row) == 3]
    upserts = [row for row in final.values() if len(row) > 3]
    if deletes:
        db.conn.executemany("DELETE FROM realisation WHERE indicator_id = ? AND year = ? AND quarter = ?", deletes)
    if upserts:
        db.conn.executemany(
            "INSERT INTO realisation (indicator_id, year, quarter, value, note, updated_at, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (indicator_id, year, quarter) DO UPDATE SET "
            "value = excluded.value, note = excluded.note, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            upserts,
        )
    if audits:
        append_audit(db, audits)
    return values_changed, notes_changed


def _apply_spending(db, user, agency_id, year, spending, stamp, source, source_ref) -> int:
    """All spending changes: one read of the owners and old rows, then batched writes."""
    if not spending:
        return 0
    ids = "[" + ",".join(str(int(s.budget_id)) for s in spending) + "]"
    owners = {bid: (agency, y) for bid, agency, y in db.execute(
        "SELECT b.id, coalesce(p1.agency_id, p2.agency_id, p3.agency_id), b.year FROM budget b "
        "LEFT JOIN program p1 ON p1.id = b.program_id "
        "LEFT JOIN activity a2 ON a2.id = b.activity_id LEFT JOIN program p2 ON p2.id = a2.program_id "
        "LEFT JOIN sub_activity s3 ON s3.id = b.sub_activity_id LEFT JOIN activity a3 ON a3.id = s3.activity_id "
        "LEFT JOIN program p3 ON p3.id = a3.program_id WHERE b.id IN (SELECT value FROM json_each(?))",
        [ids],
    )}
    old_rows = {(bid, q): v for bid, q, v in db.execute(
        "SELECT budget_id, quarter, spent FROM spending WHERE budget_id IN (SELECT value FROM json_each(?))", [ids])}
    final: dict[tuple[int, int], list] = {}     # the last write per row wins, as in sequential writes
    audits = []
    for s in spending:
        problem = None if s.spent is None else range_problem(s.spent)
        if problem:
            raise SaveRefused(f"Realisasi anggaran ({shown_text(s.spent)}) {problem}.")
        if s.spent is not None and s.spent < 0:
            raise SaveRefused("Realisasi anggaran tidak boleh negatif.")
        if owners.get(s.budget_id) != (agency_id, year):
            raise SaveRefused("Anggaran yang diubah bukan milik OPD dan tahun ini.")
        key = (s.budget_id, s.quarter)
        old_value = old_rows.get(key)
        if stored_number(old_value) == s.spent and (old_value is None or stored_number(old_value) is not None):
            continue
        new_value = to_text(s.spent)
        old_rows[key] = new_value
        final[key] = [s.budget_id, s.quarter] + ([] if new_value is None else [new_value, stamp, user.username])
        audits.append([stamp, user.username, "spending", None, s.budget_id, agency_id, year, s.quarter, old_value,
                       new_value, source, source_ref])
    deletes = [row for row in final.values() if len(row) == 2]
    upserts = [row for row in final.values() if len(row) > 2]
    if deletes:
        db.conn.executemany("DELETE FROM spending WHERE budget_id = ? AND quarter = ?", deletes)
    if upserts:
        db.conn.executemany(
            "INSERT INTO spending (budget_id, quarter, spent, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (budget_id, quarter) DO UPDATE SET spent = excluded.spent, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            upserts,
        )
    if audits:
        append_audit(db, audits)
    return len(audits)
