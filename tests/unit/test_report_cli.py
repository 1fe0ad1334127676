"""`kinerja report`: exit codes and Indonesian messages; nothing is written on a refusal."""
from __future__ import annotations

import hashlib

import pytest

from kinerja_desktop.cli import main
from tests.fixtures import small_plan


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "plan.db"
    db, _ = small_plan(path)
    db.close()
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("name", ["laporan.xlsx", "laporan.pdf"])
def test_report_written(db_path, tmp_path, capsys, name):
    out = tmp_path / name
    assert main(["report", "--db", str(db_path), "--year", "2026", "--quarter", "3", "--out", str(out)]) == 0
    assert out.stat().st_size > 1000
    assert "Laporan evaluasi dibuat" in capsys.readouterr().out
    assert not list(tmp_path.glob("*.tmp"))


def test_per_opd_and_f4(db_path, tmp_path):
    out = tmp_path / "dina.pdf"
    assert main(["report", "--db", str(db_path), "--year", "2026", "--quarter", "2", "--out", str(out),
                 "--opd", "DINA", "--paper", "F4"]) == 0
    assert out.exists()


@pytest.mark.parametrize("args, code, message", [
    (["--out", "{tmp}/laporan.docx"], 2, "akhiri nama berkas dengan .xlsx atau .pdf"),
    (["--out", "{tmp}/laporan"], 2, "akhiri nama berkas dengan .xlsx atau .pdf"),
    (["--out", "{tmp}/tidak-ada/laporan.xlsx"], 1, "tidak ada. Buat foldernya dulu"),
    (["--out", "{tmp}/l.xlsx", "--opd", "XYZ"], 1, "OPD dengan kode 'XYZ' tidak ada"),
    (["--out", "{tmp}/l.xlsx", "--year", "2030"], 2, "di luar periode"),
    (["--out", "{tmp}/l.xlsx", "--quarter", "5"], 2, "triwulan '5' tidak ada"),
    (["--out", "{tmp}/l.xlsx", "--paper", "A3"], 2, "'A3' tidak dikenal"),
])
def test_refusals(db_path, tmp_path, capsys, args, code, message):
    before = _digest(db_path)
    argv = ["report", "--db", str(db_path), "--year", "2026", "--quarter", "3"]
    argv += [a.replace("{tmp}", str(tmp_path)) for a in args]
    if code == 2 and "--quarter" in args or "--paper" in args:
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == code
    else:
        assert main(argv) == code
    assert message in capsys.readouterr().err
    assert _digest(db_path) == before
    assert not [p.name for p in tmp_path.iterdir() if not p.name.startswith("plan.db")]
