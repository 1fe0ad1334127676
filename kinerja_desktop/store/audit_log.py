"""The one writer of the audit log and the workflow log.

Every service appends through these two functions, so whatever the logs must carry (the
chain of hashes that makes tampering visible) is added in one place. The allowed entities and
sources are checked here rather than by a CHECK constraint, so that a new kind of change does
not need a table rebuild.
"""
from __future__ import annotations

from typing import Iterable, Sequence

import sqlite_utils

AUDIT_COLUMNS = ("at", "by_user", "entity", "indicator_id", "budget_id", "agency_id", "year", "quarter",
                 "old_value", "new_value", "source", "source_ref")
WORKFLOW_COLUMNS = ("agency_id", "year", "quarter", "old_status", "new_status", "reason", "at", "by_user")

# realisation/note/spending/target: values; plan: the plan and settings; key: an OPD's signing
# key; user: user administration; backup: backups and restores.
ENTITIES = ("realisation", "note", "spending", "target", "plan", "key", "user", "backup")
SOURCES = ("form", "package", "correction", "master", "demo", "cli", "admin")

_AUDIT_SQL = (f"INSERT INTO audit_log ({', '.join(AUDIT_COLUMNS)}) "
              f"VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})")
_WORKFLOW_SQL = (f"INSERT INTO workflow_log ({', '.join(WORKFLOW_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in WORKFLOW_COLUMNS)})")


def audit_row(at: str, by_user: str, entity: str, source: str, *, old=None, new=None, indicator_id=None,
              budget_id=None, agency_id=None, year=None, quarter=None, source_ref: str = "") -> tuple:
    """One audit row as a tuple in AUDIT_COLUMNS order."""
    return (at, by_user, entity, indicator_id, budget_id, agency_id, year, quarter, old, new, source, source_ref)


def append_audit(db: sqlite_utils.Database, rows: Iterable[Sequence]) -> int:
    """Append audit rows (tuples in AUDIT_COLUMNS order); returns how many."""
    rows = [tuple(r) for r in rows]
    for row in rows:
        if row[2] not in ENTITIES or row[10] not in SOURCES:
            raise ValueError(f"audit row with unknown entity/source: {row[2]!r}/{row[10]!r}")
    if rows:
        db.conn.executemany(_AUDIT_SQL, rows)
    return len(rows)


def append_workflow_log(db: sqlite_utils.Database, rows: Iterable[Sequence]) -> int:
    """Append workflow log rows (tuples in WORKFLOW_COLUMNS order); returns how many."""
    rows = [tuple(r) for r in rows]
    if rows:
        db.conn.executemany(_WORKFLOW_SQL, rows)
    return len(rows)
