"""The comparison report (`kinerja report --form banding`): the .xlsx read back with calamine,
the PDF's text through pdftotext, exit codes and Indonesian messages; a refusal writes nothing."""
from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest
from python_calamine import CalamineWorkbook

from kinerja_desktop.cli import main
from tests.compare_data import compare_plan

TITLE = "Perbandingan Capaian Kinerja TW II Tahun 2025 dan 2026"


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "plan.db"
    compare_plan(path)[0].close()
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(db_path, out, *extra):
    return main(["report", "--form", "banding", "--db", str(db_path), "--quarter", "2", "--out", str(out), *extra])


def test_xlsx_read_back(db_path, tmp_path, capsys):
    out = tmp_path / "banding.xlsx"
    assert _run(db_path, out, "--years", "2025,2026") == 0
    assert "Laporan perbandingan dibuat" in capsys.readouterr().out
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["Per indikator", "Ringkasan"]
    rows = book.get_sheet_by_name("Per indikator").to_python()
    assert rows[0][0] == TITLE
    assert rows[4][:8] == ["No", "Kode", "Indikator", "Satuan", "Polaritas", "OPD", "Realisasi 2025", "Capaian 2025 (%)"]
    by_code = {r[1]: r for r in rows[5:] if r[0]}
    assert by_code["T1.1"][6:15] == [67.0, 95.71, "Sangat Tinggi", 69.0, 98.57, "Sangat Tinggi", 2.0, 2.86, "Membaik"]
    assert by_code["S1.1.1"][4] == "Negatif" and by_code["S1.1.1"][13:15] == [-10.0, "Memburuk"]
    assert by_code["P1.1"][6:9] == ["Belum dilaporkan", "\u2014", "Belum dilaporkan"]
    assert by_code["P1.1"][14:16] == ["Tidak dapat dibandingkan", "TW II 2025 belum dilaporkan"]
    assert by_code["K1.1"][8] == "Tidak dapat dihitung"
    summary = {r[0]: r for r in book.get_sheet_by_name("Ringkasan").to_python()[5:] if r[0]}
    assert summary["DINA"][2:12] == [4.0, 1.0, 1.0, 0.0, 2.0, 97.86, "Sangat Tinggi", 96.45, "Sangat Tinggi", -1.41]
    assert summary["T1"][12] == "Seimbang" and summary["S1.1"][12] == "Lebih banyak memburuk"
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_pdf_text(db_path, tmp_path):
    out = tmp_path / "banding.pdf"
    assert _run(db_path, out, "--years", "2026,2025", "--paper", "F4") == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert TITLE in text and "Halaman 1 dari 2" in text
    for words in ("Per indikator", "Ringkasan", "Membaik", "Memburuk", "Tetap", "Tidak dapat", "dibandingkan",
                  "95,71", "98,57", "+2,86", "-10,00", "TW II 2025 belum", "Lebih banyak", "97,86"):
        assert words in text, words


def test_one_opd(db_path, tmp_path):
    out = tmp_path / "dinb.xlsx"
    assert _run(db_path, out, "--years", "2025,2026", "--opd", "DINB", "--periode", "1") == 0
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Per indikator").to_python()
    assert "Dinas B" in rows[1][0]
    assert [r[1] for r in rows[5:] if r[0] and r[0].isdigit()] == ["B1.1"]


@pytest.mark.parametrize("args, code, message", [
    (["--years", "2025"], 2, "tulis dua tahun dipisah koma"),
    (["--years", "2025,abc"], 2, "tulis dua tahun dipisah koma"),
    ([], 2, "--form banding memerlukan --years"),
    (["--years", "2025,2026", "--year", "2026"], 2, "memakai --years, bukan --year"),
    (["--years", "2026,2026"], 2, "dengan dirinya sendiri"),
    (["--years", "2019,2026"], 2, "Tahun 2019 di luar periode"),
    (["--years", "2025,2026", "--quarter", "5"], 2, "triwulan '5' tidak ada"),
    (["--years", "2025,2026", "--out", "{tmp}/banding.docx"], 2, "akhiri nama berkas dengan .xlsx atau .pdf"),
    (["--years", "2025,2026", "--out", "{tmp}/tidak-ada/banding.xlsx"], 1, "tidak ada. Buat foldernya dulu"),
    (["--years", "2025,2026", "--opd", "XYZ"], 1, "OPD dengan kode 'XYZ' tidak ada"),
    (["--years", "2025,2026", "--periode", "RPD 2099"], 2, "Periode rencana 'RPD 2099' tidak ada"),
    (["--years", "2025,2026", "--form", "lain"], 2, "pilihan 'lain' tidak dikenal"),
])
def test_refusals(db_path, tmp_path, capsys, args, code, message):
    before = _digest(db_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    argv = ["report", "--form", "banding", "--db", str(db_path), "--quarter", "2", "--out", str(tmp_path / "b.xlsx"), *args]
    try:
        result = main(argv)
    except SystemExit as exit_info:   # argparse's own refusals
        result = exit_info.code
    assert result == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert _digest(db_path) == before
    assert not [p.name for p in tmp_path.iterdir() if not p.name.startswith("plan.db")]


def test_the_evaluation_form_still_needs_its_year(db_path, tmp_path, capsys):
    assert main(["report", "--db", str(db_path), "--quarter", "2", "--out", str(tmp_path / "r.xlsx")]) == 2
    assert "argumen wajib belum diisi: --year" in capsys.readouterr().err
    assert main(["report", "--form", "rkpd", "--db", str(db_path), "--year", "2026", "--quarter", "2",
                 "--out", str(tmp_path / "r.xlsx")]) == 0
