"""The file work of backups: a checked copy through SQLite's online backup API, the refusal of a
target that is the database itself, the folder of automatic copies, what a copy holds, and a
restore that replaces the database's content in one transaction.

Every refusal raises DatabaseError (Indonesian message); the database is never changed then.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from kinerja_desktop.store.database import APPLICATION_ID, SCHEMA_VERSION, DatabaseError, inspect_file

FOLDER_SETTING = "backup.folder"
DEFAULT_FOLDER_NAME = "cadangan"
# Written into each copy (never into the database itself): when and why it was taken.
STAMP_KEYS = ("backup.taken_at", "backup.kind", "backup.source")
# A session-1 OPD database kept its private signing key here; a copy must not carry it.
LEGACY_KEY_SETTING = "package.signing_key"
NAME_PATTERN = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<kind>[a-z-]+)\.db$")
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    kind: str


@dataclass
class BackupContents:
    """What a backup holds, for the preview before a restore."""
    path: Path
    taken_at: str | None
    kind: str | None
    schema_version: int
    plans: list[tuple[str, int, int]] = field(default_factory=list)      # (name, start, end)
    counts: dict[str, int] = field(default_factory=dict)                 # indicators, realisations, ...
    workflow: list[tuple[str, int, int, str]] = field(default_factory=list)  # (OPD code, year, quarter, status)


def database_file(db: sqlite_utils.Database) -> Path | None:
    """The file behind a connection; None for an in-memory database."""
    row = db.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def _norm(path: Path) -> str:
    # realpath follows symlinks (of the file and of its folders); normcase folds case on Windows.
    return os.path.normcase(os.path.realpath(path))


def is_database_file(db_path: Path, target: Path) -> bool:
    """Whether `target` is the database or one of its -wal/-shm/-journal files, however named."""
    candidates = [db_path] + [db_path.with_name(db_path.name + s) for s in COMPANION_SUFFIXES]
    for candidate in candidates:
        if target.exists() and candidate.exists():
            try:
                if os.path.samefile(target, candidate):
                    return True
            except OSError:
                pass
        if _norm(target) == _norm(candidate):
            return True
    return False


def refuse_database_target(db_path: Path, target: Path, what: str = "Cadangan") -> None:
    if is_database_file(db_path, target):
        raise DatabaseError(
            f"{what} tidak dapat ditulis ke '{target}': itu basis data '{db_path}' sendiri (atau berkas -wal/-shm-nya). "
            "Pilih nama berkas lain; basis data tidak diubah."
        )


def _connect_source(source: Path | sqlite_utils.Database) -> tuple[sqlite3.Connection, bool]:
    if isinstance(source, sqlite_utils.Database):
        return source.conn, False
    inspect_file(source)
    return sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True), True


def check_copy(path: Path) -> int:
    """The check of a copy just written (its schema version), cheaper than integrity_check and
    still a real one: quick_check reads every page of the copy and proves each table and index
    b-tree well formed (page and cell layout, key order, every page used exactly once or on the
    freelist, records readable, NOT NULL columns), the header names a Kinerja database, and the
    file is exactly page_size x page_count bytes (nothing cut off or left over). What it leaves
    out is integrity_check's cross-check of each index against its table: the copy is the
    source's pages one for one (SQLite's backup API), and the source passes quick_check each
    time it is opened; a restore (check_restored) still runs the full integrity_check."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Salinan '{path}' tidak terbaca: {exc}.") from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise DatabaseError(f"Salinan '{path}' gagal diperiksa ({'; '.join(problems[:3])}).")
    if app_id != APPLICATION_ID:
        raise DatabaseError(f"Salinan '{path}' bukan basis data Kinerja.")
    if pages != path.stat().st_size:
        raise DatabaseError(f"Salinan '{path}' gagal diperiksa (ukuran berkas {path.stat().st_size} byte, "
                            f"seharusnya {pages}).")
    return version


