"""The one writer of the audit log and the workflow log.

Every service appends through these two functions, so whatever the logs must carry (the
chain of hashes that makes tampering visible) is added in one place. The allowed entities and
sources are checked here rather than by a CHECK constraint, so that a new kind of change does
not need a table rebuild.

The chain: each row's `hash` is SHA-256 over the log's name, the row's id and columns, and the
previous row's hash; the last id and hash are kept in a signed seal ("head", store/seals.py),
so that a removed last row is seen too. Ids are given here (last + 1): a gap is a removed row.
"""
from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring as _escape   # the C function json.dumps uses
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import sqlite_utils

from kinerja_desktop.store import seals
from kinerja_desktop.store.database import transaction

AUDIT_COLUMNS = ("at", "by_user", "entity", "indicator_id", "budget_id", "agency_id", "year", "quarter",
                 "old_value", "new_value", "source", "source_ref")
WORKFLOW_COLUMNS = ("agency_id", "year", "quarter", "old_status", "new_status", "reason", "at", "by_user")

# realisation/note/spending/target: values; plan: the plan and settings; key: an OPD's signing
# key; user: user administration; backup: backups and restores.
ENTITIES = ("realisation", "note", "spending", "target", "plan", "key", "user", "backup")
SOURCES = ("form", "package", "correction", "master", "demo", "cli", "admin")

LOGS = {"audit_log": AUDIT_COLUMNS, "workflow_log": WORKFLOW_COLUMNS}
_INTEGER_COLUMNS = {"indicator_id", "budget_id", "agency_id", "year", "quarter"}


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
    return _append(db, "audit_log", rows)


def append_workflow_log(db: sqlite_utils.Database, rows: Iterable[Sequence]) -> int:
    """Append workflow log rows (tuples in WORKFLOW_COLUMNS order); returns how many."""
    return _append(db, "workflow_log", [tuple(r) for r in rows])


def _normal(columns: Sequence[str], row: Sequence) -> tuple:
    """The values as SQLite will store them (TEXT columns hold text), so the hash written now
    is the hash read back later."""
    return tuple(None if v is None else (int(v) if c in _INTEGER_COLUMNS else str(v)) for c, v in zip(columns, row))


def _json(v) -> str:
    """One value as json.dumps(ensure_ascii=False) writes it."""
    if type(v) is str:
        return _escape(v)
    if v is None:
        return "null"
    return str(v) if type(v) is int else json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def row_hash(log: str, row_id: int, values: Sequence, previous: str) -> str:
    """SHA-256 of json.dumps([log, row_id, *values, previous], ensure_ascii=False,
    separators=(",", ":")), the text written out directly (the same bytes, a third of the cost;
    tests/unit/test_audit_hash_text.py compares the two)."""
    text = f"[{_escape(log)},{int(row_id)},{','.join([_json(v) for v in values])},{_json(previous)}]"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _append(db: sqlite_utils.Database, log: str, rows: list[tuple]) -> int:
    if not rows:
        return 0
    columns = LOGS[log]
    sql = (f"INSERT INTO {log} (id, {', '.join(columns)}, hash) "
           f"VALUES ({', '.join('?' for _ in range(len(columns) + 2))})")
    with transaction(db):
        last = db.execute(f"SELECT id, hash FROM {log} ORDER BY id DESC LIMIT 1").fetchone()
        row_id, previous = (last[0], last[1] or "") if last else (0, "")
        out = []
        ints = tuple(c in _INTEGER_COLUMNS for c in columns)
        head, sha256, escape = f"[{_escape(log)},", hashlib.sha256, _escape
        for row in rows:
            values = [None if v is None else (int(v) if i else str(v)) for i, v in zip(ints, row)]   # _normal
            row_id += 1
            # row_hash(log, row_id, values, previous), inline: every value is None, int or str here,
            # so _json is "null", str() or the escape (test_audit_hash_text checks the equality).
            text = ",".join(["null" if v is None else (escape(v) if type(v) is str else str(v)) for v in values])
            previous = sha256(f"{head}{row_id},{text},{escape(previous)}]".encode("utf-8")).hexdigest()
            out.append((row_id, *values, previous))
        db.conn.executemany(sql, out)
        seals.write_seal(db, log, "", f"{row_id}:{previous}", None, out[-1][columns.index("at") + 1])
    return len(rows)


def chain_existing(conn, log: str, stamp: str) -> None:
    """Hash the rows a log already holds (the schema-4 migration): the chain certifies them as
    they were found then."""
    columns = LOGS[log]
    previous, row_id, updates = "", 0, []
    for row in conn.execute(f"SELECT id, {', '.join(columns)} FROM {log} ORDER BY id"):
        row_id = row[0]
        previous = row_hash(log, row_id, _normal(columns, row[1:]), previous)
        updates.append((previous, row_id))
    conn.executemany(f"UPDATE {log} SET hash = ? WHERE id = ?", updates)
    if updates:
        seals.write_seal(conn, log, "", f"{row_id}:{previous}", None, stamp)


@dataclass
class ChainReport:
    """What verify_chain found in one log; empty lists mean intact."""
    rows: int = 0
    altered: list[int] = field(default_factory=list)          # ids whose content or hash was changed
    removed: list[tuple[int, int]] = field(default_factory=list)  # id ranges (first, last) missing
    head: str = ""     # '', 'missing', 'unsigned', 'bad-signature', 'foreign', 'rewritten'


def verify_chain(db, log: str, own_public_key: bytes | None) -> ChainReport:
    columns = LOGS[log]
    report, previous, expected_id = ChainReport(), "", 1
    last_id, last_hash = 0, ""
    for row in db.execute(f"SELECT id, {', '.join(columns)}, hash FROM {log} ORDER BY id"):
        row_id, stored = row[0], row[-1]
        report.rows += 1
        after_gap = row_id != expected_id
        if after_gap:
            report.removed.append((expected_id, row_id - 1))
        if stored != row_hash(log, row_id, _normal(columns, row[1:-1]), previous) and not after_gap:
            report.altered.append(row_id)
        previous, expected_id, last_id, last_hash = stored or "", row_id + 1, row_id, stored or ""
    head = next(iter(seals.seals(db, log)), None)
    if head is None:
        report.head = "missing" if report.rows else ""
        return report
    head_id, _, head_hash = head.digest.partition(":")
    if not head.signature:
        report.head = "unsigned"
    elif not seals.signature_valid(head):
        report.head = "bad-signature"
    elif own_public_key is not None and head.public_key != own_public_key:
        report.head = "foreign"
    if report.head in ("", "foreign", "unsigned") and head_id.isdigit():
        if int(head_id) > last_id:
            report.removed.append((last_id + 1, int(head_id)))
        elif (int(head_id), head_hash) != (last_id, last_hash) and not report.altered and not report.removed:
            report.head = report.head or "rewritten"
    return report
