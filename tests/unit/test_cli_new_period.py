"""`kinerja new-period`: the next period from the command line, as an administrator; --dry-run
writes nothing; exit 0 / 1 refused / 2 usage, the database unchanged on every refusal."""
from __future__ import annotations

import pytest

from kinerja_desktop.store.database import open_database
from tests.package_tools import dump
from tests.cli_run import run

pytestmark = pytest.mark.usefixtures("cli_password")



def state(path):
    db = open_database(path, read_only=True)
    try:
        tables = dump(db)
    finally:
        db.close()
    tables.pop("app_user")
    return tables


def new_period(path, *extra, user="admin", name="RPJMD 2025-2029", start="2025", end="2029"):
    return ["new-period", "--db", path, "--user", user, "--name", name, "--start", start, "--end", end, *extra]


def test_new_period_carries_the_iku(capsys, people_db_path):
    code, out, err = run(capsys, *new_period(people_db_path, "--from", "RPJMD 2021-2026"))
    assert code == 0, err
    assert "Indikator dibawa: 2" in out and "+ T1.1 Indeks contoh" in out
    assert "Periode RPJMD 2025-2029 dibuat (ID 2); 2 indikator dibawa." in out
    db = open_database(people_db_path, read_only=True)
    try:
        assert db.execute("SELECT name, kind, previous_id FROM plan WHERE id = 2").fetchone() == ("RPJMD 2025-2029", "RPJMD", 1)
        assert db.execute("SELECT count(*) FROM indicator_link").fetchone() == (2,)
        assert db.execute("SELECT DISTINCT by_user, source FROM audit_log WHERE entity = 'plan'").fetchall() == [("admin", "cli")]
    finally:
        db.close()
    code, out, _ = run(capsys, "check", "--db", people_db_path)
    assert code == 0 and "Keaslian: baik" in out


def test_dry_run_writes_nothing_and_asks_no_password(capsys, people_db_path, monkeypatch):
    monkeypatch.delenv("KINERJA_PASSWORD")
    before = state(people_db_path)
    code, out, _ = run(capsys, *new_period(people_db_path, "--carry", "all", "--dry-run"))
    assert code == 0 and "Indikator dibawa: 5" in out and "Uji coba (--dry-run)" in out
    assert "Struktur yang disalin: 1 tujuan, 1 sasaran, 2 program, 1 kegiatan, 1 sub kegiatan" in out
    assert state(people_db_path) == before


@pytest.mark.parametrize("extra, kwargs, code, words", [
    ((), {"start": "2021", "end": "2025"}, 1, "mulai pada tahun yang sama"),
    ((), {"start": "2022", "end": "2024"}, 1, "seluruhnya berada di dalam"),
    ((), {"start": "2029", "end": "2025"}, 1, "sebelum tahun mulainya"),
    (("--from", "RPJMD 1999"), {}, 2, "Periode rencana 'RPJMD 1999' tidak ada"),
    (("--carry", "all", "--structure", "objective"), {}, 1, "melekat pada program"),
    (("--carry", "semua"), {}, 2, "pilihan 'semua' tidak dikenal"),
    ((), {"start": "25"}, 2, "tahun '25' tidak sah"),
    ((), {"user": "perencana"}, 1, "tidak boleh membuat periode rencana baru"),
])
def test_refused_or_wrong_command_changes_nothing(capsys, people_db_path, extra, kwargs, code, words):
    before = state(people_db_path)
    got, _, err = run(capsys, *new_period(people_db_path, *extra, **kwargs))
    assert got == code and words in err, err
    assert "Traceback" not in err
    assert state(people_db_path) == before
