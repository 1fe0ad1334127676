"""`kinerja backup` and `kinerja restore`: refusals with the database unchanged, the preview, the
administrator's password, and the confirmation."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from kinerja_desktop.services.users import create_user
from tests.fixtures import small_plan
from tests.cli_run import run

PASSWORD = "rahasia-admin"


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "kinerja.db"
    db, _ = small_plan(path)
    create_user(db, "admin", "Administrator", "administrator", PASSWORD)
    create_user(db, "perencana", "Perencana", "planner", "rahasia-perencana")
    db.close()
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()



def value(path, quarter=1):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM realisation WHERE indicator_id = 3 AND quarter = ?",
                            [quarter]).fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def saved(db_file, tmp_path, capsys):
    """A backup of the fixture, then a change to the database after it."""
    code, out, _ = run(capsys, "backup", "--db", db_file, "--out", tmp_path / "simpan.db")
    assert code == 0 and "diperiksa" in out
    conn = sqlite3.connect(db_file)
    with conn:
        conn.execute("UPDATE realisation SET value = '1' WHERE indicator_id = 3 AND quarter = 1")
    conn.close()
    return tmp_path / "simpan.db"


@pytest.mark.parametrize("spelling", ["{db}", "{dir}/./kinerja.db", "{db}-wal", "{db}-shm"])
def test_backup_onto_the_database_is_refused(capsys, db_file, spelling):
    before = digest(db_file)
    out = spelling.format(db=db_file, dir=db_file.parent)
    code, _, err = run(capsys, "backup", "--db", db_file, "--out", out)
    assert code == 1 and "basis data" in err and "sendiri" in err and "Traceback" not in err
    assert digest(db_file) == before


def test_backup_into_a_folder_is_refused(capsys, db_file, tmp_path):
    code, _, err = run(capsys, "backup", "--db", db_file, "--out", tmp_path)
    assert code == 1 and "adalah folder" in err


def test_restore_preview_only_changes_nothing(capsys, db_file, saved):
    before = digest(db_file)
    code, out, err = run(capsys, "restore", "--db", db_file, "--user", "admin", "--from", saved, "--preview")
    assert code == 0, err
    assert "Periode rencana: RPJMD 2021-2026\n" in out and "indikator 5" in out and "realisasi 7" in out
    assert digest(db_file) == before


def test_restore_with_password_and_yes(capsys, db_file, saved, monkeypatch):
    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "restore", "--db", db_file, "--user", "admin", "--from", saved, "--yes")
    assert code == 0, err
    assert "Basis data dipulihkan" in out and value(db_file) == "90"
    copies = list((db_file.parent / "cadangan").glob("kinerja-*-pra-pulih.db"))
    assert len(copies) == 1 and value(copies[0]) == "1"


@pytest.mark.parametrize("user, password, message", [
    ("admin", "salah-sekali", "kata sandi salah"),
    ("perencana", "rahasia-perencana", "hanya Administrator"),
    ("siapa", "apa-saja-123", "kata sandi salah"),
])
def test_restore_refuses_wrong_password_and_non_administrators(capsys, db_file, saved, monkeypatch, user, password,
                                                               message):
    monkeypatch.setenv("KINERJA_PASSWORD", password)
    monkeypatch.setattr("time.sleep", lambda s: None)
    before = value(db_file)
    code, _, err = run(capsys, "restore", "--db", db_file, "--user", user, "--from", saved, "--yes")
    assert code == 1 and message in err and "Traceback" not in err
    assert value(db_file) == before


def test_restore_without_yes_in_a_script_is_a_usage_error(capsys, db_file, saved, monkeypatch):
    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)
    code, _, err = run(capsys, "restore", "--db", db_file, "--user", "admin", "--from", saved)
    assert code == 2 and "--yes" in err
    assert value(db_file) == "1"


def test_restore_of_a_bad_file_is_refused(capsys, db_file, tmp_path, monkeypatch):
    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)
    bad = tmp_path / "bukan.db"
    bad.write_text("bukan cadangan")
    before = digest(db_file)
    code, _, err = run(capsys, "restore", "--db", db_file, "--user", "admin", "--from", bad, "--yes")
    assert code == 1 and "Cadangan 'bukan.db' tidak dapat dipakai" in err
    assert digest(db_file) == before


def test_restore_needs_user(capsys, db_file, saved):
    code, _, err = run(capsys, "restore", "--db", db_file, "--from", saved)
    assert code == 2 and "argumen wajib belum diisi: --user" in err


def test_a_damaged_database_is_restored_from_the_command_line(capsys, db_file, saved, monkeypatch):
    data = bytearray(db_file.read_bytes())
    data[4096 * 2:4096 * 2 + 300] = b"\x00\xff" * 150
    db_file.write_bytes(bytes(data))
    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "restore", "--db", db_file, "--user", "admin", "--from", saved, "--yes")
    assert code == 0, err
    assert "rusak" in err and "pengguna di cadangan" in err and "Basis data dipulihkan" in out
    assert value(db_file) == "90"
    kept = list((db_file.parent / "cadangan").glob("kinerja-*-rusak.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data)
    code, out, _ = run(capsys, "check", "--db", db_file)
    assert code == 0 and "Keutuhan: baik" in out
