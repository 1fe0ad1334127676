"""The evaluation report written as .xlsx and PDF: the printed form's layout, read back."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from kinerja_desktop.services.report import write_report
from kinerja_desktop.store.database import transaction


@pytest.fixture
def xlsx(db, tmp_path):
    path = write_report(db, tmp_path / "laporan.xlsx", 2026, 3, paper="F4", signed_on=date(2026, 11, 27))
    wb = openpyxl.load_workbook(path)
    yield wb
    wb.close()


def _find(ws, text):
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not in the sheet")


def test_headers_numbers_and_merges(xlsx):
    ws = xlsx["Evaluasi RKPD"]
    # The title stands over each printed half's own columns (never in the repeated A:E).
    assert ws["F1"].value == ws["T1"].value == "EVALUASI TERHADAP HASIL RKPD KABUPATEN CONTOH"
    assert ws["F3"].value == "Periode pelaksanaan: TW III tahun 2026"
    assert ws["A1"].value is None
    header = [ws.cell(5, c).value for c in range(1, 6)]
    assert header[0] == "No" and header[1] == "Sasaran" and header[2] == "Kode"
    numbers = [ws.cell(8, c).value for c in range(1, ws.max_column + 1) if ws.cell(8, c).value]
    assert numbers == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13 = 9+10+11+12",
                       "14 = 7+13", "15 = 13/8 x 100%", "16 = 14/6 x 100%", "17"]
    subs = [ws.cell(7, c).value for c in range(6, 12)]
    assert subs == ["K", "Rp", "K", "Rp", "K", "Rp"]
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert "A5:A7" in merged              # No: over the three header rows
    assert "F5:G6" in merged              # col 6 over its K and Rp
    assert "L5:S5" in merged              # 'Realisasi Kinerja pada Triwulan' over the four quarters
    assert _find(ws, "Realisasi Kinerja pada Triwulan").coordinate == "L5"
    assert ws.print_title_rows == "$5:$8"


def test_values_formats_and_ratings(xlsx):
    ws = xlsx["Evaluasi RKPD"]
    row = _find(ws, "Jumlah layanan (orang)").row
    values = [ws.cell(row, c).value for c in range(1, ws.max_column + 1)]
    assert Decimal(str(values[5])) == 400                      # end target, K
    assert Decimal(str(values[6])) == Decimal(1500000000)      # pagu of all years, Rp
    assert ws.cell(row, 6).number_format == "[$-421]#,##0"     # 0 decimals for this indicator
    assert ws.cell(row, 7).number_format == "[$-421]#,##0"
    label = ws.cell(row, 25)
    # quarterly target compared: 80+100+120 through Q3 (unreported), 185/300 = 61.67 % (P40 rule)
    assert label.value == "Rendah*"
    assert label.fill.fgColor.rgb.endswith("F28C28")
    pct = _find(ws, "Rata-rata cakupan (persen)").row
    assert ws.cell(pct, 6).number_format == "[$-421]#,##0.0"
    roads = _find(ws, "Panjang jalan dibangun (km)").row
    assert ws.cell(roads, 25).value == "Sangat Rendah"
    assert ws.cell(roads, 25).fill.fgColor.rgb.endswith("D64541")
    assert ws.cell(roads, 30).value == "Dinas B"


def test_page_setup_footer_and_signature(xlsx):
    ws = xlsx["Evaluasi RKPD"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 14          # F4 / Folio
    # Two pages wide: the left half (columns 1-12) and the right half (13-17), each with the
    # identifying columns and the header rows, pages numbered across then down, scaled so that
    # the body (8 pt) prints at 6.5 pt or more.
    # A fixed scale, not 'fit to pages' (spreadsheets ignore a manual break under it).
    setup_pr = ws.sheet_properties.pageSetUpPr
    assert not (setup_pr and setup_pr.fitToPage)
    scale = int(ws.page_setup.scale or 100)   # absent = 100 %
    assert ws.print_title_cols == "$A:$E" and ws.print_title_rows == "$5:$8"
    assert [b.id for b in ws.col_breaks.brk] == [19]          # after S, col 12's Rp
    assert ws.cell(7, 19).value == "Rp" and ws.cell(6, 18).value == "IV"
    assert ws.page_setup.pageOrder == "overThenDown"
    assert 8 * scale / 100 >= 6.5
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
    _find(ws, "Contoh, 27 November 2026")
    _find(ws, "Kepala Bappelitbangda Kabupaten Contoh")
    summary = xlsx["Ringkasan OPD"]
    assert _find(summary, "Dinas A").row == _find(summary, "DINA").row


def test_text_is_never_written_as_a_formula(db, tmp_path):
    with transaction(db):
        db.execute("UPDATE indicator SET name = '=HYPERLINK(\"http://x\",\"klik\")' WHERE id = 5")
        db.execute("UPDATE program SET name = '+Program B' WHERE id = 2")
    path = write_report(db, tmp_path / "l.xlsx", 2026, 3)
    wb = openpyxl.load_workbook(path)
    ws = wb["Evaluasi RKPD"]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'+Program B" in texts
    assert any(t.startswith("'=HYPERLINK") for t in texts)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    wb.close()


def test_per_opd_workbook_has_no_summary(db, tmp_path):
    path = write_report(db, tmp_path / "dinb.xlsx", 2026, 3, agency_code="dinb")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Evaluasi RKPD"]
    assert "Dinas B" in wb["Evaluasi RKPD"]["F2"].value
    wb.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_pdf_has_the_table_on_landscape_pages(db, tmp_path, paper):
    path = write_report(db, tmp_path / "laporan.pdf", 2026, 3, paper=paper, signed_on=date(2026, 11, 27))
    assert path.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    width, height = [float(x) for x in info.split("Page size:")[1].split("pts")[0].split(" x ")]
    assert width > height
    assert round(width) == (842 if paper == "A4" else 935)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    for expected in ("EVALUASI TERHADAP HASIL RKPD KABUPATEN CONTOH", "TW III tahun 2026", "Halaman 1 dari 2",
                     "14 = 7+13", "1.500.000.000", "61,67", "Rendah*", "Sangat Rendah",
                     "Contoh, 27 November 2026", "Kepala Bappelitbangda"):
        assert expected in text, expected
    # Two halves side by side: page 1 columns 1-12, page 2 the same rows' columns 13-17, both
    # with the identifying columns and the header rows.
    left, right = text.split("\f")[:2]
    for page in (left, right):
        assert "Kode" in page and "Jumlah layanan (orang)" in page and "Panjang jalan dibangun (km)" in page
    assert "Realisasi Kinerja pada Triwulan" in left and "14 = 7+13" not in left
    assert "14 = 7+13" in right and "Rendah*" in right and "Realisasi Kinerja pada Triwulan" not in right