def check_restored(path: Path) -> None:
    """integrity_check of a backup about to replace the database (it may have lain on a disk for
    months): every index against its table too."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Salinan '{path}' tidak terbaca: {exc}.") from exc
    finally:
        conn.close()
    if problems != ["ok"]:
        raise DatabaseError(f"Salinan '{path}' gagal diperiksa ({'; '.join(problems[:3])}).")


def copy_database(source: Path | sqlite_utils.Database, out: Path, kind: str | None = None,
                  db_path: Path | None = None) -> Path:
    """A consistent, checked copy of a live database at `out`: online backup into a temporary file
    in the same folder, integrity and application-id check, then an atomic rename. With a `kind`
    (a backup, not a plain copy) the copy is stamped with when and why, without a legacy key."""
    out = Path(out)
    if not isinstance(source, sqlite_utils.Database):
        source = Path(source)
    src_path = db_path or (database_file(source) if isinstance(source, sqlite_utils.Database) else Path(source))
    if src_path is not None:
        refuse_database_target(src_path, out)
    if not out.parent.exists():
        raise DatabaseError(f"Folder tujuan '{out.parent}' tidak ada.")
    if out.is_dir():
        raise DatabaseError(f"'{out}' adalah folder; tulis nama berkas cadangan, mis. '{out / 'cadangan.db'}'.")
    src, close = _connect_source(source)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            # No sync of its own: the temporary file is fsync'd whole below, before the rename.
            dst.execute("PRAGMA synchronous = OFF")
            total = []
            # One step: a read snapshot, so writers in WAL mode go on meanwhile.
            src.backup(dst, progress=lambda status, remaining, pages: total.append(pages))
            dst.execute("PRAGMA journal_mode = DELETE")
            copied = dst.execute("PRAGMA page_count").fetchone()[0]
            if total and copied != total[-1]:
                raise DatabaseError(f"Cadangan ke '{out}' gagal: salinan memuat {copied} halaman dari {total[-1]}. "
                                    "Basis data tidak diubah.")
            if kind:
                _stamp(dst, kind, src_path)
        finally:
            dst.close()
        check_copy(tmp)
        _fsync(tmp)
        # A -wal beside an old file at `out` would be replayed into the new one and corrupt it.
        for stale in (out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
            stale.unlink(missing_ok=True)
        os.replace(tmp, out)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Cadangan ke '{out}' gagal: {exc}. Basis data tidak diubah.") from exc
    except OSError as exc:
        raise DatabaseError(f"Cadangan ke '{out}' gagal: {exc.strerror or exc}. Basis data tidak diubah.") from exc
    finally:
        tmp.unlink(missing_ok=True)
        if close:
            src.close()
    return out


def _stamp(dst: sqlite3.Connection, kind: str, src_path: Path | None) -> None:
    dst.execute("PRAGMA secure_delete = ON")
    dst.execute("BEGIN")
    dst.execute("DELETE FROM setting WHERE key = ?", [LEGACY_KEY_SETTING])
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    for key, value in zip(STAMP_KEYS, (stamp, kind, str(src_path or ""))):
        dst.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", [key, value])
    dst.execute("COMMIT")


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


# --- the folder of automatic copies --------------------------------------------------------------
def backup_folder(db, db_path: Path) -> Path:
    """The folder set by the administrator, else `cadangan` beside the database (`db`: a
    connection of either kind, or None)."""
    value = None
    if db is not None:
        try:
            row = db.execute("SELECT value FROM setting WHERE key = ?", [FOLDER_SETTING]).fetchone()
            value = row[0] if row else None
        except sqlite3.DatabaseError:
            value = None   # a damaged database still finds its copies in the default folder
    if not value:
        return db_path.parent / DEFAULT_FOLDER_NAME
    folder = Path(value)
    return folder if folder.is_absolute() else db_path.parent / folder


def folder_named_by_file(db_path: Path) -> Path:
    """The backup folder a database file names (read-only), the default one if it cannot say."""
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return backup_folder(conn, db_path)
        finally:
            conn.close()
    except sqlite3.Error:
        return db_path.parent / DEFAULT_FOLDER_NAME


def backup_name(db_path: Path, kind: str, when: dt.datetime) -> str:
    return f"{db_path.stem}-{when:%Y%m%d-%H%M%S}-{kind}.db"


def list_backups(folder: Path, db_path: Path) -> list[BackupFile]:
    """The automatic copies of this database in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = NAME_PATTERN.match(path.name)
        if match and match["stem"] == db_path.stem:
            found.append(BackupFile(path, dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), match["kind"]))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def delete_backups(files: list[BackupFile]) -> None:
    for item in files:
        item.path.unlink(missing_ok=True)


# --- what a copy holds ---------------------------------------------------------------------------
def read_contents(path: Path) -> BackupContents:
    """Check a backup file like a database to open (not SQLite, another program's, damaged, newer
    schema: refused) and read what it holds."""
    path = Path(path)
    try:
        version = inspect_file(path)
    except DatabaseError as exc:
        raise DatabaseError(f"Cadangan '{path.name}' tidak dapat dipakai: {exc}") from exc
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        stamps = dict(conn.execute(f"SELECT key, value FROM setting WHERE key IN ({','.join('?' * len(STAMP_KEYS))})",
                                   STAMP_KEYS).fetchall())
        contents = BackupContents(path, stamps.get("backup.taken_at"), stamps.get("backup.kind"), version)
        contents.plans = conn.execute("SELECT name, start_year, end_year FROM plan ORDER BY start_year, id").fetchall()
        for label, table in (("indikator", "indicator"), ("realisasi", "realisation"), ("OPD", "agency"),
                             ("pengguna", "app_user")):
            contents.counts[label] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        contents.workflow = conn.execute(
            "SELECT a.code, w.year, w.quarter, w.status FROM workflow w JOIN agency a ON a.id = w.agency_id "
            "ORDER BY a.code, w.year, w.quarter").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"Cadangan '{path.name}' tidak terbaca: {exc}.") from exc
    finally:
        conn.close()
    if contents.taken_at is None:
        contents.taken_at = dt.datetime.fromtimestamp(path.stat().st_mtime).isoformat(timespec="seconds")
    return contents


