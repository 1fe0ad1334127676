"""Opening, creating, checking, migrating and backing up a Kinerja database.

Every refusal raises DatabaseError with an Indonesian message and leaves the file untouched:
all checks run on a read-only connection before anything is written.
"""
from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import sys
from pathlib import Path
from typing import Callable, Iterator

import sqlite_utils

from kinerja_desktop.paths import SCHEMA_SQL

APPLICATION_ID = 0x4B4E4A44  # "KNJD"
SCHEMA_VERSION = 5
SQLITE_MAGIC = b"SQLite format 3\x00"
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs"}

# Migrations from version N to N+1, as SQL (or a function of the connection, for a step SQL
# cannot do); the schema file is always the newest version.
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection], None]] = {
    # 2: goals, objectives, programs, activities and sub-activities can be retired, like indicators.
    1: "\n".join(f"ALTER TABLE {table} ADD COLUMN retired_at TEXT;"
                 for table in ("goal", "objective", "program", "activity", "sub_activity")),
    # 3: the audit log takes new kinds of change (keys, users, backups; checked by its one writer),
    # and an OPD's replaced keys are kept. SQLite cannot drop a CHECK, so the table is rebuilt.
    2: """
CREATE TABLE audit_log_new (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, by_user TEXT NOT NULL, entity TEXT NOT NULL,
    indicator_id INTEGER, budget_id INTEGER, agency_id INTEGER, year INTEGER, quarter INTEGER,
    old_value TEXT, new_value TEXT, source TEXT NOT NULL, source_ref TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_log_new SELECT id, at, by_user, entity, indicator_id, budget_id, agency_id, year, quarter,
    old_value, new_value, source, source_ref FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_indicator ON audit_log(indicator_id, year, quarter);
CREATE INDEX audit_agency ON audit_log(agency_id, at);
CREATE TABLE agency_key_history (
    id INTEGER PRIMARY KEY, agency_id INTEGER NOT NULL REFERENCES agency(id), public_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL, registered_at TEXT NOT NULL, registered_by TEXT NOT NULL,
    replaced_at TEXT, reason TEXT NOT NULL DEFAULT ''
);
""",
    # 4: tamper evidence (docs/security.md): the logs are hash-chained and seals are kept.
    3: lambda conn: _tamper_evidence(conn),
    # 5: several plan periods (store/migration_periods.py, docs: PERIODS).
    4: lambda conn: _plan_periods(conn),
}


class DatabaseError(Exception):
    """A database that cannot be used; str() is an Indonesian message for the user."""


class DatabaseDamaged(DatabaseError):
    """A Kinerja database that fails its check: opened read-only, restored from a backup."""


class DatabaseWriteFailed(DatabaseError, sqlite3.OperationalError):
    """A write that SQLite refused (locked, read-only, disk full); the transaction was rolled back.
    Also an sqlite3.OperationalError, so callers that already catch SQLite errors still do."""


class DatabaseBusy(DatabaseWriteFailed):
    """Another program holds the write lock longer than the busy timeout; nothing was written."""


BUSY_MESSAGE = "Basis data sedang dipakai program lain; menunggu…"


def write_failure(db: sqlite_utils.Database, exc: sqlite3.Error) -> DatabaseWriteFailed | None:
    """The Indonesian form of an SQLite write error, or None when it is not one of these kinds."""
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
        where = f"'{row[2]}'" if row and row[2] else "ini"
    except sqlite3.Error:
        where = "ini"
    if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        waited = busy_timeout_ms(db) // 1000
        return DatabaseBusy(
            f"Basis data {where} sedang dipakai program lain (sedang menulis)"
            + (f" lebih dari {waited} detik" if waited else "") + "; tidak ada yang diubah. Tutup program "
            "lain itu atau tunggu sebentar, lalu ulangi.")
    if code.startswith("SQLITE_READONLY") or "readonly" in text:
        return DatabaseWriteFailed(
            f"Basis data {where} hanya-baca; perubahan tidak disimpan. Salin berkasnya ke folder yang "
            "dapat ditulisi atau periksa izin berkas, lalu simpan lagi.")
    if code.startswith(("SQLITE_FULL", "SQLITE_IOERR")) or "disk is full" in text or "disk i/o" in text:
        return DatabaseWriteFailed(
            f"Basis data {where} tidak dapat ditulisi: ruang disk penuh atau media bermasalah; perubahan "
            "tidak disimpan. Kosongkan ruang disk (atau periksa medianya), lalu simpan lagi.")
    return None


