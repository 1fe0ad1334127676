"""Backups: the copy refuses the database itself, holds while another process writes, rotates;
restore is checked, atomic and refuses bad files with the database unchanged."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kinerja_desktop.domain.backup_rotation import to_keep
from kinerja_desktop.services import backups
from kinerja_desktop.services.users import create_user
from kinerja_desktop.store import backup_files as files
from kinerja_desktop.store.database import (APPLICATION_ID, SCHEMA_VERSION, DatabaseError, backup, open_database,
                                            transaction)
from tests.fixtures import ADMIN, PLANNER, small_plan

WRITER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA busy_timeout = 10000")
done = 0
for i in range(int(sys.argv[2])):
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO setting (key, value) VALUES (?, 'x')", [f"tulis.{i}"])
    conn.execute("COMMIT")
    done += 1
print(done)
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def written(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM setting WHERE key LIKE 'tulis.%'").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path):
    db, _ = small_plan(tmp_path / "kinerja.db")
    create_user(db, "admin", "Administrator", "administrator", "rahasia-admin")
    db.close()
    return tmp_path / "kinerja.db"


# --- rotation ------------------------------------------------------------------------------------
def test_rotation_keeps_seven_days_four_weeks_and_ten_events():
    start = dt.datetime(2026, 1, 1, 8, 0)
    entries = [(f"h{d}", start + dt.timedelta(days=d), "harian") for d in range(60)]
    entries += [(f"h{d}b", start + dt.timedelta(days=d, hours=5), "harian") for d in (58, 59)]   # a second copy a day
    entries += [(f"e{n}", start + dt.timedelta(days=n * 3), "impor-paket") for n in range(15)]
    keep = to_keep(entries)
    assert {name for name in keep if name.startswith("e")} == {f"e{n}" for n in range(5, 15)}
    # 2026-01-01 + 59 days = Sunday 1 March. The last seven days: 23 February to 1 March (the newest
    # copy of each); the four weeks before: the first copy of the weeks of 26 Jan, 2, 9 and 16 Feb.
    days = {f"h{d}" for d in range(53, 58)} | {"h58b", "h59b"}
    weeks = {"h25", "h32", "h39", "h46"}
    assert {name for name in keep if name.startswith("h")} == days | weeks


def test_rotation_deletes_files_beyond_the_rule(db_path):
    folder = db_path.parent / "cadangan"
    base = dt.datetime(2026, 3, 1, 9, 0)
    for n in range(13):
        files.take_automatic(db_path, db_path, "impor-paket", now=base + dt.timedelta(minutes=n))
    kept = files.list_backups(folder, db_path)
    assert len(kept) == 10 and kept[-1].taken_at == base + dt.timedelta(minutes=3)


# --- the copy ------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", ["same", "dotted", "wal", "shm", "symlink", "hardlink", "other-case"])
def test_backup_refuses_the_database_itself_and_leaves_it_unchanged(db_path, target):
    if target == "other-case" and os.path.normcase("A") == "A":
        pytest.skip("case folds only on Windows: there 'KINERJA.DB' is refused as the same file")
    db = open_database(db_path)   # WAL mode: -wal and -shm exist while it is open
    with transaction(db):
        db.execute("INSERT INTO setting (key, value) VALUES ('tulis.0', 'x')")
    out = {"same": db_path, "dotted": db_path.parent / "." / db_path.name,
           "wal": db_path.with_name(db_path.name + "-wal"), "shm": db_path.with_name(db_path.name + "-shm"),
           "symlink": db_path.parent / "tautan.db", "hardlink": db_path.parent / "kaitan.db",
           "other-case": db_path.with_name(db_path.name.upper())}[target]
    if target == "symlink":
        out.symlink_to(db_path)
    if target == "hardlink":
        os.link(db_path, out)
    before = digest(db_path), digest(db_path.with_name(db_path.name + "-wal"))
    with pytest.raises(DatabaseError, match="basis data .* sendiri"):
        backup(db_path, out)
    assert (digest(db_path), digest(db_path.with_name(db_path.name + "-wal"))) == before
    assert written(db_path) == 1
    db.close()


def test_backup_while_another_process_writes_loses_nothing(db_path, tmp_path):
    """The finding: `backup --out` the database itself while another process wrote lost 661 of
    1,312 committed saves. Now that is refused, and copies to other files are consistent."""
    open_database(db_path).close()   # WAL mode
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), "1500"], stdout=subprocess.PIPE, text=True)
    copies, refused = [], 0
    while writer.poll() is None or not copies:
        try:
            backup(db_path, db_path)
        except DatabaseError:
            refused += 1
        copies.append(backup(db_path, tmp_path / f"salinan-{len(copies)}.db"))
    committed = int(writer.communicate()[0])
    assert committed == 1500 and refused == len(copies)
    assert written(db_path) == committed
    for copy in copies:
        assert files.check_copy(copy) == SCHEMA_VERSION
    counts = [written(c) for c in copies]
    assert counts == sorted(counts)   # each copy a snapshot, never a mixture


def test_copy_is_checked_before_it_replaces_the_target(db_path, tmp_path, monkeypatch):
    out = tmp_path / "lama.db"
    out.write_bytes(b"isi lama")

    def broken(path):
        raise DatabaseError("Salinan gagal diperiksa (uji).")

    monkeypatch.setattr(files, "check_copy", broken)
    with pytest.raises(DatabaseError, match="gagal diperiksa"):
        backup(db_path, out)
    assert out.read_bytes() == b"isi lama"
    assert sorted(p.name for p in tmp_path.iterdir() if ".tmp" in p.name) == []


def test_a_copy_carries_no_legacy_signing_key(db_path, tmp_path):
    db = open_database(db_path)
    with transaction(db):
        db.execute("INSERT INTO setting (key, value) VALUES ('package.signing_key', 'RAHASIA')")
    out = files.copy_database(db, tmp_path / "salinan.db", kind="manual")
    db.close()
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT count(*) FROM setting WHERE key = 'package.signing_key'").fetchone()[0] == 0
    conn.close()
    assert b"RAHASIA" not in out.read_bytes()


# --- automatic copies ------------------------------------------------------------------------------
def test_daily_copy_once_a_day(db_path):
    db = open_database(db_path)
    first = backups.daily_if_due(db)
    assert first is not None and first.parent == db_path.parent / "cadangan"
    assert backups.daily_if_due(db) is None
    assert backups.daily_if_due(db, today=dt.date.today() + dt.timedelta(days=1)) is not None
    db.close()


def test_folder_setting_is_used_and_audited(db_path, tmp_path):
    db = open_database(db_path)
    chosen = backups.set_folder(db, ADMIN, str(tmp_path / "di-tempat-lain"))
    assert backups.folder(db) == chosen
    assert backups.before_event(db, "impor-paket").parent == chosen
    row = db.execute("SELECT by_user, new_value FROM audit_log WHERE source_ref = 'pengaturan cadangan'").fetchone()
    assert row == ("admin", f"Folder cadangan: {chosen}")
    with pytest.raises(backups.RestoreRefused, match="Hanya administrator"):
        backups.set_folder(db, PLANNER, str(tmp_path))
    db.close()


def block_backup_folder(db, tmp_path: Path) -> None:
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("berkas, bukan folder")
    with transaction(db):
        db.execute("INSERT INTO setting (key, value) VALUES ('backup.folder', ?)", [str(blocker / "cadangan")])


def test_package_batch_backs_up_once_or_is_refused(db_path, tmp_path):
    from kinerja_desktop.services.packages import apply_import, consolidate, preview_import
    from tests.package_tools import fill, issue

    db = open_database(db_path)
    first = fill(issue(db, tmp_path, "DINA"), tmp_path / "a.xlsx", {"H7": 71})
    second = fill(issue(db, tmp_path, "DINB"), tmp_path / "b.xlsx", {"H7": 4})
    results = consolidate(db, PLANNER, [first, second])
    assert [r.outcome for r in results] == ["applied", "applied"]
    assert [b.kind for b in backups.list_backups(db_path, db)] == ["impor-paket"]   # one for the batch
    (tmp_path / "lagi").mkdir()
    third = fill(issue(db, tmp_path / "lagi", "DINA"), tmp_path / "c.xlsx", {"H7": 72})
    block_backup_folder(db, tmp_path)
    before = db.execute("SELECT count(*) FROM realisation").fetchone()[0]
    refused = consolidate(db, PLANNER, [third])
    assert refused[0].outcome == "refused"
    assert "Cadangan otomatis sebelum impor paket gagal" in refused[0].message
    with pytest.raises(Exception, match="Cadangan otomatis sebelum impor paket gagal"):
        apply_import(db, PLANNER, preview_import(db, third))
    assert db.execute("SELECT count(*) FROM realisation").fetchone()[0] == before
    db.close()


def test_a_failed_backup_refuses_a_master_data_import(db_path, tmp_path):
    from kinerja_desktop.services.masterdata import MasterDataRefused, _backup_first

    db = open_database(db_path)
    block_backup_folder(db, tmp_path)
    with pytest.raises(MasterDataRefused, match="Cadangan otomatis sebelum impor data master gagal"):
        _backup_first(db, "impor-master")
    db.close()


def test_unlock_takes_a_copy_first(db_path):
    from kinerja_desktop.services.workflow import change_status

    db = open_database(db_path)
    with transaction(db):
        db.execute("INSERT INTO workflow VALUES (1, 2026, 1, 'locked', '2026-04-01', 'admin')")
    change_status(db, ADMIN, 1, 2026, 1, "verified", "salah ketik di Dinas A")
    kinds = [b.kind for b in backups.list_backups(db_path, db)]
    assert kinds == ["buka-kunci"]
    db.close()


# --- restore -------------------------------------------------------------------------------------
def bad_backups(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    made = {}
    text = tmp_path / "teks.db"
    text.write_text("bukan basis data")
    made["not sqlite"] = (text, "bukan basis data SQLite")
    other = tmp_path / "lain.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    made["other app"] = (other, "SQLite lain")
    return made


@pytest.fixture
def good_backup(db_path, tmp_path):
    db = open_database(db_path)
    out = backup(db, tmp_path / "baik.db")
    with transaction(db):
        db.execute("UPDATE realisation SET value = '1' WHERE indicator_id = 3 AND quarter = 1")
    db.close()
    return out


def test_restore_replaces_the_content_after_copying_the_current_one(db_path, good_backup):
    saved = backups.restore(db_path, ADMIN, good_backup)
    assert saved.parent == db_path.parent / "cadangan" and "pra-pulih" in saved.name
    db = open_database(db_path)
    assert db.execute("SELECT value FROM realisation WHERE indicator_id = 3 AND quarter = 1").fetchone()[0] == "90"
    assert db.execute("SELECT count(*) FROM setting WHERE key LIKE 'backup.%'").fetchone()[0] == 0
    assert "dipulihkan dari baik.db" in db.execute("SELECT new_value FROM audit_log ORDER BY id DESC").fetchone()[0]
    db.close()
    copy = sqlite3.connect(saved)
    assert copy.execute("SELECT value FROM realisation WHERE indicator_id = 3 AND quarter = 1").fetchone()[0] == "1"
    copy.close()


def test_restore_while_another_connection_is_open_keeps_it_valid(db_path, good_backup):
    other = open_database(db_path)
    backups.restore(db_path, ADMIN, good_backup)
    assert other.execute("SELECT value FROM realisation WHERE indicator_id = 3 AND quarter = 1").fetchone()[0] == "90"
    assert other.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    other.close()


def test_restore_preview_says_what_the_backup_holds(db_path, good_backup):
    db = open_database(db_path)
    with transaction(db):
        db.execute("INSERT INTO workflow VALUES (2, 2026, 2, 'submitted', '2026-07-01', 'opb')")
    out = files.copy_database(db, db_path.parent / "dengan-alur.db", kind="manual")
    db.close()
    contents = backups.preview(out)
    assert contents.plans == [("RPJMD 2021-2026", 2021, 2026)]
    assert contents.counts["indikator"] == 5 and contents.counts["realisasi"] == 7
    assert contents.workflow == [("DINB", 2026, 2, "submitted")]
    assert contents.kind == "manual" and contents.taken_at
    lines = "\n".join(backups.preview_lines(contents))
    assert "Status alur kerja per OPD, 2026:\n  DINB: TW II Diajukan" in lines and "indikator 5" in lines


@pytest.mark.parametrize("kind", ["not sqlite", "other app", "damaged", "newer", "itself", "missing", "zip"])
def test_restore_refuses_a_bad_backup_with_the_database_unchanged(db_path, good_backup, tmp_path, kind):
    if kind == "damaged":
        source = tmp_path / "rusak.db"
        data = bytearray(good_backup.read_bytes())
        data[4096 * 2:4096 * 2 + 200] = b"\xff" * 200
        source.write_bytes(bytes(data))
        expected = "rusak|tidak terbaca"
    elif kind == "newer":
        source = tmp_path / "baru.db"
        source.write_bytes(good_backup.read_bytes())
        conn = sqlite3.connect(source)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
        expected = "versi program yang lebih baru"
    elif kind == "itself":
        source, expected = db_path, "basis data itu sendiri"
    elif kind == "missing":
        source, expected = tmp_path / "tidak-ada.db", "tidak ada"
    elif kind == "zip":
        source = tmp_path / "paket.xlsx"
        source.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
        expected = "arsip zip"
    else:
        source, expected = bad_backups(tmp_path)[kind]
    before = digest(db_path)
    with pytest.raises(backups.RestoreRefused, match=expected):
        backups.restore(db_path, ADMIN, source)
    assert digest(db_path) == before
    assert backups.list_backups(db_path) == []   # refused before the copy of the database


def test_restore_is_for_administrators_only(db_path, good_backup):
    before = digest(db_path)
    with pytest.raises(backups.RestoreRefused, match="Hanya administrator"):
        backups.restore(db_path, PLANNER, good_backup)
    assert digest(db_path) == before


def test_a_copy_failing_its_check_leaves_the_database_unchanged(db_path, good_backup, monkeypatch):
    before = digest(db_path)
    real = files.check_copy
    calls = []

    def fail_on_restore_copy(path):
        calls.append(path)
        if ".pulih." in Path(path).name:
            raise DatabaseError("Salinan gagal diperiksa (uji).")
        return real(path)

    monkeypatch.setattr(files, "check_copy", fail_on_restore_copy)
    with pytest.raises(backups.RestoreRefused, match="gagal diperiksa"):
        backups.restore(db_path, ADMIN, good_backup)
    assert any(".pulih." in Path(p).name for p in calls)
    db = open_database(db_path, read_only=True)
    assert db.execute("SELECT value FROM realisation WHERE indicator_id = 3 AND quarter = 1").fetchone()[0] == "1"
    db.close()
    assert [p for p in db_path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_a_damaged_database_is_restored_from_the_latest_good_copy(db_path, tmp_path):
    db = open_database(db_path)
    good = backups.before_event(db, "impor-paket")
    db.close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 2:4096 * 2 + 300] = b"\x00\xff" * 150
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="rusak"):
        open_database(db_path)
    assert backups.latest_good(db_path) == good
    saved = backups.restore(db_path, ADMIN, good)
    assert "rusak" in saved.name and saved.read_bytes() == bytes(data)
    db = open_database(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_application_id_is_checked_on_a_copy(tmp_path):
    other = tmp_path / "lain.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(DatabaseError, match="bukan basis data Kinerja"):
        files.check_copy(other)
    assert APPLICATION_ID


def test_the_daily_open_clears_half_written_copies_a_killed_process_left(db_path):
    """A process killed mid-copy leaves a hidden file; the next day's first open deletes those
    older than 12 hours, never a younger one (another window may be copying now) nor a backup."""
    import os
    import time

    db = open_database(db_path)
    folder = db_path.parent / "cadangan"
    folder.mkdir()
    stem = db_path.stem
    old_thread = folder / f".{stem}-0a1b2c.salinan"
    old_in_place = folder / f".{stem}-20261201-101010-impor-paket.db.x7q.tmp"
    young = folder / f".{stem}-ffff.salinan"
    other_db = folder / ".lain-0a1b2c.salinan"
    for leftover in (old_thread, old_in_place, young, other_db):
        leftover.write_bytes(b"setengah")
    day_ago = time.time() - 24 * 3600
    for leftover in (old_thread, old_in_place, other_db):
        os.utime(leftover, (day_ago, day_ago))
    kept = backups.daily_if_due(db)
    db.close()
    assert not old_thread.exists() and not old_in_place.exists()
    assert young.exists() and other_db.exists() and kept.exists()
