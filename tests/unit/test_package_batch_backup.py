"""The batch's automatic copy, begun on its own thread while the packages are read: it holds the
database as it was before the first write, a batch that writes nothing leaves no copy, a copy
that fails on the side is taken in place, and a database not in WAL mode takes it in place."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kinerja_desktop.services import backups
from kinerja_desktop.services.packages import consolidate
from kinerja_desktop.services.users import create_user
from kinerja_desktop.store import backup_background
from kinerja_desktop.store.backup_background import BackgroundCopy
from kinerja_desktop.store.database import DatabaseError, open_database
from tests.fixtures import PLANNER, small_plan
from tests.package_tools import fill, issue


@pytest.fixture
def db_path(tmp_path):
    db, _ = small_plan(tmp_path / "kinerja.db")
    create_user(db, "admin", "Administrator", "administrator", "rahasia-admin")
    db.close()
    return tmp_path / "kinerja.db"


@pytest.fixture
def started(monkeypatch):
    """The background copies begun, to wait for their threads."""
    copies = []
    real = BackgroundCopy.start.__func__

    def start(cls, db, kind):
        copy = real(cls, db, kind)
        copies.append(copy)
        return copy

    monkeypatch.setattr(BackgroundCopy, "start", classmethod(start))
    return copies


def value_in(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM realisation WHERE indicator_id = 4 AND year = 2026 AND quarter = 3"
                           ).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_the_copy_is_begun_at_once_and_holds_the_database_before_the_batch(db_path, tmp_path, started):
    db = open_database(db_path)
    filled = fill(issue(db, tmp_path), tmp_path / "a.xlsx", {"H7": 71})
    results = consolidate(db, PLANNER, [filled])
    assert [r.outcome for r in results] == ["applied"]
    assert len(started) == 1 and started[0] is not None
    [copy] = backups.list_backups(db_path, db)
    assert copy.kind == "impor-paket" and copy.path == started[0].out
    assert value_in(db_path) == "71" and value_in(copy.path) is None
    assert [p.name for p in copy.path.parent.iterdir() if p.name.endswith(".tmp")] == []
    db.close()


def test_a_batch_that_writes_nothing_leaves_no_copy(db_path, tmp_path, started):
    db = open_database(db_path)
    filled = fill(issue(db, tmp_path), tmp_path / "a.xlsx", {"H7": 71})
    consolidate(db, PLANNER, [filled])
    again = consolidate(db, PLANNER, [filled])        # the same content again: nothing to write
    assert [r.outcome for r in again] == ["unchanged"]
    started[-1]._thread.join()
    assert len(backups.list_backups(db_path, db)) == 1
    assert not started[-1].part.exists() and started[-1].out is None
    db.close()


def test_a_dry_run_begins_no_copy(db_path, tmp_path, started):
    db = open_database(db_path)
    filled = fill(issue(db, tmp_path), tmp_path / "a.xlsx", {"H7": 71})
    assert [r.outcome for r in consolidate(db, PLANNER, [filled], apply=False)] == ["dry-run"]
    assert started == [] and backups.list_backups(db_path, db) == []
    db.close()


def test_a_copy_failing_on_its_thread_is_taken_in_place(db_path, tmp_path, started, monkeypatch):
    def broken(self):
        self.error = DatabaseError("salinan di samping gagal (uji)")
        with self._lock:
            self._done = True

    monkeypatch.setattr(BackgroundCopy, "_run", broken)
    db = open_database(db_path)
    filled = fill(issue(db, tmp_path), tmp_path / "a.xlsx", {"H7": 71})
    assert [r.outcome for r in consolidate(db, PLANNER, [filled])] == ["applied"]
    [copy] = backups.list_backups(db_path, db)
    assert started[0].error is not None and value_in(copy.path) is None
    db.close()


def test_a_database_not_in_wal_mode_takes_the_copy_in_place(db_path, tmp_path, started):
    db = open_database(db_path)
    filled = fill(issue(db, tmp_path), tmp_path / "a.xlsx", {"H7": 71})
    db.execute("PRAGMA journal_mode = DELETE")
    assert [r.outcome for r in consolidate(db, PLANNER, [filled])] == ["applied"]
    assert started == [None]
    assert [b.kind for b in backups.list_backups(db_path, db)] == ["impor-paket"]
    db.close()


def test_a_discarded_copy_still_being_written_is_removed_by_its_thread(db_path, monkeypatch):
    db = open_database(db_path)
    gate = backup_background.threading.Event()
    real_copy = backup_background.files.copy_database

    def slow_copy(*args, **kwargs):
        gate.wait(5)
        return real_copy(*args, **kwargs)

    monkeypatch.setattr(backup_background.files, "copy_database", slow_copy)
    copy = BackgroundCopy.start(db, "impor-paket")
    copy.discard()
    gate.set()
    copy._thread.join()
    assert not copy.part.exists() and backups.list_backups(db_path, db) == []
    assert [p.name for p in copy.folder.iterdir()] == []
    db.close()


@pytest.mark.parametrize("read_ahead", [False, True])
def test_a_file_read_ahead_is_read_again_after_another_file_of_its_opd_is_applied(db_path, tmp_path, monkeypatch,
                                                                                   read_ahead):
    """Two packages of one OPD and quarter in a batch: the second is compared with what the first
    wrote, whether the copy was still being taken when both were read (read ahead) or not."""
    db = open_database(db_path)
    if read_ahead:
        monkeypatch.setattr(BackgroundCopy, "done", lambda self: False)   # every file is read before any apply
    else:
        db.execute("PRAGMA journal_mode = DELETE")                       # the copy in place: read, apply, read ...
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = fill(issue(db, tmp_path / "a"), tmp_path / "a.xlsx", {"H7": 71})
    second = fill(issue(db, tmp_path / "b"), tmp_path / "b.xlsx", {"H7": 72, "H8": 5})
    other = fill(issue(db, tmp_path, "DINB"), tmp_path / "c.xlsx", {"H7": 4})
    results = consolidate(db, PLANNER, [first, second, other])
    assert [r.outcome for r in results] == ["applied", "applied", "applied"]
    rows = {r.code: r.status for r in results[1].preview.rows}
    assert rows["K1.1"] == "conflict" and rows["P1.1"] == "new"     # K1.1: 71 written by the first since issue
    assert value_in(db_path) == "71"                                # a conflict keeps the database's value
    assert len(backups.list_backups(db_path, db)) == 1
    db.close()


def test_an_unexpected_error_on_the_copy_thread_takes_the_copy_in_place(db_path, tmp_path, started, monkeypatch):
    real = backup_background.files.copy_database

    def fails_on_the_thread(*args, **kwargs):
        if backup_background.threading.current_thread() is not backup_background.threading.main_thread():
            raise RuntimeError("tak terduga (uji)")
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_background.files, "copy_database", fails_on_the_thread)
    db = open_database(db_path)
    filled = fill(issue(db, tmp_path), tmp_path / "a.xlsx", {"H7": 71})
    assert [r.outcome for r in consolidate(db, PLANNER, [filled])] == ["applied"]
    assert "tak terduga" in str(started[0].error)
    [copy] = backups.list_backups(db_path, db)
    assert value_in(copy.path) is None and value_in(db_path) == "71"
    assert [p.name for p in copy.path.parent.iterdir()] == [copy.path.name]
    db.close()


def test_a_database_changed_by_another_connection_while_copying_takes_the_copy_in_place(db_path, tmp_path):
    """A commit by another connection after the copy began: the copy (without it) is not used."""
    db = open_database(db_path)
    copy = BackgroundCopy.start(db, "impor-paket")
    copy._thread.join()
    other = sqlite3.connect(db_path)
    other.execute("INSERT INTO realisation (indicator_id, year, quarter, value, note, updated_at, updated_by) "
                  "VALUES (4, 2026, 3, '9', '', '2026-12-05', 'lain')")
    other.commit()
    other.close()
    with pytest.raises(DatabaseError):
        copy.wait()
    assert not copy.part.exists() and backups.list_backups(db_path, db) == []
    path = backups.finish_before_event(db, "impor-paket", BackgroundCopy.start(db, "impor-paket"))
    assert value_in(path) == "9"
    db.close()


def test_a_change_by_the_callers_own_connection_refuses_the_copy(db_path):
    db = open_database(db_path)
    copy = BackgroundCopy.start(db, "impor-paket")
    db.execute("UPDATE setting SET value = value WHERE key = 'nothing-such'")   # no row: no change
    assert copy.wait().is_file()
    copy = BackgroundCopy.start(db, "impor-paket")
    with db.conn:
        db.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('uji', '1')")
    with pytest.raises(DatabaseError):
        copy.wait()
    db.close()


def test_a_discarded_copy_never_touches_the_name_of_a_later_copy(db_path):
    """Two copies begun in the same second, the first discarded while still running: the second,
    used, stays (the thread of the first removes its own private file only)."""
    db = open_database(db_path)
    first = BackgroundCopy.start(db, "impor-paket")
    first.discard()
    second = BackgroundCopy.start(db, "impor-paket")
    used = second.wait()
    first._thread.join()
    assert used.is_file() and [b.path for b in backups.list_backups(db_path, db)] == [used]
    assert sorted(p.name for p in used.parent.iterdir()) == [used.name]
    db.close()


def test_a_copy_that_cannot_be_begun_is_taken_in_place(db_path, tmp_path, monkeypatch):
    def no_thread(self):
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(backup_background.threading.Thread, "start", no_thread)
    db = open_database(db_path)
    filled = fill(issue(db, tmp_path), tmp_path / "a.xlsx", {"H7": 71})
    assert [r.outcome for r in consolidate(db, PLANNER, [filled])] == ["applied"]
    [copy] = backups.list_backups(db_path, db)
    assert value_in(copy.path) is None and value_in(db_path) == "71"
    db.close()
