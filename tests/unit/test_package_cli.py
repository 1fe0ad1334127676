"""Headless package commands: exit codes, Indonesian summaries, and a kill in mid-import."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kinerja_desktop.cli import main
from kinerja_desktop.services.package_import import PAUSE_ENV
from kinerja_desktop.store.database import open_database
from tests.cli_people import PASSWORD
from tests.package_tools import dump, fill

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("cli_password")


@pytest.fixture
def db_path(people_db_path):
    return people_db_path



def imp(db_path, *argv, user="perencana"):
    return main(["import-package", "--db", str(db_path), "--user", user, *map(str, argv)])


def _dump(path):
    db = open_database(path, read_only=True)
    try:
        return dump(db)
    finally:
        db.close()


def _export(db_path, tmp_path, code="DINA"):
    out = tmp_path / f"paket_{code}.xlsx"
    assert main(["export-package", "--db", str(db_path), "--user", "perencana", "--opd", code, "--year", "2026", "--quarter", "3",
                 "--out", str(out)]) == 0
    return out


def test_export_then_import_applies_and_reimport_changes_nothing(db_path, tmp_path, capsys):
    filled = fill(_export(db_path, tmp_path), tmp_path / "isi.xlsx", {"H7": 80, "H10": "70,5"})
    capsys.readouterr()
    before = _dump(db_path)
    assert imp(db_path, "--dry-run", filled) == 0
    assert "Uji coba" in capsys.readouterr().out
    assert imp(db_path, "--dry-run", "--rows", filled) == 0
    out = capsys.readouterr().out     # what a planner may check first, numbers as written here
    assert "(baris 7): kosong -> 80,0 persen" in out and "(baris 10): kosong -> 70,50" in out
    assert _dump(db_path) == before
    # Filled in a spreadsheet by an OPD without a registered key: imported without any flag, and marked.
    assert imp(db_path, filled, "--summary", tmp_path / "r.xlsx") == 0
    out = capsys.readouterr().out
    assert "Diterapkan [Diisi di spreadsheet]" in out and "2 baru" in out and (tmp_path / "r.xlsx").exists()
    assert _dump(db_path) != before
    after = _dump(db_path)
    assert imp(db_path, filled) == 0
    out = capsys.readouterr().out
    assert "sudah diimpor" in out and _dump(db_path) == after
    assert "T" not in out.split("sudah diimpor pada", 1)[1].split(";")[0]     # a date for people, not ISO


def test_rejected_rows_give_exit_1_and_the_reason(db_path, tmp_path, capsys):
    filled = fill(_export(db_path, tmp_path), tmp_path / "isi.xlsx", {"H7": "banyak"})
    before = _dump(db_path)
    assert imp(db_path, filled) == 1
    out = capsys.readouterr().out
    assert "ditolak K1.1" in out and "baris 7, kolom H" in out
    assert _dump(db_path) == before


def test_export_all_and_usage_errors(db_path, tmp_path, capsys):
    folder = tmp_path / "semua"
    folder.mkdir()
    assert main(["export-package", "--db", str(db_path), "--user", "admin", "--opd", "SEMUA", "--year", "2026", "--quarter", "3",
                 "--out", str(folder)]) == 0
    assert len(list(folder.glob("*.xlsx"))) == 2
    assert main(["export-package", "--db", str(db_path), "--user", "admin", "--opd", "TIDAKADA", "--year", "2026", "--quarter", "3",
                 "--out", str(folder)]) == 1
    assert "tidak ada" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["import-package", "--db", str(db_path), "--user", "admin"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["import-package", "--db", str(db_path), "--user", "admin", "--conflicts", "semua", "x.xlsx"])
    assert exc.value.code == 2


def test_missing_file_or_empty_folder_is_refused(db_path, tmp_path, capsys):
    assert imp(db_path, tmp_path / "tidak-ada.xlsx") == 1
    assert "tidak dapat dibuka" in capsys.readouterr().err
    (tmp_path / "kosong").mkdir()
    assert imp(db_path, tmp_path / "kosong") == 1
    assert "tidak ada berkas paket" in capsys.readouterr().err


def test_office_commands(db_path, tmp_path, capsys):
    package = _export(db_path, tmp_path)
    office = tmp_path / "opd.db"
    assert main(["package-setup", "--db", str(office), str(package), "--operator", "opd",
                 "--password", PASSWORD]) == 0
    out = capsys.readouterr().out
    assert "Akun operator 'opd' dibuat" in out
    key = out.split("--key ...): ", 1)[1].split()[0]      # printed for Bappelitbangda to register
    out = tmp_path / "terisi.xlsx"
    assert main(["package-write", "--db", str(office), "--user", "opd", "--year", "2026", "--quarter", "3",
                 "--out", str(out)]) == 0
    assert imp(db_path, "--dry-run", out) == 0          # key not registered yet: accepted like a spreadsheet
    assert "belum terdaftar" in capsys.readouterr().out
    assert main(["register-key", "--db", str(db_path), "--user", "admin", "--opd", "DINA", "--key", key]) == 0
    assert imp(db_path, out) == 0
    assert "Bertanda tangan sah" in capsys.readouterr().out


def test_killed_while_importing_leaves_all_or_nothing(db_path, tmp_path):
    filled = fill(_export(db_path, tmp_path), tmp_path / "isi.xlsx", {"H7": 80, "H8": 120, "H10": 71})
    before = _dump(db_path)
    marker = tmp_path / "di-tengah"
    env = dict(os.environ, **{PAUSE_ENV: str(marker)})
    proc = subprocess.Popen([sys.executable, "-m", "kinerja_desktop", "import-package", "--db", str(db_path),
                             "--user", "perencana", str(filled)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "the import ended before its pause"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert _dump(db_path) == before            # nothing of the killed transaction
    assert main(["check", "--db", str(db_path)]) == 0
    assert imp(db_path, filled) == 0
    db = open_database(db_path, read_only=True)
    try:
        assert db.execute("SELECT count(*) FROM realisation WHERE year = 2026 AND quarter = 3").fetchone()[0] == 3
    finally:
        db.close()


def test_office_setup_on_another_account_says_the_key_is_missing_and_makes_a_new_one(db_path, tmp_path, capsys,
                                                                                         monkeypatch):
    from kinerja_desktop.services import office_key

    package = _export(db_path, tmp_path)
    office = tmp_path / "opd.db"
    monkeypatch.setenv(office_key.KEY_DIR_ENV, str(tmp_path / "akun-a"))
    assert main(["package-setup", "--db", str(office), str(package)]) == 0
    first = capsys.readouterr().out.split("Sidik kunci tanda tangan: ", 1)[1].split()[0]
    monkeypatch.setenv(office_key.KEY_DIR_ENV, str(tmp_path / "akun-b"))      # the database moved
    assert main(["package-setup", "--db", str(office), str(package)]) == 0    # the setup itself is done
    captured = capsys.readouterr()
    assert first in captured.err and "--new-key" in captured.err and "--key ...)" not in captured.out
    assert main(["package-setup", "--db", str(office), str(package), "--new-key"]) == 0
    out = capsys.readouterr().out
    assert "--key ...): " in out and out.split("Sidik kunci tanda tangan: ", 1)[1].split()[0] != first
