"""Opening bad database files: a clear Indonesian message, and the file exactly as before."""
import hashlib
import os
import sqlite3
import stat
import zipfile

import pytest

from kinerja_desktop.store.database import (
    APPLICATION_ID, SCHEMA_VERSION, DatabaseError, backup, create_database, open_database, transaction,
)
from tests.fixtures import small_plan


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good_db(tmp_path):
    path = tmp_path / "kinerja.db"
    db, _ = small_plan(path)
    db.close()
    return path


def make_text(path):
    path.write_text("ini bukan basis data\n", encoding="utf-8")


def make_zip(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "isi")


def make_empty(path):
    path.write_bytes(b"")


def make_other_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


def make_damaged(path):
    db, _ = small_plan(path)
    db.conn.execute("PRAGMA journal_mode = DELETE")
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):  # scribble over pages after the header
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "make, message",
    [
        (make_text, "bukan basis data SQLite"),
        (make_zip, "arsip zip"),
        (make_empty, "kosong"),
        (make_other_sqlite, "bukan basis data Kinerja"),
        (make_damaged, "rusak"),
    ],
)
def test_a_file_that_is_not_a_usable_database_is_refused_and_untouched(tmp_path, make, message):
    path = tmp_path / "kinerja.db"
    make(path)
    before = digest(path)
    with pytest.raises(DatabaseError, match=message):
        open_database(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kinerja.db"]  # no -wal, -journal or copy left


def test_a_newer_schema_is_refused_and_untouched(good_db):
    conn = sqlite3.connect(good_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(good_db)
    with pytest.raises(DatabaseError, match="versi program yang lebih baru"):
        open_database(good_db)
    assert digest(good_db) == before


def test_a_read_only_file_is_refused_for_writing_but_can_be_read(good_db):
    os.chmod(good_db, stat.S_IRUSR | stat.S_IRGRP)
    before = digest(good_db)
    try:
        with pytest.raises(DatabaseError, match="hanya-baca"):
            open_database(good_db)
        db = open_database(good_db, read_only=True)
        assert db.execute("SELECT count(*) FROM indicator").fetchone()[0] == 5
        db.close()
    finally:
        os.chmod(good_db, stat.S_IRUSR | stat.S_IWUSR)
    assert digest(good_db) == before


def test_a_missing_directory_is_named(tmp_path):
    with pytest.raises(DatabaseError, match="Folder .* tidak ada"):
        open_database(tmp_path / "nope" / "kinerja.db")
    with pytest.raises(DatabaseError, match="Folder .* tidak ada"):
        create_database(tmp_path / "nope" / "kinerja.db")


def test_create_never_overwrites(good_db):
    before = digest(good_db)
    with pytest.raises(DatabaseError, match="sudah ada"):
        create_database(good_db)
    assert digest(good_db) == before


def test_a_good_database_opens_with_the_safety_settings(good_db):
    db = open_database(good_db)
    pragma = lambda name: db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("journal_mode") == "wal"
    assert pragma("busy_timeout") == 5000
    assert pragma("application_id") == APPLICATION_ID
    db.close()


def test_a_failed_transaction_leaves_nothing(good_db):
    db = open_database(good_db)
    with pytest.raises(RuntimeError):
        with transaction(db):
            db.execute("DELETE FROM realisation")
            raise RuntimeError("boom")
    assert db.execute("SELECT count(*) FROM realisation").fetchone()[0] == 7
    db.close()


def test_schema_constraints_hold(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO realisation VALUES (1, 2026, 5, '1', '', '', 'x', 'x')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE indicator SET polarity = 'up' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE indicator SET aggregation = 'max' WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):  # foreign key: no such agency
        db.execute("UPDATE indicator SET agency_id = 99 WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError):  # values are decimal text, never words
        db.execute("INSERT INTO target VALUES (1, 2025, 0, 'lima')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO target VALUES (1, 2025, 0, '')")


def test_backup_is_a_consistent_copy_while_open(good_db, tmp_path):
    db = open_database(good_db)
    db.execute("UPDATE realisation SET value = '70' WHERE indicator_id = 1 AND quarter = 1")
    out = backup(db, tmp_path / "copy.db")
    db.close()
    copy = open_database(out, read_only=True)
    assert copy.execute("SELECT value FROM realisation WHERE indicator_id = 1 AND quarter = 1").fetchone()[0] == "70"
    copy.close()


def test_backup_over_a_file_with_a_stale_wal_gives_a_clean_copy(good_db, tmp_path):
    out = tmp_path / "copy.db"
    (tmp_path / "copy.db").write_bytes(b"old")
    (tmp_path / "copy.db-wal").write_bytes(b"\x00" * 4096)  # left behind by an earlier program
    backup(good_db, out)
    assert not (tmp_path / "copy.db-wal").exists()
    db = open_database(out, read_only=True)
    assert db.execute("SELECT count(*) FROM indicator").fetchone()[0] == 5
    db.close()


def test_pages_are_checked_when_the_program_opens_a_file_not_for_each_worker_connection(good_db):
    """quick_check reads every page (0.5 s at a province's scale): the program runs it when it
    opens the file; the connection each background task opens (every period change of the
    dashboard) does not run it again."""
    from types import SimpleNamespace

    from kinerja_desktop.store.database import DatabaseDamaged
    from kinerja_desktop.ui.worker_db import worker_db

    data = bytearray(good_db.read_bytes())
    data[4096 * 2:4096 * 2 + 300] = b"\x00\xff" * 150        # a damaged page, the header intact
    good_db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        open_database(good_db, read_only=True)
    open_database(good_db, read_only=True, check_pages=False).close()
    with worker_db(SimpleNamespace(db_path=good_db)) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