def busy_timeout_ms(db: sqlite_utils.Database) -> int:
    return int(db.conn.execute("PRAGMA busy_timeout").fetchone()[0])


@contextlib.contextmanager
def busy_timeout(db: sqlite_utils.Database, milliseconds: int) -> Iterator[None]:
    """Wait at most `milliseconds` for another writer inside the block (the GUI waits in short steps)."""
    before = busy_timeout_ms(db)
    db.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        db.conn.execute(f"PRAGMA busy_timeout = {before}")


def _looks_read_only(path: Path) -> bool:
    # Checked on the mode bits, not os.access: root may write anything, but a file marked
    # read-only (or a Windows read-only attribute) is a person's wish not to change it.
    return not (path.stat().st_mode & stat.S_IWUSR) or not os.access(path, os.W_OK)


def on_network_filesystem(path: Path) -> bool:
    """WAL needs shared memory, which network filesystems do not provide."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        if resolved.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(resolved)[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE
        except Exception:  # pragma: no cover - best effort on odd systems
            return False
    try:
        best, fstype = "", ""
        with open("/proc/mounts", encoding="utf-8") as mounts:
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                    best, fstype = parts[1], parts[2]
        return fstype in NETWORK_FILESYSTEMS
    except OSError:
        return False


def inspect_file(path: Path, check_pages: bool = True) -> int:
    """Check that `path` is a Kinerja database this program can open; return its version.
    `check_pages`: also SQLite's quick_check of every page (0.5 s at a province's scale).

    Uses a read-only connection, so nothing about the file changes.
    """
    if not path.parent.exists():
        raise DatabaseError(f"Folder '{path.parent}' tidak ada. Periksa lokasi basis data (--db).")
    if not path.exists():
        raise DatabaseError(f"Berkas basis data '{path}' tidak ada. Buat dengan 'kinerja demo --db {path}'.")
    if path.is_dir():
        raise DatabaseError(f"'{path}' adalah folder, bukan berkas basis data.")
    if path.stat().st_size == 0:
        raise DatabaseError(f"Berkas '{path}' kosong (0 byte), bukan basis data Kinerja.")
    with path.open("rb") as fh:
        head = fh.read(100)
    if not head.startswith(SQLITE_MAGIC):
        kind = "arsip zip (mungkin berkas Excel)" if head.startswith(b"PK") else "bukan basis data SQLite"
        raise DatabaseError(f"Berkas '{path}' {kind}; bukan basis data Kinerja.")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Berkas '{path}' tidak dapat dibuka: {exc}.") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise DatabaseError(f"Berkas '{path}' adalah basis data SQLite lain, bukan basis data Kinerja.")
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"Basis data '{path}' dibuat oleh versi program yang lebih baru (skema {version}, "
                f"program ini mengenal sampai skema {SCHEMA_VERSION}). Perbarui Kinerja Desktop."
            )
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")] if check_pages else ["ok"]
        if problems != ["ok"]:
            raise DatabaseDamaged(
                f"Basis data '{path}' rusak ({'; '.join(problems[:3])}). "
                "Pulihkan dari cadangan terakhir (menu Berkas > Pulihkan…, atau kinerja restore)."
            )
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"Basis data '{path}' rusak atau tidak terbaca: {exc}. "
                              "Pulihkan dari cadangan terakhir (menu Berkas > Pulihkan…, atau kinerja restore).") from exc
    finally:
        conn.close()
    return version


def _configure(conn: sqlite3.Connection, path: Path | None, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if read_only:
        return
    conn.execute("PRAGMA synchronous = FULL")  # an acknowledged save survives a power cut
    if path is not None and on_network_filesystem(path):
        # One writer and the rollback journal: WAL would corrupt over SMB/NFS.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    elif path is not None:
        conn.execute("PRAGMA journal_mode = WAL")


def open_database(path: str | Path, read_only: bool = False, allow_older: bool = False,
                  check_pages: bool = True) -> sqlite_utils.Database:
    """Open an existing Kinerja database, migrating it (after a backup copy) if it is older.
    Read-only, an older database cannot be migrated and is refused (unless `allow_older`, for
    `kinerja check`, which only inspects it). `check_pages=False`: a second connection to a file
    the program opened (and checked) already, for work off the GUI thread."""
    path = Path(path)
    version = inspect_file(path, check_pages)
    if read_only and version < SCHEMA_VERSION and not allow_older:
        raise DatabaseError(
            f"Basis data '{path}' memakai skema lama (versi {version}; program ini versi {SCHEMA_VERSION}). "
            "Buka sekali dengan Kinerja Desktop (bukan hanya-baca) agar diperbarui; salinannya disimpan dulu."
        )
    if not read_only and _looks_read_only(path):
        raise DatabaseError(
            f"Berkas basis data '{path}' hanya-baca. Salin ke folder yang dapat ditulisi, "
            "atau buka hanya untuk dilihat."
        )
    if not read_only and version < SCHEMA_VERSION:
        _migrate(path, version)
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    _configure(conn, path, read_only)
    return sqlite_utils.Database(conn)


def _migrate(path: Path, version: int) -> None:
    from kinerja_desktop.store.backup_files import take_automatic

    backup_path = path.with_name(f"{path.name}.v{version}.bak")
    backup(path, backup_path)
    take_automatic(path, path, "migrasi")   # also in the rotated folder, with the other automatic copies
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for step in range(version, SCHEMA_VERSION):
            if callable(MIGRATIONS[step]):
                MIGRATIONS[step](conn)
                continue
            for statement in _split(MIGRATIONS[step]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except Exception as exc:
        conn.execute("ROLLBACK")
        raise DatabaseError(f"Pembaruan skema basis data gagal ({exc}); salinan ada di '{backup_path}'.") from exc
    finally:
        conn.close()


SEAL_TABLE = """
CREATE TABLE seal (
    kind       TEXT NOT NULL,
    scope      TEXT NOT NULL DEFAULT '',
    digest     TEXT NOT NULL,
    content    BLOB,
    public_key BLOB,
    signature  TEXT NOT NULL DEFAULT '',
    sealed_at  TEXT NOT NULL,
    PRIMARY KEY (kind, scope)
) WITHOUT ROWID
"""


def _tamper_evidence(conn: sqlite3.Connection) -> None:
    """Schema 4: chain the rows the logs hold and seal the plan, the users and the locked
    quarters as they are found now. An edit made outside the program before this moment cannot
    be seen any more; every one after it can (docs/security.md)."""
    from datetime import datetime, timezone

    from kinerja_desktop.store import audit_log, seals

    conn.execute("ALTER TABLE audit_log ADD COLUMN hash TEXT")
    conn.execute("ALTER TABLE workflow_log ADD COLUMN hash TEXT")
    conn.execute(SEAL_TABLE)
    stamp = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
    for log in audit_log.LOGS:
        audit_log.chain_existing(conn, log, stamp)
    seals.seal_plan(conn, stamp)
    seals.seal_users(conn, stamp)
    seals.seal_quarters(conn, seals.locked_quarters(conn), stamp)


def _plan_periods(conn: sqlite3.Connection) -> None:
    from kinerja_desktop.store import migration_periods

    migration_periods.migrate(conn)


def _split(script: str) -> list[str]:
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]


def create_database(path: str | Path | None) -> sqlite_utils.Database:
    """A new, empty database with the schema; `None` gives an in-memory one (tests)."""
    if path is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    else:
        path = Path(path)
        if not path.parent.exists():
            raise DatabaseError(f"Folder '{path.parent}' tidak ada. Buat foldernya dulu atau pilih lokasi lain.")
        if path.exists():
            raise DatabaseError(f"Berkas '{path}' sudah ada; program tidak menimpa basis data.")
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    _configure(conn, path, read_only=False)
    db = sqlite_utils.Database(conn)
    with transaction(db):
        for statement in _split(SCHEMA_SQL.read_text(encoding="utf-8")):
            conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return db


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One use case = one transaction. Takes the write lock at the start (BEGIN IMMEDIATE) so
    two writers never deadlock half-way; nested calls become savepoints."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        # Locked, read-only or full: an Indonesian message instead of SQLite's English words.
        problem = None if isinstance(exc, DatabaseWriteFailed) else write_failure(db, exc)
        if problem is None:
            raise
        raise problem from exc


def backup(source: str | Path | sqlite_utils.Database, out: str | Path) -> Path:
    """A consistent, checked copy through SQLite's online backup, safe while the program is open;
    refuses an `out` that is the database itself (store/backup_files.py)."""
    from kinerja_desktop.store.backup_files import copy_database

    return copy_database(source if isinstance(source, sqlite_utils.Database) else Path(source), Path(out))


def integrity_check(db: sqlite_utils.Database) -> list[str]:
    rows = [row[0] for row in db.execute("PRAGMA integrity_check").fetchall()]
    fk = db.execute("PRAGMA foreign_key_check").fetchall()
    return [] if rows == ["ok"] and not fk else [r for r in rows if r != "ok"] + [f"foreign key: {r}" for r in fk]
