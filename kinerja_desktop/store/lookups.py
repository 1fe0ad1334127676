"""Small reads the screens need: an agency's code or name, the workflow counts of a quarter, and
whether the database is the demo."""
from __future__ import annotations

import sqlite_utils


def agency_code(db: sqlite_utils.Database, agency_id: int) -> str | None:
    row = db.execute("SELECT code FROM agency WHERE id = ?", [agency_id]).fetchone()
    return row[0] if row else None


def agency_name(db: sqlite_utils.Database, agency_id: int) -> str | None:
    row = db.execute("SELECT name FROM agency WHERE id = ?", [agency_id]).fetchone()
    return row[0] if row else None


def quarter_status_counts(db: sqlite_utils.Database, year: int, quarter: int) -> tuple[int, dict[str, int]]:
    """(number of agencies, status -> agencies with a workflow row in that status)."""
    total = db.execute("SELECT count(*) FROM agency").fetchone()[0]
    counts = dict(db.execute(
        "SELECT status, count(*) FROM workflow WHERE year = ? AND quarter = ? GROUP BY status", [year, quarter]))
    return total, counts


def is_demo(db: sqlite_utils.Database) -> bool:
    """The demo generator leaves its scale in the settings."""
    return db.execute("SELECT 1 FROM setting WHERE key = 'demo_scale'").fetchone() is not None


def make_query_only(db: sqlite_utils.Database) -> None:
    """From now on SQLite refuses every write on this connection."""
    db.execute("PRAGMA query_only = ON")
