"""An automatic copy taken on a thread of its own, from a read-only connection of its own, while
the caller goes on reading (a batch of package previews): SQLite's backup step, the copy's check
and its fsync run without Python's lock, so the copy costs the batch little or nothing.

Only for a file database in WAL mode, where a second reader neither waits for nor blocks the
caller's connection; otherwise `start` gives None and the caller takes the copy in place as
before. The caller must `wait()` before its first write (never a write without a copy) and
`discard()` a copy no write needed.

The thread writes a private file in the backup folder (a name no listing, rotation or other copy
uses); `wait()` gives it its `<db>-<when>-<kind>.db` name, then runs the rotation. `wait()`
refuses the copy (DatabaseError: the caller takes one in place) if the database moved since the
copy began: a commit by another connection (`PRAGMA data_version`) or a change by the caller's
own (`total_changes`), so the copy used is always the database as it was just before the write.
"""
from __future__ import annotations

import glob
import os
import sqlite3
import threading
import time
import uuid
from pathlib import Path

import sqlite_utils

from kinerja_desktop.store import backup_files as files
from kinerja_desktop.store.database import DatabaseError


def _state(db: sqlite_utils.Database) -> tuple[int, int]:
    return db.execute("PRAGMA data_version").fetchone()[0], db.conn.total_changes


class BackgroundCopy:
    def __init__(self, db: sqlite_utils.Database, db_path: Path, folder: Path, kind: str):
        self.db, self.db_path, self.folder, self.kind = db, db_path, folder, kind
        self.part = folder / f".{db_path.stem}-{uuid.uuid4().hex}.salinan"   # never NAME_PATTERN
        self.state = _state(db)
        self.error: DatabaseError | None = None
        self.out: Path | None = None      # its name once wait() gave it one
        self._lock = threading.Lock()
        self._done = self._discarded = False
        # Not a daemon: an interpreter that exits waits for the copy, which then removes its
        # files itself instead of leaving them half written in the backup folder.
        self._thread = threading.Thread(target=self._run, name="kinerja-cadangan", daemon=False)

    @classmethod
    def start(cls, db: sqlite_utils.Database, kind: str) -> BackgroundCopy | None:
        db_path = files.database_file(db)
        if db_path is None or db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            return None
        folder, _ = files.automatic_target(db, db_path, kind)      # the folder, made if missing
        copy = cls(db, db_path, folder, kind)
        copy._thread.start()
        return copy

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(f"{self.db_path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            try:
                conn.execute("PRAGMA busy_timeout = 5000")
                files.copy_database(sqlite_utils.Database(conn), self.part, kind=self.kind, db_path=self.db_path)
            finally:
                conn.close()
        except DatabaseError as exc:
            self.error = exc
        except Exception as exc:  # noqa: BLE001 - any failure here means: take the copy in place
            self.error = DatabaseError(f"Cadangan di latar gagal: {exc}. Basis data tidak diubah.")
        finally:
            with self._lock:
                self._done = True
                if self._discarded:
                    self.part.unlink(missing_ok=True)

    def done(self) -> bool:
        """Whether the copy has finished (well or not): wait() would not block."""
        return not self._thread.is_alive()

    def wait(self) -> Path:
        """The copy, written, checked and named, once the thread is done, then the rotation.
        DatabaseError if it failed or the database moved since it began (the file is removed)."""
        self._thread.join()
        try:
            if self.error is not None:
                raise self.error
            if _state(self.db) != self.state:
                raise DatabaseError("basis data berubah selama cadangan di latar dibuat.")
            if not self.part.is_file():
                raise DatabaseError("salinan di latar tidak ditemukan.")
            _, out = files.automatic_target(self.db, self.db_path, self.kind, self.folder)
            os.replace(self.part, out)
            self.out = out
        except OSError as exc:
            raise DatabaseError(f"Cadangan di latar gagal: {exc}.") from exc
        finally:
            self.part.unlink(missing_ok=True)      # still here only if it was not used
        files.rotate(self.folder, self.db_path)
        return out

    def discard(self) -> None:
        """No write needed the copy: its file is deleted (now, or by its thread when it finishes)."""
        with self._lock:
            self._discarded = True
            if self._done:
                self.part.unlink(missing_ok=True)


LEFTOVER_AGE_SECONDS = 12 * 3600


def remove_leftovers(folder: Path, db_path: Path, now: float | None = None) -> list[Path]:
    """Delete the hidden, half-written copies of this database a killed process left in the
    backup folder (`.<db>-<id>.salinan` of a copy on its thread, `.<db>-<when>-<kind>.db.<x>.tmp`
    of one in place) once older than 12 hours: a copy another window is writing now is younger.
    Returns what was deleted; a file that cannot be deleted is left for the next time."""
    now = time.time() if now is None else now
    gone = []
    try:
        names = list(folder.glob(f".{glob.escape(db_path.stem)}-*"))
    except OSError:
        return gone
    for path in names:
        if path.suffix not in (".salinan", ".tmp"):
            continue
        try:
            if now - path.stat().st_mtime > LEFTOVER_AGE_SECONDS:
                path.unlink()
                gone.append(path)
        except OSError:
            continue
    return gone
