"""Backups as use cases: the automatic copy before an event and once a day, the folder the
administrator chooses, the preview of a backup and the restore.

    before_event(db, "impor-paket")          -> Path | None   (raises BackupFailed: do not go on)
    start_before_event(db, kind) / finish_before_event(db, kind, pending)   (the same copy, taken on a
                                             thread while the caller reads; in place if that fails)
    daily_if_due(db)                         -> Path | None
    preview(path)                            -> BackupContents (raises DatabaseError: not usable)
    restore(db_path, user, path)             -> Path of the copy taken of the database first
    set_folder(db, user, "D:/Cadangan")      (administrator; audited)
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import sqlite_utils

from kinerja_desktop.domain.backup_rotation import DAILY_KIND
from kinerja_desktop.domain.entities import User, period_label
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import backup_files as files
from kinerja_desktop.store.backup_files import BackupContents  # noqa: F401 - the public API
from kinerja_desktop.store.database import DatabaseError, open_database, transaction
from kinerja_desktop.store.repositories import put_setting

EVENTS = {
    "impor-paket": "impor paket", "impor-master": "impor data master", "impor-rencana": "impor rencana",
    "buka-kunci": "membuka kunci triwulan", "pra-pulih": "pemulihan", "migrasi": "pembaruan skema",
}
STATUS_LABELS = {"draft": "Draf", "submitted": "Diajukan", "verified": "Diverifikasi", "locked": "Dikunci"}


class BackupFailed(Exception):
    """The automatic copy before an event failed; the event must not happen. Indonesian message."""


class RestoreRefused(Exception):
    """A restore that is not allowed or not possible; the database is unchanged. Indonesian message."""


def folder(db: sqlite_utils.Database) -> Path | None:
    path = files.database_file(db)
    return files.backup_folder(db, path) if path else None


def folder_of(db_path: Path, db: sqlite_utils.Database | None = None) -> Path:
    """The backup folder of the database at `db_path` (its setting read through `db` when given,
    else from the file itself, read-only)."""
    db_path = Path(db_path)
    return files.backup_folder(db, db_path) if db is not None else files.folder_named_by_file(db_path)


def backup_to(db: sqlite_utils.Database, out: str | Path) -> Path:
    """A backup the person asked for, to a file they chose (checked, never onto the database)."""
    return files.copy_database(db, Path(out), kind="manual")


def before_event(db: sqlite_utils.Database, kind: str) -> Path | None:
    """The copy taken before an import, an unlock or a restore. None for an in-memory database
    (tests, nothing to lose on disk); BackupFailed when a file database could not be copied."""
    path = files.database_file(db)
    if path is None:
        return None
    try:
        return files.take_automatic(db, path, kind)
    except DatabaseError as exc:
        what = EVENTS.get(kind, kind)
        raise BackupFailed(f"Cadangan otomatis sebelum {what} gagal: {exc} "
                           f"{what[0].upper() + what[1:]} dibatalkan; basis data tidak diubah. "
                           "Periksa folder cadangan (Administrasi > Cadangan…).") from exc


def start_before_event(db: sqlite_utils.Database, kind: str):
    """The copy before an event, begun now on a thread of its own (store/backup_background.py)
    while the caller goes on reading; None where it cannot be (in memory, not WAL, no folder):
    finish_before_event then takes it in place. Give it to finish_before_event before the first
    write, or `discard()` it when nothing is written."""
    from kinerja_desktop.store.backup_background import BackgroundCopy

    try:
        return BackgroundCopy.start(db, kind)
    except Exception:  # noqa: BLE001 - no folder, no thread: before_event, in place, will say why or copy
        return None


def finish_before_event(db: sqlite_utils.Database, kind: str, pending) -> Path | None:
    """The copy begun by start_before_event, once written and checked; if it failed (or none was
    begun) the copy is taken in place, and BackupFailed says why that failed too."""
    if pending is not None:
        try:
            return pending.wait()
        except DatabaseError:
            pass
    return before_event(db, kind)


def daily_if_due(db: sqlite_utils.Database, today: dt.date | None = None) -> Path | None:
    """The first open of a day takes the day's copy; later opens that day take none."""
    path = files.database_file(db)
    if path is None:
        return None
    from kinerja_desktop.store.backup_background import remove_leftovers

    today = today or dt.date.today()
    folder = files.backup_folder(db, path)
    remove_leftovers(folder, path)     # what a process killed mid-copy left, once a day at the latest
    existing = files.list_backups(folder, path)
    if any(b.kind == DAILY_KIND and b.taken_at.date() == today for b in existing):
        return None
    return files.take_automatic(db, path, DAILY_KIND)


