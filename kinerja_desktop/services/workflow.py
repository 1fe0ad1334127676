"""Changing the status of an OPD's quarter (Draf -> Diajukan -> Diverifikasi -> Dikunci).

One transaction writes `workflow` and `workflow_log`. The rules of who may do what live in
domain/workflow.py; this adds the checks that need the data: an operator submits only their own
OPD, nothing is submitted empty, a viewer changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass

import sqlite_utils

from kinerja_desktop.store.audit_log import append_workflow_log
from kinerja_desktop.domain import workflow as rules
from kinerja_desktop.domain.entities import User
from kinerja_desktop.domain.workflow import STATUS_LABELS, WorkflowError
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import transaction

# Labels of the buttons that request each step, in the order the form shows them.
ACTIONS = (
    ("submit", "draft", "submitted", "Ajukan"),
    ("verify", "submitted", "verified", "Verifikasi"),
    ("return", "submitted", "draft", "Kembalikan"),
    ("return_verified", "verified", "draft", "Kembalikan"),
    ("lock", "verified", "locked", "Kunci"),
    ("unlock", "locked", "verified", "Buka kunci"),
)


@dataclass(frozen=True)
class LogEntry:
    old_status: str
    new_status: str
    reason: str
    at: str
    by_user: str


def filled_count(db: sqlite_utils.Database, agency_id: int, year: int, quarter: int) -> tuple[int, int]:
    """(indicators with a value this quarter, active indicators) of the OPD."""
    row = db.execute(
        "SELECT count(r.indicator_id), count(i.id) FROM indicator i LEFT JOIN realisation r "
        "ON r.indicator_id = i.id AND r.year = ? AND r.quarter = ? "
        "WHERE i.agency_id = ? AND i.retired_at IS NULL",
        [year, quarter, agency_id],
    ).fetchone()
    return row[0], row[1]


def submission_warnings(db: sqlite_utils.Database, agency_id: int, year: int, quarter: int) -> list[str]:
    """What the operator is asked to confirm before submitting (not a refusal)."""
    filled, total = filled_count(db, agency_id, year, quarter)
    if 0 < filled < total:
        return [f"{total - filled} dari {total} indikator belum diisi untuk triwulan ini."]
    return []


def allowed_actions(user: User | None, status: str, agency_id: int) -> list[tuple[str, str, str, str]]:
    """The actions this user may take on a quarter with `status` (for enabling buttons)."""
    if user is None:
        return []
    own = user.agency_id == agency_id
    result = []
    for action in ACTIONS:
        _, old, new, _ = action
        if old != status:
            continue
        roles, _needs_reason = rules.TRANSITIONS[(old, new)]
        if user.role in roles and (user.role != "operator" or own):
            result.append(action)
    return result


def needs_reason(old: str, new: str) -> bool:
    rule = rules.TRANSITIONS.get((old, new))
    return bool(rule and rule[1])


def change_status(
    db: sqlite_utils.Database, user: User, agency_id: int, year: int, quarter: int, new_status: str, reason: str = ""
) -> str:
    """Move the quarter to `new_status`; returns the old status. Raises WorkflowError (nothing
    written) when the step is not allowed."""
    if quarter not in (1, 2, 3, 4):
        raise WorkflowError(f"Triwulan {quarter} tidak ada; pilih triwulan 1 sampai 4.")
    if new_status not in rules.STATUSES:
        raise WorkflowError(f"Status '{new_status}' tidak dikenal.")
    if repo.workflow_status(db, agency_id, year, quarter) == "locked" and new_status != "locked":
        _backup_before_unlock(db, user, agency_id, year, quarter, new_status, reason)
    with transaction(db):
        if db.execute("SELECT 1 FROM agency WHERE id = ?", [agency_id]).fetchone() is None:
            raise WorkflowError(f"OPD dengan id {agency_id} tidak ada.")
        old = repo.workflow_status(db, agency_id, year, quarter)
        if old == new_status:
            raise WorkflowError(f"Triwulan ini sudah berstatus {STATUS_LABELS[old]}.")
        own = user.agency_id == agency_id
        rules.check_transition(user.role, old, new_status, reason, own_agency=own)
        if new_status == "submitted":
            filled, total = filled_count(db, agency_id, year, quarter)
            if total == 0:
                raise WorkflowError("OPD ini tidak mempunyai indikator aktif; tidak ada yang dapat diajukan.")
            if filled == 0:
                raise WorkflowError("Belum ada realisasi yang diisi untuk triwulan ini; isi dan simpan dulu sebelum mengajukan.")
        if db.execute(
            "SELECT 1 FROM entry_draft WHERE agency_id = ? AND year = ? AND quarter = ? LIMIT 1",
            [agency_id, year, quarter],
        ).fetchone() and new_status in ("submitted", "verified", "locked") and user.role == "operator":
            raise WorkflowError("Masih ada isian yang belum disimpan; simpan atau buang dulu sebelum mengajukan.")
        stamp = now_iso()
        db.execute(
            "INSERT INTO workflow (agency_id, year, quarter, status, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (agency_id, year, quarter) DO UPDATE SET status = excluded.status, "
            "changed_at = excluded.changed_at, changed_by = excluded.changed_by",
            [agency_id, year, quarter, new_status, stamp, user.username],
        )
        append_workflow_log(db, [(agency_id, year, quarter, old, new_status, reason.strip(), stamp, user.username)])
        # Locking seals the quarter's values; unlocking (with its reason in the log) ends the seal.
        if new_status == "locked":
            seals.seal_quarters(db, {(agency_id, year, quarter)}, stamp)
        elif old == "locked":
            seals.remove_seal(db, "quarter", seals.quarter_scope(agency_id, year, quarter))
    return old


def _backup_before_unlock(db, user, agency_id, year, quarter, new_status, reason) -> None:
    """An unlock is backed up first, once the step is known to be allowed (a refused step takes no copy)."""
    from kinerja_desktop.services.backups import BackupFailed, before_event

    rules.check_transition(user.role, "locked", new_status, reason, own_agency=user.agency_id == agency_id)
    try:
        before_event(db, "buka-kunci")
    except BackupFailed as exc:
        raise WorkflowError(str(exc)) from exc


def history(db: sqlite_utils.Database, agency_id: int, year: int, quarter: int) -> list[LogEntry]:
    return [
        LogEntry(*row)
        for row in db.execute(
            "SELECT old_status, new_status, reason, at, by_user FROM workflow_log "
            "WHERE agency_id = ? AND year = ? AND quarter = ? ORDER BY id",
            [agency_id, year, quarter],
        )
    ]