# --- restore -------------------------------------------------------------------------------------
def restore_file(db_path: Path, source: Path) -> None:
    """Replace the content of the database at `db_path` by the backup `source`, all or nothing.

    The backup is copied to a temporary file beside the database and checked there; then SQLite's
    backup API writes it into the database in one write transaction, so a connection that another
    window or process holds stays valid and sees either the old or the new content, and the
    database's -wal stays consistent (a file rename under a live WAL would corrupt it)."""
    read_contents(source)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{db_path.name}.pulih.", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            dst.execute(f"DELETE FROM setting WHERE key IN ({','.join('?' * len(STAMP_KEYS))})", STAMP_KEYS)
        finally:
            dst.close()
            src.close()
        version = check_copy(tmp)
        check_restored(tmp)
        if version > SCHEMA_VERSION:
            raise DatabaseError(f"Cadangan '{source.name}' dibuat oleh versi program yang lebih baru (skema {version}).")
        _write_into(db_path, tmp)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Pemulihan dari '{source.name}' gagal: {exc}. Basis data tidak diubah.") from exc
    except OSError as exc:
        raise DatabaseError(f"Pemulihan dari '{source.name}' gagal: {exc.strerror or exc}. "
                            "Basis data tidak diubah.") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _write_into(db_path: Path, checked_copy: Path) -> None:
    try:
        intact = inspect_file(db_path) is not None
    except DatabaseError:
        intact = False
    if not intact:
        # A damaged database cannot take a transaction: the checked copy replaces the file (its
        # own -wal/-shm go first, they would be replayed into the new file).
        for suffix in COMPANION_SUFFIXES:
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(checked_copy, db_path)
        return
    src = sqlite3.connect(f"{checked_copy.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path, isolation_level=None)
    try:
        dst.execute("PRAGMA busy_timeout = 5000")
        src.backup(dst)
    finally:
        dst.close()
        src.close()


# --- automatic copies ----------------------------------------------------------------------------
def take_automatic(source: Path | sqlite_utils.Database, db_path: Path, kind: str,
                   folder: Path | None = None, now: dt.datetime | None = None) -> Path:
    """A copy named `<db>-<when>-<kind>.db` in the backup folder, then the rotation."""
    folder, out = automatic_target(source, db_path, kind, folder, now)
    copy_database(source, out, kind=kind, db_path=db_path)
    rotate(folder, db_path)
    return out


def automatic_target(source, db_path: Path, kind: str, folder: Path | None = None,
                     now: dt.datetime | None = None) -> tuple[Path, Path]:
    """The backup folder (made if missing) and a free `<db>-<when>-<kind>.db` name in it."""
    if folder is None and isinstance(source, sqlite_utils.Database):
        folder = backup_folder(source, db_path)
    elif folder is None:
        folder = folder_named_by_file(Path(source))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"Folder cadangan '{folder}' tidak dapat dibuat: {exc.strerror or exc}.") from exc
    now = now or dt.datetime.now()
    out = folder / backup_name(db_path, kind, now)
    while out.exists():   # two events in the same second
        now += dt.timedelta(seconds=1)
        out = folder / backup_name(db_path, kind, now)
    return folder, out


def rotate(folder: Path, db_path: Path) -> None:
    """Delete the automatic copies the rotation no longer keeps."""
    from kinerja_desktop.domain.backup_rotation import to_keep

    existing = list_backups(folder, db_path)
    keep = to_keep((str(b.path), b.taken_at, b.kind) for b in existing)
    delete_backups([b for b in existing if str(b.path) not in keep])


def record(db: sqlite_utils.Database, username: str, old: str, new: str, ref: str, at: str) -> None:
    """An audit row for a backup setting or a restore (inside the caller's transaction)."""
    from kinerja_desktop.store.audit_log import append_audit, audit_row

    append_audit(db, [audit_row(at, username, "backup", "admin", old=old, new=new, source_ref=ref)])


def open_scratch(path: Path) -> sqlite_utils.Database:
    """A private working copy of a database file as it is on disk (with its -wal), unchecked: a
    damaged database is shown from it, so nothing the program does touches the damaged file."""
    import shutil

    folder = Path(tempfile.mkdtemp(prefix="kinerja-hanya-baca-"))
    copy = folder / path.name
    shutil.copy2(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
    conn = sqlite3.connect(copy, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA busy_timeout = 5000")
    return sqlite_utils.Database(conn)