def list_backups(db_path: Path, db: sqlite_utils.Database | None = None) -> list[files.BackupFile]:
    return files.list_backups(folder_of(db_path, db), Path(db_path))


def latest_good(db_path: Path, db: sqlite_utils.Database | None = None) -> Path | None:
    """The newest automatic copy that passes the check (for a database that failed its own:
    without `db`, in the folder the damaged file still names, if it can)."""
    for item in list_backups(db_path, db):
        try:
            files.read_contents(item.path)
        except DatabaseError:
            continue
        return item.path
    return None


def open_read_only(db_path: Path, latest: Path | None) -> sqlite_utils.Database | None:
    """A private copy of a damaged database to show (nothing touches the damaged file), or of the
    latest good backup when the damaged file cannot even show its plan; None when neither can.
    The copy carries `damaged_path`, `damaged_latest` and `damaged_note` for the window."""
    import logging
    import sqlite3

    from kinerja_desktop.store.repositories import load_plan

    for source, note in ((db_path, ""), (latest, "isi cadangan terakhir ditampilkan")):
        if source is None:
            continue
        try:
            db = files.open_scratch(Path(source))
            load_plan(db)
            db.execute("SELECT count(*) FROM app_user").fetchone()
        except (sqlite3.DatabaseError, LookupError, OSError) as exc:
            logging.getLogger(__name__).warning("read-only copy of %s unusable: %s", source, exc)
            continue
        db.damaged_path, db.damaged_latest, db.damaged_note = db_path, latest, note
        return db
    return None


def preview(path: str | Path) -> BackupContents:
    return files.read_contents(Path(path))


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def preview_lines(contents: BackupContents) -> list[str]:
    """The preview as Indonesian lines (CLI; the dialog shows the same facts)."""
    from kinerja_desktop.services.audit import format_datetime_id

    lines = [f"Cadangan: {contents.path}",
             f"Diambil: {format_datetime_id(contents.taken_at)}"
             + (f" ({contents.kind})" if contents.kind else ""),
             f"Versi skema: {contents.schema_version}"]
    lines += [f"Periode rencana: {period_label(name, start, end)}" for name, start, end in contents.plans] or \
        ["Periode rencana: (tidak ada)"]
    lines.append("Jumlah: " + ", ".join(f"{label} {value}" for label, value in contents.counts.items()))
    if contents.workflow:   # the latest year only, one line per OPD (every year would be hundreds)
        latest = max(year for _, year, _, _ in contents.workflow)
        lines.append(f"Status alur kerja per OPD, {latest}:")
        by_opd: dict[str, list[str]] = {}
        for code, year, quarter, status in contents.workflow:
            if year == latest:
                by_opd.setdefault(code, []).append(f"TW {ROMAN[quarter]} {STATUS_LABELS.get(status, status)}")
        lines += [f"  {code}: {', '.join(parts)}" for code, parts in sorted(by_opd.items())]
    else:
        lines.append("Status alur kerja: belum ada triwulan yang diajukan.")
    return lines


