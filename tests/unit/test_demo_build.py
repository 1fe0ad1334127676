"""Building the demo database: deterministic, atomic, refuses to overwrite, scales."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from kinerja_desktop.services.demo import build as demo
from kinerja_desktop.services.demo import build_demo_database
from kinerja_desktop.store.database import DatabaseError, open_database

TABLES = ["agency", "goal", "objective", "program", "activity", "sub_activity", "indicator", "target",
          "end_target", "realisation", "budget", "spending", "workflow", "workflow_log"]


def dump(path, table):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        conn.close()


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_seed_gives_identical_rows(demo_db_path, tmp_path):
    again = tmp_path / "again.db"
    summary = build_demo_database(again)
    for table in TABLES:
        assert dump(again, table) == dump(demo_db_path, table), table
    users = "SELECT username, full_name, role, agency_id FROM app_user ORDER BY username"
    with sqlite3.connect(again) as a, sqlite3.connect(demo_db_path) as b:
        assert a.execute(users).fetchall() == b.execute(users).fetchall()
    assert summary["OPD"] == 37 and summary["periode rencana"] == 2 \
        and summary["tujuan"] == 6 + 6 and summary["sasaran"] == 11 + 11   # goals and objectives of each period
    assert summary["indikator"] == len(dump(again, "indicator"))
    assert summary["realisasi"] == len(dump(again, "realisation"))
    for key in ("program", "kegiatan", "sub kegiatan"):
        assert summary[key] > 0


def test_another_seed_gives_other_values_but_the_same_plan(demo_db_path, tmp_path):
    other = tmp_path / "other.db"
    build_demo_database(other, seed=7)
    assert dump(other, "realisation") != dump(demo_db_path, "realisation")
    plan_rows = "SELECT code, name, unit FROM indicator WHERE node_type IN ('goal', 'objective') ORDER BY code"
    with sqlite3.connect(other) as a, sqlite3.connect(demo_db_path) as b:
        assert a.execute(plan_rows).fetchall() == b.execute(plan_rows).fetchall()


def test_existing_file_is_refused_and_left_byte_identical(demo_db_path, tmp_path):
    target = tmp_path / "ada.db"
    target.write_bytes(demo_db_path.read_bytes())
    before = digest(target)
    with pytest.raises(DatabaseError, match="sudah ada.*--force"):
        build_demo_database(target)
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ada.db"]


def test_overwrite_replaces_the_file_and_removes_a_stale_wal_and_leftover(tmp_path):
    target = tmp_path / "lama.db"
    target.write_text("bukan basis data")
    wal = tmp_path / "lama.db-wal"
    wal.write_bytes(b"stale")
    leftover = tmp_path / "lama.db.building"
    leftover.write_bytes(b"sisa build yang gagal")
    build_demo_database(target, overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lama.db"]
    db = open_database(target, read_only=True)
    try:
        assert db.execute("SELECT count(*) FROM agency").fetchone()[0] == 37
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        db.close()


def test_missing_folder_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="Folder .* tidak ada"):
        build_demo_database(tmp_path / "tidak-ada" / "demo.db")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_as_path_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="adalah folder"):
        build_demo_database(tmp_path, overwrite=True)


@pytest.mark.parametrize("scale", [0, -1, 51, 1.5, "2"])
def test_bad_scale_is_refused(tmp_path, scale):
    with pytest.raises(DatabaseError, match="Skala demo"):
        build_demo_database(tmp_path / "demo.db", scale=scale)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_build_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "demo.db"
    target.write_bytes(b"isi lama")

    def broken(db, scale, rng):
        db.execute("INSERT INTO agency (code, name) VALUES ('X', 'X')")
        raise RuntimeError("disk penuh")

    monkeypatch.setattr(demo, "_fill", broken)
    with pytest.raises(RuntimeError):
        build_demo_database(target, overwrite=True)
    assert target.read_bytes() == b"isi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]


def test_a_disk_error_becomes_a_clear_message_and_the_old_file_stays(tmp_path, monkeypatch):
    target = tmp_path / "demo.db"
    target.write_bytes(b"isi lama")

    def full(db, scale, rng):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(demo, "_fill", full)
    with pytest.raises(DatabaseError, match="tidak dapat dibuat.*ruang disk.*berkas lama tidak berubah"):
        build_demo_database(target, overwrite=True)
    assert target.read_bytes() == b"isi lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.db"]


def test_scale_multiplies_the_opd_layer(demo_db_path, tmp_path):
    summary = build_demo_database(tmp_path / "x3.db", scale=3)
    with sqlite3.connect(demo_db_path) as conn:
        base = conn.execute("SELECT count(*) FROM indicator").fetchone()[0]
        base_activities = conn.execute("SELECT count(*) FROM activity").fetchone()[0]
    assert 2.5 * base < summary["indikator"] < 3.5 * base
    assert 2.5 * base_activities < summary["kegiatan"] < 3.5 * base_activities
    assert summary["OPD"] == 37 and summary["periode rencana"] == 2 \
        and summary["tujuan"] == 6 + 6 and summary["sasaran"] == 11 + 11   # goals and objectives of each period
    conn = sqlite3.connect(tmp_path / "x3.db")
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        dup = "SELECT count(*) FROM (SELECT program_id, code FROM activity GROUP BY 1, 2 HAVING count(*) > 1)"
        assert conn.execute(dup).fetchone()[0] == 0
    finally:
        conn.close()
