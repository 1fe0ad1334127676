"""The headless commands: exit codes 0/1/2, Indonesian messages on stderr, database untouched."""
import hashlib
import json
import subprocess
import sys

import pytest

from tests.fixtures import small_plan
from tests.cli_run import run


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "kinerja.db"
    db, _ = small_plan(path)
    db.close()
    return path


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()



def test_check_reports_counts(capsys, db_file):
    code, out, err = run(capsys, "check", "--db", str(db_file))
    assert code == 0, err
    assert "Keutuhan: baik" in out and "OPD: 2" in out and "indikator: 5" in out
    assert "indikator tujuan: 1" in out and "indikator sasaran: 1" in out
    assert "indikator program/kegiatan/sub kegiatan: 3" in out


def test_values_as_json_carry_exact_text_and_achievement(capsys, db_file):
    code, out, err = run(capsys, "values", "--db", str(db_file), "--opd", "DINA", "--year", "2026", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    row = next(r for r in rows if r["indikator"] == "P1.1" and r["triwulan"] == 2)
    # sum indicator with quarterly targets 80+100: (90+95)/180 = 102.78
    assert row["nilai"] == "95" and row["capaian"] == "102.78" and row["predikat"] == "Sangat Tinggi"
    assert {r["opd"] for r in rows} == {"DINA"}


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["values", "--db", "{db}", "--quarter", "5"], 2, "triwulan '5' tidak ada"),
        (["values", "--db", "{db}", "--quarter", "0"], 2, "triwulan '0' tidak ada"),
        (["values", "--db", "{db}", "--year", "dua"], 2, "tahun 'dua' tidak sah"),
        (["values", "--db", "{db}", "--opd", "XYZ"], 1, "OPD dengan kode 'XYZ' tidak ada"),
        (["values", "--db", "{db}", "--format", "xml"], 2, "tidak dikenal"),
        (["values"], 2, "argumen wajib belum diisi"),
        (["check", "--db", "{tmp}/tidak-ada/k.db"], 1, "tidak ada"),
        (["check", "--db", "{tmp}/teks.db"], 1, "bukan basis data SQLite"),
        (["backup", "--db", "{db}", "--out", "{tmp}/tidak-ada/k.db"], 1, "tidak ada"),
        (["demo", "--db", "{db}", "--scale", "0"], 2, "skala '0' tidak sah"),
        (["lapor"], 2, "tidak dikenal"),
    ],
)
def test_bad_command_lines(capsys, tmp_path, db_file, argv, code, message):
    (tmp_path / "teks.db").write_text("halo", encoding="utf-8")
    before = digest(db_file)
    argv = [a.format(db=db_file, tmp=tmp_path) for a in argv]
    got, _, err = run(capsys, *argv)
    assert got == code
    assert message in err
    assert digest(db_file) == before


def test_backup_then_check(capsys, db_file, tmp_path):
    code, out, _ = run(capsys, "backup", "--db", str(db_file), "--out", str(tmp_path / "b.db"))
    assert code == 0 and "Cadangan dibuat" in out
    code, out, _ = run(capsys, "check", "--db", str(tmp_path / "b.db"))
    assert code == 0 and "indikator: 5" in out


def test_module_entry_point_prints_the_version():
    result = subprocess.run([sys.executable, "-m", "kinerja_desktop", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "Kinerja Desktop" in result.stdout


def test_values_piped_into_a_closed_reader_stops_quietly(demo_db_path):
    # The demo's ~95 000 rows overflow the pipe after `head` has gone: a real broken pipe.
    script = (
        "import sys; from kinerja_desktop.cli import main; "
        f"sys.exit(main(['values', '--db', r'{demo_db_path}']))"
    )
    proc = subprocess.run(f'"{sys.executable}" -c "{script}" | head -n 1', shell=True, capture_output=True, text=True)
    assert proc.stdout.startswith("opd,")
    assert "BrokenPipeError" not in proc.stderr and "Traceback" not in proc.stderr