def restore(db_path: str | Path, user: User, source: str | Path) -> Path:
    """Replace the database at `db_path` by the backup `source` (administrator only). The backup is
    checked first, then the current database is copied into the backup folder, then the content
    is replaced in one transaction with an audit row. Returns the copy of the replaced database."""
    db_path, source = Path(db_path), Path(source)
    if user is None or user.role != "administrator":
        raise RestoreRefused("Hanya administrator yang dapat memulihkan basis data dari cadangan.")
    if files.is_database_file(db_path, source):
        raise RestoreRefused(f"'{source}' adalah basis data itu sendiri, bukan cadangan; pilih berkas cadangan.")
    try:
        contents = files.read_contents(source)
    except DatabaseError as exc:
        raise RestoreRefused(f"{exc} Basis data tidak diubah.") from exc
    saved = _copy_current(db_path)
    try:
        files.restore_file(db_path, source)
        db = open_database(db_path)   # migrates a copy from an older version (after its own copy)
        try:
            with transaction(db):
                files.record(db, user.username, "", f"dipulihkan dari {source.name} ({contents.taken_at})",
                             f"pemulihan; salinan sebelumnya {saved.name}", now_iso())
        finally:
            db.close()
    except DatabaseError as exc:
        raise RestoreRefused(str(exc)) from exc
    return saved


def _copy_current(db_path: Path) -> Path:
    """The database as it is before a restore; a damaged one (which SQLite cannot copy) is saved
    file by file, so nothing is lost whatever its state."""
    try:
        return files.take_automatic(db_path, db_path, "pra-pulih")
    except DatabaseError as exc:
        damaged = _damaged(db_path)
        if not damaged:
            raise RestoreRefused(f"Cadangan otomatis sebelum pemulihan gagal: {exc} Pemulihan dibatalkan; "
                                 "basis data tidak diubah.") from exc
    target = folder_of(db_path)
    try:
        target.mkdir(parents=True, exist_ok=True)
        out = target / files.backup_name(db_path, "rusak", dt.datetime.now())
        shutil.copy2(db_path, out)
        for suffix in ("-wal", "-journal"):
            companion = db_path.with_name(db_path.name + suffix)
            if companion.exists():
                shutil.copy2(companion, out.with_name(out.name + suffix + ".simpan"))
    except OSError as err:
        raise RestoreRefused(f"Salinan basis data rusak sebelum pemulihan gagal ({err.strerror or err}); "
                             "pemulihan dibatalkan.") from err
    return out


def _damaged(db_path: Path) -> bool:
    from kinerja_desktop.store.database import inspect_file

    try:
        inspect_file(db_path)
    except DatabaseError:
        return db_path.is_file()
    return False


def set_folder(db: sqlite_utils.Database, user: User, text: str) -> Path:
    """Where the automatic copies go (administrator; audited). Empty: `cadangan` beside the database."""
    if user is None or user.role != "administrator":
        raise RestoreRefused("Hanya administrator yang mengubah folder cadangan.")
    db_path = files.database_file(db)
    if db_path is None:
        raise RestoreRefused("Basis data di memori tidak mempunyai folder cadangan.")
    text = (text or "").strip()
    chosen = Path(text) if text else db_path.parent / files.DEFAULT_FOLDER_NAME
    chosen = chosen if chosen.is_absolute() else db_path.parent / chosen
    try:
        chosen.mkdir(parents=True, exist_ok=True)
        probe = chosen / ".kinerja-tulis"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise RestoreRefused(f"Folder cadangan '{chosen}' tidak dapat ditulisi ({exc.strerror or exc}); "
                             "pilih folder lain.") from exc
    if files.is_database_file(db_path, chosen):
        raise RestoreRefused(f"'{chosen}' adalah basis data itu sendiri; pilih sebuah folder.")
    before = str(folder(db))
    with transaction(db):
        put_setting(db, files.FOLDER_SETTING, str(chosen) if text else "")
        if before != str(chosen):
            files.record(db, user.username, f"Folder cadangan: {before}", f"Folder cadangan: {chosen}",
                         "pengaturan cadangan", now_iso())
    return chosen


