"""An OPD's registered signing key and the history of its keys (SQL only; the rules are in
services/package_office.py). Callers hold the transaction."""
from __future__ import annotations

import sqlite_utils


def agency_key(db: sqlite_utils.Database, agency_code: str) -> tuple[int, str, bytes | None] | None:
    """(agency id, code, registered public key or None), or None when no OPD has that code."""
    row = db.execute("SELECT id, code, public_key FROM agency WHERE code = ? COLLATE NOCASE", [agency_code]).fetchone()
    return None if row is None else (row[0], row[1], None if row[2] is None else bytes(row[2]))


def replace_key(db: sqlite_utils.Database, agency_id: int, old_key: bytes | None, old_fingerprint: str,
                new_key: bytes, new_fingerprint: str, at: str, by_user: str, reason: str) -> None:
    """Make `new_key` the OPD's key; the old one stays in the history, marked replaced (with why)."""
    if old_key is not None and db.execute(
            "SELECT 1 FROM agency_key_history WHERE agency_id = ? AND replaced_at IS NULL", [agency_id]).fetchone() is None:
        # registered before the history existed (schema < 3): recorded now, when and by whom unknown
        db.execute("INSERT INTO agency_key_history (agency_id, public_key, fingerprint, registered_at, registered_by) "
                   "VALUES (?, ?, ?, '', '')", [agency_id, old_key, old_fingerprint])
    db.execute("UPDATE agency_key_history SET replaced_at = ?, reason = ? WHERE agency_id = ? AND replaced_at IS NULL",
               [at, reason, agency_id])
    db.execute("INSERT INTO agency_key_history (agency_id, public_key, fingerprint, registered_at, registered_by) "
               "VALUES (?, ?, ?, ?, ?)", [agency_id, new_key, new_fingerprint, at, by_user])
    db.execute("UPDATE agency SET public_key = ? WHERE id = ?", [new_key, agency_id])


def key_history(db: sqlite_utils.Database, agency_id: int) -> list[tuple]:
    """(fingerprint, registered_at, registered_by, replaced_at, reason), oldest first."""
    return [tuple(r) for r in db.execute(
        "SELECT fingerprint, registered_at, registered_by, replaced_at, reason FROM agency_key_history "
        "WHERE agency_id = ? ORDER BY id", [agency_id])]
