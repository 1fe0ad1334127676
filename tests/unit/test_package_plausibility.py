"""Implausible package values (over F1 x target or F2 x the previous quarter) are flagged in the
preview and counted in the printed and saved summaries; they are warnings, the package applies."""
from __future__ import annotations

import openpyxl
import pytest

from kinerja_desktop.cli import main
from kinerja_desktop.services.office_settings import save_office_settings
from kinerja_desktop.services.packages import preview_import
from kinerja_desktop.store.database import open_database
from tests.fixtures import ADMIN
from tests.package_tools import fill, issue



pytestmark = pytest.mark.usefixtures("cli_password")


@pytest.fixture
def db_path(people_db_path):
    return people_db_path


def test_preview_flags_over_five_times_the_target_and_ten_times_the_previous_quarter(db, tmp_path):
    # P1.1 (sum, target 400): 90 + 95 + 1900 > 2000; T1.1 (last, Q2 69): 700 > 690 and > 350
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H8": 1900, "H10": 700, "H7": 80})
    preview = preview_import(db, filled)
    flagged = {r.code: r.warning for r in preview.flagged}
    assert set(flagged) == {"P1.1", "T1.1"}
    assert "5 kali target tahunan" in flagged["P1.1"]
    assert "10 kali triwulan sebelumnya" in flagged["T1.1"] and "5 kali target tahunan" in flagged["T1.1"]
    assert preview.blocking is None            # a warning, not a refusal


def test_the_factors_of_the_settings_decide(db, tmp_path):
    save_office_settings(db, ADMIN, {"target_factor": "50", "previous_factor": "20"})
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H8": 1900, "H10": 700})
    assert preview_import(db, filled).flagged == []


def test_cli_prints_each_flagged_row_and_counts_them(db_path, tmp_path, capsys):
    out_file = tmp_path / "paket.xlsx"
    assert main(["export-package", "--db", str(db_path), "--user", "perencana", "--opd", "DINA", "--year", "2026", "--quarter", "3",
                 "--out", str(out_file)]) == 0
    filled = fill(out_file, tmp_path / "isi.xlsx", {"H8": 1900, "H7": 80})
    capsys.readouterr()
    code = main(["import-package", "--db", str(db_path), "--user", "perencana", "--dry-run", str(filled)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "1 perlu diperiksa" in out
    assert ("  periksa P1.1 (baris 8): 1.900 orang: lebih dari 10 kali triwulan sebelumnya (95); "
            "kumulatif 2.085 lebih dari 5 kali target tahunan 400.") in out
    assert "Jumlah: 1 berkas, 0 diterapkan, 0 ditolak. 1 baris perlu diperiksa" in out
    summary = tmp_path / "ringkasan.xlsx"
    assert main(["import-package", "--db", str(db_path), "--user", "perencana", str(filled),
                 "--summary", str(summary)]) == 0
    ws = openpyxl.load_workbook(summary)["Ringkasan OPD"]
    assert ws.cell(1, 9).value == "Perlu diperiksa" and ws.cell(2, 9).value == 1
    assert "P1.1: periksa: lebih dari 10 kali" in ws.cell(2, 10).value
    db = open_database(db_path, read_only=True)
    try:
        assert db.execute("SELECT value FROM realisation WHERE indicator_id = 3 AND quarter = 3").fetchone() == ("1900",)
    finally:
        db.close()
